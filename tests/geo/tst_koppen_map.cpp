// The shipped Beck et al. (2018) Köppen–Geiger map read with GDAL: the spot checks of its
// PROVENANCE.md, the nearest land pixel for coastal towers, the legend's colours, and a user's map
// (written by GDAL here) in its place.
#include "common/input_error.h"
#include "geo/koppen_legend.h"
#include "geo/koppen_map.h"

#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <vector>

using namespace fluxlens;

class TestKoppenMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedMapIsFound();
    void spotChecks_data();
    void spotChecks();
    void coastalTowerTakesNearestLand();
    void legendColoursAreBecks();
    void userMapReplacesShipped();
    void rejectsProjectedAndMissingMaps();
};

void TestKoppenMap::shippedMapIsFound() {
    const auto path = shippedKoppenMapPath();
    QVERIFY(path);
    QVERIFY(path->ends_with("Beck_KG_V1_present_0p083.tif"));
}

void TestKoppenMap::spotChecks_data() {
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("koppen");
    // gdallocationinfo values in ../shared/data/koppen/PROVENANCE.md.
    QTest::newRow("Toulouse") << 1.37 << 43.57 << QStringLiteral("Cfa");
    QTest::newRow("Mantua") << 10.74 << 45.20 << QStringLiteral("Cfa");
    QTest::newRow("Helsinki") << 24.9 << 60.2 << QStringLiteral("Dfb");
    QTest::newRow("Manaus") << -60.0 << -3.1 << QStringLiteral("Af");
    QTest::newRow("Cairo") << 31.2 << 30.0 << QStringLiteral("BWh");
    QTest::newRow("Yakutsk") << 129.7 << 62.0 << QStringLiteral("Dfd");
    QTest::newRow("Antarctic plateau") << 0.0 << -85.0 << QStringLiteral("EF");
    QTest::newRow("BE-Lcr") << 3.85043 << 51.11218 << QStringLiteral("Cfb");
    QTest::newRow("DK-Gds") << 9.3341 << 56.0737 << QStringLiteral("Dfb");
    QTest::newRow("IE-Cra") << -7.641774 << 53.323088 << QStringLiteral("Cfb");
    QTest::newRow("mid-Atlantic") << -30.0 << 30.0 << QString();
}

void TestKoppenMap::spotChecks() {
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, koppen);
    const KoppenMap map = KoppenMap::open(*shippedKoppenMapPath());
    const auto hit = map.classAt(lon, lat);
    if (koppen.isEmpty()) {
        QVERIFY(!hit);
        return;
    }
    QVERIFY(hit);
    QCOMPARE(QString::fromUtf8(koppenCode(hit->koppen).data()), koppen);
    QCOMPARE(hit->distancePixels, 0);
}

void TestKoppenMap::coastalTowerTakesNearestLand() {
    const KoppenMap map = KoppenMap::open(*shippedKoppenMapPath());
    // 0.1° off the Dutch coast (52.3 N): the tower's own pixel is sea, the nearest land pixel is
    // a pixel or two east.
    const auto offshore = map.classAt(4.35, 52.3, 0);
    QVERIFY(!offshore);
    const auto hit = map.classAt(4.35, 52.3);
    QVERIFY(hit);
    QCOMPARE(hit->koppen, KoppenClass::Cfb);
    QVERIFY(hit->distancePixels >= 1 && hit->distancePixels <= 3);
    QVERIFY(!map.classAt(200.0, 95.0)); // outside the map
}

void TestKoppenMap::legendColoursAreBecks() {
    const auto legend = readKoppenLegend(*shippedKoppenFolder() + "/legend.txt");
    for (KoppenClass k : allKoppenClasses())
        QVERIFY2(legend[static_cast<std::size_t>(k)] == koppenColor(k), koppenCode(k).data());
    QCOMPARE(int(legend[15].r), 100); // Cfb [100 255 80]
    QCOMPARE(int(legend[15].g), 255);
}

void TestKoppenMap::userMapReplacesShipped() {
    // A 1°-grid map over Europe holding Csa (8) everywhere, as a user's GeoTIFF.
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("my_koppen.tif")).toStdString();
    GDALAllRegister();
    GDALDatasetH dataset =
        GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), 40, 30, 1, GDT_Byte, nullptr);
    QVERIFY(dataset);
    double geoTransform[6] = {-10.0, 1.0, 0.0, 70.0, 0.0, -1.0};
    GDALSetGeoTransform(dataset, geoTransform);
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    GDALSetSpatialRef(dataset, wgs84);
    OSRDestroySpatialReference(wgs84);
    std::vector<std::uint8_t> codes(40 * 30, 8);
    QCOMPARE(GDALRasterIO(GDALGetRasterBand(dataset, 1), GF_Write, 0, 0, 40, 30, codes.data(), 40,
                          30, GDT_Byte, 0, 0),
             CE_None);
    GDALClose(dataset);
    const KoppenMap map = KoppenMap::open(path);
    QCOMPARE(map.classAt(3.85043, 51.11218)->koppen, KoppenClass::Csa);
    QVERIFY(!map.classAt(-60.0, -3.1)); // outside the user's map
}

void TestKoppenMap::rejectsProjectedAndMissingMaps() {
    QVERIFY_THROWS_EXCEPTION(InputError, KoppenMap::open("/no/such/map.tif"));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("projected.tif")).toStdString();
    GDALDatasetH dataset =
        GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), 10, 10, 1, GDT_Byte, nullptr);
    double geoTransform[6] = {400000.0, 1000.0, 0.0, 5600000.0, 0.0, -1000.0};
    GDALSetGeoTransform(dataset, geoTransform);
    OGRSpatialReferenceH utm = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(utm, 32632);
    GDALSetSpatialRef(dataset, utm);
    OSRDestroySpatialReference(utm);
    GDALClose(dataset);
    try {
        KoppenMap::open(path);
        QFAIL("a projected map was accepted");
    } catch (const InputError& e) {
        QVERIFY(e.message().find("longitude/latitude") != std::string::npos);
        QCOMPARE(e.file(), path);
    }
}

QTEST_GUILESS_MAIN(TestKoppenMap)
#include "tst_koppen_map.moc"
