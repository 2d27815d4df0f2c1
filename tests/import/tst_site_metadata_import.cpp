// Official site metadata with real tower data: the BADM BIF as a workbook (GDAL's XLSX driver)
// and as a semicolon CSV, the FLUXNET Shuttle BIF member, and the three real ICOS daily files of
// ../shared/data/fluxnet/ with Köppen classes from the shipped map.
#include "cache/cache.h"
#include "import/import_job.h"
#include "real_download_support.h"

#include <QTest>
#include <array>
#include <gdal.h>
#include <ogr_api.h>

using namespace fluxlens;
using namespace fluxlens::test;

namespace {
using BifRow = std::array<std::string, 5>; // SITE_ID, GROUP_ID, VARIABLE_GROUP, VARIABLE, DATAVALUE

// Coordinates, names and IGBP classes of the three towers as the site list of the ICOS Warm
// Winter 2020 release gives them (SitesList.csv of jpdarela/FLUXNET_EU, commit b0d752b6, quoted
// in ../shared/data/fluxnet/PROVENANCE.md).
std::vector<BifRow> warmWinterBif() {
    std::vector<BifRow> rows;
    auto site = [&](const std::string& id, int group, const std::string& name,
                    const std::string& lat, const std::string& lon, const std::string& igbp) {
        const std::string g = std::to_string(group);
        rows.push_back({id, g, "GRP_LOCATION", "LOCATION_LAT", lat});
        rows.push_back({id, g, "GRP_LOCATION", "LOCATION_LONG", lon});
        rows.push_back({id, std::to_string(group + 1), "GRP_IGBP", "IGBP", igbp});
        rows.push_back({id, std::to_string(group + 2), "GRP_SITE_NAME", "SITE_NAME", name});
    };
    site("BE-Lcr", 100, "Lochristi", "51.11218", "3.85043", "DBF");
    site("DK-Gds", 200, "Gludsted Plantage", "56.0737", "9.3341", "ENF");
    site("IE-Cra", 300, "Clara Raised Bog", "53.323088", "-7.641774", "WET");
    return rows;
}

// The BIF as FLUXNET distributes it, an Excel workbook, written by GDAL's XLSX driver.
bool writeBifWorkbook(const std::string& path, const std::vector<BifRow>& rows) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver)
        return false;
    GDALDatasetH dataset = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset)
        return false;
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, "BIF", nullptr, wkbNone, nullptr);
    for (const char* name : {"SITE_ID", "GROUP_ID", "VARIABLE_GROUP", "VARIABLE", "DATAVALUE"}) {
        OGRFieldDefnH field = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, field, TRUE);
        OGR_Fld_Destroy(field);
    }
    for (const BifRow& row : rows) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int i = 0; i < 5; ++i)
            OGR_F_SetFieldString(feature, i, row[static_cast<std::size_t>(i)].c_str());
        const OGRErr written = OGR_L_CreateFeature(layer, feature);
        OGR_F_Destroy(feature);
        if (written != OGRERR_NONE)
            return false;
    }
    GDALClose(dataset);
    return true;
}

double valueOnIndex(const DailyTable& table, const std::string& column, std::size_t row) {
    return columnOf(table, column)[row];
}
} // namespace

class TestSiteMetadataImport : public QObject, ImportTestFiles {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(resetFolder()); }
    void workbookWithRealDailyFiles();
    void semicolonBifWithDecimalComma();
    void shuttleBifMember();
};

