// The upscaling engine on tiles built in memory: assembly against per-pixel predict, NetCDF
// layout, cancel and resume, changed settings, damaged parts, shares and merge, monthly outputs.
#include "../ml/synthetic_world.h"
#include "common/dates.h"
#include "memory_drivers.h"
#include "netcdf_reader.h"
#include "upscale/pixel_predictor.h"
#include "upscale/tile_file.h"
#include "upscale/tile_layout.h"
#include "upscale/upscale_engine.h"
#include "upscale/upscale_output.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <gdal_priv.h>

using namespace fluxlens;
using namespace fluxlens::upscale;

class TestUpscaleEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tileWindowsCoverTheGrid();
    void upscaledEqualsPixelPredict();
    void netcdfLayout();
    void cancelKeepsTilesAndResumeFinishes();
    void changedSettingsRecompute();
    void damagedPartIsRecomputed();
    void sharesMergeToTheSameFile();
    void mergeNamesMissingTiles();
    void monthlyMeansAndGeotiffs();
    void badOptionsAreRejected();

private:
    UpscaleOptions options(const std::string& name) const;
    UpscaleSummary run(const UpscaleOptions& o, testing::MemoryDrivers& drivers,
                       std::optional<TileShare> share = {},
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(const UpscaleProgress&)>& progress = {});
    std::vector<ml::SiteSeries> m_sites;
    std::unique_ptr<ml::FluxModel> m_model;
    grid::GridSpec m_grid;
    QTemporaryDir m_dir;
    std::filesystem::path m_reference; // the single-process file
};

