// The output grid (pixel centres, validation, --bbox parsing), the real Köppen map read through
// readStatics, and potential radiation against FLUXNET's own SW_IN_POT.
#include "common/dates.h"
#include "geo/solar_radiation.h"
#include "grid/gridded_drivers.h"
#include "grid_fixtures.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::grid;

class TestGridSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pixelCentres();
    void parseBboxAccepts();
    void invalidGrids_data();
    void invalidGrids();
    void koppenFromShippedMap();
    void swInPotAgainstFluxnet();
};

void TestGridSpec::pixelCentres() {
    const GridSpec grid{5.0, 45.0, 15.0, 55.0, 0.25};
    QCOMPARE(grid.columns(), 40);
    QCOMPARE(grid.rows(), 40);
    QCOMPARE(grid.lonOfColumn(0), 5.125);
    QCOMPARE(grid.latOfRow(0), 54.875); // row 0 is the northernmost
    QCOMPARE(grid.latOfRow(39), 45.125);
    QCOMPARE((PixelWindow{2, 3, 4, 5}.pixelCount()), 20);
}

void TestGridSpec::parseBboxAccepts() {
    const GridSpec grid = parseBbox("5,45,15.5,55", 0.05);
    QCOMPARE(grid.west_deg, 5.0);
    QCOMPARE(grid.east_deg, 15.5);
    QCOMPARE(grid.columns(), 210);
    QCOMPARE(grid.rows(), 200);
    QCOMPARE(parseBbox(" -180, -90, 180, 90", 0.5).columns(), 720);
}

void TestGridSpec::invalidGrids_data() {
    QTest::addColumn<QString>("bbox");
    QTest::addColumn<double>("resolution");
    QTest::addColumn<QString>("message");
    QTest::newRow("three numbers") << "5,45,15" << 0.25 << "four numbers";
    QTest::newRow("not a number") << "5,45,x,55" << 0.25 << "'x' is not a number";
    QTest::newRow("west after east") << "15,45,5,55" << 0.25 << "less than east";
    QTest::newRow("south after north") << "5,55,15,45" << 0.25 << "less than north";
    QTest::newRow("beyond the pole") << "5,45,15,95" << 0.25 << "outside -90..90";
    QTest::newRow("beyond 180") << "170,45,190,55" << 0.25 << "outside -180..180";
    QTest::newRow("zero resolution") << "5,45,15,55" << 0.0 << "must be positive";
    QTest::newRow("partial pixel") << "5,45,15.1,55" << 0.25 << "not a whole number";
}

void TestGridSpec::invalidGrids() {
    QFETCH(QString, bbox);
    QFETCH(double, resolution);
    QFETCH(QString, message);
    try {
        parseBbox(bbox.toStdString(), resolution);
        QFAIL("accepted");
    } catch (const std::invalid_argument& error) {
        const std::string what = error.what();
        QVERIFY2(what.find(message.toStdString()) != std::string::npos, what.c_str());
        QVERIFY2(what.find(bbox.toStdString()) != std::string::npos, what.c_str());
    }
}

// resources/koppen/PROVENANCE.md spot checks, read through readStatics at 0.01° pixels that hold
// each place (the shipped map's own pixels are 1/12°).
void TestGridSpec::koppenFromShippedMap() {
    QTemporaryDir dir;
    const std::string map = dir.filePath(QStringLiteral("koppen.json")).toStdString();
    gridtest::writeText(map, R"({"format": "fluxlens-driver-map", "version": 1, "sources": {},
        "features": {"SW_IN_POT": {"derive": "sw_in_pot"}}, "statics": {"koppen": {"path": null}}})");
    const GriddedDrivers drivers = GriddedDrivers::open(map);
    const GridSpec europe{0.0, 40.0, 30.0, 62.0, 0.01};
    struct Place {
        const char* name;
        double lon, lat;
        const char* code;
    };
    for (const Place& place :
         {Place{"Toulouse", 1.37, 43.57, "Cfa"}, Place{"Mantua", 10.74, 45.20, "Cfa"},
          Place{"Helsinki", 24.9, 60.2, "Dfb"}}) {
        const int col = static_cast<int>(std::floor((place.lon - europe.west_deg) / 0.01));
        const int row = static_cast<int>(std::floor((europe.north_deg - place.lat) / 0.01));
        const StaticTile tile = drivers.readStatics(europe, PixelWindow{row, col, 1, 1});
        QVERIFY2(
            koppenCode(tile.koppen[0]) == place.code,
            (std::string(place.name) + ": " + std::string(koppenCode(tile.koppen[0]))).c_str());
        QCOMPARE(tile.landFraction[0], 1.0f); // no file driver: every pixel counts as land
    }
    // A window over the Alps and the Po valley: cold and temperate classes side by side.
    const StaticTile alps =
        drivers.readStatics(GridSpec{6.0, 44.0, 12.0, 48.0, 0.25}, PixelWindow{0, 0, 16, 24});
    const auto has = [&](const char* code) {
        return std::any_of(alps.koppen.begin(), alps.koppen.end(),
                           [&](KoppenClass k) { return koppenCode(k) == code; });
    };
    QVERIFY(has("Cfb"));
    QVERIFY(has("Dfc") || has("ET"));
}

// Potential radiation against the SW_IN_POT column of the three FLUXNET daily files in shared/data
// (latitudes from their PROVENANCE.md): pixels must carry what the towers carry.
void TestGridSpec::swInPotAgainstFluxnet() {
    struct Tower {
        const char* file;
        double lat_deg;
    };
    const std::string folder = std::string(FLUXLENS_SHARED_DATA_DIR) + "/fluxnet/";
    for (const Tower& tower :
         {Tower{"FLX_BE-Lcr_FLUXNET2015_FULLSET_DD_2019-2020_beta-3.csv", 51.11218},
          Tower{"FLX_DK-Gds_FLUXNET2015_FULLSET_DD_2020-2020_beta-3.csv", 56.0737},
          Tower{"FLX_IE-Cra_FLUXNET2015_FULLSET_DD_2020-2020_beta-3.csv", 53.323088}}) {
        std::ifstream in(folder + tower.file);
        if (!in)
            QSKIP("the shared FLUXNET data is not here");
        std::string line;
        std::getline(in, line);
        std::vector<std::string> header;
        std::stringstream names(line);
        for (std::string cell; std::getline(names, cell, ',');)
            header.push_back(cell);
        const auto column = std::find(header.begin(), header.end(), "SW_IN_POT") - header.begin();
        QVERIFY(column < static_cast<long>(header.size()));
        double worst = 0.0;
        int days = 0;
        while (std::getline(in, line)) {
            std::vector<std::string> cells;
            std::stringstream row(line);
            for (std::string cell; std::getline(row, cell, ',');)
                cells.push_back(cell);
            const auto day = parseCompactDate(cells[0]);
            QVERIFY(day);
            const double fluxnet = std::stod(cells[static_cast<std::size_t>(column)]);
            const double ours = potentialShortwave_W_m2(tower.lat_deg, dayOfYear(*day));
            worst = std::max(worst, std::abs(ours - fluxnet) / fluxnet);
            ++days;
        }
        QVERIFY(days >= 366);
        qInfo("SW_IN_POT vs %s: %d days, worst relative difference %.1e", tower.file, days, worst);
        QVERIFY(worst < 1e-4);
    }
}

QTEST_GUILESS_MAIN(TestGridSpec)
#include "tst_grid_spec.moc"