void TestSiteMetadataImport::workbookWithRealDailyFiles() {
    const std::filesystem::path folder = kSharedData / "fluxnet";
    if (!std::filesystem::is_directory(folder))
        QSKIP("no ../shared/data/fluxnet");
    const std::string workbook = path("FLX_AA-Flx_BIF_LATEST.xlsx");
    QVERIFY(writeBifWorkbook(workbook, warmWinterBif()));
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult bif = import(cache, workbook);
    QVERIFY2(bif.status == FileImportResult::Status::Imported, bif.errorMessage.c_str());
    QCOMPARE(bif.importer, std::string("xlsx:badm-bif"));
    QCOMPARE(bif.sites, std::int64_t(3));
    // The BIF has no Köppen class: each tower gets the shipped map's class at its coordinates.
    QCOMPARE(bif.koppenAssigned.size(), std::size_t(3));

    int files = 0;
    for (const auto& file : collectImportFiles({folder.string()})) {
        const FileImportResult result = import(cache, file);
        QVERIFY2(result.status == FileImportResult::Status::Imported,
                 (file + ": " + result.errorMessage).c_str());
        const std::string id = result.siteIds.at(0);
        // Every stored value of the first, the 100th and the last day equals the file's cell.
        const PlainCsv csv = readPlainCsv(file);
        for (DailyKind kind : {DailyKind::Flux, DailyKind::TowerMet}) {
            const DailyTable table = cache.loadDaily(id, kind);
            QCOMPARE(table.dayNumbers.size(), csv.rows.size());
            for (std::size_t row : {std::size_t(0), std::size_t(99), csv.rows.size() - 1}) {
                const std::string stamp = csv.rows[row][csv.column("TIMESTAMP")];
                QCOMPARE(formatIsoDate(fromDayNumber(table.dayNumbers[row])),
                         stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" + stamp.substr(6, 2));
                int compared = 0;
                for (const std::string& column : table.columnNames) {
                    if (!csv.has(column))
                        continue;
                    const double expected = fluxnetValue(csv.rows[row][csv.column(column)]);
                    const double stored = valueOnIndex(table, column, row);
                    QVERIFY2((std::isnan(expected) && std::isnan(stored)) || expected == stored,
                             (id + " " + stamp + " " + column).c_str());
                    ++compared;
                }
                QVERIFY(compared >= (kind == DailyKind::Flux ? 10 : 5));
            }
        }
        ++files;
    }
    QCOMPARE(files, 3);

    const std::map<std::string, std::pair<std::pair<double, double>, std::string>> expected{
        {"BE-Lcr", {{51.11218, 3.85043}, "Cfb"}},
        {"DK-Gds", {{56.0737, 9.3341}, "Dfb"}},
        {"IE-Cra", {{53.323088, -7.641774}, "Cfb"}}};
    for (const auto& [id, want] : expected) {
        const Site site = *cache.site(id);
        QCOMPARE(site.lat_deg, want.first.first);
        QCOMPARE(site.lon_deg, want.first.second);
        QCOMPARE(std::string(koppenCode(site.koppen)), want.second);
        QCOMPARE(site.koppen_source, KoppenSource::Map);
    }
    QCOMPARE(cache.site("IE-Cra")->igbp, IgbpClass::WET);
    QCOMPARE(cache.site("DK-Gds")->name, std::string("Gludsted Plantage"));
    // The daily files, imported after the BIF, keep its names.
    QCOMPARE(cache.site("BE-Lcr")->name, std::string("Lochristi"));
}

void TestSiteMetadataImport::semicolonBifWithDecimalComma() {
    // The same BIF saved by a spreadsheet in a decimal-comma locale.
    std::string text = "SITE_ID;GROUP_ID;VARIABLE_GROUP;VARIABLE;DATAVALUE\n";
    for (const BifRow& row : warmWinterBif()) {
        std::string value = row[4];
        if (row[3].starts_with("LOCATION_"))
            std::replace(value.begin(), value.end(), '.', ',');
        text += row[0] + ";" + row[1] + ";" + row[2] + ";" + row[3] + ";" + value + "\n";
    }
    text += "BE-Lcr;103;GRP_LOCATION;LOCATION_ELEV;6,5\n"; // a made-up elevation: format only
    writeText(path("bif_semicolon.csv"), text);
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, path("bif_semicolon.csv"));
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(result.importer, std::string("badm-bif"));
    QCOMPARE(cache.site("IE-Cra")->lon_deg, -7.641774);
    QCOMPARE(cache.site("DK-Gds")->lat_deg, 56.0737);
    QCOMPARE(*cache.site("BE-Lcr")->elevation_m, 6.5);
}

void TestSiteMetadataImport::shuttleBifMember() {
    const auto bif = kArTf1 / (kArTf1Stem + "BIF_2016-2018_v1.3_r1.csv");
    if (!std::filesystem::exists(bif))
        QSKIP("no ../shared/data/fluxnet-v13");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, bif.string());
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    const Site site = *cache.site("AR-TF1");
    // Values of the real BIF (../shared/data/fluxnet-v13/PROVENANCE.md).
    QCOMPARE(site.lat_deg, -54.9733);
    QCOMPARE(site.lon_deg, -66.7335);
    QCOMPARE(*site.elevation_m, 40.0);
    QCOMPARE(site.igbp, IgbpClass::WET);
    QCOMPARE(site.name, std::string("Rio Moat bog"));
    QCOMPARE(site.network, std::string("AmeriFlux"));
}

QTEST_GUILESS_MAIN(TestSiteMetadataImport)
#include "tst_site_metadata_import.moc"