void TestUpscaleEngine::initTestCase() {
    QVERIFY(m_dir.isValid());
    if (!qEnvironmentVariableIsEmpty("FLUXLENS_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("output kept in %s", qPrintable(m_dir.path()));
    }
    ml::testing::SyntheticWorldOptions world;
    world.sites = 6;
    world.years = 3;
    m_sites = ml::testing::seriesOf(ml::testing::makeSyntheticWorld(world));
    ml::TrainRequest request;
    request.kind = ml::ModelKind::TamRl;
    request.config.features = ml::testing::syntheticFeatures();
    request.config.hidden = 8;
    request.config.encoder_hidden = 4;
    request.config.embedding = 3;
    request.config.generator_hidden = 8;
    request.config.stage1_epochs = 1;
    request.config.stage2_epochs = 1;
    request.config.device = "cpu";
    request.config.seeds = 2; // ensemble: mean and SD
    m_model = std::make_unique<ml::FluxModel>(ml::FluxModel::train(m_sites, request));
    m_grid = {10.0, 45.0, 11.75, 46.25, 0.25}; // 7 × 5 pixels, tiles of 3 leave ragged edges
}

UpscaleOptions TestUpscaleEngine::options(const std::string& name) const {
    UpscaleOptions o;
    o.grid = m_grid;
    o.firstDay = m_sites.front().dayNumbers.front();
    o.lastDay = o.firstDay + 500; // beyond the first chunk of 366 days
    o.tilePixels = 3;
    o.output = std::filesystem::path(m_dir.path().toStdString()) / name;
    return o;
}

UpscaleSummary TestUpscaleEngine::run(const UpscaleOptions& o, testing::MemoryDrivers& drivers,
                                      std::optional<TileShare> share,
                                      const std::atomic<bool>* cancel,
                                      const std::function<void(const UpscaleProgress&)>& progress) {
    const RunSettings settings = makeRunSettings(o, *m_model, drivers);
    const int tiles = static_cast<int>(tileWindows(o.grid, o.tilePixels).size());
    const auto queue = shareQueue(tiles, share.value_or(TileShare{0, 1}));
    return runUpscaleWith(o, settings, *m_model, drivers, *queue, !share, progress, cancel);
}

void TestUpscaleEngine::tileWindowsCoverTheGrid() {
    const std::vector<grid::PixelWindow> tiles = tileWindows(m_grid, 3);
    QCOMPARE(tiles.size(), std::size_t(3 * 2)); // columns 3+3+1, rows 3+2
    std::vector<int> covered(35, 0);
    for (const auto& t : tiles)
        for (int r = t.row0; r < t.row0 + t.rows; ++r)
            for (int c = t.col0; c < t.col0 + t.cols; ++c)
                ++covered[static_cast<std::size_t>(r * 7 + c)];
    for (int n : covered)
        QCOMPARE(n, 1);
    QCOMPARE(tiles.back().cols, 1);
    QCOMPARE(tiles.back().rows, 2);
}

void TestUpscaleEngine::upscaledEqualsPixelPredict() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("single.nc");
    const UpscaleSummary summary = run(o, drivers);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.tilesComputed, 6);
    QCOMPARE(summary.landPixels, 28LL); // 35 pixels, every fifth is sea
    QCOMPARE(summary.pixelDays, 28LL * 501);
    QVERIFY(summary.peakMemoryBoundMiB > 0);
    QVERIFY(std::filesystem::exists(o.output));
    QVERIFY2(!std::filesystem::exists(partsFolder(o.output)), "parts are removed once assembled");
    m_reference = o.output;

    const testing::NetcdfVariable gpp = testing::readVariable(o.output, "GPP");
    const testing::NetcdfVariable reco = testing::readVariable(o.output, "RECO");
    const testing::NetcdfVariable nee = testing::readVariable(o.output, "NEE");
    const testing::NetcdfVariable neeSd = testing::readVariable(o.output, "NEE_sd");
    QCOMPARE(gpp.shape, (std::vector<std::size_t>{501, 5, 7}));
    // Every land pixel against predict() on the whole series of the same drivers.
    double worst = 0, sdSum = 0, recoSum = 0;
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 7; ++col) {
            const int site = drivers.siteOfPixel(row, col);
            const grid::PixelWindow window{row, col, 1, 1};
            const grid::DriverTile tile =
                drivers.read(m_grid, window, drivers.features(), o.firstDay, o.lastDay);
            const grid::StaticTile statics = drivers.readStatics(m_grid, window);
            const ml::SitePrediction expected =
                m_model->predict(pixelSeries(tile, statics, 0, 0, m_model->config().features));
            for (int day : {0, 17, 200, 365, 366, 500}) {
                const std::size_t at = (static_cast<std::size_t>(day) * 5 + row) * 7 + col;
                const std::size_t d = static_cast<std::size_t>(day);
                if (site < 0) {
                    QVERIFY2(std::isnan(gpp.values[at]) && std::isnan(nee.values[at]),
                             "sea pixels are NaN");
                    continue;
                }
                worst = std::max({worst, std::abs(gpp.values[at] - expected.gpp[d]),
                                  std::abs(reco.values[at] - expected.reco[d]),
                                  std::abs(nee.values[at] - expected.nee[d]),
                                  std::abs(neeSd.values[at] - expected.neeSd[d])});
                sdSum += neeSd.values[at];
                recoSum += reco.values[at];
            }
        }
    QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));
    QVERIFY2(sdSum > 0, "a two-member ensemble has a spread");
    QVERIFY2(recoSum > 0, "the comparison is not between zeros only");
}

