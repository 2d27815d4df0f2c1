// FLUXNET-format files (daily, half-hourly, hourly, zipped) through the importers into a real
// cache.
#include "cache/cache.h"
#include "cache/variables.h"
#include "fluxlens_config.h"
#include "geo/koppen_classifier.h"
#include "geo/koppen_legend.h"
#include "geo/koppen_map.h"
#include "import/import_job.h"
#include "import/koppen_derivation.h"
#include "import_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>

#if FLUXLENS_HAVE_LIBZIP
#include <zip.h>
#endif

using namespace fluxlens;
using namespace fluxlens::test;

class TestFluxnetImport : public QObject, private ImportTestFiles {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dailyFileKnownValues();
    void koppenDerivedAfterImport();
    void monthlyClimatologyNeedsAFullYear();
    void halfHourlyAggregatedTheOnefluxWay();
    void hourlyAggregated();
    void amerifluxAndIcosNames();
    void zipArchive();
    void sameFileTwiceIsUnchanged();
    void newerVersionReplacesOlder();
    void cancelRollsBackTheFile();
};

void TestFluxnetImport::init() {
    QVERIFY(resetFolder());
}

void TestFluxnetImport::dailyFileKnownValues() {
    const std::string file = path("FLX_DE-Tst_FLUXNET2015_FULLSET_DD_2014-2015_1-4.csv");
    writeText(file, fluxnetDailyText("2014-01-01", 730, 10));
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("fluxnet-dd"));
    QCOMPARE(result.sites, std::int64_t(1));

    const DailyTable flux = cache.loadDaily("DE-Tst", DailyKind::Flux);
    QCOMPARE(flux.dayNumbers.size(), std::size_t(730));
    // 2014-03-15 is day 73 of the series; every 10th day (0, 10, ...) has GPP = -9999.
    QCOMPARE(valueOn(flux, "GPP_NT_VUT_USTAR50", "2014-03-15"), syntheticGpp(73));
    QVERIFY(std::isnan(valueOn(flux, "GPP_NT_VUT_USTAR50", "2014-03-12")));
    QCOMPARE(validCount(columnOf(flux, "GPP_NT_VUT_USTAR50")), 730 - 73);
    QCOMPARE(valueOn(flux, "NEE_VUT_REF_QC", "2015-06-01"), 0.8);
    const DailyTable met = cache.loadDaily("DE-Tst", DailyKind::TowerMet);
    QCOMPARE(valueOn(met, "TA_F", "2014-01-01"), syntheticTemperature(0));
    QCOMPARE(valueOn(met, "P_F", "2015-12-31"), 2.0);

    const auto summaries = cache.siteSummaries();
    QCOMPARE(summaries.size(), std::size_t(1));
    QCOMPARE(summaries[0].gppDays, std::int64_t(657));
    QCOMPARE(summaries[0].site.network, std::string("FLUXNET2015"));
    QCOMPARE(formatIsoDate(fromDayNumber(*summaries[0].firstFluxDay)), std::string("2014-01-01"));
}

