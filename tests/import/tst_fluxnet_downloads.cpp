// FLUXNET downloads as distributed, through fluxlens-cli import: the real FLUXNET Shuttle v1.3
// folder of AR-TF1, a Shuttle zip written from its real columns (FLUXMET DD + HH + MM, ERA5_DD,
// BIF, BIFVARINFO, texts), a FLUXNET2015-style folder (DD + MM + YY + ERAI per site, an HH
// companion) made from the real ICOS files, a unit mismatch and a file without carbon fluxes.
#include "cache/cache.h"
#include "import/import_job.h"
#include "import_cli_run.h"
#include "real_download_support.h"

#include <QDir>
#include <QTest>
#include <nlohmann/json.hpp>
#include <zip.h>

using namespace fluxlens;
using namespace fluxlens::test;
namespace fs = std::filesystem;

namespace {
const nlohmann::json& summaryOf(const CliRun& run) {
    return run.lines.back();
}

// The line of the file whose name ends with `suffix`.
nlohmann::json fileLine(const CliRun& run, const std::string& suffix) {
    for (const auto& line : run.lines)
        if (line.contains("status") && line["file"].get<std::string>().ends_with(suffix))
            return line;
    return {};
}

CliRun importWithCli(const std::string& cache, const std::vector<std::string>& paths) {
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--cache"),
                          QString::fromStdString(cache)};
    for (const auto& p : paths)
        arguments << QString::fromStdString(p);
    return runCli(arguments);
}

bool anyWarningContains(const nlohmann::json& line, const std::string& a, const std::string& b) {
    for (const auto& w : line["warnings"]) {
        const std::string text = w.get<std::string>();
        if (text.find(a) != std::string::npos && text.find(b) != std::string::npos)
            return true;
    }
    return false;
}

// Sub-daily rows of the first `days` days of a daily file: every record holds the day's values
// (carbon fluxes back in µmol CO2 m-2 s-1), so that aggregating them gives the daily file back.
std::string halfHourlyFromDaily(const PlainCsv& daily, const std::vector<std::string>& columns,
                                std::size_t days) {
    std::string text = "TIMESTAMP_START,TIMESTAMP_END";
    for (const auto& c : columns)
        text += "," + c;
    text += "\n";
    for (std::size_t d = 0; d < days; ++d) {
        const std::string stamp = daily.rows[d][daily.column("TIMESTAMP")];
        for (int slot = 0; slot < 48; ++slot) {
            auto hhmm = [&](int s) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "%02d%02d", s / 2, (s % 2) * 30);
                return std::string(buffer);
            };
            // The last record ends at 00:00 of the next day; the importer keys by the start.
            text += stamp + hhmm(slot) + "," + stamp + hhmm(slot + 1 < 48 ? slot + 1 : 0);
            for (const auto& c : columns) {
                double v = fluxnetValue(daily.rows[d][daily.column(c)]);
                if (c.starts_with("GPP_") || c.starts_with("NEE_") || c.starts_with("RECO_"))
                    v /= 12.011e-6 * 86400.0;
                if (c == "P_F")
                    v /= 48.0;
                text += "," + (std::isnan(v) ? std::string("-9999") : std::to_string(v));
            }
            text += "\n";
        }
    }
    return text;
}

// Monthly (`digits` 6) or yearly (4) means of the chosen columns, as an aggregate file holds them.
std::string aggregateFromDaily(const PlainCsv& daily, const std::vector<std::string>& columns,
                               std::size_t digits) {
    std::map<std::string, std::vector<std::pair<double, int>>> sums;
    for (const auto& row : daily.rows) {
        auto& s = sums[row[daily.column("TIMESTAMP")].substr(0, digits)];
        s.resize(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double v = fluxnetValue(row[daily.column(columns[c])]);
            if (!std::isnan(v))
                s[c] = {s[c].first + v, s[c].second + 1};
        }
    }
    std::string text = "TIMESTAMP";
    for (const auto& c : columns)
        text += "," + c;
    text += "\n";
    for (const auto& [period, s] : sums) {
        text += period;
        for (const auto& [sum, n] : s)
            text += "," + (n ? std::to_string(sum / n) : std::string("-9999"));
        text += "\n";
    }
    return text;
}

void addZipMember(zip_t* archive, const std::string& name, const std::string& text) {
    // libzip copies the buffer only at zip_close: keep every text alive until then.
    static std::vector<std::unique_ptr<std::string>> keep;
    keep.push_back(std::make_unique<std::string>(text));
    zip_source_t* source = zip_source_buffer(archive, keep.back()->data(), keep.back()->size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
}

const std::vector<std::string> kEra5Columns{
    "TIMESTAMP", "TA_ERA",    "TA_ERA_NIGHT", "TA_ERA_NIGHT_SD", "TA_ERA_DAY", "TA_ERA_DAY_SD",
    "SW_IN_ERA", "LW_IN_ERA", "VPD_ERA",      "PA_ERA",          "P_ERA",      "WS_ERA"};
} // namespace

