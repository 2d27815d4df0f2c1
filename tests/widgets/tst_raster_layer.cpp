#include "cache/cache.h"
#include "geo/land_polygons.h"
#include "map/map_figure.h"
#include "map/map_scene.h"
#include "map/raster_layer.h"
#include "map/raster_layer_panel.h"
#include "map/world_map_widget.h"
#include "session/cache_session.h"
#include "site_filter.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "test_grids.h"
#include "test_sites.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

using namespace fluxlens;

class TestRasterLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void colourScalesArePerceptualAndSymmetric();
    void knownPixelHasItsValueAndColour();
    void tooltipShowsPixelValueAndObservation();
    void dateSliderChangesTheSlice();
    void differenceModeSubtractsTheProduct();
    void exportedFigureIncludesTheLayer();
    void badFilesGiveAClearError_data();
    void badFilesGiveAClearError();
    void screenshots();

private:
    bool waitForLayer();
    QPoint screenPoint(double lon, double lat) const;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    SiteTableModel* m_model = nullptr;
    SiteFilter* m_filter = nullptr;
    SiteSelection* m_selection = nullptr;
    WorldMapWidget* m_map = nullptr;
    RasterLayerPanel* m_panel = nullptr;
};

void TestRasterLayer::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::writeModelGrid(path("model.nc").toStdString());
    test::writeProductGrid(path("product.nc").toStdString());
    QFile text(path("notes.nc"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a NetCDF file\n");
    text.close();
    // A NetCDF without any map: GPP per station.
    GDALDatasetUniquePtr stations(
        GetGDALDriverManager()->GetDriverByName("netCDF")->CreateMultiDimensional(
            path("stations.nc").toUtf8().constData(), nullptr, nullptr));
    QVERIFY(stations);
    auto root = stations->GetRootGroup();
    auto station = root->CreateDimension("station", {}, {}, 3);
    QVERIFY(root->CreateMDArray("GPP", {station}, GDALExtendedDataType::Create(GDT_Float32)));
    stations.reset();
    // One pixel: no cell size to tell where it lies.
    test::TestGrid onePixel;
    onePixel.res = 20.0;
    test::writeTestGrid(path("one-pixel.nc").toStdString(), onePixel, {{"GPP", "gC m-2 d-1"}},
                        [](const std::string&, int, int, int) { return 1.0; });
}

void TestRasterLayer::init() {
    m_model = new SiteTableModel;
    m_model->setSites(test::sampleSites());
    m_filter = new SiteFilter;
    m_selection = new SiteSelection;
    m_map = new WorldMapWidget(m_model, m_filter, m_selection);
    m_map->loadBasemap(QString::fromStdString(defaultLandPolygonPath()));
    m_panel = new RasterLayerPanel(m_map->rasterLayer());
    m_map->resize(1000, 700);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
    m_selection->setSelection({QStringLiteral("DE-Hai")});
    m_map->zoomToSelection(); // Central Europe fills the widget
}

void TestRasterLayer::cleanup() {
    delete m_panel;
    delete m_map;
    delete m_selection;
    delete m_filter;
    delete m_model;
}

bool TestRasterLayer::waitForLayer() {
    return QTest::qWaitFor([this] { return !m_map->rasterLayer()->isLoading(); }, 10000) &&
           m_map->rasterLayer()->slice() != nullptr;
}

QPoint TestRasterLayer::screenPoint(double lon, double lat) const {
    const auto world = m_map->scene().project(lon, lat);
    return m_map->viewport().toScreen(m_map->size()).map(*world).toPoint();
}

void TestRasterLayer::colourScalesArePerceptualAndSymmetric() {
    QCOMPARE(RasterColorScale::colorAt(RasterColorMap::Sequential, 0.0), QColor(68, 1, 84));
    QCOMPARE(RasterColorScale::colorAt(RasterColorMap::Sequential, 1.0), QColor(253, 231, 37));
    // viridis gets lighter (relative luminance) all the way along
    auto luminance = [](const QColor& c) {
        auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    double previous = -1;
    for (int i = 0; i <= 40; ++i) {
        const double y = luminance(RasterColorScale::colorAt(RasterColorMap::Sequential, i / 40.0));
        QVERIFY2(y > previous, qPrintable(QString::number(i)));
        previous = y;
    }
    const RasterColorScale diverging =
        fitColorScale({-0.5f, 3.2f, 1.0f, std::nanf(""), 2.0f}, RasterColorMap::Diverging);
    QCOMPARE(diverging.min, -diverging.max);
    QVERIFY(diverging.max >= 3.0);
    QCOMPARE(diverging.colorOf(0.0), QColor(221, 221, 221));
    QCOMPARE(diverging.colorOf(std::nan("")), QColor(Qt::transparent));
}

void TestRasterLayer::knownPixelHasItsValueAndColour() {
    RasterLayer* layer = m_map->rasterLayer();
    QSignalSpy opened(layer, &RasterLayer::opened);
    layer->open(path("model.nc"));
    QVERIFY(waitForLayer());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(layer->variable(), QStringLiteral("GPP"));
    QCOMPARE(layer->file()->variables.size(), std::size_t(3));
    QCOMPARE(layer->file()->days, (std::vector<int>{18048, 18049, 18050}));
    QCOMPARE(m_panel->variableBox()->count(), 3);
    QCOMPARE(m_panel->dateLabel()->text(), QStringLiteral("2019-06-01"));
    // Pixel (row 29, col 6) holds lon 3.25, lat 45.25; the fill value reads as missing.
    const RasterSlice* slice = layer->slice();
    QCOMPARE(slice->geometry.rows, 40);
    QCOMPARE(slice->geometry.cols, 40);
    QCOMPARE(slice->valueAt(3.25, 45.25), float(test::modelGpp(29, 6, 0)));
    QVERIFY(std::isnan(slice->valueAt(0.1, 59.9)));
    QVERIFY(std::isnan(slice->valueAt(25.0, 50.0)));

    layer->setOpacity(1.0);
    const QImage shot = m_map->grab().toImage();
    const RasterPicture picture = layer->picture();
    QCOMPARE(picture.scale.map, RasterColorMap::Sequential);
    QCOMPARE(picture.scale.units, QStringLiteral("gC m-2 d-1"));
    const QColor expected = picture.scale.colorOf(test::modelGpp(29, 6, 0));
    const QColor drawn = shot.pixelColor(screenPoint(3.25, 45.25));
    QVERIFY2(
        std::abs(drawn.red() - expected.red()) <= 3 &&
            std::abs(drawn.green() - expected.green()) <= 3 &&
            std::abs(drawn.blue() - expected.blue()) <= 3,
        qPrintable(QStringLiteral("drawn %1, expected %2").arg(drawn.name(), expected.name())));
    // Outside the grid the base map shows through.
    QVERIFY(shot.pixelColor(screenPoint(-5.0, 50.0)) != expected);
}

void TestRasterLayer::tooltipShowsPixelValueAndObservation() {
    // A cache holding DE-Hai's observed GPP on the layer's dates.
    const std::string cachePath = path("obs.flcache").toStdString();
    {
        Cache cache = Cache::open(cachePath);
        ImportBatch batch;
        batch.filePath = "/test/de-hai.csv";
        batch.sha256 = "sha-de-hai";
        batch.importer = "test";
        batch.sites.push_back(test::sampleSites().front().site);
        DailyTable flux;
        flux.kind = DailyKind::Flux;
        flux.siteId = "DE-Hai";
        flux.dayNumbers = {18048, 18049, 18050};
        flux.columnNames = {"GPP_NT_VUT_USTAR50"};
        flux.columns = {{4.25, 4.5, 4.75}};
        batch.tables.push_back(flux);
        cache.storeBatch(batch);
    }
    CacheSession session;
    QSignalSpy openedCache(&session, &CacheSession::opened);
    session.open(QString::fromStdString(cachePath));
    QVERIFY(openedCache.wait(10000));
    m_map->rasterLayer()->setSession(&session);
    m_map->rasterLayer()->open(path("model.nc"));
    QVERIFY(waitForLayer());
    // DE-Hai (10.45 E, 51.08 N) is in column 20, row 17.
    const double gpp = test::modelGpp(17, 20, 0);
    QCOMPARE(*m_map->rasterLayer()->towerValue(QStringLiteral("DE-Hai")), float(gpp));
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_map->rasterLayer()
                ->towerTooltip(QStringLiteral("DE-Hai"))
                .contains(QStringLiteral("4.25"));
        },
        10000));
    const QPoint tower = m_map->markerPosition(QStringLiteral("DE-Hai"))->toPoint();
    QHelpEvent help(QEvent::ToolTip, tower, m_map->mapToGlobal(tower));
    QApplication::sendEvent(m_map, &help);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("DE-Hai")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("GPP on the map: %1 gC m-2 d-1").arg(gpp, 0, 'f', 2)),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("GPP_NT_VUT_USTAR50 on 2019-06-01: 4.25")),
             qPrintable(tip));
    m_map->rasterLayer()->setSession(nullptr);
}

