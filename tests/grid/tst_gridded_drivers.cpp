// GriddedDrivers on files written like the Copernicus data store and MODIS exports deliver them:
// values regridded by GDAL (bilinear checked by hand at pixel centres, nearest for classes), units
// converted as the point importer converts them, derived VPD, SW_IN_POT and NDVI, fill values as
// NaN, two ERA5 files concatenated in time, MODIS as NetCDF and as band-per-date GeoTIFFs.
#include "cache/import_batch.h"
#include "geo/solar_radiation.h"
#include "grid/gridded_drivers.h"
#include "grid_fixtures.h"
#include "import/era5_point_importer.h"
#include "import/vegetation_indices.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fluxlens;
using namespace fluxlens::grid;
using namespace gridtest;

namespace {
constexpr int kFirstEraDay = 18259; // 2019-12-29; the second file starts on 2020-01-01 (18262)
constexpr int kFirstModisDay = 18258;
const GridSpec kGrid{9.95, 49.95, 10.95, 50.95, 0.05};

double packed(double value) { // what the int16 packing of t2m and d2m keeps
    return std::round((value - 270.0) / 0.002) * 0.002 + 270.0;
}

// Bilinear interpolation at the centre of output pixel (row, col), written out by hand: the
// 0.05° pixel centres sit at source index c/2 − 0.25 of the 0.1° ERA5 cell centres.
template <typename F>
double bilinear(F valueAt, int row, int col) {
    const double x = col / 2.0 - 0.25, y = row / 2.0 - 0.25;
    const int i = static_cast<int>(std::floor(x)), j = static_cast<int>(std::floor(y));
    const double fx = x - i, fy = y - j;
    return (1 - fx) * (1 - fy) * valueAt(i, j) + fx * (1 - fy) * valueAt(i + 1, j) +
           (1 - fx) * fy * valueAt(i, j + 1) + fx * fy * valueAt(i + 1, j + 1);
}

const char* kMapJson = R"({
  "format": "fluxlens-driver-map", "version": 1,
  "sources": {
    "era5":  {"kind": "era5-land", "paths": ["era5_2019.nc", "era5_2020.nc"]},
    "modis": {"kind": "modis-stack", "paths": ["%MODIS%"]},
    "landcover": {"kind": "landcover", "paths": ["mcd12q1_lc_type1.tif"]}
  },
  "features": {
    "t2m_degC":  {"source": "era5", "variable": "t2m"},
    "TA_F":      {"source": "era5", "variable": "t2m"},
    "VPD_F":     {"source": "era5", "derive": "vpd", "variables": ["t2m", "d2m"]},
    "SW_IN_F":   {"source": "era5", "variable": "ssrd"},
    "P_F":       {"source": "era5", "variable": "tp"},
    "SW_IN_POT": {"derive": "sw_in_pot"},
    "b1":        {"source": "modis", "variable": "sur_refl_b01"},
    "NDVI":      {"source": "modis", "derive": "ndvi", "variables": ["sur_refl_b01", "sur_refl_b02"]},
    "EVI":       {"source": "modis", "derive": "evi",
                  "variables": ["sur_refl_b01", "sur_refl_b02", "sur_refl_b03"]}
  },
  "statics": {"igbp": {"source": "landcover", "variable": "LC_Type1"},
              "koppen": {"path": null}, "land_fraction": {"source": "era5", "variable": "lsm"}}
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

std::size_t featureIndex(const DriverTile& tile, const std::string& name) {
    for (std::size_t f = 0; f < tile.features.size(); ++f)
        if (tile.features[f] == name)
            return f;
    throw std::runtime_error("no feature " + name);
}

float value(const DriverTile& tile, const std::string& name, int day, int row, int col) {
    return tile.at(static_cast<int>(featureIndex(tile, name)), day - tile.firstDay,
                   row - tile.window.row0, col - tile.window.col0);
}
} // namespace

class TestGriddedDrivers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void periodAndFeatures();
    void describeListsEveryFeature();
    void era5BilinearAndUnits();
    void era5SecondFileAndFills();
    void derivedVpdMatchesPointImporter();
    void swInPotFromLatitudeAndDay();
    void modisNetcdfAndIndices();
    void modisGeotiffMatchesNetcdf();
    void staticLayers();
    void landFractionWithoutMask();
    void demoStyleFiles();
    void badRequests();

private:
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }
    std::string writeMap(const std::string& name, const std::string& json) {
        writeText(path(name), json);
        return path(name);
    }
    std::vector<std::string> allFeatures() const {
        return {"t2m_degC", "TA_F", "VPD_F", "SW_IN_F", "P_F", "SW_IN_POT", "b1", "NDVI", "EVI"};
    }
    QTemporaryDir m_dir;
    std::string m_map;
};