void TestUpscaleEngine::netcdfLayout() {
    QVERIFY(!m_reference.empty());
    const testing::NetcdfVariable lat = testing::readVariable(m_reference, "lat");
    QCOMPARE(lat.values.front(), 46.125);
    QCOMPARE(lat.values.back(), 45.125);
    QCOMPARE(lat.units, std::string("degrees_north"));
    const testing::NetcdfVariable lon = testing::readVariable(m_reference, "lon");
    QCOMPARE(lon.values.front(), 10.125);
    const testing::NetcdfVariable time = testing::readVariable(m_reference, "time");
    QCOMPARE(time.values.front(), double(m_sites.front().dayNumbers.front()));
    QCOMPARE(time.units, std::string("days since 1970-01-01"));
    for (const char* name : kOutputVariables)
        QCOMPARE(testing::readVariable(m_reference, name).units, std::string("gC m-2 d-1"));
    const testing::NetcdfVariable land = testing::readVariable(m_reference, "land_fraction");
    QCOMPARE(land.values[4], 0.0);           // pixel 4 is sea
    QCOMPARE(land.values[1], double(0.99f)); // column 1
    QCOMPARE(testing::globalAttribute(m_reference, "Conventions"), std::string("CF-1.8"));
    QCOMPARE(testing::globalAttribute(m_reference, "fluxlens_data_hash"), m_model->dataHash());
    QVERIFY(testing::globalAttribute(m_reference, "fluxlens_model").find("TAM-RL") !=
            std::string::npos);
    QVERIFY(!testing::globalAttribute(m_reference, "history").empty());
    QVERIFY(!testing::globalAttribute(m_reference, "source").empty());
    QVERIFY(!testing::globalAttribute(m_reference, "fluxlens_drivers").empty());
    // The classic raster view (what gdalinfo and QGIS open) is georeferenced in EPSG:4326.
    std::unique_ptr<GDALDataset> raster(
        GDALDataset::Open(("NETCDF:\"" + m_reference.string() + "\":GPP").c_str(),
                          GDAL_OF_RASTER | GDAL_OF_READONLY));
    QVERIFY(raster);
    double transform[6];
    QCOMPARE(raster->GetGeoTransform(transform), CE_None);
    QCOMPARE(transform[0], 10.0);
    QCOMPARE(transform[3], 46.25);
    QCOMPARE(transform[5], -0.25);
    QVERIFY(raster->GetSpatialRef() && raster->GetSpatialRef()->IsGeographic());
}

void TestUpscaleEngine::cancelKeepsTilesAndResumeFinishes() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("resumed.nc");
    std::atomic<bool> cancel{false};
    const UpscaleSummary first = run(o, drivers, {}, &cancel, [&](const UpscaleProgress& p) {
        if (p.tilesDone == 2)
            cancel = true;
    });
    QVERIFY(first.cancelled);
    QCOMPARE(first.tilesComputed, 2);
    QVERIFY(!std::filesystem::exists(o.output));
    QVERIFY(std::filesystem::exists(tileFile(partsFolder(o.output), 1)));
    QVERIFY(!std::filesystem::exists(tileFile(partsFolder(o.output), 2)));

    const UpscaleSummary second = run(o, drivers);
    QVERIFY(!second.cancelled);
    QCOMPARE(second.tilesResumed, 2);
    QCOMPARE(second.tilesComputed, 4);
    QCOMPARE(second.landPixels, 28LL);
    for (const char* name : kOutputVariables)
        QVERIFY2(testing::sameVariable(o.output, m_reference, name), name);
}

void TestUpscaleEngine::changedSettingsRecompute() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("changed.nc");
    std::atomic<bool> cancel{false};
    run(o, drivers, {}, &cancel, [&](const UpscaleProgress& p) {
        if (p.tilesDone == 3)
            cancel = true;
    });
    drivers.setIdentity("memory-v2"); // the driver files changed since
    std::vector<std::string> log;
    const UpscaleSummary again =
        run(o, drivers, {}, nullptr, [&](const UpscaleProgress& p) { log.push_back(p.message); });
    QCOMPARE(again.tilesResumed, 0);
    QCOMPARE(again.tilesComputed, 6);
    bool said = false;
    for (const std::string& line : log)
        said = said || line.find("other settings") != std::string::npos;
    QVERIFY2(said, "the log says why finished tiles are not reused");
}

void TestUpscaleEngine::damagedPartIsRecomputed() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("damaged.nc");
    run(o, drivers, TileShare{0, 1}); // all tiles, no assembly
    const std::filesystem::path part = tileFile(partsFolder(o.output), 3);
    std::filesystem::resize_file(part, std::filesystem::file_size(part) - 100);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, readTileHeader(part));
    QCOMPARE(missingTiles(readRunSettings(partsFolder(o.output)), partsFolder(o.output)),
             std::vector<int>{3});
    const UpscaleSummary again = run(o, drivers);
    QCOMPARE(again.tilesComputed, 1);
    QCOMPARE(again.tilesResumed, 5);
    QVERIFY(testing::sameVariable(o.output, m_reference, "RECO"));
}

