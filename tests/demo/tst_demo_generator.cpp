// The demo generator's science and determinism, checked on the generated series themselves.
#include "common/dates.h"
#include "demo/demo_generator.h"
#include "demo/demo_writers.h"
#include "geo/koppen.h"
#include "geo/koppen_classifier.h"
#include "geo/land_polygons.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::demo;

namespace {
std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double annualMean(const std::vector<double>& daily) {
    return std::accumulate(daily.begin(), daily.end(), 0.0) /
           (static_cast<double>(daily.size()) / 365.25);
}

bool isBoreal(KoppenClass k) {
    using K = KoppenClass;
    return k == K::Dfc || k == K::Dfd || k == K::Dwc || k == K::Dwd || k == K::Dsc || k == K::Dsd;
}

bool isForest(IgbpClass c) {
    return c == IgbpClass::ENF || c == IgbpClass::DNF || c == IgbpClass::MF ||
           c == IgbpClass::EBF || c == IgbpClass::DBF;
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

// Even-odd rule over every ring: inside an odd number of rings means land (a hole flips it back).
bool onLand(const LandPolygons& land, double lon, double lat) {
    bool inside = false;
    for (const Ring& ring : land.rings) {
        const auto& p = ring.lonLat;
        for (std::size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
            if ((p[i].y > lat) != (p[j].y > lat) &&
                lon < (p[j].x - p[i].x) * (lat - p[i].y) / (p[j].y - p[i].y) + p[i].x)
                inside = !inside;
        }
    }
    return inside;
}

// The default world, generated once for the tests that look at all of it.
struct DefaultWorld {
    DemoPlan plan = planDemoWorld(DemoOptions{});
    std::vector<DemoSiteData> sites;
    DefaultWorld() {
        for (std::size_t i = 0; i < plan.sites.size(); ++i)
            sites.push_back(generateDemoSite(plan, i));
    }
};
const DefaultWorld& defaultWorld() {
    static const DefaultWorld world;
    return world;
}
} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void sameSeedSameFiles();
    void differentSeedDifferentWorld();
    void threadsDoNotChangeFiles();
    void siteIdsAndSpan();
    void coversClimatesAndLandCoverWithNetworkBias();
    void sitesStandOnLand();
    void koppenComesFromGeneratedClimate();
    void annualGppPerBiome();
    void carbonBalanceIsExact();
    void lowQcDaysAreNoisier();
    void hiddenParametersVaryWithinClassAndShowInDrivers();
    void driversArePlausible();
};

void TestDemoGenerator::rejectsBadOptions_data() {
    QTest::addColumn<int>("sites");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");
    QTest::newRow("no sites") << 0 << 2001 << 2002;
    QTest::newRow("too many sites") << 1000 << 2001 << 2002;
    QTest::newRow("reversed years") << 5 << 2005 << 2001;
    QTest::newRow("far past") << 5 << 1800 << 1801;
}

void TestDemoGenerator::rejectsBadOptions() {
    QFETCH(int, sites);
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);
    DemoOptions o;
    o.siteCount = sites;
    o.firstYear = firstYear;
    o.lastYear = lastYear;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, planDemoWorld(o));
}

void TestDemoGenerator::sameSeedSameFiles() {
    DemoOptions o;
    o.siteCount = 6;
    o.firstYear = 2010;
    o.lastYear = 2012;
    o.seed = 42;
    QTemporaryDir a, b;
    const auto wa = writeDemoCsvFiles(planDemoWorld(o), a.path().toStdString());
    const auto wb = writeDemoCsvFiles(planDemoWorld(o), b.path().toStdString());
    QCOMPARE(wa.files, wb.files);
    QCOMPARE(wa.files.size(), std::size_t(2 + 3 * 6));
    for (const auto& f : wa.files) {
        const std::string x = readFile(std::filesystem::path(a.path().toStdString()) / f);
        QVERIFY2(!x.empty(), f.c_str());
        QVERIFY2(x == readFile(std::filesystem::path(b.path().toStdString()) / f), f.c_str());
    }
}