void TestFluxnetImport::koppenDerivedAfterImport() {
    const std::string file = path("FLX_DE-Tst_FLUXNET2015_SUBSET_DD_2014-2015_1-4.csv");
    writeText(file, fluxnetDailyText("2014-01-01", 730));
    const std::string sites = path("sites.csv");
    writeText(sites, "site_id,lat,lon,igbp,name\nDE-Tst,50.95,13.57,DBF,Test forest\n"
                     "XX-Nok,10,10,GRA,No data\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    QCOMPARE(import(cache, file).status, FileImportResult::Status::Imported);
    // The flux file gives no latitude: nothing can be derived yet.
    QCOMPARE(cache.site("DE-Tst")->koppen, KoppenClass::Unknown);
    const FileImportResult result = import(cache, sites);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    QCOMPARE(result.koppenAssigned.size(), std::size_t(2)); // XX-Nok too: the map needs no data
    QCOMPARE(result.koppenAssigned[0].siteId, std::string("DE-Tst"));
    const Site site = *cache.site("DE-Tst");
    // Two tower years are no climate normal: the class comes from the map at the tower.
    QCOMPARE(site.koppen_source, KoppenSource::Map);
    const auto map = KoppenMap::open(*shippedKoppenMapPath());
    QCOMPARE(site.koppen, map.classAt(13.57, 50.95)->koppen);
    auto climate = siteClimatology(cache, "DE-Tst");
    QVERIFY(climate);
    QCOMPARE(climate->completeYears, 2);
    QCOMPARE(cache.site("XX-Nok")->koppen, map.classAt(10.0, 10.0)->koppen);
    QCOMPARE(cache.site("DE-Tst")->name, std::string("Test forest"));
    // A flux file imported after the metadata keeps the metadata's network.
    writeText(sites, "site_id,lat,lon,network\nDE-Tst,50.95,13.57,My network\n");
    QCOMPARE(import(cache, sites).status, FileImportResult::Status::Imported);
    writeText(file, fluxnetDailyText("2014-01-01", 731));
    QCOMPARE(import(cache, file).status, FileImportResult::Status::Imported);
    QCOMPARE(cache.site("DE-Tst")->network, std::string("My network"));
}

void TestFluxnetImport::monthlyClimatologyNeedsAFullYear() {
    std::vector<int> days;
    std::vector<double> t, p;
    const int start = toDayNumber(*parseIsoDate("2015-01-01"));
    for (int i = 0; i < 365; ++i) {
        days.push_back(start + i);
        t.push_back(monthOf(fromDayNumber(start + i)) * 1.0);
        p.push_back(2.0);
    }
    auto record = monthlyClimatology(days, t, p);
    QVERIFY(record);
    QCOMPARE(record->completeYears, 1);
    const MonthlyClimate& climate = record->climate;
    QCOMPARE(climate.temperature_degC[0], 1.0);
    QCOMPARE(climate.temperature_degC[11], 12.0);
    QCOMPARE(climate.precipitation_mm[0], 62.0);
    QCOMPARE(climate.precipitation_mm[1], 56.0);
    // December missing (fewer than 90% of its days): no full year.
    for (int i = 334; i < 365; ++i)
        t[i] = kNaN;
    QVERIFY(!monthlyClimatology(days, t, p));
}

void TestFluxnetImport::halfHourlyAggregatedTheOnefluxWay() {
    // Day 1 (2015-06-01): GPP 10 in the first 24 half-hours, 20 in the last 24 -> mean 15
    // µmol m-2 s-1 = 15 × 12.011e-6 × 86400 = 15.566256 gC m-2 d-1. NEE_VUT_REF_QC cycles through
    // 0,1,2,3 -> half of the records are measured or good gap-fill -> 0.5. P_F 0.1 mm per record
    // -> 4.8 mm. TA_F 0..47 / 10 -> mean 2.35 °C.
    // Day 2: same but one GPP record missing -> GPP missing, the rest valid.
    // Day 3: only 10 records (file ends mid-day) -> left out.
    std::string text = "TIMESTAMP_START,TIMESTAMP_END,TA_F,P_F,GPP_NT_VUT_USTAR50,NEE_VUT_REF,"
                       "NEE_VUT_REF_QC\n";
    char line[256];
    for (int day = 0; day < 3; ++day) {
        const int records = day == 2 ? 10 : 48;
        for (int r = 0; r < records; ++r) {
            const int minutes = r * 30;
            const int end = minutes + 30;
            const int endDay = 1 + day + end / 1440;
            std::snprintf(line, sizeof line,
                          "201506%02d%02d%02d,201506%02d%02d%02d,%.1f,0.1,%s,-2.5,%d\n", 1 + day,
                          minutes / 60, minutes % 60, endDay, (end % 1440) / 60, end % 60, r / 10.0,
                          (day == 1 && r == 7) ? "-9999" : (r < 24 ? "10" : "20"), r % 4);
            text += line;
        }
    }
    const std::string file = path("FLX_DE-Hhh_FLUXNET2015_FULLSET_HH_2015-2015_1-4.csv");
    writeText(file, text);
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    QCOMPARE(result.importer, std::string("fluxnet-hh"));
    QVERIFY(!result.warnings.empty()); // the incomplete third day
    const DailyTable flux = cache.loadDaily("DE-Hhh", DailyKind::Flux);
    QCOMPARE(flux.dayNumbers.size(), std::size_t(2));
    QVERIFY(std::abs(valueOn(flux, "GPP_NT_VUT_USTAR50", "2015-06-01") - 15.566256) < 1e-9);
    QVERIFY(std::isnan(valueOn(flux, "GPP_NT_VUT_USTAR50", "2015-06-02")));
    QVERIFY(std::abs(valueOn(flux, "NEE_VUT_REF", "2015-06-02") - (-2.5 * 1.0377504)) < 1e-9);
    QCOMPARE(valueOn(flux, "NEE_VUT_REF_QC", "2015-06-01"), 0.5);
    const DailyTable met = cache.loadDaily("DE-Hhh", DailyKind::TowerMet);
    QVERIFY(std::abs(valueOn(met, "P_F", "2015-06-01") - 4.8) < 1e-9);
    QVERIFY(std::abs(valueOn(met, "TA_F", "2015-06-02") - 2.35) < 1e-9);
}

void TestFluxnetImport::hourlyAggregated() {
    std::string text = "TIMESTAMP_START,TIMESTAMP_END,GPP_DT_VUT_USTAR50,SW_IN_F\n";
    char line[128];
    for (int h = 0; h < 24; ++h) {
        std::snprintf(line, sizeof line, "20100101%02d00,20100101%02d00,%d,%d\n", h, h + 1, h,
                      2 * h);
        text += line;
    }
    const std::string file = path("AMF_US-Hrr_FLUXNET_FULLSET_HR_2010-2010_3-5.csv");
    writeText(file, text);
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    QCOMPARE(result.importer, std::string("fluxnet-hr"));
    const DailyTable flux = cache.loadDaily("US-Hrr", DailyKind::Flux);
    // mean of 0..23 = 11.5 µmol m-2 s-1
    QVERIFY(std::abs(valueOn(flux, "GPP_DT_VUT_USTAR50", "2010-01-01") - 11.5 * 1.0377504) < 1e-9);
    QCOMPARE(valueOn(cache.loadDaily("US-Hrr", DailyKind::TowerMet), "SW_IN_F", "2010-01-01"),
             23.0);
}

void TestFluxnetImport::amerifluxAndIcosNames() {
    const std::string amf = path("AMF_US-Amf_FLUXNET_SUBSET_DD_2015-2015_3-5.csv");
    const std::string icos = path("ICOSETC_BE-Ics_FLUXNET_DD_L2.csv");
    const std::string warmWinter = path("FLX_FI-Www_FLUXNET2015_FULLSET_DD_2015-2020_beta-3.csv");
    writeText(amf, fluxnetDailyText("2015-01-01", 20));
    writeText(icos, fluxnetDailyText("2019-01-01", 30));
    writeText(warmWinter, fluxnetDailyText("2015-01-01", 40));
    Cache cache = Cache::open(path("cache.sqlite"));
    for (const auto& f : {amf, icos, warmWinter})
        QCOMPARE(import(cache, f).status, FileImportResult::Status::Imported);
    QCOMPARE(cache.site("US-Amf")->network, std::string("AmeriFlux"));
    QCOMPARE(cache.site("BE-Ics")->network, std::string("ICOS"));
    QCOMPARE(cache.loadDaily("BE-Ics", DailyKind::Flux).dayNumbers.size(), std::size_t(30));
    QCOMPARE(cache.loadDaily("FI-Www", DailyKind::Flux).dayNumbers.size(), std::size_t(40));
}

void TestFluxnetImport::zipArchive() {
#if !FLUXLENS_HAVE_LIBZIP
    QSKIP("built without libzip");
#else
    const std::string archive = path("FLX_DE-Zip_FLUXNET2015_FULLSET_2014-2014_1-4.zip");
    const std::string daily = fluxnetDailyText("2014-01-01", 365, 5);
    const std::string monthly = "TIMESTAMP,GPP_NT_VUT_USTAR50\n201401,3.0\n";
    {
        int error = 0;
        zip_t* z = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        QVERIFY(z);
        auto add = [&](const char* name, const std::string& text) {
            zip_source_t* source = zip_source_buffer(z, text.data(), text.size(), 0);
            QVERIFY(zip_file_add(z, name, source, ZIP_FL_OVERWRITE) >= 0);
        };
        add("FLX_DE-Zip_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv", daily);
        add("FLX_DE-Zip_FLUXNET2015_FULLSET_MM_2014-2014_1-4.csv", monthly);
        add("FLX_DE-Zip_FLUXNET2015_ERAI_DD_1989-2014_1-4.csv", monthly);
        QCOMPARE(zip_close(z), 0);
    }
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, archive);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("zip:fluxnet-dd"));
    // The aggregates and the ERA-Interim member are skipped with a reason, not failed.
    bool skippedReported = false;
    for (const auto& w : result.warnings)
        skippedReported = skippedReported || w.find("_MM_") != std::string::npos;
    QVERIFY(skippedReported);
    const DailyTable flux = cache.loadDaily("DE-Zip", DailyKind::Flux);
    QCOMPARE(validCount(columnOf(flux, "GPP_NT_VUT_USTAR50")), 365 - 73);
    QCOMPARE(valueOn(flux, "GPP_NT_VUT_USTAR50", "2014-01-02"), syntheticGpp(1));
