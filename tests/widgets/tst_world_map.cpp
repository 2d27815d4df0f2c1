#include "geo/land_polygons.h"
#include "map/map_renderer.h"
#include "map/world_map_widget.h"
#include "site_filter.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "test_sites.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace fluxlens;

class TestWorldMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void landAndOceanRenderCorrectly_data();
    void landAndOceanRenderCorrectly();
    void clickSelectsAndEmits();
    void ctrlClickTogglesAndEmptyClickClears();
    void rubberBandSelectsTowersInside();
    void filterHidesTowers();
    void tooltipNamesTheSite();
    void wheelZoomsAtCursorAndZoomToSelectionCentres();
    void projectionChangeKeepsTowersOnLand();
    void missingBasemapStillDrawsAndSaysWhy();

private:
    QPointF marker(const char* id);

    SiteTableModel* m_model = nullptr;
    SiteFilter* m_filter = nullptr;
    SiteSelection* m_selection = nullptr;
    WorldMapWidget* m_map = nullptr;
};

void TestWorldMap::init() {
    if (!QFile::exists(QString::fromStdString(defaultLandPolygonPath())))
        QSKIP("python-cartopy-data is not installed");
    m_model = new SiteTableModel;
    m_model->setSites(test::sampleSites());
    m_filter = new SiteFilter;
    m_selection = new SiteSelection;
    m_map = new WorldMapWidget(m_model, m_filter, m_selection);
    m_map->loadBasemap(QString::fromStdString(defaultLandPolygonPath()));
    m_map->resize(1200, 700);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
}

void TestWorldMap::cleanup() {
    delete m_map;
    delete m_selection;
    delete m_filter;
    delete m_model;
}

QPointF TestWorldMap::marker(const char* id) {
    auto p = m_map->markerPosition(QString::fromLatin1(id));
    if (!p)
        qFatal("no marker for %s", id);
    return *p;
}

void TestWorldMap::landAndOceanRenderCorrectly_data() {
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<bool>("land");
    QTest::newRow("Germany") << 10.0 << 51.0 << true;
    QTest::newRow("Kansas") << -98.0 << 38.5 << true;
    QTest::newRow("Congo basin") << 23.0 << -1.0 << true;
    QTest::newRow("central Australia") << 134.0 << -25.0 << true;
    QTest::newRow("Siberia") << 100.0 << 62.0 << true;
    QTest::newRow("Amazon") << -60.0 << -5.0 << true;
    QTest::newRow("Chukotka (near the antimeridian)") << 175.0 << 66.0 << true;
    QTest::newRow("North Atlantic") << -35.0 << 35.0 << false;
    // Ocean points lie off the 30° graticule lines, which are drawn over the ocean.
    QTest::newRow("Central Pacific") << -140.0 << 10.0 << false;
    QTest::newRow("Indian Ocean") << 75.0 << -20.0 << false;
    QTest::newRow("Southern Ocean") << -20.0 << -50.0 << false;
    QTest::newRow("Bering Sea") << -178.0 << 58.0 << false;
}

void TestWorldMap::landAndOceanRenderCorrectly() {
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(bool, land);
    for (auto projection :
         {MapProjection::EqualEarth, MapProjection::Robinson, MapProjection::PlateCarree}) {
        MapScene scene;
        scene.loadBasemap(QString::fromStdString(defaultLandPolygonPath()));
        scene.setProjection(projection);
        MapViewport viewport;
        viewport.setWorld(scene.worldBounds());
        const QSize size(1600, 900);
        QImage image(size, QImage::Format_ARGB32);
        const MapStyle style = MapStyle::print();
        {
            QPainter painter(&image);
            MapRenderer::paintBase(painter, size, scene, viewport, style);
        }
        const auto xy = scene.project(lon, lat);
        QVERIFY(xy);
        const QPoint pixel = viewport.toScreen(size).map(*xy).toPoint();
        QVERIFY(image.rect().contains(pixel));
        // Sample a 3x3 neighbourhood's centre: coastline strokes are thin and far from these
        // points.
        const QColor got = image.pixelColor(pixel);
        const QColor expected = land ? style.land : style.ocean;
        const QColor other = land ? style.ocean : style.land;
        auto distance = [](const QColor& a, const QColor& b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue());
        };
        QVERIFY2(
            distance(got, expected) < distance(got, other),
            qPrintable(QStringLiteral("%1: pixel %2 is %3")
                           .arg(QString::fromUtf8(projectionName(projection).data()), got.name())
                           .arg(got.name())));
    }
}

void TestWorldMap::clickSelectsAndEmits() {
    QSignalSpy clicked(m_map, &WorldMapWidget::siteClicked);
    QSignalSpy current(m_selection, &SiteSelection::currentChanged);
    QTest::mouseClick(m_map, Qt::LeftButton, {}, marker("DE-Hai").toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("DE-Hai"));
    QCOMPARE(current.count(), 1);
    QCOMPARE(m_selection->currentId(), QStringLiteral("DE-Hai"));
    QCOMPARE(m_selection->selectedIds().size(), 1);
    QTest::mouseClick(m_map, Qt::LeftButton, {}, marker("AU-How").toPoint());
    QCOMPARE(m_selection->selectedIds(), QSet<QString>{QStringLiteral("AU-How")});
}

