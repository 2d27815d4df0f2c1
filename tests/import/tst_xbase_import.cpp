// FLUXCOM-X-BASE NetCDF files as ICOS distributes them, written with GDAL's multidimensional API:
// GPP and NEE (ET and land_fraction beside them, ignored), lat descending, units from each
// variable's `units` attribute; daily, monthly (stored as a labelled monthly product) and
// monthly diurnal-cycle files with an `hour` dimension (averaged over the hours).
#include "import/carbon_flux_units.h"
#include "import/gridded_importer.h"

#include <QTemporaryDir>
#include <QTest>
#include <gdal_priv.h>
#include <memory>

using namespace fluxlens;

namespace {
constexpr double kUmolToGramPerDay = 12.011e-6 * 86400.0;

// GPP of the fixtures at a pixel, time step and hour (gC m-2 d-1).
double xbaseGpp(int lonIndex, int latIndex, int step, int hour) {
    return 1.0 + 0.1 * lonIndex + 0.01 * latIndex + step + 0.1 * hour;
}

// X-BASE layout: time, [hour,] lat (descending 49.5 .. 40.5), lon (0.5 .. 9.5); GPP in
// gC m-2 d-1, NEE = -GPP / 2 in µmol m-2 s-1 (its value converted back), ET and land_fraction.
void writeXbase(const std::string& path, const std::vector<double>& daysSince2001, int hours) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    std::unique_ptr<GDALDataset> ds(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
    QVERIFY(ds);
    auto root = ds->GetRootGroup();
    const auto steps = daysSince2001.size();
    auto timeDim = root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, {}, steps);
    auto latDim = root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH", 10);
    auto lonDim = root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST", 10);
    std::shared_ptr<GDALDimension> hourDim;
    if (hours > 0)
        hourDim = root->CreateDimension("hour", {}, {}, static_cast<GUInt64>(hours));
    auto f64 = GDALExtendedDataType::Create(GDT_Float64);
    auto text = GDALExtendedDataType::CreateString();
    auto setText = [&](const std::shared_ptr<GDALMDArray>& a, const char* name, const char* v) {
        a->CreateAttribute(name, {}, text)->Write(v);
    };
    auto write = [&](const std::shared_ptr<GDALMDArray>& a, const std::vector<double>& values) {
        std::vector<GUInt64> start(a->GetDimensionCount(), 0);
        std::vector<size_t> count;
        for (const auto& d : a->GetDimensions())
            count.push_back(static_cast<size_t>(d->GetSize()));
        QVERIFY(a->Write(start.data(), count.data(), nullptr, nullptr, f64, values.data()));
    };
    std::vector<double> lats, lons;
    for (int i = 0; i < 10; ++i) {
        lats.push_back(49.5 - i);
        lons.push_back(0.5 + i);
    }
    auto time = root->CreateMDArray("time", {timeDim}, f64);
    write(time, daysSince2001);
    setText(time, "units", "days since 2001-01-01 00:00:00");
    setText(time, "calendar", "standard");
    auto lat = root->CreateMDArray("lat", {latDim}, f64);
    write(lat, lats);
    setText(lat, "units", "degrees_north");
    auto lon = root->CreateMDArray("lon", {lonDim}, f64);
    write(lon, lons);
    setText(lon, "units", "degrees_east");
    auto landFraction = root->CreateMDArray("land_fraction", {latDim, lonDim}, f64);
    write(landFraction, std::vector<double>(100, 1.0));

    std::vector<std::shared_ptr<GDALDimension>> dims{timeDim};
    if (hourDim)
        dims.push_back(hourDim);
    dims.push_back(latDim);
    dims.push_back(lonDim);
    const int h = std::max(1, hours);
    std::vector<double> gpp, nee, et;
    for (std::size_t s = 0; s < steps; ++s)
        for (int hour = 0; hour < h; ++hour)
            for (int la = 0; la < 10; ++la)
                for (int lo = 0; lo < 10; ++lo) {
                    const double g = xbaseGpp(lo, la, static_cast<int>(s), hour);
                    gpp.push_back(g);
                    nee.push_back(-g / 2.0 / kUmolToGramPerDay);
                    et.push_back(2.0);
                }
    for (const auto& [name, units, values] :
         {std::tuple{"GPP", "gC m-2 d-1", &gpp}, std::tuple{"NEE", "umol m-2 s-1", &nee},
          std::tuple{"ET", "mm d-1", &et}}) {
        auto array = root->CreateMDArray(name, dims, f64);
        setText(array, "units", units);
        write(array, *values);
    }
}

