// Bad input: every file in fixtures/ (and the NetCDF cases written here) gives an error naming
// the file and the line or variable, imports nothing from that file and loses nothing cached.
#include "cache/cache.h"
#include "fluxlens_config.h"
#include "gridded_test_support.h"
#include "import/import_job.h"
#include "import_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

using namespace fluxlens;
using namespace fluxlens::test;

namespace {
const std::string kFixtures = FLUXLENS_IMPORT_FIXTURES;
const std::string kBaseline = "FLX_OK-Bas_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv";

// What the cache holds, to compare before and after a failed import.
struct CacheSnapshot {
    std::size_t logEntries = 0;
    std::vector<std::string> siteIds;
    DailyTable baselineFlux;
    DailyTable baselineMet;

    static CacheSnapshot of(const Cache& cache) {
        CacheSnapshot s;
        s.logEntries = cache.importLog().size();
        for (const auto& site : cache.sites())
            s.siteIds.push_back(site.id);
        s.baselineFlux = cache.loadDaily("OK-Bas", DailyKind::Flux);
        s.baselineMet = cache.loadDaily("OK-Bas", DailyKind::TowerMet);
        return s;
    }
};

bool sameValues(const std::vector<std::vector<double>>& a,
                const std::vector<std::vector<double>>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t c = 0; c < a.size(); ++c) {
        if (a[c].size() != b[c].size())
            return false;
        for (std::size_t i = 0; i < a[c].size(); ++i)
            if (!(a[c][i] == b[c][i] || (std::isnan(a[c][i]) && std::isnan(b[c][i]))))
                return false;
    }
    return true;
}
} // namespace

class TestImportBadFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void badFixture_data();
    void badFixture();
    void toleratedQuirks_data();
    void toleratedQuirks();
    void badGriddedFile_data();
    void badGriddedFile();

private:
    std::string path(const std::string& name) const {
        return m_dir->filePath(QString::fromStdString(name)).toStdString();
    }
    // A cache already holding the baseline file and two sites.
    Cache preparedCache();
    void expectFailureLosingNothing(const std::string& file, int line, const QString& fragment);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportBadFiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Cache TestImportBadFiles::preparedCache() {
    writeText(path(kBaseline), fluxnetDailyText("2014-01-01", 365, 7));
    writeText(path("sites.csv"), "site_id,lat,lon,igbp\nOK-Bas,45.5,3.5,DBF\nDE-Ok1,50,10,ENF\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    for (const auto& f : {kBaseline, std::string("sites.csv")}) {
        const auto result = importFile(cache, path(f), {}, {});
        if (result.status != FileImportResult::Status::Imported)
            throw std::runtime_error("baseline import failed: " + result.errorMessage);
    }
    return cache;
}

void TestImportBadFiles::expectFailureLosingNothing(const std::string& file, int line,
                                                    const QString& fragment) {
    Cache cache = preparedCache();
    const CacheSnapshot before = CacheSnapshot::of(cache);
    QCOMPARE(before.baselineFlux.dayNumbers.size(), std::size_t(365));
    ImportOptions options;
    options.productName = "BAD-PRODUCT";
    const FileImportResult result = importFile(cache, file, options, {});
    QCOMPARE(std::string(statusName(result.status)), std::string("failed"));
    const std::string name = std::filesystem::path(file).filename().string();
    QVERIFY2(result.errorFile.find(name) != std::string::npos, result.errorFile.c_str());
    QCOMPARE(result.errorLine, std::int64_t(line));
    QVERIFY2(QString::fromStdString(result.errorMessage).contains(fragment),
             result.errorMessage.c_str());
    QCOMPARE(result.rows, std::int64_t(0));

    const CacheSnapshot after = CacheSnapshot::of(cache);
    QCOMPARE(after.logEntries, before.logEntries);
    QCOMPARE(after.siteIds, before.siteIds);
    QCOMPARE(after.baselineFlux.dayNumbers, before.baselineFlux.dayNumbers);
    QVERIFY(sameValues(after.baselineFlux.columns, before.baselineFlux.columns));
    QVERIFY(sameValues(after.baselineMet.columns, before.baselineMet.columns));
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
}

