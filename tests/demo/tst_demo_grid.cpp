// The demo world's gridded drivers (`demo --grid`) as a reader sees them through GDAL: layout,
// units, packing and fill of the ERA5-Land and MODIS files, CF metadata of the truth and
// reference, and the values at a pixel against the demo process model and the tower it holds.
#include "demo/demo_generator.h"
#include "demo/demo_grid_files.h"
#include "demo/demo_grid_place.h"
#include "demo/demo_grid_rasters.h"
#include "demo/demo_grid_world.h"
#include "demo/demo_writers.h"
#include "demo_grid_fixture.h"
#include "geo/koppen_legend.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::demo;
using namespace fluxlens::demo::test;

namespace {
struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

Dataset openMultidim(const std::filesystem::path& path) {
    Dataset d(GDALDataset::Open(path.string().c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY));
    if (!d)
        throw std::runtime_error("GDAL cannot open " + path.string());
    return d;
}

std::string textAttribute(const GDALIHasAttribute& owner, const std::string& name) {
    const auto a = owner.GetAttribute(name);
    return a && a->ReadAsString() ? a->ReadAsString() : std::string();
}

template <class T>
std::vector<T> readAll(const GDALMDArray& array, GDALDataType type) {
    std::vector<GUInt64> start;
    std::vector<size_t> count;
    std::size_t n = 1;
    for (const auto& d : array.GetDimensions()) {
        start.push_back(0);
        count.push_back(static_cast<size_t>(d->GetSize()));
        n *= static_cast<std::size_t>(d->GetSize());
    }
    std::vector<T> values(n);
    if (!array.Read(start.data(), count.data(), nullptr, nullptr,
                    GDALExtendedDataType::Create(type), values.data()))
        throw std::runtime_error("cannot read " + array.GetName());
    return values;
}

// Rows of a CSV text split at commas (row 0 is the header).
std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (std::size_t comma; (comma = line.find(',', start)) != std::string::npos;
             start = comma + 1)
            fields.push_back(line.substr(start, comma - start));
        fields.push_back(line.substr(start));
        rows.push_back(std::move(fields));
    }
    return rows;
}
} // namespace

class TestDemoGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesTheFilesTheDriverMapNames();
    void era5LandLayoutUnitsAndFill();
    void towerPixelCarriesTheTowersFiles();
    void otherPixelsRunTheProcessModelAtTheirCentre();
    void modisPackingAndFill();
    void truthAndReferenceAreCfFluxMaps();
    void landCoverAndKoppenRasters();
    void landFractionFromTheShippedMap();
    void sameOptionsGiveTheSameBytes();
    void cancelStopsTheJob();
    void badOptionsAreRefused();
};

void TestDemoGrid::initTestCase() {
    GDALAllRegister();
    if (!shippedKoppenMapPath())
        QFAIL("the shipped Köppen map (resources/koppen) is missing");
    QVERIFY(world().dir.isValid());
}

void TestDemoGrid::writesTheFilesTheDriverMapNames() {
    const auto& w = world();
    QCOMPARE(w.written.grid.firstYear, 2019);
    QCOMPARE(w.written.grid.lastYear, 2020);
    QCOMPARE(w.written.landPixels, 16LL); // all land in central Europe
    QVERIFY(std::find(w.written.towerSites.begin(), w.written.towerSites.end(),
                      w.plan.sites[w.tower].id) != w.written.towerSites.end());
    const auto map = nlohmann::json::parse(readFile(w.file(kDriverMapFileName)));
    QCOMPARE(map["format"].get<std::string>(), std::string("fluxlens-driver-map"));
    QCOMPARE(map["version"].get<int>(), 1);
    for (const auto& [name, source] : map["sources"].items())
        for (const auto& path : source["paths"])
            QVERIFY2(std::filesystem::exists(w.file(path.get<std::string>())),
                     path.get<std::string>().c_str());
    QCOMPARE(map["sources"]["era5"]["paths"].size(), std::size_t(2));
    // The `remote` preset (core/ml defaultFeatures, less DOY terms) and the `tower` preset.
    for (const char* feature :
         {"b1",          "b2",   "b3",      "b4",       "b5",        "b6",       "b7",
          "NDVI",        "EVI",  "NIRv",    "t2m_degC", "ssrd_W_m2", "vpd_hPa",  "tp_mm_d",
          "swvl1_m3_m3", "TA_F", "SW_IN_F", "VPD_F",    "P_F",       "SW_IN_POT"})
        QVERIFY2(map["features"].contains(feature), feature);
    QCOMPARE(map["features"]["VPD_F"]["derive"].get<std::string>(), std::string("vpd"));
    QCOMPARE(map["statics"]["igbp"]["variable"].get<std::string>(), std::string("LC_Type1"));
    QVERIFY(std::filesystem::exists(w.file(map["statics"]["koppen"]["path"].get<std::string>())));
    QCOMPARE(map["statics"]["land_fraction"]["variable"].get<std::string>(), std::string("lsm"));
}

