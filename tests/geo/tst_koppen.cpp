#include "geo/igbp.h"
#include "geo/koppen.h"
#include "geo/koppen_classifier.h"

#include <QTest>
#include <set>

using namespace fluxlens;

Q_DECLARE_METATYPE(fluxlens::KoppenClass)

class TestKoppen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paletteIsComplete();
    void codesRoundTrip();
    void igbpParsing();
    void classifies_data();
    void classifies();
    void southernHemisphereSwapsSeasons();
};

void TestKoppen::paletteIsComplete() {
    std::set<std::tuple<int, int, int>> colours;
    std::set<std::string_view> codes;
    for (KoppenClass k : allKoppenClasses()) {
        const Rgb c = koppenColor(k);
        colours.insert({c.r, c.g, c.b});
        codes.insert(koppenCode(k));
        QVERIFY(!koppenDescription(k).empty());
        QVERIFY(std::string_view("ABCDE").find(koppenMainGroup(k)) != std::string_view::npos);
    }
    QCOMPARE(colours.size(), std::size_t(30));
    QCOMPARE(codes.size(), std::size_t(30));
    // Spot checks against the Beck et al. (2018) legend.
    QCOMPARE(koppenColor(KoppenClass::Af), (Rgb{0, 0, 255}));
    QCOMPARE(koppenColor(KoppenClass::Cfb), (Rgb{100, 255, 80}));
    QCOMPARE(koppenColor(KoppenClass::Dfc), (Rgb{0, 125, 125}));
    QCOMPARE(koppenColor(KoppenClass::EF), (Rgb{102, 102, 102}));
    QCOMPARE(koppenCode(KoppenClass::Unknown), std::string_view("unknown"));
    QVERIFY(colours.count({koppenColor(KoppenClass::Unknown).r, koppenColor(KoppenClass::Unknown).g,
                           koppenColor(KoppenClass::Unknown).b}) == 0);
}

void TestKoppen::codesRoundTrip() {
    for (KoppenClass k : allKoppenClasses())
        QCOMPARE(parseKoppen(koppenCode(k)), std::optional<KoppenClass>(k));
    QCOMPARE(parseKoppen("15"), std::optional<KoppenClass>(KoppenClass::Cfb));
    QVERIFY(!parseKoppen("Cfx"));
    QVERIFY(!parseKoppen("0"));
    QVERIFY(!parseKoppen("31"));
    QVERIFY(!parseKoppen(""));
}

void TestKoppen::igbpParsing() {
    QCOMPARE(parseIgbp("DBF"), std::optional<IgbpClass>(IgbpClass::DBF));
    QCOMPARE(parseIgbp("enf"), std::optional<IgbpClass>(IgbpClass::ENF));
    QCOMPARE(parseIgbp("12"), std::optional<IgbpClass>(IgbpClass::CRO));
    QVERIFY(!parseIgbp("XYZ"));
    QVERIFY(!parseIgbp("18"));
    QCOMPARE(allIgbpClasses().size(), std::size_t(17));
}