void TestImportBadFiles::badFixture_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    auto fx = [](const char* site) {
        return QStringLiteral("FLX_%1_FLUXNET2015_FULLSET_DD_2015-2015_1-1.csv")
            .arg(QLatin1String(site));
    };
    QTest::newRow("UTF-16") << fx("BD-U16") << 1 << QStringLiteral("UTF-16");
    QTest::newRow("duplicated columns") << fx("BD-Dup") << 1 << QStringLiteral("appears twice");
    QTest::newRow("truncated") << fx("BD-Trn") << 6 << QStringLiteral("truncated");
    QTest::newRow("-9999 everywhere")
        << fx("BD-Mis") << 0
        << QStringLiteral("every value of GPP_NT_VUT_USTAR50, NEE_VUT_REF, NEE_VUT_REF_QC, "
                          "TA_F, SW_IN_F, VPD_F, ... is missing (-9999)");
    QTest::newRow("wrong units (kelvin TA_F)")
        << fx("BD-Kel") << 2 << QStringLiteral("'TA_F': 285.6 is outside the plausible range");
    QTest::newRow("wrong delimiter") << fx("BD-Sem") << 1 << QStringLiteral("wrong delimiter");
    QTest::newRow("duplicate dates")
        << fx("BD-Dat") << 5 << QStringLiteral("duplicate time 2015-01-02, also on line 3");
    QTest::newRow("dates out of order") << fx("BD-Ord") << 4 << QStringLiteral("time order");
    QTest::newRow("non-numeric cell")
        << fx("BD-Nan") << 4 << QStringLiteral("'VPD_F': 'n/a' is not a number");
    QTest::newRow("missing TIMESTAMP") << fx("BD-Nts") << 1 << QStringLiteral("TIMESTAMP");
    QTest::newRow("no known variable")
        << fx("BD-Nov") << 1 << QStringLiteral("none of the FLUXNET variables");
    QTest::newRow("empty file") << fx("BD-Emp") << 0 << QStringLiteral("empty");
    QTest::newRow("binary garbage") << fx("BD-Bin") << 1 << QStringLiteral("not a text file");
    QTest::newRow("ISO date in TIMESTAMP")
        << fx("BD-Ts8") << 3 << QStringLiteral("not a YYYYMMDD date");
    QTest::newRow("header only") << fx("BD-Hdr") << 1 << QStringLiteral("no data rows");
    QTest::newRow("HH off the grid")
        << QStringLiteral("FLX_BD-Grd_FLUXNET2015_FULLSET_HH_2015-2015_1-1.csv") << 3
        << QStringLiteral("30-minute grid");
    QTest::newRow("impossible latitude")
        << QStringLiteral("sites_impossible_lat.csv") << 3 << QStringLiteral("123.4 is impossible");
    QTest::newRow("unknown IGBP") << QStringLiteral("sites_bad_igbp.csv") << 4
                                  << QStringLiteral("'FOREST' is not an IGBP class");
    QTest::newRow("site listed twice")
        << QStringLiteral("sites_duplicate_id.csv") << 3 << QStringLiteral("listed twice");
    QTest::newRow("MODIS band missing") << QStringLiteral("modis_missing_b02.csv") << 1
                                        << QStringLiteral("'sur_refl_b02' is missing");
    QTest::newRow("MODIS duplicate date")
        << QStringLiteral("modis_duplicate_dates.csv") << 4
        << QStringLiteral("duplicate date 2015-01-01 for site 'DE-Ok1' (also on line 2)");
    QTest::newRow("MODIS bad date")
        << QStringLiteral("modis_bad_date.csv") << 2 << QStringLiteral("is not a date");
    QTest::newRow("ERA5 temperature in Celsius")
        << QStringLiteral("era5_celsius.csv") << 2
        << QStringLiteral("'temperature_2m': 21.4 is not in kelvin");
    QTest::newRow("ERA5 radiation in W m-2")
        << QStringLiteral("era5_radiation_in_watts.csv") << 3 << QStringLiteral("W m-2");
    QTest::newRow("ERA5 precipitation in mm")
        << QStringLiteral("era5_precipitation_in_mm.csv") << 3
        << QStringLiteral("'total_precipitation_sum': 5.2 is not in metres");
    QTest::newRow("unknown format")
        << QStringLiteral("unknown_format.csv") << 1 << QStringLiteral("unrecognised file");
    QTest::newRow("FLUXNET data, foreign name")
        << QStringLiteral("timestamp_without_fluxnet_name.csv") << 1 << QStringLiteral("file name");
    QTest::newRow("BIF impossible latitude") << QStringLiteral("bif_impossible_latitude.csv") << 2
                                             << QStringLiteral("LOCATION_LAT: 95.2 is impossible");
    QTest::newRow("corrupt NetCDF") << QStringLiteral("not_a_netcdf.nc") << 0
                                    << QStringLiteral("GDAL cannot read it as a raster");