void TestGriddedDrivers::initTestCase() {
    QVERIFY(m_dir.isValid());
    writeEra5(path("era5_2019.nc"), kFirstEraDay, 3);
    Era5Options second;
    second.timeName = "time";
    second.timeUnits = "days since 2020-01-01 00:00:00";
    writeEra5(path("era5_2020.nc"), kFirstEraDay + 3, 3, second);
    writeModisNetcdf(path("mod09ga.nc"), kFirstModisDay, 8);
    writeLandCover(path("mcd12q1_lc_type1.tif"));
    m_map = writeMap("drivers.json", replaced(kMapJson, "%MODIS%", "mod09ga.nc"));
}

void TestGriddedDrivers::periodAndFeatures() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    QCOMPARE(drivers.mapFile().string(), m_map);
    // ERA5 covers 18259..18264 over its two files, MODIS 18258..18265: the common period.
    QCOMPARE(drivers.firstDay(), kFirstEraDay);
    QCOMPARE(drivers.lastDay(), kFirstEraDay + 5);
    std::vector<std::string> expected = allFeatures();
    std::sort(expected.begin(), expected.end());
    expected.insert(expected.end(), {"DOY_SIN", "DOY_COS"});
    std::vector<std::string> features = drivers.features();
    std::sort(features.begin(), features.end() - 2);
    QCOMPARE(features, expected);
}

void TestGriddedDrivers::describeListsEveryFeature() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const std::vector<std::string> lines = drivers.describe();
    for (const std::string& feature : drivers.features()) {
        const bool listed = std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.rfind(feature + " ← ", 0) == 0;
        });
        QVERIFY2(listed, feature.c_str());
    }
    const auto line = [&](const std::string& start) {
        for (const std::string& l : lines)
            if (l.rfind(start, 0) == 0)
                return l;
        return std::string();
    };
    QCOMPARE(line("TA_F "),
             std::string("TA_F ← t2m (era5_2019.nc … era5_2020.nc, K → °C, bilinear)"));
    QVERIFY(line("VPD_F ").find("vpd(t2m, d2m)") != std::string::npos);
    QVERIFY(line("SW_IN_F ").find("J m-2 d-1 → W m-2") != std::string::npos);
    QVERIFY(line("igbp ").find("mcd12q1_lc_type1.tif, nearest") != std::string::npos);
    QVERIFY(line("land_fraction ").find("lsm") != std::string::npos);
}

void TestGriddedDrivers::era5BilinearAndUnits() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const PixelWindow window{4, 3, 6, 8};
    const int day = kFirstEraDay + 1;
    const DriverTile tile = drivers.read(kGrid, window, allFeatures(), day, day);
    QCOMPARE(tile.dayCount, 1);
    QCOMPARE(tile.values.size(), allFeatures().size() * 48);
    for (int row = 4; row < 10; ++row)
        for (int col = 3; col < 11; ++col) {
            const double t =
                bilinear([&](int i, int j) { return packed(t2m_K(i, j, day)); }, row, col) - 273.15;
            QVERIFY2(std::abs(value(tile, "TA_F", day, row, col) - t) < 2e-4,
                     (std::to_string(row) + "," + std::to_string(col)).c_str());
            QCOMPARE(value(tile, "t2m_degC", day, row, col), value(tile, "TA_F", day, row, col));
            const double sw =
                bilinear([&](int i, int j) { return ssrd_J_m2(i, j, day); }, row, col) / 86400.0;
            QVERIFY(std::abs(value(tile, "SW_IN_F", day, row, col) - sw) < 1e-3);
            const double p =
                bilinear([&](int i, int j) { return tp_m(i, j, day); }, row, col) * 1000.0;
            QVERIFY(std::abs(value(tile, "P_F", day, row, col) - p) < 1e-4);
        }
}

void TestGriddedDrivers::era5SecondFileAndFills() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const PixelWindow window{12, 12, 3, 3};
    // One day before the files begin, the first day of each file (fills at cells 6..8) and a
    // day of the second file, whose time axis is `time` in days since 2020-01-01.
    const DriverTile tile =
        drivers.read(kGrid, window, {"TA_F", "SW_IN_POT"}, kFirstEraDay - 1, kFirstEraDay + 4);
    QVERIFY(std::isnan(value(tile, "TA_F", kFirstEraDay - 1, 13, 13)));
    QVERIFY(std::isfinite(value(tile, "SW_IN_POT", kFirstEraDay - 1, 13, 13)));
    for (int day : {kFirstEraDay, kFirstEraDay + 3}) {
        QVERIFY(std::isnan(value(tile, "TA_F", day, 13, 13)));
        QVERIFY(std::isnan(value(tile, "TA_F", day, 14, 14)));
    }
    const int day = kFirstEraDay + 4;
    const double t =
        bilinear([&](int i, int j) { return packed(t2m_K(i, j, day)); }, 13, 13) - 273.15;
    QVERIFY(std::abs(value(tile, "TA_F", day, 13, 13) - t) < 2e-4);
}