void TestDemoGenerator::differentSeedDifferentWorld() {
    DemoOptions o;
    o.siteCount = 4;
    o.firstYear = 2010;
    o.lastYear = 2011;
    const DemoPlan p1 = planDemoWorld(o);
    o.seed = 2;
    const DemoPlan p2 = planDemoWorld(o);
    QVERIFY(p1.sites[0].lat_deg != p2.sites[0].lat_deg);
    QVERIFY(fluxnetCsv(generateDemoSite(p1, 0)) != fluxnetCsv(generateDemoSite(p2, 0)));
    QVERIFY(era5LandCsv(generateDemoSite(p1, 1)) != era5LandCsv(generateDemoSite(p2, 1)));
}

void TestDemoGenerator::threadsDoNotChangeFiles() {
    DemoOptions o;
    o.siteCount = 5;
    o.firstYear = 2001;
    o.lastYear = 2002;
    QTemporaryDir a, b;
    const auto wa = writeDemoCsvFiles(planDemoWorld(o), a.path().toStdString(), {}, 1);
    writeDemoCsvFiles(planDemoWorld(o), b.path().toStdString(), {}, 3);
    for (const auto& f : wa.files)
        QVERIFY2(readFile(std::filesystem::path(a.path().toStdString()) / f) ==
                     readFile(std::filesystem::path(b.path().toStdString()) / f),
                 f.c_str());
}

void TestDemoGenerator::siteIdsAndSpan() {
    const auto& w = defaultWorld();
    QCOMPARE(w.sites.size(), std::size_t(120));
    std::set<std::string> ids;
    for (const auto& s : w.sites) {
        QVERIFY(s.site.id.size() == 6 && s.site.id.rfind("ZZ-", 0) == 0);
        ids.insert(s.site.id);
        QCOMPARE(s.site.network, std::string("synthetic demo"));
        QVERIFY(s.site.name.find("Synthetic") != std::string::npos);
        QCOMPARE(s.daily.size(), std::size_t(7305)); // 2001-2020
        QVERIFY(s.plan.recordFirstYear >= 2001 && s.plan.recordLastYear <= 2020);
        QVERIFY(s.plan.recordLastYear - s.plan.recordFirstYear >= 2);
    }
    QCOMPARE(ids.size(), std::size_t(120));
}

void TestDemoGenerator::coversClimatesAndLandCoverWithNetworkBias() {
    const auto& w = defaultWorld();
    std::map<char, int> groups;
    std::set<IgbpClass> igbp;
    for (const auto& s : w.sites) {
        ++groups[koppenMainGroup(s.site.koppen)];
        igbp.insert(s.site.igbp);
    }
    for (char g : std::string("ABCDE"))
        QVERIFY2(groups[g] > 0, std::string(1, g).c_str());
    QVERIFY2(igbp.size() >= 10, std::to_string(igbp.size()).c_str());
    // Real networks: most towers temperate or boreal, few tropical or arid.
    QVERIFY(groups['C'] + groups['D'] >= 72);
    QVERIFY(groups['A'] <= 15);
    QVERIFY(groups['B'] <= 18);
    QVERIFY(groups['C'] + groups['D'] > 3 * (groups['A'] + groups['B']) / 2);
}

void TestDemoGenerator::sitesStandOnLand() {
    const std::string path = defaultLandPolygonPath();
    if (!std::filesystem::exists(path))
        QSKIP("GSHHS land polygons not installed");
    const LandPolygons land = readLandPolygons(path);
    for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
        DemoOptions o;
        o.seed = seed;
        o.siteCount = 300;
        for (const auto& p : planDemoWorld(o).sites)
            QVERIFY2(
                onLand(land, p.lon_deg, p.lat_deg),
                (p.id + " " + std::to_string(p.lat_deg) + "," + std::to_string(p.lon_deg)).c_str());
    }
    // The test itself can tell sea from land.
    QVERIFY(!onLand(land, -30.0, 40.0));
    QVERIFY(onLand(land, 10.0, 50.0));
}

void TestDemoGenerator::koppenComesFromGeneratedClimate() {
    for (const auto& s : defaultWorld().sites) {
        // The monthly climate recomputed here from the daily series...
        std::array<double, 12> tSum{}, tCount{}, pSum{};
        for (std::size_t k = 0; k < s.daily.size(); ++k) {
            const int m = monthOf(fromDayNumber(s.daily.firstDayNumber + static_cast<int>(k))) - 1;
            tSum[m] += s.daily.airTemp_degC[k];
            tCount[m] += 1;
            pSum[m] += s.daily.precip_mm[k];
        }
        MonthlyClimate c;
        for (int m = 0; m < 12; ++m) {
            c.temperature_degC[m] = tSum[m] / tCount[m];
            c.precipitation_mm[m] = pSum[m] / 20.0;
            QVERIFY(std::abs(c.temperature_degC[m] - s.climate.temperature_degC[m]) < 1e-9);
            QVERIFY(std::abs(c.precipitation_mm[m] - s.climate.precipitation_mm[m]) < 1e-9);
        }
        // ...classifies to the site's class.
        QCOMPARE(koppenCode(classifyKoppen(c, s.site.lat_deg)), koppenCode(s.site.koppen));
        QCOMPARE(s.site.koppen_source, KoppenSource::Climate);
    }
}