void TestDemoGrid::era5LandLayoutUnitsAndFill() {
    const auto& w = world();
    const Dataset d = openMultidim(w.file(era5LandGridFileName(2020)));
    const auto root = d->GetRootGroup();
    const auto t2m = root->OpenMDArray("t2m");
    QVERIFY(t2m);
    const auto& dims = t2m->GetDimensions();
    QCOMPARE(dims.size(), std::size_t(3));
    QCOMPARE(dims[0]->GetName(), std::string("valid_time"));
    QCOMPARE(dims[1]->GetName(), std::string("latitude"));
    QCOMPARE(dims[2]->GetName(), std::string("longitude"));
    QCOMPARE(dims[0]->GetSize(), GUInt64(366)); // 2020 is a leap year
    QCOMPARE(dims[1]->GetSize(), GUInt64(4));
    const auto lat = readAll<double>(*root->OpenMDArray("latitude"), GDT_Float64);
    QCOMPARE(lat.front(), w.options.north_deg - 0.25);
    QVERIFY(lat[0] > lat[1] && lat[1] > lat[2]); // descending, as the CDS delivers it
    const auto lon = readAll<double>(*root->OpenMDArray("longitude"), GDT_Float64);
    QCOMPARE(lon.front(), w.options.west_deg + 0.25);
    const auto time = root->OpenMDArray("valid_time");
    QCOMPARE(time->GetDataType().GetNumericDataType(), GDT_Int64);
    QCOMPARE(textAttribute(*time, "units"), std::string("seconds since 1970-01-01"));
    const auto seconds = readAll<double>(*time, GDT_Float64);
    QCOMPARE(seconds.front(), 18262.0 * 86400.0); // 2020-01-01
    QCOMPARE(seconds[1] - seconds[0], 86400.0);
    const std::map<std::string, std::string> units{
        {"t2m", "K"},        {"d2m", "K"},       {"ssrd", "J m**-2"},
        {"strd", "J m**-2"}, {"tp", "m"},        {"swvl1", "m**3 m**-3"},
        {"sp", "Pa"},        {"u10", "m s**-1"}, {"v10", "m s**-1"}};
    for (const auto& [name, unit] : units) {
        const auto array = root->OpenMDArray(name);
        QVERIFY2(array, name.c_str());
        QCOMPARE(textAttribute(*array, "units"), unit);
        QCOMPARE(array->GetDataType().GetNumericDataType(), GDT_Float32);
        bool hasFill = false;
        QVERIFY(std::isnan(array->GetNoDataValueAsDouble(&hasFill)) && hasFill);
    }
    const auto lsm = root->OpenMDArray("lsm");
    QCOMPARE(lsm->GetDimensionCount(), std::size_t(2));
    // Plausible magnitudes in the delivered units: kelvin, daily J m-2 sums, metres of water.
    const auto t = readAll<float>(*t2m, GDT_Float32);
    const auto ssrd = readAll<float>(*root->OpenMDArray("ssrd"), GDT_Float32);
    const auto strd = readAll<float>(*root->OpenMDArray("strd"), GDT_Float32);
    const auto tp = readAll<float>(*root->OpenMDArray("tp"), GDT_Float32);
    for (std::size_t i = 0; i < t.size(); ++i) {
        QVERIFY(t[i] > 230 && t[i] < 320);
        QVERIFY(ssrd[i] >= 0 && ssrd[i] < 4e7);
        QVERIFY(strd[i] > 1.2e7 && strd[i] < 4e7); // 140..460 W m-2
        QVERIFY(tp[i] >= 0 && tp[i] < 0.3);
    }
}