void TestKoppen::classifies_data() {
    QTest::addColumn<QList<double>>("temperature");
    QTest::addColumn<QList<double>>("precipitation");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<KoppenClass>("expected");

    // Climatologies rounded from station normals.
    QTest::newRow("Singapore Af") << QList<double>{26.5, 27.1, 27.5, 28.0, 28.3, 28.3,
                                                   27.9, 27.9, 27.6, 27.6, 27.0, 26.5}
                                  << QList<double>{243, 160, 185, 179, 172, 162,
                                                   159, 176, 169, 194, 256, 288}
                                  << 1.3 << KoppenClass::Af;
    QTest::newRow("Darwin Aw") << QList<double>{28.4, 28.1, 28.2, 28.3, 27.3, 25.6,
                                                25.2, 26.1, 27.9, 29.1, 29.3, 29.0}
                               << QList<double>{427, 374, 318, 100, 21, 2, 1, 5, 15, 70, 142, 249}
                               << -12.4 << KoppenClass::Aw;
    QTest::newRow("Cairo BWh") << QList<double>{14.0, 15.0, 17.0, 21.0, 24.0, 27.0,
                                                28.0, 28.0, 26.0, 23.0, 19.0, 15.5}
                               << QList<double>{5, 4, 4, 1, 1, 0, 0, 0, 0, 1, 3, 6} << 30.0
                               << KoppenClass::BWh;
    QTest::newRow("Denver BSk") << QList<double>{-1.0, 0.0,  4.0,  8.5,  14.0, 19.5,
                                                 23.0, 22.0, 17.0, 10.5, 4.0,  -1.0}
                                << QList<double>{10, 12, 28, 43, 57, 45, 55, 42, 30, 25, 18, 12}
                                << 39.7 << KoppenClass::BSk;
    QTest::newRow("Rome Csa") << QList<double>{7.5,  8.5,  11.0, 13.5, 17.5, 21.5,
                                               24.5, 24.5, 21.0, 16.5, 12.0, 8.5}
                              << QList<double>{67, 73, 58, 81, 53, 34, 19, 37, 73, 113, 115, 81}
                              << 41.9 << KoppenClass::Csa;
    QTest::newRow("London Cfb") << QList<double>{5.2,  5.3,  7.6,  9.9,  13.3, 16.5,
                                                 18.7, 18.5, 15.7, 12.0, 8.0,  5.5}
                                << QList<double>{55, 41, 42, 44, 49, 45, 45, 50, 49, 69, 59, 55}
                                << 51.5 << KoppenClass::Cfb;
    QTest::newRow("Hong Kong Cwa")
        << QList<double>{16.3, 17.0, 19.3, 22.8, 26.1, 28.0, 28.7, 28.5, 27.7, 25.5, 21.8, 17.9}
        << QList<double>{33, 35, 82, 175, 304, 456, 377, 432, 328, 100, 38, 27} << 22.3
        << KoppenClass::Cwa;
    QTest::newRow("Moscow Dfb") << QList<double>{-6.5, -6.7, -1.0, 6.7, 13.2, 17.0,
                                                 19.2, 17.0, 11.3, 5.6, -0.2, -4.4}
                                << QList<double>{53, 44, 39, 37, 61, 78, 84, 82, 68, 71, 55, 52}
                                << 55.8 << KoppenClass::Dfb;
    QTest::newRow("Yakutsk Dfd") << QList<double>{-39.0, -34.0, -21.0, -5.0, 7.5,   16.5,
                                                  19.5,  15.0,  6.0,   -8.0, -27.0, -37.5}
                                 << QList<double>{8, 6, 5, 8, 19, 35, 42, 38, 23, 16, 13, 9} << 62.0
                                 << KoppenClass::Dfd;
    QTest::newRow("Beijing Dwa") << QList<double>{-3.1, 0.3,  6.7,  14.8, 20.8, 24.9,
                                                  26.7, 25.5, 20.8, 13.7, 5.0,  -0.9}
                                 << QList<double>{2.6,   5.9,   9.1,  26.4, 35.3, 78.1,
                                                  185.2, 159.7, 45.5, 21.8, 7.4,  2.8}
                                 << 39.9 << KoppenClass::Dwa;
    QTest::newRow("Barrow ET") << QList<double>{-25.6, -27.4, -26.3, -18.2, -6.5,  1.9,
                                                5.0,   3.6,   -0.4,  -9.1,  -17.8, -23.7}
                               << QList<double>{4, 3, 3, 3, 3, 8, 25, 27, 18, 12, 5, 4} << 71.3
                               << KoppenClass::ET;
    QTest::newRow("Vostok EF") << QList<double>{-32, -44, -57, -64, -66, -65,
                                                -67, -68, -66, -57, -43, -32}
                               << QList<double>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1,
                                                0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
                               << -78.5 << KoppenClass::EF;
}

void TestKoppen::classifies() {
    QFETCH(QList<double>, temperature);
    QFETCH(QList<double>, precipitation);
    QFETCH(double, latitude);
    QFETCH(KoppenClass, expected);
    MonthlyClimate climate;
    for (int m = 0; m < 12; ++m) {
        climate.temperature_degC[m] = temperature[m];
        climate.precipitation_mm[m] = precipitation[m];
    }
    const KoppenClass got = classifyKoppen(climate, latitude);
    QCOMPARE(QString::fromUtf8(koppenCode(got).data()),
             QString::fromUtf8(koppenCode(expected).data()));
}

void TestKoppen::southernHemisphereSwapsSeasons() {
    // Perth, a southern Mediterranean climate: dry December–February is summer there.
    MonthlyClimate perth;
    perth.temperature_degC = {24.5, 24.8, 23.0, 19.8, 16.5, 14.3,
                              13.2, 13.7, 15.0, 17.2, 20.1, 22.5};
    perth.precipitation_mm = {15, 9, 19, 37, 94, 133, 145, 122, 80, 41, 25, 11};
    QCOMPARE(classifyKoppen(perth, -31.9), KoppenClass::Csa);
    // The same climate read as northern hemisphere has its wet season in summer.
    QVERIFY(classifyKoppen(perth, 31.9) != KoppenClass::Csa);
}

QTEST_APPLESS_MAIN(TestKoppen)
#include "tst_koppen.moc"
