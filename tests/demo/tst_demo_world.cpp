// "Open the demo world": generated files imported through the real importers into a cache.
#include "cache/cache.h"
#include "cache/variables.h"
#include "demo/demo_generator.h"
#include "demo/demo_reference_model.h"
#include "demo/demo_world.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

using namespace fluxlens;
using namespace fluxlens::demo;

namespace {
DemoOptions smallOptions() {
    DemoOptions o;
    o.siteCount = 6;
    o.firstYear = 2011;
    o.lastYear = 2012;
    o.seed = 11;
    return o;
}

std::size_t columnIndex(const DailyTable& t, std::string_view name) {
    const auto it = std::find(t.columnNames.begin(), t.columnNames.end(), name);
    if (it == t.columnNames.end())
        throw std::runtime_error("no column " + std::string(name));
    return static_cast<std::size_t>(it - t.columnNames.begin());
}
} // namespace

class TestDemoWorld : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsThroughTheRealImporters();
    void cancelStopsIt();
};

void TestDemoWorld::importsThroughTheRealImporters() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    Cache cache = Cache::open((root / "cache.sqlite").string());
    std::vector<double> progress;
    std::mutex mutex;
    DemoJobControl control;
    control.progress = [&](double f) {
        std::lock_guard lock(mutex);
        progress.push_back(f);
    };
    const DemoWorldResult result = openDemoWorld(cache, root / "demo", smallOptions(), control);
    QCOMPARE(result.sites.size(), std::size_t(6));
    QCOMPARE(result.hidden.size(), std::size_t(6));
    QCOMPARE(result.filesImported, std::int64_t(3 * 6 + 1 + 1));
    QVERIFY(result.rowsImported > 6 * 700);
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), 1.0);
    for (double f : progress)
        QVERIFY(f >= 0.0 && f <= 1.0);

    // Sites: as generated, labelled synthetic.
    const std::vector<Site> cached = cache.sites();
    QCOMPARE(cached.size(), std::size_t(6));
    const DemoPlan plan = planDemoWorld(smallOptions());
    for (std::size_t i = 0; i < 6; ++i) {
        const Site& s = cached[i];
        QCOMPARE(s.id, result.sites[i].id);
        QCOMPARE(s.network, std::string("synthetic demo"));
        QVERIFY(s.name.find("Synthetic") != std::string::npos);
        QCOMPARE(static_cast<int>(s.igbp), static_cast<int>(result.sites[i].igbp));
        QCOMPARE(static_cast<int>(s.koppen), static_cast<int>(result.sites[i].koppen));
        QVERIFY(std::abs(s.lat_deg - result.sites[i].lat_deg) < 1e-9);

        // Daily values read back equal what the generator made.
        const DemoSiteData generated = generateDemoSite(plan, i);
        const DailyTable flux = cache.loadDaily(s.id, DailyKind::Flux);
        QVERIFY(!flux.dayNumbers.empty());
        const auto gppColumn = columnIndex(flux, var::GPP_NT_VUT_USTAR50);
        const auto neeColumn = columnIndex(flux, var::NEE_VUT_USTAR50);
        int compared = 0;
        for (std::size_t r = 0; r < flux.dayNumbers.size(); ++r) {
            const auto k =
                static_cast<std::size_t>(flux.dayNumbers[r] - generated.daily.firstDayNumber);
            const double expected = generated.daily.gppNt[k];
            const double got = flux.columns[gppColumn][r];
            QCOMPARE(std::isnan(got), std::isnan(expected));
            if (!std::isnan(got)) {
                QVERIFY(std::abs(got - expected) < 1e-9);
                QVERIFY(std::abs(flux.columns[neeColumn][r] - generated.daily.neeObserved[k]) <
                        1e-9);
                ++compared;
            }
        }
        QVERIFY(compared > 300);
        const DailyTable era5 = cache.loadDaily(s.id, DailyKind::Reanalysis);
        QCOMPARE(era5.dayNumbers.size(), std::size_t(731));
        const auto t2m = columnIndex(era5, var::t2m_degC);
        QVERIFY(std::abs(era5.columns[t2m][100] - generated.daily.airTemp_degC[100]) < 1e-6);
        const DailyTable modis = cache.loadDaily(s.id, DailyKind::RemoteSensing);
        QCOMPARE(modis.dayNumbers.size(), std::size_t(731));
    }

    // The reference product, stored under its name, daily means of the sub-daily steps.
    const auto products = cache.referenceProducts();
    QVERIFY(std::find(products.begin(), products.end(), kReferenceProductName) != products.end());
    const DailyTable ref =
        cache.loadDaily(cached[0].id, DailyKind::Reference, kReferenceProductName);
    QCOMPARE(ref.dayNumbers.size(), std::size_t(731));
    const auto gpp = columnIndex(ref, var::GPP), reco = columnIndex(ref, var::RECO),
               nee = columnIndex(ref, var::NEE);
    double annualGpp = 0;
    for (std::size_t r = 0; r < ref.dayNumbers.size(); ++r) {
        QVERIFY(std::abs(ref.columns[nee][r] - (ref.columns[reco][r] - ref.columns[gpp][r])) <
                1e-4);
        annualGpp += ref.columns[gpp][r] / 2.0;
    }
    QVERIFY(annualGpp >= 0 && annualGpp < 5000);
}

void TestDemoWorld::cancelStopsIt() {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    Cache cache = Cache::open((root / "cache.sqlite").string());
    std::atomic<bool> cancel{false};
    DemoJobControl control;
    control.cancel = &cancel;
    control.progress = [&](double f) {
        if (f > 0.3)
            cancel = true;
    };
    QVERIFY_THROWS_EXCEPTION(DemoCancelled,
                             openDemoWorld(cache, root / "demo", smallOptions(), control));
    // What was imported before the cancel is intact; the reference never got in.
    QVERIFY(cache.referenceProducts().empty());
    QVERIFY(cache.integrityCheck() == "ok");
}

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demo_world.moc"