void TestRasterLayer::dateSliderChangesTheSlice() {
    RasterLayer* layer = m_map->rasterLayer();
    layer->open(path("model.nc"));
    QVERIFY(waitForLayer());
    const RasterColorScale before = layer->picture().scale;
    m_panel->dateSlider()->setValue(2);
    QVERIFY(waitForLayer());
    QCOMPARE(layer->timeIndex(), 2);
    QCOMPARE(*layer->day(), 18050);
    QCOMPARE(m_panel->dateLabel()->text(), QStringLiteral("2019-06-03"));
    QCOMPARE(layer->slice()->valueAt(3.25, 45.25), float(test::modelGpp(29, 6, 2)));
    QCOMPARE(*layer->towerValue(QStringLiteral("DE-Hai")), float(test::modelGpp(17, 20, 2)));
    // The colour range stays put across dates, so colours compare between days.
    QCOMPARE(layer->picture().scale.min, before.min);
    QCOMPARE(layer->picture().scale.max, before.max);
    QVERIFY(layer->picture().caption.contains(QStringLiteral("2019-06-03")));
    // Another variable; back to the first date comes from the cache.
    m_panel->variableBox()->setCurrentText(QStringLiteral("NEE"));
    QVERIFY(waitForLayer());
    QCOMPARE(layer->slice()->valueAt(3.25, 45.25), float(1.5 - 0.5 * test::modelGpp(29, 6, 2)));
    QCOMPARE(layer->picture().scale.map, RasterColorMap::Diverging);
}

