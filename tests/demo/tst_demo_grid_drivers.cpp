// The demo grid read the way upscaling reads it (grid::GriddedDrivers over drivers.json) against
// the tower it holds read the way training reads it (the point importers over the tower's CSVs):
// at a tower's pixel the model gets the same drivers (core/demo/README.md, "Gridded drivers").
#include "demo/demo_writers.h"
#include "demo_grid_fixture.h"
#include "grid/gridded_drivers.h"
#include "import/era5_point_importer.h"
#include "import/modis_point_importer.h"

#include <QTest>
#include <cmath>

using namespace fluxlens;
using namespace fluxlens::demo;
using namespace fluxlens::demo::test;

namespace {
grid::GridSpec gridSpec(const DemoGridOptions& o) {
    return {o.west_deg, o.south_deg, o.east_deg, o.north_deg, o.resolution_deg};
}

const DailyTable& onlyTable(const ImportBatch& batch) {
    if (batch.tables.size() != 1)
        throw std::runtime_error(batch.filePath + ": expected one table");
    return batch.tables.front();
}
} // namespace

class TestDemoGridDrivers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void towerPixelGivesTheTowersRemoteDrivers();
    void towerPresetDiffersOnlyWhereDocumented();
    void staticsAreTheTowersClasses();
};

void TestDemoGridDrivers::towerPixelGivesTheTowersRemoteDrivers() {
    const auto& w = world();
    const DemoSiteData site = generateDemoSite(w.plan, w.tower);
    const DailyTable era5 =
        onlyTable(importEra5Points(era5LandCsv(site), "era5.csv", ImportControl()));
    const DailyTable modis =
        onlyTable(importModisPoints(modisCsv(site), "modis.csv", ImportControl()));

    const auto drivers = grid::GriddedDrivers::open(w.file(kDriverMapFileName));
    QCOMPARE(drivers.firstDay(), site.daily.firstDayNumber);
    QCOMPARE(drivers.lastDay(), site.daily.firstDayNumber + 730);
    const std::vector<std::string> reanalysis{"t2m_degC", "ssrd_W_m2", "vpd_hPa", "tp_mm_d",
                                              "swvl1_m3_m3"};
    const std::vector<std::string> remote{"b1", "b2", "b3",   "b4",  "b5",
                                          "b6", "b7", "NDVI", "EVI", "NIRv"};
    std::vector<std::string> features = reanalysis;
    features.insert(features.end(), remote.begin(), remote.end());
    const grid::PixelWindow window{w.towerRow, w.towerCol, 1, 1};
    const grid::DriverTile tile =
        drivers.read(gridSpec(w.options), window, features, drivers.firstDay(), drivers.lastDay());
    QCOMPARE(tile.dayCount, 731);
    double worst = 0;
    for (std::size_t f = 0; f < features.size(); ++f) {
        const bool isReanalysis = f < reanalysis.size();
        const std::vector<float> tower =
            (isReanalysis ? era5 : modis).columnOnDays(features[f], [&] {
                std::vector<int> days;
                for (int d = 0; d < 731; ++d)
                    days.push_back(tile.firstDay + d);
                return days;
            }());
        for (int d = 0; d < 731; ++d) {
            const float grid = tile.at(static_cast<int>(f), d, 0, 0);
            const float point = tower[static_cast<std::size_t>(d)];
            QVERIFY2(std::isnan(grid) == std::isnan(point),
                     (features[f] + " cloud/gap differs on day " + std::to_string(d)).c_str());
            if (std::isnan(grid))
                continue;
            worst = std::max(worst, static_cast<double>(std::abs(grid - point)));
            QVERIFY2(std::abs(grid - point) <= 1e-4,
                     (features[f] + " day " + std::to_string(d) + ": grid " + std::to_string(grid) +
                      ", tower " + std::to_string(point))
                         .c_str());
        }
    }
    qInfo("largest |grid - tower| over the remote preset's drivers: %.3g", worst);
}

void TestDemoGridDrivers::towerPresetDiffersOnlyWhereDocumented() {
    const auto& w = world();
    const DemoSiteData site = generateDemoSite(w.plan, w.tower);
    const auto drivers = grid::GriddedDrivers::open(w.file(kDriverMapFileName));
    const std::vector<std::string> features{"TA_F", "SW_IN_F", "P_F", "VPD_F"};
    const grid::DriverTile tile = drivers.read(gridSpec(w.options), {w.towerRow, w.towerCol, 1, 1},
                                               features, drivers.firstDay(), drivers.lastDay());
    double vpdWorst = 0;
    for (int d = 0; d < 731; ++d) {
        const auto k = static_cast<std::size_t>(d);
        // The FLUXNET file prints these from the same daily series (three decimals, W m-2 to
        // two): equal within float32.
        QVERIFY(std::abs(tile.at(0, d, 0, 0) - site.daily.airTemp_degC[k]) <= 1e-4);
        QVERIFY(std::abs(tile.at(1, d, 0, 0) - site.daily.shortwave_W_m2[k]) <= 1e-4);
        QVERIFY(std::abs(tile.at(2, d, 0, 0) - site.daily.precip_mm[k]) <= 1e-4);
        // VPD_F: the generator's VPD (Tetens, FAO-56, rounded to 1e-3 hPa) against the importers'
        // Magnus formula (6.1094, 17.625, 243.04) on t2m and d2m.
        vpdWorst = std::max(vpdWorst, std::abs(tile.at(3, d, 0, 0) - site.daily.vpd_hPa[k]));
    }
    QVERIFY2(vpdWorst > 0 && vpdWorst < 0.05, std::to_string(vpdWorst).c_str());
    qInfo("VPD_F: largest |grid - tower| %.3g hPa (documented difference)", vpdWorst);
}

void TestDemoGridDrivers::staticsAreTheTowersClasses() {
    const auto& w = world();
    const DemoSiteData site = generateDemoSite(w.plan, w.tower);
    const auto drivers = grid::GriddedDrivers::open(w.file(kDriverMapFileName));
    const grid::StaticTile statics =
        drivers.readStatics(gridSpec(w.options), {w.towerRow, w.towerCol, 1, 1});
    QCOMPARE(statics.igbp.at(0), site.site.igbp);
    QCOMPARE(statics.koppen.at(0), site.site.koppen);
    QCOMPARE(statics.landFraction.at(0), 1.0f);
}

QTEST_GUILESS_MAIN(TestDemoGridDrivers)
#include "tst_demo_grid_drivers.moc"