#endif
}

void TestFluxnetImport::sameFileTwiceIsUnchanged() {
    const std::string file = path("FLX_DE-Twi_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv");
    writeText(file, fluxnetDailyText("2014-01-01", 100));
    Cache cache = Cache::open(path("cache.sqlite"));
    QCOMPARE(import(cache, file).status, FileImportResult::Status::Imported);
    const auto logBefore = cache.importLog();
    const FileImportResult second = import(cache, file);
    QCOMPARE(std::string(statusName(second.status)), std::string("unchanged"));
    QCOMPARE(second.rows, std::int64_t(0));
    QCOMPARE(cache.importLog().size(), logBefore.size());
    QCOMPARE(cache.loadDaily("DE-Twi", DailyKind::Flux).dayNumbers.size(), std::size_t(100));
}

void TestFluxnetImport::newerVersionReplacesOlder() {
    const std::string older = path("FLX_DE-Ver_FLUXNET2015_FULLSET_DD_2014-2014_1-3.csv");
    const std::string newer = path("FLX_DE-Ver_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv");
    writeText(older, fluxnetDailyText("2014-01-01", 200));
    writeText(newer, fluxnetDailyText("2014-02-01", 100, 0, 1.0));
    Cache cache = Cache::open(path("cache.sqlite"));
    QCOMPARE(import(cache, older).status, FileImportResult::Status::Imported);
    QCOMPARE(import(cache, newer).status, FileImportResult::Status::Imported);
    const DailyTable flux = cache.loadDaily("DE-Ver", DailyKind::Flux);
    QCOMPARE(flux.dayNumbers.size(), std::size_t(100));
    QCOMPARE(formatIsoDate(fromDayNumber(flux.dayNumbers.front())), std::string("2014-02-01"));
    QCOMPARE(valueOn(flux, "GPP_NT_VUT_USTAR50", "2014-02-01"), syntheticGpp(0) + 1.0);
    const auto log = cache.importLog();
    QCOMPARE(log.size(), std::size_t(2));
    QVERIFY(!log[0].superseded);
    QVERIFY(log[1].superseded);
}