void TestGriddedDrivers::derivedVpdMatchesPointImporter() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const int day = kFirstEraDay + 2;
    const DriverTile tile =
        drivers.read(kGrid, PixelWindow{7, 9, 1, 1}, {"TA_F", "VPD_F"}, day, day);
    const double t = value(tile, "TA_F", day, 7, 9);
    const double td =
        bilinear([&](int i, int j) { return packed(d2m_K(i, j, day)); }, 7, 9) - 273.15;
    const double vpd = value(tile, "VPD_F", day, 7, 9);
    QVERIFY(std::abs(vpd - (saturationVapourPressure_hPa(t) - saturationVapourPressure_hPa(td))) <
            1e-3);
    // The point importer, handed the pixel's temperatures in kelvin, gives the same VPD.
    const std::string csv =
        "site_id,date,temperature_2m,dewpoint_temperature_2m\nXX-Pix,2019-12-31," +
        std::to_string(t + 273.15) + "," + std::to_string(td + 273.15) + "\n";
    const ImportBatch batch = importEra5Points(csv, "pixel.csv", ImportControl());
    const double pointVpd = (*batch.tables.front().column("vpd_hPa"))[0];
    QVERIFY2(std::abs(vpd - pointVpd) < 1e-3, std::to_string(pointVpd).c_str());
}

void TestGriddedDrivers::swInPotFromLatitudeAndDay() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const DriverTile tile = drivers.read(kGrid, PixelWindow{0, 0, 20, 1}, {"SW_IN_POT", "DOY_SIN"},
                                         kFirstEraDay, kFirstEraDay + 5);
    for (int d = 0; d < tile.dayCount; ++d)
        for (int row = 0; row < 20; row += 7) {
            const int doy = d < 3 ? 363 + d : d - 2; // 2019-12-29 is day 363
            QCOMPARE(tile.at(0, d, row, 0),
                     static_cast<float>(potentialShortwave_W_m2(kGrid.latOfRow(row), doy)));
        }
    QCOMPARE(tile.at(1, 3, 0, 0), 0.0f); // 1 January: sin 0
}

void TestGriddedDrivers::modisNetcdfAndIndices() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const int day = kFirstEraDay + 2;
    const int dayIndex = day - kFirstModisDay;
    const DriverTile tile =
        drivers.read(kGrid, PixelWindow{0, 0, 4, 5}, {"b1", "NDVI", "EVI"}, day, day);
    QVERIFY(std::isnan(value(tile, "b1", day, 0, 0))); // the fill value
    QVERIFY(std::isnan(value(tile, "NDVI", day, 0, 0)));
    for (int row = 0; row < 4; ++row)
        for (int col = (row == 0 ? 1 : 0); col < 5; ++col) {
            const double red = modisRaw(1, col, row, dayIndex) * 1e-4;
            const double nir = modisRaw(2, col, row, dayIndex) * 1e-4;
            const double blue = modisRaw(3, col, row, dayIndex) * 1e-4;
            QVERIFY(std::abs(value(tile, "b1", day, row, col) - red) < 1e-6);
            QVERIFY(std::abs(value(tile, "NDVI", day, row, col) - ndviFromBands(red, nir)) < 1e-6);
            QVERIFY(std::abs(value(tile, "EVI", day, row, col) - eviFromBands(red, nir, blue)) <
                    1e-6);
        }
}

void TestGriddedDrivers::modisGeotiffMatchesNetcdf() {
    QDir().mkpath(QString::fromStdString(path("tif")));
    const std::vector<std::string> tifs = writeModisGeotiffs(path("tif"), kFirstModisDay, 8);
    std::string list;
    for (const std::string& t : tifs)
        list += (list.empty() ? "" : "\", \"") + t;
    const GriddedDrivers fromTif =
        GriddedDrivers::open(writeMap("drivers_tif.json", replaced(kMapJson, "%MODIS%", list)));
    const GriddedDrivers fromNc = GriddedDrivers::open(m_map);
    const PixelWindow window{0, 0, 20, 20};
    const std::vector<std::string> features{"b1", "NDVI", "EVI"};
    const DriverTile a = fromTif.read(kGrid, window, features, kFirstEraDay, kFirstEraDay + 5);
    const DriverTile b = fromNc.read(kGrid, window, features, kFirstEraDay, kFirstEraDay + 5);
    QCOMPARE(a.values.size(), b.values.size());
    for (std::size_t i = 0; i < a.values.size(); ++i)
        QVERIFY((std::isnan(a.values[i]) && std::isnan(b.values[i])) ||
                std::abs(a.values[i] - b.values[i]) < 1e-6);
}