void TestWorldMap::ctrlClickTogglesAndEmptyClickClears() {
    QTest::mouseClick(m_map, Qt::LeftButton, {}, marker("DE-Hai").toPoint());
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, marker("BR-Sa1").toPoint());
    QCOMPARE(m_selection->selectedIds().size(), 2);
    QCOMPARE(m_selection->currentId(), QStringLiteral("BR-Sa1"));
    QTest::mouseClick(m_map, Qt::LeftButton, Qt::ControlModifier, marker("DE-Hai").toPoint());
    QCOMPARE(m_selection->selectedIds(), QSet<QString>{QStringLiteral("BR-Sa1")});
    // Mid-Pacific, far from any tower (and not on the legend, which sits over the ocean).
    m_map->setLegendCollapsed(true);
    QPointF ocean;
    for (const double lat : {-20.0, 20.0, 0.0, -40.0}) {
        ocean = m_map->viewport().toScreen(m_map->size()).map(*m_map->scene().project(-150, lat));
        if (!m_map->legendRect().contains(ocean))
            break;
    }
    QTest::mouseClick(m_map, Qt::LeftButton, {}, ocean.toPoint());
    QVERIFY(m_selection->selectedIds().isEmpty());
}

void TestWorldMap::rubberBandSelectsTowersInside() {
    // A band around Europe catches DE-Hai and FI-Hyy but nothing in America.
    const QPoint a = marker("DE-Hai").toPoint() + QPoint(-40, 30);
    const QPoint b = marker("FI-Hyy").toPoint() + QPoint(40, -30);
    QTest::mousePress(m_map, Qt::LeftButton, Qt::ShiftModifier, a);
    QMouseEvent move(QEvent::MouseMove, b, m_map->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(m_map, &move);
    QTest::mouseRelease(m_map, Qt::LeftButton, Qt::ShiftModifier, b);
    QCOMPARE(m_selection->selectedIds(),
             (QSet<QString>{QStringLiteral("DE-Hai"), QStringLiteral("FI-Hyy")}));
}

void TestWorldMap::filterHidesTowers() {
    QCOMPARE(m_map->visibleTowers().size(), std::size_t(10));
    m_filter->setKoppenClasses({KoppenClass::Cfb, KoppenClass::Dfb});
    QCOMPARE(m_map->visibleTowers().size(), std::size_t(2));
    QVERIFY(m_map->markerPosition(QStringLiteral("DE-Hai")));
    QVERIFY(!m_map->markerPosition(QStringLiteral("BR-Sa1")));
    QCOMPARE(m_map->legend().entries.size(), std::size_t(2));
    m_filter->reset();
    m_filter->setIgbpClasses({IgbpClass::DBF});
    m_filter->setNetworks({QStringLiteral("AmeriFlux")});
    QCOMPARE(m_map->visibleTowers().size(), std::size_t(1));
    QCOMPARE(m_map->visibleTowers().front().id, QStringLiteral("US-Ha1"));
    // A click where a hidden tower stands selects nothing.
    m_filter->reset();
    const QPoint hidden = marker("BR-Sa1").toPoint();
    m_filter->setText(QStringLiteral("DE-"));
    QTest::mouseClick(m_map, Qt::LeftButton, {}, hidden);
    QVERIFY(m_selection->selectedIds().isEmpty());
}

void TestWorldMap::tooltipNamesTheSite() {
    const QString id = m_map->siteAt(marker("FI-Hyy"));
    QCOMPARE(id, QStringLiteral("FI-Hyy"));
    // The legend lists the nine known classes plus "unknown", last.
    const MapLegend legend = m_map->legend();
    QCOMPARE(legend.entries.size(), std::size_t(10));
    QCOMPARE(legend.entries.back().label, QStringLiteral("unknown"));
    QCOMPARE(legend.entries.front().label, QStringLiteral("Am"));
}

void TestWorldMap::wheelZoomsAtCursorAndZoomToSelectionCentres() {
    const QPointF before = marker("DE-Hai");
    QWheelEvent wheel(before, m_map->mapToGlobal(before), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map, &wheel);
    QVERIFY(m_map->viewport().zoom() > 1.4);
    // The point under the cursor stays put.
    QVERIFY((marker("DE-Hai") - before).manhattanLength() < 1.0);

    m_map->resetView();
    m_selection->setSelection({QStringLiteral("AU-How")});
    m_map->zoomToSelection();
    QVERIFY(m_map->viewport().zoom() > 3);
    const QPointF centre(m_map->width() / 2.0, m_map->height() / 2.0);
    QVERIFY((marker("AU-How") - centre).manhattanLength() < 2.0);
}

void TestWorldMap::projectionChangeKeepsTowersOnLand() {
    for (auto p :
         {MapProjection::Robinson, MapProjection::PlateCarree, MapProjection::EqualEarth}) {
        m_map->setProjection(p);
        QCOMPARE(m_map->scene().projection(), p);
        QVERIFY(m_map->scene().land().contains(
            m_map->scene().towerPositions().value(QStringLiteral("DE-Hai"))));
        QVERIFY(m_map->scene().land().contains(
            m_map->scene().towerPositions().value(QStringLiteral("AU-How"))));
    }
}

void TestWorldMap::missingBasemapStillDrawsAndSaysWhy() {
    QSignalSpy status(m_map, &WorldMapWidget::statusMessage);
    m_map->loadBasemap(QStringLiteral("/nonexistent/land.gpkg"));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("/nonexistent/land.gpkg")));
    QVERIFY(!m_map->scene().hasLand());
    QVERIFY(!m_map->scene().graticule().isEmpty());
    const QImage shot = m_map->grab().toImage();
    QVERIFY(!shot.isNull());
    // Towers are still drawn and clickable.
    QTest::mouseClick(m_map, Qt::LeftButton, {}, marker("US-Var").toPoint());
    QCOMPARE(m_selection->currentId(), QStringLiteral("US-Var"));
}

QTEST_MAIN(TestWorldMap)
#include "tst_world_map.moc"