#if FLUXLENS_HAVE_LIBZIP
    QTest::newRow("truncated zip")
        << QStringLiteral("FLX_BD-Zip_FLUXNET2015_FULLSET_2015-2015_1-1.zip") << 0
        << QStringLiteral("zip archive");
#endif
}

void TestImportBadFiles::badFixture() {
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    expectFailureLosingNothing(kFixtures + "/" + file.toStdString(), line, message);
}

void TestImportBadFiles::toleratedQuirks_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("warned");
    QTest::newRow("empty lines") << QStringLiteral(
                                        "FLX_OK-Eml_FLUXNET2015_FULLSET_DD_2015-2015_1-1.csv")
                                 << 4 << true;
    QTest::newRow("no final newline")
        << QStringLiteral("FLX_OK-Nfn_FLUXNET2015_FULLSET_DD_2015-2015_1-1.csv") << 4 << false;
    QTest::newRow("CRLF and UTF-8 BOM")
        << QStringLiteral("FLX_OK-Crl_FLUXNET2015_FULLSET_DD_2015-2015_1-1.csv") << 4 << false;
}

void TestImportBadFiles::toleratedQuirks() {
    QFETCH(QString, file);
    QFETCH(int, days);
    QFETCH(bool, warned);
    Cache cache = Cache::open(path("cache.sqlite"));
    const auto result = importFile(cache, kFixtures + "/" + file.toStdString(), {}, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(!result.warnings.empty(), warned);
    const std::string site = file.mid(4, 6).toStdString();
    const DailyTable flux = cache.loadDaily(site, DailyKind::Flux);
    QCOMPARE(flux.dayNumbers.size(), std::size_t(days));
    QCOMPARE(valueOn(flux, "GPP_NT_VUT_USTAR50", "2015-01-04"), 3.4);
    QCOMPARE(valueOn(cache.loadDaily(site, DailyKind::TowerMet), "TA_F", "2015-01-01"), 12.5);
}

void TestImportBadFiles::badGriddedFile_data() {
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("message");
    QTest::newRow("NetCDF without GPP/NEE/RECO")
        << QStringLiteral("Tair") << QStringLiteral("K")
        << QStringLiteral(
               "none of the variables GPP, NEE, RECO (or TER) is in the file (found: Tair)");
    QTest::newRow("unknown units")
        << QStringLiteral("GPP") << QStringLiteral("furlongs fortnight-1")
        << QStringLiteral("variable GPP has units 'furlongs fortnight-1'");
    QTest::newRow("energy units for carbon") << QStringLiteral("NEE") << QStringLiteral("W m-2")
                                             << QStringLiteral("variable NEE has units 'W m-2'");
}

void TestImportBadFiles::badGriddedFile() {
    QFETCH(QString, variable);
    QFETCH(QString, units);
    QFETCH(QString, message);
    const std::string file = path("bad_" + variable.toStdString() + ".nc");
    GridSpec spec;
    spec.variable = variable.toStdString();
    spec.units = units.toStdString();
    spec.bands = 2;
    writeGrid(file, "netCDF", spec);
    expectFailureLosingNothing(file, 0, message);
}

QTEST_GUILESS_MAIN(TestImportBadFiles)
#include "tst_import_bad_files.moc"
