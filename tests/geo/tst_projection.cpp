#include "geo/land_polygons.h"
#include "geo/projection.h"

#include <QTest>
#include <cmath>
#include <proj.h>

using namespace fluxlens;

Q_DECLARE_METATYPE(fluxlens::MapProjection)

class TestProjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesProjDirectly_data();
    void matchesProjDirectly();
    void knownValues();
    void roundTrips();
    void keysRoundTrip();
    void readsGshhsWhenInstalled();
    void missingBasemapIsAClearError();
};

void TestProjection::matchesProjDirectly_data() {
    QTest::addColumn<MapProjection>("projection");
    QTest::addColumn<QString>("crs");
    QTest::newRow("equal earth") << MapProjection::EqualEarth << QStringLiteral("EPSG:8857");
    QTest::newRow("robinson") << MapProjection::Robinson << QStringLiteral("ESRI:54030");
    QTest::newRow("plate carree") << MapProjection::PlateCarree
                                  << QStringLiteral("+proj=eqc +datum=WGS84 +type=crs");
}

void TestProjection::matchesProjDirectly() {
    QFETCH(MapProjection, projection);
    QFETCH(QString, crs);
    // Reference values computed by PROJ itself, through its own API, independently of Projector.
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", crs.toUtf8().constData(), nullptr);
    QVERIFY(raw);
    PJ* ref = proj_normalize_for_visualization(ctx, raw);
    proj_destroy(raw);

    Projector projector(projection);
    const double points[][2] = {{11.0, 51.0}, {-105.5, 40.0}, {147.0, -35.0}, {0, 0}, {179.9, 70}};
    for (const auto& p : points) {
        PJ_COORD expected = proj_trans(ref, PJ_FWD, proj_coord(p[0], p[1], 0, 0));
        XY got;
        QVERIFY(projector.forward(p[0], p[1], got));
        QVERIFY2(std::abs(got.x - expected.xy.x) < 1e-6 && std::abs(got.y - expected.xy.y) < 1e-6,
                 qPrintable(QStringLiteral("(%1, %2)").arg(p[0]).arg(p[1])));
    }
    proj_destroy(ref);
    proj_context_destroy(ctx);
}

void TestProjection::knownValues() {
    // Plate Carrée on WGS 84: x = a·λ, y = a·φ with a = 6378137 m.
    Projector pc(MapProjection::PlateCarree);
    XY xy;
    QVERIFY(pc.forward(90.0, 45.0, xy));
    QVERIFY(std::abs(xy.x - 6378137.0 * M_PI / 2) < 1e-3);
    QVERIFY(std::abs(xy.y - 6378137.0 * M_PI / 4) < 1e-3);
    // Equal Earth: the origin maps to (0, 0); the equator–pole distance of EPSG:8857 is about
    // 8.39e6 m and the equator's half-length 1.7244e7 m (cs2cs EPSG:4326 EPSG:8857).
    Projector ee(MapProjection::EqualEarth);
    QVERIFY(ee.forward(0, 0, xy));
    QVERIFY(std::abs(xy.x) < 1e-6 && std::abs(xy.y) < 1e-6);
    QVERIFY(ee.forward(0, 90, xy));
    QVERIFY(xy.y > 8.3e6 && xy.y < 8.5e6);
    QVERIFY(ee.forward(180, 0, xy));
    QVERIFY(std::abs(xy.x - 17243959.06) < 1.0);
}

void TestProjection::roundTrips() {
    for (auto p :
         {MapProjection::EqualEarth, MapProjection::Robinson, MapProjection::PlateCarree}) {
        Projector projector(p);
        XY xy;
        QVERIFY(projector.forward(-70.5, -33.4, xy));
        double lon = 0, lat = 0;
        QVERIFY(projector.inverse(xy, lon, lat));
        QVERIFY(std::abs(lon + 70.5) < 1e-6);
        QVERIFY(std::abs(lat + 33.4) < 1e-6);

        std::vector<XY> many{{-70.5, -33.4}, {10, 10}};
        projector.forwardMany(many);
        QVERIFY(std::abs(many[0].x - xy.x) < 1e-6);
    }
}

void TestProjection::keysRoundTrip() {
    for (auto p : {MapProjection::EqualEarth, MapProjection::Robinson, MapProjection::PlateCarree})
        QCOMPARE(projectionFromKey(projectionKey(p), MapProjection::PlateCarree), p);
    QCOMPARE(projectionFromKey("mercator", MapProjection::Robinson), MapProjection::Robinson);
}

void TestProjection::readsGshhsWhenInstalled() {
    const std::string path = defaultLandPolygonPath();
    if (!QFile::exists(QString::fromStdString(path)))
        QSKIP("python-cartopy-data is not installed");
    LandPolygons land = readLandPolygons(path);
    // The crude GSHHS level-1 layer: 790 rings, 7678 vertices in python-cartopy-data 0.21.
    QVERIFY(land.rings.size() > 700);
    QVERIFY(land.vertexCount() > 7000);
    for (const auto& ring : land.rings)
        for (const auto& p : ring.lonLat) {
            QVERIFY(p.x >= -180.0001 && p.x <= 180.0001);
            QVERIFY(p.y >= -90.0001 && p.y <= 90.0001);
        }
}

void TestProjection::missingBasemapIsAClearError() {
    try {
        readLandPolygons("/nonexistent/land.shp");
        QFAIL("expected an error");
    } catch (const std::exception& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent/land.shp")));
    }
}

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