void TestDemoGrid::towerPixelCarriesTheTowersFiles() {
    const auto& w = world();
    const DemoSiteData site = generateDemoSite(w.plan, w.tower);
    const auto era5 = csvRows(era5LandCsv(site));
    const auto modis = csvRows(modisCsv(site));
    const std::size_t pixel = static_cast<std::size_t>(w.towerRow * 4 + w.towerCol);
    const std::size_t pixels = 16;
    // Tower files cover 2019-2020 (rows 1..731); the grid files one year each.
    int csvRow = 1;
    for (int year : {2019, 2020}) {
        const Dataset e = openMultidim(w.file(era5LandGridFileName(year)));
        const Dataset m = openMultidim(w.file(modisGridFileName(year)));
        const auto eRoot = e->GetRootGroup();
        const auto mRoot = m->GetRootGroup();
        const char* variables[] = {"t2m", "d2m", "ssrd", "tp", "swvl1", "u10", "v10"};
        std::vector<std::vector<float>> fields;
        for (const char* v : variables)
            fields.push_back(readAll<float>(*eRoot->OpenMDArray(v), GDT_Float32));
        std::vector<std::vector<std::int16_t>> bands;
        for (int b = 1; b <= 7; ++b)
            bands.push_back(readAll<std::int16_t>(
                *mRoot->OpenMDArray("sur_refl_b0" + std::to_string(b)), GDT_Int16));
        const std::size_t days = fields[0].size() / pixels;
        for (std::size_t day = 0; day < days; ++day, ++csvRow) {
            const auto& row = era5[static_cast<std::size_t>(csvRow)];
            for (std::size_t v = 0; v < 7; ++v) {
                const double expected = std::stod(row[v + 2]);
                const double got = fields[v][day * pixels + pixel];
                // float32 of the value the CSV prints (ssrd: J m-2 near 2e7, so a few J).
                QVERIFY2(std::abs(got - expected) <= 1e-6 * std::abs(expected) + 1e-7,
                         (std::string(variables[v]) + " on " + row[1]).c_str());
            }
            const auto& mrow = modis[static_cast<std::size_t>(csvRow)];
            for (std::size_t b = 0; b < 7; ++b) {
                const std::int16_t got = bands[b][day * pixels + pixel];
                if (mrow[b + 2].empty())
                    QCOMPARE(got, kModisFill);
                else
                    QCOMPARE(static_cast<int>(got), std::stoi(mrow[b + 2]));
            }
        }
    }
    QCOMPARE(csvRow, 732);
    // The truth there is the tower's true flux.
    const Dataset truth = openMultidim(w.file(kTruthFileName));
    const auto gpp = readAll<float>(*truth->GetRootGroup()->OpenMDArray("GPP"), GDT_Float32);
    for (std::size_t day = 0; day < 731; ++day)
        QCOMPARE(gpp[day * pixels + pixel], static_cast<float>(site.daily.gppTrue[day]));
    const auto towers = csvRows(readFile(w.file(kTowerPixelsFileName)));
    QCOMPARE(towers[0][0], std::string("site_id"));
    bool listed = false;
    for (const auto& r : towers)
        listed = listed || (r[0] == site.site.id && std::stoi(r[3]) == w.towerRow &&
                            std::stoi(r[4]) == w.towerCol);
    QVERIFY(listed);
}