class TestFluxnetDownloads : public QObject, ImportTestFiles {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(resetFolder()); }
    void realShuttleFolder();
    void shuttleZipFromRealColumns();
    void shuttleHalfHourlyAloneIsAggregated();
    void unitMismatchNamesTheVariable();
    void fluxnet2015DownloadFolder();
    void fileWithoutCarbonFluxWarns();
};

void TestFluxnetDownloads::realShuttleFolder() {
    if (!fs::is_directory(kArTf1))
        QSKIP("no ../shared/data/fluxnet-v13");
    const CliRun run = importWithCli(path("cache.sqlite"), {kArTf1.string()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
    QCOMPARE(summaryOf(run)["files"].get<int>(), 5);
    QCOMPARE(summaryOf(run)["failed"].get<int>(), 0);
    QCOMPARE(summaryOf(run)["imported"].get<int>(), 2);
    QCOMPARE(summaryOf(run)["skipped"].get<int>(), 3);
    const auto dd = fileLine(run, "FLUXMET_DD_2016-2018_v1.3_r1.csv");
    QCOMPARE(dd["status"].get<std::string>(), std::string("imported"));
    QCOMPARE(dd["importer"].get<std::string>(), std::string("fluxnet-dd:v1.3_r1"));
    QCOMPARE(dd["rows"].get<int>(), 1096);
    const auto varinfo = fileLine(run, "BIFVARINFO_DD_2016-2018_v1.3_r1.csv");
    QCOMPARE(varinfo["status"].get<std::string>(), std::string("skipped"));
    QVERIFY(varinfo["reason"].get<std::string>().find("units") != std::string::npos);
    for (const char* text : {"README.txt", "DATA_POLICY_LICENSE_AND_INSTRUCTIONS.txt"})
        QCOMPARE(fileLine(run, text)["status"].get<std::string>(), std::string("skipped"));

    Cache cache = Cache::openExisting(path("cache.sqlite"));
    const Site site = *cache.site("AR-TF1");
    QCOMPARE(site.lat_deg, -54.9733);
    QCOMPARE(site.igbp, IgbpClass::WET);
    QCOMPARE(site.koppen_source, KoppenSource::Map);
    // On 2018-06-01, after the flux measurements ended, TA_F is ERA5 filled (PROVENANCE.md).
    const DailyTable met = cache.loadDaily("AR-TF1", DailyKind::TowerMet);
    QCOMPARE(valueOn(met, "TA_F", "2018-06-01"), 6.727);
    QCOMPARE(valueOn(met, "TA_ERA", "2018-06-01"), 6.727);
    QVERIFY(cache.loadDaily("AR-TF1", DailyKind::Flux).dayNumbers.size() == 1096);
}

void TestFluxnetDownloads::shuttleZipFromRealColumns() {
    if (!fs::is_directory(kArTf1))
        QSKIP("no ../shared/data/fluxnet-v13");
    const PlainCsv daily = readPlainCsv(kArTf1 / (kArTf1Stem + "FLUXMET_DD_2016-2018_v1.3_r1.csv"));
    // The zip's FLUXMET DD without its _ERA columns: ERA5 values can come only from ERA5_DD.
    std::vector<std::string> towerColumns;
    for (const auto& c : daily.header)
        if (c.find("_ERA") == std::string::npos)
            towerColumns.push_back(c);
    const std::string archive = path("AMF_AR-TF1_FLUXNET_2016-2018_v1.3_r1.zip");
    {
        int error = 0;
        zip_t* z = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        QVERIFY(z);
        addZipMember(z, kArTf1Stem + "FLUXMET_DD_2016-2018_v1.3_r1.csv",
                     daily.select(towerColumns));
        addZipMember(z, kArTf1Stem + "FLUXMET_HH_2016-2018_v1.3_r1.csv",
                     halfHourlyFromDaily(daily, {"TA_F", "SW_IN_F", "GPP_NT_VUT_REF"}, 3));
        addZipMember(z, kArTf1Stem + "FLUXMET_MM_2016-2018_v1.3_r1.csv",
                     aggregateFromDaily(daily, {"TA_F", "GPP_NT_VUT_REF"}, 6));
        addZipMember(z, kArTf1Stem + "ERA5_DD_2016-2018_v1.3_r1.csv", daily.select(kEra5Columns));
        for (const char* member :
             {"BIF_2016-2018_v1.3_r1.csv", "BIFVARINFO_DD_2016-2018_v1.3_r1.csv"})
            addZipMember(z, kArTf1Stem + member, readFileText(kArTf1 / (kArTf1Stem + member)));
        for (const char* text : {"README.txt", "DATA_POLICY_LICENSE_AND_INSTRUCTIONS.txt"})
            addZipMember(z, text, readFileText(kArTf1 / text));
        QCOMPARE(zip_close(z), 0);
    }
    const CliRun run = importWithCli(path("cache.sqlite"), {archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
    QCOMPARE(summaryOf(run)["failed"].get<int>(), 0);
    const auto line = fileLine(run, ".zip");
    QCOMPARE(line["status"].get<std::string>(), std::string("imported"));
    const std::string importer = line["importer"].get<std::string>();
    QVERIFY2(importer.find("fluxnet-dd:v1.3_r1") != std::string::npos, importer.c_str());
    QVERIFY2(importer.find("fluxnet-era5-dd:v1.3_r1") != std::string::npos, importer.c_str());
    QVERIFY(anyWarningContains(line, "FLUXMET_HH_", "companion"));
    QVERIFY(anyWarningContains(line, "FLUXMET_MM_", "aggregate"));
    QVERIFY(anyWarningContains(line, "BIFVARINFO_DD_", "units"));
    QVERIFY(anyWarningContains(line, "README.txt", "skipped"));

    Cache cache = Cache::openExisting(path("cache.sqlite"));
    const Site site = *cache.site("AR-TF1");
    QCOMPARE(site.lat_deg, -54.9733);
    QCOMPARE(site.lon_deg, -66.7335);
    QCOMPARE(*site.elevation_m, 40.0);
    const DailyTable met = cache.loadDaily("AR-TF1", DailyKind::TowerMet);
    for (const char* column : {"TA_ERA", "SW_IN_ERA", "VPD_ERA", "P_ERA", "LW_IN_ERA", "PA_ERA"}) {
        const auto& row = daily.rows[400];
        const std::string stamp = row[daily.column("TIMESTAMP")];
        const std::string iso =
            stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" + stamp.substr(6, 2);
        QCOMPARE(valueOn(met, column, iso), fluxnetValue(row[daily.column(column)]));
    }
}

void TestFluxnetDownloads::shuttleHalfHourlyAloneIsAggregated() {
    if (!fs::is_directory(kArTf1))
        QSKIP("no ../shared/data/fluxnet-v13");
    const PlainCsv daily = readPlainCsv(kArTf1 / (kArTf1Stem + "FLUXMET_DD_2016-2018_v1.3_r1.csv"));
    const std::string file = path(kArTf1Stem + "FLUXMET_HH_2016-2018_v1.3_r1.csv");
    writeText(file, halfHourlyFromDaily(daily, {"TA_F", "SW_IN_F", "GPP_NT_VUT_REF"}, 3));
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(result.importer, std::string("fluxnet-hh:v1.3_r1"));
    const DailyTable met = cache.loadDaily("AR-TF1", DailyKind::TowerMet);
    const DailyTable flux = cache.loadDaily("AR-TF1", DailyKind::Flux);
    QCOMPARE(met.dayNumbers.size(), std::size_t(3));
    for (std::size_t d = 0; d < 3; ++d) {
        const auto& row = daily.rows[d];
        QVERIFY(std::abs(columnOf(met, "TA_F")[d] - fluxnetValue(row[daily.column("TA_F")])) <
                1e-5);
        const double gpp = fluxnetValue(row[daily.column("GPP_NT_VUT_REF")]);
        QVERIFY(std::isnan(gpp) || std::abs(columnOf(flux, "GPP_NT_VUT_REF")[d] - gpp) < 1e-5);
    }
}

void TestFluxnetDownloads::unitMismatchNamesTheVariable() {
    if (!fs::is_directory(kArTf1))
        QSKIP("no ../shared/data/fluxnet-v13");
    std::string text = readFileText(kArTf1 / (kArTf1Stem + "BIFVARINFO_DD_2016-2018_v1.3_r1.csv"));
    const auto varname = text.find("VAR_INFO_VARNAME,TA_F\n");
    QVERIFY(varname != std::string::npos);
    const auto unit = text.find("VAR_INFO_UNIT,deg C", varname);
    text.replace(unit, std::string("VAR_INFO_UNIT,deg C").size(), "VAR_INFO_UNIT,K");
    const std::string file = path(kArTf1Stem + "BIFVARINFO_DD_2016-2018_v1.3_r1.csv");
    writeText(file, text);
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(result.status, FileImportResult::Status::Failed);
    QVERIFY2(result.errorMessage.find("TA_F") != std::string::npos, result.errorMessage.c_str());
    QVERIFY(result.errorMessage.find("'K'") != std::string::npos);
    const auto line = std::count(text.begin(), text.begin() + unit, '\n') + 1;
    QCOMPARE(result.errorLine, std::int64_t(line));
}

void TestFluxnetDownloads::fluxnet2015DownloadFolder() {
    const fs::path shared = kSharedData / "fluxnet";
    if (!fs::is_directory(shared))
        QSKIP("no ../shared/data/fluxnet");
    const fs::path folder = path("download");
    int members = 0;
    for (const auto& entry : fs::directory_iterator(shared)) {
        const std::string base = entry.path().filename().string();
        if (!base.ends_with(".csv"))
            continue;
        // FLX_<SITE>_FLUXNET2015_FULLSET_DD_<years>_beta-3.csv: the download folder of the site.
        const std::string site = base.substr(4, 6);
        const std::string years = base.substr(base.find("_DD_") + 4, 9);
        const fs::path siteFolder =
            folder / ("FLX_" + site + "_FLUXNET2015_FULLSET_" + years + "_beta-3");
        fs::create_directories(siteFolder);
        fs::copy_file(entry.path(), siteFolder / base);
        const PlainCsv daily = readPlainCsv(entry.path());
        const std::string stem = "FLX_" + site + "_FLUXNET2015_";
        writeText((siteFolder / (stem + "FULLSET_MM_" + years + "_beta-3.csv")).string(),
                  aggregateFromDaily(daily, {"TA_F", "GPP_NT_VUT_REF", "NEE_VUT_REF"}, 6));
        writeText((siteFolder / (stem + "FULLSET_YY_" + years + "_beta-3.csv")).string(),
                  aggregateFromDaily(daily, {"TA_F", "GPP_NT_VUT_REF", "NEE_VUT_REF"}, 4));
        writeText((siteFolder / (stem + "ERAI_DD_" + years + "_beta-3.csv")).string(),
                  daily.select({"TIMESTAMP", "TA_ERA", "SW_IN_ERA", "VPD_ERA"}));
        members += 4;
        if (site == "BE-Lcr") {
            writeText((siteFolder / (stem + "FULLSET_HH_" + years + "_beta-3.csv")).string(),
                      halfHourlyFromDaily(daily, {"TA_F", "GPP_NT_VUT_REF"}, 2));
            ++members;
        }
    }
    QCOMPARE(members, 13);
    const CliRun run = importWithCli(path("cache.sqlite"), {folder.string()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
    QCOMPARE(summaryOf(run)["files"].get<int>(), 13);
    QCOMPARE(summaryOf(run)["imported"].get<int>(), 3);
    QCOMPARE(summaryOf(run)["skipped"].get<int>(), 10);
    QCOMPARE(summaryOf(run)["failed"].get<int>(), 0);
    for (const auto& line : run.lines) {
        if (!line.contains("status") || line["status"] != "skipped")
            continue;
        const std::string file = line["file"].get<std::string>();
        const std::string reason = line["reason"].get<std::string>();
        if (file.find("_HH_") != std::string::npos)
            QVERIFY2(reason.find("companion of FLX_BE-Lcr_FLUXNET2015_FULLSET_DD_") == 0,
                     reason.c_str());
        else if (file.find("_ERAI_") != std::string::npos)
            QVERIFY2(reason.find("ERA-Interim") != std::string::npos, reason.c_str());
        else
            QVERIFY2(reason.find("aggregate") != std::string::npos, reason.c_str());
    }
}

void TestFluxnetDownloads::fileWithoutCarbonFluxWarns() {
    const fs::path real =
        kSharedData / "fluxnet" / "FLX_IE-Cra_FLUXNET2015_FULLSET_DD_2020-2020_beta-3.csv";
    if (!fs::exists(real))
        QSKIP("no ../shared/data/fluxnet");
    const std::string file = path("FLX_IE-Cra_FLUXNET2015_SUBSET_DD_2020-2020_beta-3.csv");
    writeText(file, readPlainCsv(real).select({"TIMESTAMP", "TA_F", "SW_IN_F", "VPD_F", "P_F"}));
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    bool warned = false;
    for (const auto& w : result.warnings)
        warned = warned || (w.find("no carbon-flux column") != std::string::npos &&
                            w.find("GPP_NT_VUT_USTAR50") != std::string::npos &&
                            w.find("RECO_NT_VUT_REF") != std::string::npos &&
                            w.find("NEE_VUT_REF") != std::string::npos);
    QVERIFY(warned);
    QCOMPARE(cache.loadDaily("IE-Cra", DailyKind::TowerMet).dayNumbers.size(), std::size_t(366));
}

QTEST_GUILESS_MAIN(TestFluxnetDownloads)
#include "tst_fluxnet_downloads.moc"