std::vector<Site> oneSite() {
    Site site;
    site.id = "FR-Xbs";
    site.lon_deg = 3.2;  // lon index 3
    site.lat_deg = 47.7; // lat index 2 of the descending axis 49.5, 48.5, 47.5 (cell 48 .. 47)
    return {site};
}

double valueAt(const DailyTable& table, const std::string& column, std::size_t row) {
    for (std::size_t c = 0; c < table.columnNames.size(); ++c)
        if (table.columnNames[c] == column)
            return table.columns[c][row];
    return std::nan("");
}
} // namespace

class TestXbaseImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dailyWithDescendingLatitude();
    void monthlyIsLabelled();
    void diurnalCycleAveragedOverHours();

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const {
        return m_dir.filePath(QString::fromUtf8(name)).toStdString();
    }
};

void TestXbaseImport::dailyWithDescendingLatitude() {
    const std::string file = path("GPP_NEE_2001_daily.nc");
    writeXbase(file, {0.0, 1.0, 2.0}, 0);
    const ImportBatch batch = importGridded(file, "FLUXCOM-X-BASE", oneSite(), 1, ImportControl());
    QCOMPARE(batch.tables.size(), std::size_t(1));
    const DailyTable& table = batch.tables[0];
    QCOMPARE(table.product, std::string("FLUXCOM-X-BASE"));
    QCOMPARE(table.columnNames, (std::vector<std::string>{"GPP", "NEE"})); // ET ignored
    QCOMPARE(table.dayNumbers.size(), std::size_t(3));
    for (std::size_t s = 0; s < 3; ++s) {
        const double gpp = xbaseGpp(3, 2, static_cast<int>(s), 0);
        QVERIFY(std::abs(valueAt(table, "GPP", s) - gpp) < 1e-9);
        QVERIFY(std::abs(valueAt(table, "NEE", s) + gpp / 2.0) < 1e-9);
    }
}

void TestXbaseImport::monthlyIsLabelled() {
    const std::string file = path("GPP_NEE_2001_monthly.nc");
    writeXbase(file, {0.0, 31.0, 59.0, 90.0}, 0);
    const ImportBatch batch = importGridded(file, "FLUXCOM-X-BASE", oneSite(), 1, ImportControl());
    const DailyTable& table = batch.tables.at(0);
    QCOMPARE(table.product, std::string("FLUXCOM-X-BASE (monthly)"));
    QCOMPARE(table.dayNumbers.size(), std::size_t(4));
    QVERIFY(std::abs(valueAt(table, "GPP", 3) - xbaseGpp(3, 2, 3, 0)) < 1e-9);
    bool labelled = false;
    for (const auto& w : batch.warnings)
        labelled = labelled || w.find("monthly means of the towers") != std::string::npos;
    QVERIFY(labelled);
}

void TestXbaseImport::diurnalCycleAveragedOverHours() {
    const std::string file = path("GPP_NEE_2001_monthly_diurnal.nc");
    writeXbase(file, {0.0, 31.0, 59.0}, 24);
    const ImportBatch batch = importGridded(file, "FLUXCOM-X-BASE", oneSite(), 1, ImportControl());
    const DailyTable& table = batch.tables.at(0);
    QCOMPARE(table.product, std::string("FLUXCOM-X-BASE (monthly)"));
    // Mean over hours 0..23 of base + 0.1 hour = base + 1.15.
    for (std::size_t s = 0; s < 3; ++s)
        QVERIFY(std::abs(valueAt(table, "GPP", s) -
                         (xbaseGpp(3, 2, static_cast<int>(s), 0) + 1.15)) < 1e-9);
}

QTEST_GUILESS_MAIN(TestXbaseImport)
#include "tst_xbase_import.moc"