void TestDemoGrid::otherPixelsRunTheProcessModelAtTheirCentre() {
    const auto& w = world();
    // The first pixel that holds no tower.
    const auto towers = csvRows(readFile(w.file(kTowerPixelsFileName)));
    int row = 0, col = 0;
    auto holdsTower = [&](int r, int c) {
        return std::any_of(towers.begin() + 1, towers.end(), [&](const auto& t) {
            return std::stoi(t[3]) == r && std::stoi(t[4]) == c;
        });
    };
    while (holdsTower(row, col))
        std::tie(row, col) = col == 3 ? std::pair{row + 1, 0} : std::pair{row, col + 1};
    const double lat = w.written.grid.latOfRow(row), lon = w.written.grid.lonOfColumn(col);
    QCOMPARE(lat, w.options.north_deg - (row + 0.5) * 0.5);
    DemoOptions years = w.plan.options;
    const DemoSiteData place =
        simulatePlace(gridPixelPlace(3, lat, lon), spanFirstDayNumber(years), spanDayCount(years),
                      gridPixelStreams(3, gridPixelKey(lat, lon, 0.5)));
    const std::size_t pixel = static_cast<std::size_t>(row * 4 + col);
    const Dataset e = openMultidim(w.file(era5LandGridFileName(2019)));
    const auto t2m = readAll<float>(*e->GetRootGroup()->OpenMDArray("t2m"), GDT_Float32);
    const auto sp = readAll<float>(*e->GetRootGroup()->OpenMDArray("sp"), GDT_Float32);
    for (std::size_t day = 0; day < 365; ++day)
        QCOMPARE(t2m[day * 16 + pixel], static_cast<float>(place.daily.airTemp_degC[day] + 273.15));
    QVERIFY(sp[pixel] > 90000 && sp[pixel] < 102000); // 50-500 m above sea level
    const Dataset truth = openMultidim(w.file(kTruthFileName));
    const auto root = truth->GetRootGroup();
    const auto gpp = readAll<float>(*root->OpenMDArray("GPP"), GDT_Float32);
    const auto reco = readAll<float>(*root->OpenMDArray("RECO"), GDT_Float32);
    double annual = 0;
    for (std::size_t day = 0; day < 731; ++day) {
        QCOMPARE(gpp[day * 16 + pixel], static_cast<float>(place.daily.gppTrue[day]));
        QCOMPARE(reco[day * 16 + pixel], static_cast<float>(place.daily.recoTrue[day]));
        annual += gpp[day * 16 + pixel] / 2.0;
    }
    // A temperate pixel: a plausible annual GPP (gC m-2 y-1), not a constant or zero field.
    QVERIFY2(annual > 300 && annual < 3500, std::to_string(annual).c_str());
    // Neighbouring pixels differ (own weather) but share the climate: means within a few K.
    const std::size_t neighbour = static_cast<std::size_t>(row * 4 + (col + 1) % 4);
    double meanA = 0, meanB = 0;
    bool differ = false;
    for (std::size_t day = 0; day < 365; ++day) {
        meanA += t2m[day * 16 + pixel] / 365.0;
        meanB += t2m[day * 16 + neighbour] / 365.0;
        differ = differ || t2m[day * 16 + pixel] != t2m[day * 16 + neighbour];
    }
    QVERIFY(differ);
    QVERIFY2(std::abs(meanA - meanB) < 3.0, std::to_string(meanA - meanB).c_str());
}

void TestDemoGrid::modisPackingAndFill() {
    const Dataset d = openMultidim(world().file(modisGridFileName(2019)));
    const auto root = d->GetRootGroup();
    const auto time = root->OpenMDArray("time");
    QCOMPARE(textAttribute(*time, "units"), std::string("days since 1970-01-01"));
    QCOMPARE(readAll<double>(*time, GDT_Float64).front(), 17897.0); // 2019-01-01
    QVERIFY(root->OpenMDArray("lat"));
    for (int b = 1; b <= 7; ++b) {
        const auto band = root->OpenMDArray("sur_refl_b0" + std::to_string(b));
        QVERIFY(band);
        QCOMPARE(band->GetDataType().GetNumericDataType(), GDT_Int16);
        bool has = false;
        QCOMPARE(band->GetScale(&has), 0.0001);
        QVERIFY(has);
        QCOMPARE(band->GetOffset(&has), 0.0);
        QCOMPARE(band->GetNoDataValueAsDouble(&has), -28672.0);
        QVERIFY(has);
        // Through GDAL's unscaled view: reflectance 0..1 where clear, NaN (fill) where cloudy.
        const auto unscaled = readAll<double>(*band->GetUnscaled(), GDT_Float64);
        const auto raw = readAll<std::int16_t>(*band, GDT_Int16);
        int clear = 0, cloudy = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == kModisFill) {
                ++cloudy;
                QVERIFY(std::isnan(unscaled[i]));
            } else {
                ++clear;
                QVERIFY(std::abs(unscaled[i] - raw[i] * 1e-4) < 1e-9);
                QVERIFY(unscaled[i] > 0 && unscaled[i] <= 1);
            }
        }
        QVERIFY(clear > 0 && cloudy > 0);
    }
}