void TestGriddedDrivers::staticLayers() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    const StaticTile tile = drivers.readStatics(kGrid, PixelWindow{0, 0, 20, 20});
    for (int row = 0; row < 20; ++row)
        for (int col = 0; col < 20; ++col) {
            // Nearest: the 0.01° land-cover cell holding the pixel centre; none east of 10.45°.
            const IgbpClass expected =
                col < 10 ? static_cast<IgbpClass>(landCoverCode(5 * col + 2, 5 * row + 2))
                         : IgbpClass::Unknown;
            QCOMPARE(tile.igbp[row * 20 + col], expected);
            QVERIFY(tile.koppen[row * 20 + col] != KoppenClass::Unknown);
        }
    // lsm is 0 at ERA5 cell (1, 1) only: bilinear at pixel (3, 3) weighs it 0.75 × 0.75.
    QVERIFY(std::abs(tile.landFraction[3 * 20 + 3] - (1.0 - 0.5625)) < 1e-6);
    QCOMPARE(tile.landFraction[10 * 20 + 10], 1.0f);
}

void TestGriddedDrivers::landFractionWithoutMask() {
    const std::string json = R"({"format": "fluxlens-driver-map", "version": 1,
      "sources": {"era5": {"kind": "era5-land", "paths": ["era5_2019.nc"]}},
      "features": {"TA_F": {"source": "era5", "variable": "t2m"}, "SW_IN_POT": {"derive": "sw_in_pot"}}})";
    const GriddedDrivers drivers = GriddedDrivers::open(writeMap("no_mask.json", json));
    const StaticTile tile = drivers.readStatics(kGrid, PixelWindow{10, 10, 5, 5});
    // The first day has fill values at ERA5 cells 6..8: no driver there, so no land.
    QCOMPARE(tile.landFraction[3 * 5 + 3], 0.0f); // pixel (13, 13)
    QCOMPARE(tile.landFraction[0], 1.0f);         // pixel (10, 10)
    QCOMPARE(tile.igbp[0], IgbpClass::Unknown);
}

// Float32 variables with NaN fills, an int64 valid_time and a 2-D lsm, as `demo --grid` writes.
void TestGriddedDrivers::demoStyleFiles() {
    Era5Options demo;
    demo.floatsWithNaNFill = true;
    writeEra5(path("era5_demo.nc"), kFirstEraDay, 3, demo);
    const std::string json = R"({"format": "fluxlens-driver-map", "version": 1,
      "sources": {"era5": {"kind": "era5-land", "paths": ["era5_demo.nc"]}},
      "features": {"TA_F": {"source": "era5", "variable": "t2m"},
                   "VPD_F": {"source": "era5", "derive": "vpd", "variables": ["t2m", "d2m"]}},
      "statics": {"land_fraction": {"source": "era5", "variable": "lsm"}}})";
    const GriddedDrivers drivers = GriddedDrivers::open(writeMap("demo.json", json));
    QCOMPARE(drivers.firstDay(), kFirstEraDay);
    QCOMPARE(drivers.lastDay(), kFirstEraDay + 2);
    const DriverTile tile =
        drivers.read(kGrid, PixelWindow{4, 4, 10, 10}, {"TA_F"}, kFirstEraDay, kFirstEraDay + 1);
    QVERIFY(std::isnan(value(tile, "TA_F", kFirstEraDay, 13, 13)));
    for (int row = 4; row < 14; ++row)
        for (int col = 4; col < 14; ++col) {
            const int day = kFirstEraDay + 1;
            const double t =
                bilinear([&](int i, int j) { return t2m_K(i, j, day); }, row, col) - 273.15;
            QVERIFY(std::abs(value(tile, "TA_F", day, row, col) - t) < 1e-4);
        }
    const StaticTile statics = drivers.readStatics(kGrid, PixelWindow{3, 3, 1, 1});
    QVERIFY(std::abs(statics.landFraction[0] - (1.0 - 0.5625)) < 1e-6);
}

void TestGriddedDrivers::badRequests() {
    const GriddedDrivers drivers = GriddedDrivers::open(m_map);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             drivers.read(kGrid, PixelWindow{0, 0, 2, 2}, {"GPP"}, 18259, 18259));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, drivers.read(kGrid, PixelWindow{15, 15, 6, 2},
                                                                 {"TA_F"}, 18259, 18259));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             drivers.read(kGrid, PixelWindow{0, 0, 2, 2}, {"TA_F"}, 18260, 18259));
}

QTEST_GUILESS_MAIN(TestGriddedDrivers)
#include "tst_gridded_drivers.moc"