void TestUpscaleEngine::sharesMergeToTheSameFile() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("shared.nc");
    const UpscaleSummary a = run(o, drivers, TileShare{0, 2});
    const UpscaleSummary b = run(o, drivers, TileShare{1, 2});
    QCOMPARE(a.tilesComputed, 3);
    QCOMPARE(b.tilesComputed, 3);
    QVERIFY(!std::filesystem::exists(o.output));
    QCOMPARE(mergeUpscaleShares(o.output), o.output);
    for (const char* name : kOutputVariables)
        QVERIFY2(testing::sameVariable(o.output, m_reference, name), name);
    QVERIFY(testing::sameVariable(o.output, m_reference, "land_fraction"));
}

void TestUpscaleEngine::mergeNamesMissingTiles() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    const UpscaleOptions o = options("half.nc");
    run(o, drivers, TileShare{1, 3});
    try {
        mergeUpscaleShares(o.output);
        QFAIL("merge of an incomplete run must fail");
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        QVERIFY2(what.find("4 tile(s) missing") != std::string::npos &&
                     what.find("0, 2, 3, 5") != std::string::npos,
                 e.what());
    }
    QVERIFY(!std::filesystem::exists(o.output));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, mergeUpscaleShares(options("none.nc").output));
}

void TestUpscaleEngine::monthlyMeansAndGeotiffs() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    UpscaleOptions o = options("monthly.nc");
    o.lastDay = o.firstDay + 58; // January and February
    o.monthlyMeans = true;
    o.geotiffPerPeriod = true;
    run(o, drivers);
    const testing::NetcdfVariable daily = testing::readVariable(o.output, "GPP");
    const testing::NetcdfVariable monthly =
        testing::readVariable(monthlyNetcdfPath(o.output), "GPP");
    QCOMPARE(monthly.shape, (std::vector<std::size_t>{2, 5, 7}));
    const std::size_t pixel = 2 * 7 + 1;
    double january = 0;
    for (int d = 0; d < 31; ++d)
        january += daily.values[static_cast<std::size_t>(d) * 35 + pixel];
    QVERIFY(std::abs(monthly.values[pixel] - january / 31) < 1e-4);
    const std::string stamp = formatIsoDate(fromDayNumber(o.firstDay)).substr(0, 7);
    const std::filesystem::path tif =
        monthlyGeotiffFolder(o.output) / ("monthly_" + stamp + ".tif");
    std::unique_ptr<GDALDataset> raster(GDALDataset::Open(tif.string().c_str(), GDAL_OF_RASTER));
    QVERIFY2(raster, tif.string().c_str());
    QCOMPARE(raster->GetRasterCount(), 3);
    float value = 0;
    QCOMPARE(
        raster->GetRasterBand(1)->RasterIO(GF_Read, 1, 2, 1, 1, &value, 1, 1, GDT_Float32, 0, 0),
        CE_None);
    QVERIFY(std::abs(value - monthly.values[pixel]) < 1e-5);
}

void TestUpscaleEngine::badOptionsAreRejected() {
    testing::MemoryDrivers drivers(m_sites, m_grid);
    UpscaleOptions o = options("bad.nc");
    o.lastDay = o.firstDay - 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(o, drivers));
    o = options("bad.nc");
    o.lastDay = drivers.period().second + 10; // beyond the drivers
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(o, drivers));
    o = options("bad.nc");
    o.tilePixels = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(o, drivers));
    o = options("bad.nc");
    o.share = TileShare{2, 2};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(o, drivers, o.share));
}

QTEST_GUILESS_MAIN(TestUpscaleEngine)
#include "tst_upscale_engine.moc"