void TestDemoGrid::truthAndReferenceAreCfFluxMaps() {
    const auto& w = world();
    for (const std::string& name :
         {std::string(kTruthFileName), gridReferenceFileName(2019, 2020)}) {
        const Dataset d = openMultidim(w.file(name));
        const auto root = d->GetRootGroup();
        QCOMPARE(textAttribute(*root, "Conventions"), std::string("CF-1.8"));
        for (const char* attribute :
             {"source", "fluxlens_model", "fluxlens_data_hash", "fluxlens_drivers", "history"})
            QVERIFY2(!textAttribute(*root, attribute).empty(), attribute);
        const auto gpp = readAll<float>(*root->OpenMDArray("GPP"), GDT_Float32);
        const auto reco = readAll<float>(*root->OpenMDArray("RECO"), GDT_Float32);
        const auto nee = readAll<float>(*root->OpenMDArray("NEE"), GDT_Float32);
        QCOMPARE(gpp.size(), std::size_t(731 * 16));
        for (std::size_t i = 0; i < gpp.size(); ++i) {
            QVERIFY(gpp[i] >= 0 && reco[i] > 0);
            QCOMPARE(nee[i], reco[i] - gpp[i]);
        }
        for (const char* v : {"GPP", "RECO", "NEE"}) {
            const auto array = root->OpenMDArray(v);
            QCOMPARE(textAttribute(*array, "units"), std::string("gC m-2 d-1"));
            QCOMPARE(textAttribute(*array, "grid_mapping"), std::string("crs"));
            QCOMPARE(array->GetDimensions()[1]->GetName(), std::string("lat"));
        }
        QCOMPARE(textAttribute(*root->OpenMDArray("crs"), "grid_mapping_name"),
                 std::string("latitude_longitude"));
        QCOMPARE(root->OpenMDArray("land_fraction")->GetDimensionCount(), std::size_t(2));

        // What gdalinfo shows of the GPP subdataset: CF metadata, EPSG:4326, north-up grid.
        const std::string sub = "NETCDF:\"" + w.file(name).string() + "\":GPP";
        Dataset classic(GDALDataset::Open(sub.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
        QVERIFY(classic);
        char* info = GDALInfo(classic.get(), nullptr);
        const std::string text = info ? info : "";
        CPLFree(info);
        QVERIFY2(text.find("NC_GLOBAL#Conventions=CF-1.8") != std::string::npos, text.c_str());
        QVERIFY(text.find("GPP#units=gC m-2 d-1") != std::string::npos);
        QVERIFY(text.find("time#units=days since 1970-01-01") != std::string::npos);
        double gt[6];
        QCOMPARE(classic->GetGeoTransform(gt), CE_None);
        QCOMPARE(gt[0], w.options.west_deg);
        QCOMPARE(gt[3], w.options.north_deg);
        QCOMPARE(gt[1], 0.5);
        QCOMPARE(gt[5], -0.5);
        QVERIFY(classic->GetSpatialRef() && classic->GetSpatialRef()->IsGeographic());
        QCOMPARE(classic->GetRasterCount(), 731);
    }
}

void TestDemoGrid::landCoverAndKoppenRasters() {
    const auto& w = world();
    const DemoSiteData site = generateDemoSite(w.plan, w.tower);
    Dataset lc(GDALDataset::Open(w.file(kLandCoverFileName).string().c_str(), GDAL_OF_RASTER));
    QVERIFY(lc);
    double gt[6];
    QCOMPARE(lc->GetGeoTransform(gt), CE_None);
    QCOMPARE(gt[0], w.options.west_deg);
    QCOMPARE(gt[3], w.options.north_deg);
    QCOMPARE(gt[1], 0.5);
    QVERIFY(lc->GetSpatialRef() &&
            lc->GetSpatialRef()->GetAuthorityCode(nullptr) == std::string("4326"));
    QCOMPARE(std::string(lc->GetRasterBand(1)->GetDescription()), std::string("LC_Type1"));
    std::uint8_t code = 0;
    QCOMPARE(lc->GetRasterBand(1)->RasterIO(GF_Read, w.towerCol, w.towerRow, 1, 1, &code, 1, 1,
                                            GDT_Byte, 0, 0),
             CE_None);
    QCOMPARE(static_cast<int>(code), static_cast<int>(site.site.igbp));
    Dataset kg(GDALDataset::Open(w.file(kGridKoppenFileName).string().c_str(), GDAL_OF_RASTER));
    QVERIFY(kg);
    QCOMPARE(kg->GetRasterBand(1)->RasterIO(GF_Read, w.towerCol, w.towerRow, 1, 1, &code, 1, 1,
                                            GDT_Byte, 0, 0),
             CE_None);
    QCOMPARE(static_cast<int>(code), static_cast<int>(site.site.koppen));
}

void TestDemoGrid::landFractionFromTheShippedMap() {
    const std::string map = *shippedKoppenMapPath();
    DemoGridOptions coast; // the German Bight: sea in the north-west, land in the south-east
    coast.west_deg = 6.0;
    coast.east_deg = 10.0;
    coast.south_deg = 52.0;
    coast.north_deg = 56.0;
    coast.resolution_deg = 1.0;
    const std::vector<float> f = landFractionFromKoppenMap(coast, map);
    QCOMPARE(f.size(), std::size_t(16));
    QCOMPARE(f[0], 0.0f);  // 55.5 N 6.5 E, North Sea
    QCOMPARE(f[15], 1.0f); // 52.5 N 9.5 E, Lower Saxony
    QVERIFY(std::any_of(f.begin(), f.end(), [](float v) { return v > 0 && v < 1; }));
    DemoGridOptions atlantic = coast;
    atlantic.west_deg = -32.0;
    atlantic.east_deg = -28.0;
    atlantic.south_deg = 40.0;
    atlantic.north_deg = 44.0;
    for (float v : landFractionFromKoppenMap(atlantic, map))
        QCOMPARE(v, 0.0f);
}

void TestDemoGrid::sameOptionsGiveTheSameBytes() {
    const auto& w = world();
    QTemporaryDir again;
    const WrittenDemoGrid second =
        writeDemoGridFiles(w.plan, w.options, again.path().toStdString(), {}, 1);
    QCOMPARE(second.files, w.written.files);
    for (const auto& file : w.written.files)
        QVERIFY2(readFile(w.file(file)) == readFile(second.folder / file), file.c_str());
}

void TestDemoGrid::cancelStopsTheJob() {
    const auto& w = world();
    QTemporaryDir dir;
    std::atomic<bool> cancel{true};
    DemoJobControl control{nullptr, &cancel};
    QVERIFY_THROWS_EXCEPTION(
        DemoCancelled, writeDemoGridFiles(w.plan, w.options, dir.path().toStdString(), control));
    double last = 0;
    DemoJobControl progress{[&](double f) { last = f; }, nullptr};
    writeDemoGridFiles(w.plan, w.options, dir.path().toStdString(), progress, 1);
    QCOMPARE(last, 1.0);
}

void TestDemoGrid::badOptionsAreRefused() {
    const DemoOptions demo = world().plan.options;
    DemoGridOptions g = world().options;
    g.resolution_deg = 0.3; // 2 degrees is not a whole number of pixels
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolveGridOptions(g, demo));
    g = world().options;
    g.firstYear = 2015; // before the demo years: no tower weather there
    g.lastYear = 2019;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolveGridOptions(g, demo));
    g = world().options;
    g.west_deg = 20;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolveGridOptions(g, demo));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseGridBox("5,45,15", 0.25));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseGridBox("5,45,x,55", 0.25));
    const DemoGridOptions parsed = parseGridBox("-5.5,45,15,55.25", 0.25);
    QCOMPARE(parsed.west_deg, -5.5);
    QCOMPARE(parsed.north_deg, 55.25);
    DemoGridOptions huge = parseGridBox("-180,-90,180,90", 0.05);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolveGridOptions(huge, demo));
}

QTEST_GUILESS_MAIN(TestDemoGrid)
#include "tst_demo_grid.moc"
