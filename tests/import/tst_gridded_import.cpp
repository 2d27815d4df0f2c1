// Gridded products (NetCDF, GeoTIFF) sampled at cached sites.
#include "cache/cache.h"
#include "common/input_error.h"
#include "gridded_test_support.h"
#include "import/cf_time.h"
#include "import/gridded_importer.h"
#include "import/import_job.h"
#include "import_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using namespace fluxlens::test;

class TestGriddedImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unitConversions_data();
    void unitConversions();
    void cfTimeUnits();
    void netcdfHourlyAveragedToDays();
    void geotiffWithDatedBandsAndWindow();
    void multiVariableNetcdf();
    void needsProductName();

private:
    std::string path(const std::string& name) const {
        return m_dir->filePath(QString::fromStdString(name)).toStdString();
    }
    Cache cacheWithSites() {
        writeText(path("sites.csv"), "site_id,lat,lon\nIN-One,45.5,3.5\nIN-Edg,49.9,0.1\n"
                                     "OUT-1,30,3\n");
        Cache cache = Cache::open(path("cache.sqlite"));
        if (importFile(cache, path("sites.csv"), {}, {}).status !=
            FileImportResult::Status::Imported)
            throw std::runtime_error("site table not imported");
        return cache;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGriddedImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGriddedImport::unitConversions_data() {
    QTest::addColumn<QString>("units");
    QTest::addColumn<double>("factor");
    QTest::newRow("gC m-2 d-1") << QStringLiteral("gC m-2 d-1") << 1.0;
    QTest::newRow("g m-2 day-1") << QStringLiteral("g m-2 day-1") << 1.0;
    QTest::newRow("gC/m2/day") << QStringLiteral("gC/m2/day") << 1.0;
    QTest::newRow("gC m-2 s-1") << QStringLiteral("gC m-2 s-1") << 86400.0;
    QTest::newRow("kg m-2 s-1") << QStringLiteral("kg m-2 s-1") << 86400000.0;
    QTest::newRow("kgC m-2 s-1") << QStringLiteral("kgC m-2 s-1") << 86400000.0;
    QTest::newRow("umol m-2 s-1") << QStringLiteral("umol m-2 s-1") << 1.0377504;
    QTest::newRow("µmol CO2 m-2 s-1") << QStringLiteral("µmol CO2 m-2 s-1") << 1.0377504;
    QTest::newRow("mol m-2 s-1") << QStringLiteral("mol m-2 s-1") << 1037750.4;
}

void TestGriddedImport::unitConversions() {
    QFETCH(QString, units);
    QFETCH(double, factor);
    auto f = carbonFluxToGramPerDay(units.toStdString());
    QVERIFY(f);
    QVERIFY(std::abs(*f - factor) < 1e-9 * factor);
    QVERIFY(!carbonFluxToGramPerDay("W m-2"));
    QVERIFY(!carbonFluxToGramPerDay(""));
}

void TestGriddedImport::cfTimeUnits() {
    auto axis = parseCfTimeUnits("hours since 2015-01-01 06:00:00", "gregorian");
    QVERIFY(axis);
    QCOMPARE(axis->toUnixSeconds(18.0), toDayNumber(*parseIsoDate("2015-01-02")) * 86400.0);
    axis = parseCfTimeUnits("days since 1970-1-1", "");
    QVERIFY(axis);
    QCOMPARE(axis->toUnixSeconds(2.0), 2 * 86400.0);
    QVERIFY(!parseCfTimeUnits("days since 2000-01-01", "noleap"));
    QVERIFY(!parseCfTimeUnits("fortnights since 2000-01-01", ""));
    QVERIFY(!parseCfTimeUnits("days", ""));
}

void TestGriddedImport::netcdfHourlyAveragedToDays() {
    const std::string file = path("fluxcom_x_base_gpp_hourly.nc");
    GridSpec spec;
    spec.bands = 50; // two full days and two hours of a third, which is left out
    writeGrid(file, "netCDF", spec);
    Cache cache = cacheWithSites();
    ImportOptions options;
    options.productName = "FLUXCOM-X-BASE";
    const FileImportResult result = importFile(cache, file, options, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(result.importer, std::string("gridded"));
    QCOMPARE(result.sites, std::int64_t(2));
    QCOMPARE(cache.referenceProducts(), std::vector<std::string>{"FLUXCOM-X-BASE"});
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "FLUXCOM-X-BASE");
    QCOMPARE(one.dayNumbers.size(), std::size_t(2));
    // Site at 3.5° E 45.5° N: column 3, row 4. Day 1 = hours 0..23 -> mean band 11.5.
    const double k = 12.011e-6 * 86400.0;
    QVERIFY(std::abs(valueOn(one, "GPP", "2015-01-01") - (43.0 + 0.115) * k) < 1e-4);
    QVERIFY(std::abs(valueOn(one, "GPP", "2015-01-02") - (43.0 + 0.355) * k) < 1e-4);
    const DailyTable edge = cache.loadDaily("IN-Edg", DailyKind::Reference, "FLUXCOM-X-BASE");
    QVERIFY(std::abs(valueOn(edge, "GPP", "2015-01-01") - 0.115 * k) < 1e-4);
    QVERIFY(cache.loadDaily("OUT-1", DailyKind::Reference, "FLUXCOM-X-BASE").dayNumbers.empty());
    QCOMPARE(result.warnings.size(), std::size_t(2));
    QCOMPARE(result.warnings[0], std::string("1 sites lie outside the grid and were skipped"));
    QCOMPARE(result.warnings[1],
             std::string("1 days with fewer time steps than the others were left out"));
}

void TestGriddedImport::geotiffWithDatedBandsAndWindow() {
    const std::string file = path("product_NEE_2016.tif");
    GridSpec spec;
    spec.variable = "NEE";
    spec.units = "gC m-2 d-1";
    spec.bands = 3;
    spec.bandDates = {"2016-03-01", "2016-03-02", "20160303"};
    writeGrid(file, "GTiff", spec);
    Cache cache = cacheWithSites();
    ImportOptions options;
    options.productName = "MY-PRODUCT";
    options.window = 3;
    const FileImportResult result = importFile(cache, file, options, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "MY-PRODUCT");
    QCOMPARE(one.dayNumbers.size(), std::size_t(3));
    // 3 × 3 window around column 3, row 4: mean = 43 (symmetric) + 0.01 band.
    QVERIFY(std::abs(valueOn(one, "NEE", "2016-03-03") - 43.02) < 1e-4);
    // At the corner only the 2 × 2 pixels inside the grid count: mean col 0.5, row 0.5 -> 5.5.
    const DailyTable edge = cache.loadDaily("IN-Edg", DailyKind::Reference, "MY-PRODUCT");
    QVERIFY(std::abs(valueOn(edge, "NEE", "2016-03-01") - 5.5) < 1e-4);
}

void TestGriddedImport::multiVariableNetcdf() {
    const std::string file = path("product_6hourly.nc");
    writeMultiVariableNetcdf(file, 6);
    Cache cache = cacheWithSites();
    ImportOptions options;
    options.productName = "MULTI";
    const FileImportResult result = importFile(cache, file, options, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "MULTI");
    QCOMPARE(one.dayNumbers.size(), std::size_t(2));
    // 3.5° E 45.5° N: lon index 3, lat index 5 -> 503 + step; day 2 = steps 4..7 (mean 5.5).
    const double k = 12.011e-6 * 86400.0;
    QVERIFY(std::abs(valueOn(one, "GPP", "2015-01-01") - 504.5 * k) < 1e-6);
    QVERIFY(std::abs(valueOn(one, "GPP", "2015-01-02") - 508.5 * k) < 1e-6);
    // TER is stored as RECO, already in gC m-2 d-1.
    QVERIFY(std::abs(valueOn(one, "RECO", "2015-01-02") - 2 * 508.5) < 1e-6);
    QVERIFY(std::isnan(valueOn(one, "NEE", "2015-01-02")));
    QVERIFY(columnOf(one, "NEE").empty() || validCount(columnOf(one, "NEE")) == 0);
}

void TestGriddedImport::needsProductName() {
    const std::string file = path("gpp.nc");
    writeGrid(file, "netCDF", GridSpec{});
    Cache cache = cacheWithSites();
    const FileImportResult result = importFile(cache, file, ImportOptions{}, {});
    QCOMPARE(result.status, FileImportResult::Status::Failed);
    QVERIFY(result.errorMessage.find("--product") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestGriddedImport)
#include "tst_gridded_import.moc"