void TestRasterLayer::differenceModeSubtractsTheProduct() {
    RasterLayer* layer = m_map->rasterLayer();
    layer->open(path("model.nc"));
    QVERIFY(waitForLayer());
    layer->setTimeIndex(1);
    QVERIFY(waitForLayer());
    layer->setProduct(path("product.nc"));
    QVERIFY(QTest::qWaitFor([layer] { return layer->product() && !layer->isLoading(); }, 10000));
    const RasterSlice* slice = layer->slice();
    QCOMPARE(slice->valueAt(3.25, 45.25), float(test::modelGpp(29, 6, 1) - test::productGpp(1)));
    QCOMPARE(*layer->towerValue(QStringLiteral("DE-Hai")),
             float(test::modelGpp(17, 20, 1) - test::productGpp(1)));
    const RasterPicture picture = layer->picture();
    QCOMPARE(picture.scale.map, RasterColorMap::Diverging);
    QCOMPARE(picture.scale.min, -picture.scale.max);
    QVERIFY(picture.caption.contains(QStringLiteral("product.nc")));
    QCOMPARE(picture.scale.units, QStringLiteral("gC m-2 d-1"));
    // RECO is TER in the product: a variable the model file lacks is refused by name.
    layer->clearProduct();
    QVERIFY(waitForLayer());
    QCOMPARE(layer->slice()->valueAt(3.25, 45.25), float(test::modelGpp(29, 6, 1)));
}

void TestRasterLayer::exportedFigureIncludesTheLayer() {
    m_map->rasterLayer()->open(path("model.nc"));
    QVERIFY(waitForLayer());
    m_map->rasterLayer()->setOpacity(1.0);
    const MapFigure figure = m_map->figure();
    QVERIFY(!figure.raster.isNull());
    QVERIFY(figure.description().contains(QStringLiteral("GPP")));
    QImage image(m_map->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    figure.paint(painter, QSizeF(m_map->size()), FigureSpec{});
    painter.end();
    const QColor expected = figure.raster.scale.colorOf(test::modelGpp(29, 6, 0));
    const QColor drawn = image.pixelColor(screenPoint(3.25, 45.25));
    QVERIFY2(std::abs(drawn.green() - expected.green()) <= 3 &&
                 std::abs(drawn.blue() - expected.blue()) <= 3,
             qPrintable(drawn.name() + QLatin1Char(' ') + expected.name()));
    if (const QByteArray shots = qgetenv("FLUXLENS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        image.save(
            QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("raster-export.png")));
        m_map->grab().save(
            QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("raster-map.png")));
    }
}