void TestDemoGenerator::annualGppPerBiome() {
    std::vector<double> tropical, boreal, desert;
    for (const auto& s : defaultWorld().sites) {
        const double gpp = annualMean(s.daily.gppTrue);
        const char group = koppenMainGroup(s.site.koppen);
        if (group == 'A' && s.site.igbp == IgbpClass::EBF)
            tropical.push_back(gpp);
        if (isBoreal(s.site.koppen) && isForest(s.site.igbp))
            boreal.push_back(gpp);
        const auto code = koppenCode(s.site.koppen);
        if ((code == "BWh" || code == "BWk") && s.site.igbp == IgbpClass::OSH)
            desert.push_back(gpp);
    }
    auto mean = [](const std::vector<double>& v) {
        return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    };
    QVERIFY(tropical.size() >= 3 && boreal.size() >= 8 && desert.size() >= 3);
    qInfo("annual GPP (gC m-2 y-1): tropical EBF %.0f (n=%zu), boreal forest %.0f (n=%zu), "
          "desert shrubland %.0f (n=%zu)",
          mean(tropical), tropical.size(), mean(boreal), boreal.size(), mean(desert),
          desert.size());
    QVERIFY(mean(tropical) >= 2500 && mean(tropical) <= 3800);
    QVERIFY(mean(boreal) >= 500 && mean(boreal) <= 1200);
    for (double g : tropical)
        QVERIFY(g > 1500 && g < 4500);
    for (double g : boreal)
        QVERIFY(g > 250 && g < 1500);
    for (double g : desert)
        QVERIFY(g < 300);
}

void TestDemoGenerator::carbonBalanceIsExact() {
    int rows = 0, gaps = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        const auto& s = defaultWorld().sites[i];
        std::istringstream in(fluxnetCsv(s));
        std::string line;
        std::getline(in, line);
        while (std::getline(in, line)) {
            std::vector<std::string> f;
            std::stringstream ls(line);
            for (std::string cell; std::getline(ls, cell, ',');)
                f.push_back(cell);
            QCOMPARE(f.size(), std::size_t(14));
            if (f[8] == "-9999") {
                ++gaps;
                QCOMPARE(f[5], std::string("-9999"));
                QCOMPARE(f[7], std::string("-9999"));
                continue;
            }
            // Exact decimal arithmetic on the printed digits: millionths as integers.
            auto micro = [](std::string t) {
                t.erase(std::remove(t.begin(), t.end(), '.'), t.end());
                return std::stoll(t);
            };
            QCOMPARE(f[5].size() - f[5].find('.'), std::size_t(7)); // six decimals
            QCOMPARE(micro(f[7]) - micro(f[5]), micro(f[8]));
            QCOMPARE(f[10], f[8]);
            const double qc = std::stod(f[9]);
            QVERIFY(qc >= 0.0 && qc <= 1.0);
            ++rows;
        }
    }
    QVERIFY(rows > 10000);
    QVERIFY(gaps > 0);
}

void TestDemoGenerator::lowQcDaysAreNoisier() {
    double lowSum = 0, highSum = 0;
    int lowCount = 0, highCount = 0;
    for (std::size_t i = 0; i < 20; ++i) {
        const auto& d = defaultWorld().sites[i].daily;
        for (std::size_t k = 0; k < d.size(); ++k) {
            if (std::isnan(d.neeQc[k]))
                continue;
            const double error = std::abs(d.neeObserved[k] - (d.recoTrue[k] - d.gppTrue[k]));
            if (d.neeQc[k] < 0.5) {
                lowSum += error;
                ++lowCount;
            } else if (d.neeQc[k] > 0.8) {
                highSum += error;
                ++highCount;
            }
        }
    }
    QVERIFY(lowCount > 100 && highCount > 100);
    QVERIFY(lowSum / lowCount > 1.5 * highSum / highCount);
}