void TestFluxnetImport::cancelRollsBackTheFile() {
    const std::string kept = path("FLX_DE-Kep_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv");
    const std::string cancelled = path("FLX_DE-Can_FLUXNET2015_FULLSET_DD_2000-2014_1-4.csv");
    writeText(kept, fluxnetDailyText("2014-01-01", 50));
    writeText(cancelled, fluxnetDailyText("2000-01-01", 5000));
    Cache cache = Cache::open(path("cache.sqlite"));
    std::atomic<bool> cancel{false};
    int calls = 0;
    const ImportControl control(
        [&](double fraction) {
            if (fraction > 0.4 && ++calls > 0)
                cancel = true;
        },
        cancel);
    const auto results = importFiles(cache, {kept, cancelled, kept}, ImportOptions{}, control, {});
    // The first file finishes before the cancel; the second is cancelled and the run stops.
    QCOMPARE(results.size(), std::size_t(2));
    QCOMPARE(results[0].status, FileImportResult::Status::Imported);
    QCOMPARE(results[1].status, FileImportResult::Status::Cancelled);
    QCOMPARE(cache.loadDaily("DE-Kep", DailyKind::Flux).dayNumbers.size(), std::size_t(50));
    QVERIFY(cache.loadDaily("DE-Can", DailyKind::Flux).dayNumbers.empty());
    QCOMPARE(cache.importLog().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestFluxnetImport)
#include "tst_fluxnet_import.moc"