void TestRasterLayer::badFilesGiveAClearError_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "notes.nc"
                               << "GDAL cannot open it";
    QTest::newRow("absent file") << "absent.nc"
                                 << "GDAL cannot open it";
    QTest::newRow("no map in it") << "stations.nc"
                                  << "no variable over latitude and longitude";
    QTest::newRow("a one-pixel grid") << "one-pixel.nc"
                                      << "variable GPP: coordinate lon has fewer than 2 values";
}

void TestRasterLayer::badFilesGiveAClearError() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    RasterLayer* layer = m_map->rasterLayer();
    layer->open(path("model.nc"));
    QVERIFY(waitForLayer());
    QSignalSpy failed(layer, &RasterLayer::failed);
    layer->open(path(file.toLatin1().constData()));
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(path(file.toLatin1().constData())), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    // The layer shown before stays.
    QVERIFY(layer->file()->path.ends_with("model.nc"));
    QVERIFY(layer->slice());
    // A product without the variable is refused naming it.
    layer->setVariable(QStringLiteral("GPP_sd"));
    QVERIFY(waitForLayer());
    layer->setProduct(path("product.nc"));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("GPP_sd")),
             qPrintable(failed.last().first().toString()));
    QVERIFY(!layer->product());
}

// Pictures to look at (FLUXLENS_SCREENSHOT_DIR set): the panel over the map with a Europe-wide
// field over land, and the same in difference mode.
void TestRasterLayer::screenshots() {
    const QByteArray folder = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("FLUXLENS_SCREENSHOT_DIR is not set");
    const QDir shots(QString::fromLocal8Bit(folder));
    test::TestGrid europe;
    europe.west = -12;
    europe.east = 36;
    europe.south = 34;
    europe.north = 72;
    europe.res = 0.25;
    const MapScene& scene = m_map->scene();
    auto onLand = [&](int row, int col) {
        const auto xy = scene.project(europe.west + (col + 0.5) * europe.res,
                                      europe.north - (row + 0.5) * europe.res);
        return xy && scene.land().contains(*xy);
    };
    test::writeTestGrid(path("europe.nc").toStdString(), europe, {{"GPP", "gC m-2 d-1"}},
                        [&](const std::string&, int t, int row, int col) {
                            if (!onLand(row, col))
                                return std::nan("");
                            const double lat = europe.north - (row + 0.5) * europe.res;
                            const double lon = europe.west + (col + 0.5) * europe.res;
                            return std::max(0.0, 9 - 0.22 * std::abs(lat - 48) - 0.05 * lon +
                                                     std::sin(lon / 3) + t);
                        });
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_panel->setParent(&window);
    m_map->setParent(&window);
    layout->addWidget(m_panel);
    layout->addWidget(m_map, 1);
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_map->resetView();
    m_map->zoomToSelection();
    m_map->rasterLayer()->open(path("europe.nc"));
    QVERIFY(waitForLayer());
    m_panel->dateSlider()->setValue(1);
    QVERIFY(waitForLayer());
    QTest::qWait(100);
    window.grab().save(shots.filePath(QStringLiteral("raster-panel.png")));
    // Another grid to look at, e.g. the demo's truth.nc (fluxlens-cli demo --grid).
    if (const QByteArray other = qgetenv("FLUXLENS_SCREENSHOT_GRID"); !other.isEmpty()) {
        m_map->rasterLayer()->open(QString::fromLocal8Bit(other));
        QVERIFY(waitForLayer());
        m_panel->dateSlider()->setValue(m_panel->dateSlider()->maximum() / 2);
        QVERIFY(waitForLayer());
        QTest::qWait(100);
        window.grab().save(shots.filePath(QStringLiteral("raster-grid.png")));
        m_map->rasterLayer()->open(path("europe.nc"));
        QVERIFY(waitForLayer());
    }
    m_map->rasterLayer()->setProduct(path("product.nc"));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_map->rasterLayer()->product() && !m_map->rasterLayer()->isLoading(); },
        10000));
    QTest::qWait(100);
    window.grab().save(shots.filePath(QStringLiteral("raster-difference.png")));
    m_panel->setParent(nullptr);
    m_map->setParent(nullptr);
}

QTEST_MAIN(TestRasterLayer)
#include "tst_raster_layer.moc"