void TestDemoGenerator::hiddenParametersVaryWithinClassAndShowInDrivers() {
    std::map<IgbpClass, std::vector<double>> epsByClass;
    std::vector<double> density, peakContrast;
    for (const auto& s : defaultWorld().sites) {
        epsByClass[s.site.igbp].push_back(s.hidden.lightUseEfficiency_gC_MJ);
        if (!isForest(s.site.igbp))
            continue;
        // The 95th percentile of NIR - red over the record: the canopy's peak greenness.
        std::vector<double> contrast;
        for (std::size_t k = 0; k < s.daily.size(); ++k)
            if (!std::isnan(s.daily.reflectance[1][k]))
                contrast.push_back(s.daily.reflectance[1][k] - s.daily.reflectance[0][k]);
        std::sort(contrast.begin(), contrast.end());
        density.push_back(s.hidden.canopyDensity);
        peakContrast.push_back(contrast[contrast.size() * 95 / 100]);
    }
    for (const auto& [igbp, eps] : epsByClass) {
        if (eps.size() < 8)
            continue;
        const auto [lo, hi] = std::minmax_element(eps.begin(), eps.end());
        QVERIFY2(*hi / *lo > 1.4, std::string(igbpCode(igbp)).c_str());
    }
    const double r = correlation(density, peakContrast);
    qInfo("forest sites: correlation of canopy density with peak NIR-red contrast %.2f", r);
    QVERIFY(r > 0.5);

    // E0 shows through the soil's brightness (SWIR band 7 on snow-free clear days), the soil's
    // water capacity through the wettest soil-water levels.
    std::vector<double> e0, brightSwir, capacity, wettest;
    for (const auto& s : defaultWorld().sites) {
        std::vector<double> swir, water(s.daily.soilWater_m3_m3);
        for (std::size_t k = 0; k < s.daily.size(); ++k)
            if (!std::isnan(s.daily.reflectance[6][k]) && s.daily.snow_mm[k] < 1.0)
                swir.push_back(s.daily.reflectance[6][k]);
        std::sort(swir.begin(), swir.end());
        std::sort(water.begin(), water.end());
        e0.push_back(s.hidden.temperatureSensitivityE0_K);
        brightSwir.push_back(swir[swir.size() * 95 / 100]);
        capacity.push_back(s.hidden.soilWaterCapacity_mm);
        wettest.push_back(water[water.size() * 99 / 100]);
    }
    const double rE0 = correlation(e0, brightSwir), rCapacity = correlation(capacity, wettest);
    qInfo("all sites: correlation of E0 with bright SWIR %.2f, of soil water capacity with the "
          "wettest soil water %.2f",
          rE0, rCapacity);
    QVERIFY(rE0 < -0.35);
    QVERIFY(rCapacity > 0.6);
}

void TestDemoGenerator::driversArePlausible() {
    for (const auto& s : defaultWorld().sites) {
        const auto& d = s.daily;
        for (std::size_t k = 0; k < d.size(); ++k) {
            QVERIFY(d.airTemp_degC[k] > -65 && d.airTemp_degC[k] < 55);
            QVERIFY(d.shortwave_W_m2[k] >= 0 && d.shortwave_W_m2[k] < 450);
            QVERIFY(d.vpd_hPa[k] >= 0 && d.vpd_hPa[k] < 90);
            QVERIFY(d.precip_mm[k] >= 0 && d.precip_mm[k] < 400);
            QVERIFY(d.dewPoint_degC[k] <= d.airTemp_degC[k] + 1e-9);
            QVERIFY(d.soilWater_m3_m3[k] > 0 && d.soilWater_m3_m3[k] < 0.6);
            QVERIFY(d.gppTrue[k] >= 0 && d.recoTrue[k] >= 0);
        }
        // Shortwave follows top-of-atmosphere radiation: July brighter than January away from
        // the tropics (the other way round in the south).
        if (std::abs(s.site.lat_deg) > 40) {
            const bool north = s.site.lat_deg > 0;
            double summer = 0, winter = 0;
            for (std::size_t k = 160; k < 220; ++k)
                (north ? summer : winter) += d.shortwave_W_m2[k];
            for (std::size_t k = 0; k < 30; ++k)
                (north ? winter : summer) += d.shortwave_W_m2[k];
            QVERIFY(summer / 60.0 > 2.0 * winter / 30.0);
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
