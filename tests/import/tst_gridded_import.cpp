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
    void timeAxisLongerThanGdalBandLimit();
    void productNameFromGlobalAttribute();
    void netcdfWindowClippedAtTheCorner();

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

namespace {
// A CF NetCDF written through GDAL's multidimensional API with `steps` 3-hourly steps from
// 2000-01-01 on a 4 × 4 grid of 1° cells (lon 2.5..5.5, lat 44.5..47.5), GPP in gC m-2 d-1:
// day d of cell (lonIndex, latIndex) averages to longDayValue(...), the steps of a day spread
// ±1.75 around it.
double longDayValue(int lonIndex, int latIndex, int day) {
    return lonIndex + 10.0 * latIndex + 0.001 * day;
}

void writeLongNetcdf(const std::string& path, int steps,
                     const std::vector<std::pair<std::string, std::string>>& globals) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    std::unique_ptr<GDALDataset> ds(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path);
    auto root = ds->GetRootGroup();
    auto text = GDALExtendedDataType::CreateString();
    for (const auto& [name, value] : globals)
        root->CreateAttribute(name, {}, text)->Write(value.c_str());
    auto timeDim = root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, {}, steps);
    auto latDim = root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH", 4);
    auto lonDim = root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST", 4);
    auto f64 = GDALExtendedDataType::Create(GDT_Float64);
    auto f32 = GDALExtendedDataType::Create(GDT_Float32);
    auto coordinate = [&](const std::shared_ptr<GDALDimension>& dim,
                          const std::vector<double>& values, const char* units) {
        auto array = root->CreateMDArray(dim->GetName(), {dim}, f64);
        const GUInt64 start[1] = {0};
        const size_t count[1] = {values.size()};
        array->Write(start, count, nullptr, nullptr, f64, values.data());
        array->CreateAttribute("units", {}, text)->Write(units);
        return array;
    };
    std::vector<double> hours(static_cast<std::size_t>(steps));
    for (int s = 0; s < steps; ++s)
        hours[static_cast<std::size_t>(s)] = 3.0 * s;
    coordinate(timeDim, hours, "hours since 2000-01-01 00:00:00");
    coordinate(latDim, {44.5, 45.5, 46.5, 47.5}, "degrees_north");
    coordinate(lonDim, {2.5, 3.5, 4.5, 5.5}, "degrees_east");
    auto gpp = root->CreateMDArray("GPP", {timeDim, latDim, lonDim}, f32);
    gpp->CreateAttribute("units", {}, text)->Write("gC m-2 d-1");
    std::vector<float> values;
    values.reserve(static_cast<std::size_t>(steps) * 16);
    for (int s = 0; s < steps; ++s)
        for (int la = 0; la < 4; ++la)
            for (int lo = 0; lo < 4; ++lo)
                values.push_back(
                    static_cast<float>(longDayValue(lo, la, s / 8) + 0.5 * (s % 8) - 1.75));
    const GUInt64 start[3] = {0, 0, 0};
    const size_t count[3] = {static_cast<size_t>(steps), 4, 4};
    if (!gpp->Write(start, count, nullptr, nullptr, f32, values.data()))
        throw std::runtime_error("cannot write GPP to " + path);
}
} // namespace

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

void TestGriddedImport::timeAxisLongerThanGdalBandLimit() {
    // GDAL's classic netCDF view stops at 32 768 bands; every step must still be read.
    const int steps = 4200 * 8; // 33 600 3-hourly steps: 4200 days from 2000-01-01
    QVERIFY(steps > 32768);
    const std::string file = path("long_3hourly.nc");
    writeLongNetcdf(file, steps, {});
    Cache cache = cacheWithSites();
    ImportOptions options;
    options.productName = "LONG";
    const FileImportResult result = importFile(cache, file, options, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(result.rows, std::int64_t(4200));
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "LONG");
    QCOMPARE(one.dayNumbers.size(), std::size_t(4200));
    QCOMPARE(validCount(columnOf(one, "GPP")), 4200);
    // IN-One (3.5° E, 45.5° N) is cell (1, 1); day 4199 is 2011-07-01.
    QCOMPARE(formatIsoDate(fromDayNumber(one.dayNumbers.back())), std::string("2011-07-01"));
    QVERIFY(std::abs(valueOn(one, "GPP", "2011-07-01") - longDayValue(1, 1, 4199)) < 1e-4);
    QVERIFY(std::abs(valueOn(one, "GPP", "2000-01-01") - longDayValue(1, 1, 0)) < 1e-4);
}

void TestGriddedImport::productNameFromGlobalAttribute() {
    Cache cache = cacheWithSites();
    const std::string titled = path("titled.nc");
    writeLongNetcdf(titled, 16, {{"title", "Some product v2"}});
    FileImportResult result = importFile(cache, titled, ImportOptions{}, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    // `product` wins over `title`.
    const std::string named = path("named.nc");
    writeLongNetcdf(named, 24, {{"title", "A long title"}, {"product", "reference (synthetic)"}});
    result = importFile(cache, named, ImportOptions{}, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    QCOMPARE(cache.referenceProducts(),
             (std::vector<std::string>{"Some product v2", "reference (synthetic)"}));
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "reference (synthetic)");
    QCOMPARE(one.dayNumbers.size(), std::size_t(3));
    QVERIFY(std::abs(valueOn(one, "GPP", "2000-01-03") - longDayValue(1, 1, 2)) < 1e-4);
}

void TestGriddedImport::netcdfWindowClippedAtTheCorner() {
    Cache cache = cacheWithSites();
    writeText(path("corner.csv"), "site_id,lat,lon\nIN-Cor,44.6,2.6\n");
    QCOMPARE(importFile(cache, path("corner.csv"), {}, {}).status,
             FileImportResult::Status::Imported);
    const std::string file = path("window.nc");
    writeLongNetcdf(file, 80, {{"product", "W"}});
    ImportOptions options;
    options.window = 3;
    const FileImportResult result = importFile(cache, file, options, {});
    QVERIFY2(result.status == FileImportResult::Status::Imported, result.errorMessage.c_str());
    // IN-One: the 3 × 3 block around cell (1, 1) averages to that cell's value.
    const DailyTable one = cache.loadDaily("IN-One", DailyKind::Reference, "W");
    QVERIFY(std::abs(valueOn(one, "GPP", "2000-01-10") - longDayValue(1, 1, 9)) < 1e-4);
    // IN-Cor: only cells (0..1, 0..1) lie inside the grid: mean lon index 0.5, lat index 0.5.
    const DailyTable corner = cache.loadDaily("IN-Cor", DailyKind::Reference, "W");
    QCOMPARE(corner.dayNumbers.size(), std::size_t(10));
    QVERIFY(std::abs(valueOn(corner, "GPP", "2000-01-10") - (0.5 + 5.0 + 0.009)) < 1e-4);
}

QTEST_GUILESS_MAIN(TestGriddedImport)
#include "tst_gridded_import.moc"
