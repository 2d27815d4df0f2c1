#include "demo/demo_generator.h"

#include "common/dates.h"
#include "demo/demo_ecosystem.h"
#include "demo/demo_physics.h"
#include "demo/demo_random.h"
#include "demo/demo_vegetation.h"
#include "demo/demo_weather.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kSpinUpDays = 365;
constexpr double kSecondsPerDay = 86400.0;

enum Stream : std::uint64_t {
    kPlacementStream = 1,
    kWeatherStream = 2,
    kVegetationStream = 3,
    kTowerStream = 4,
    kModisStream = 5,
    kGridWeatherStream = 6,
    kGridVegetationStream = 7,
    kGridTowerStream = 8,
    kGridModisStream = 9
};

double quantizeMicro(double value) {
    return static_cast<double>(std::llround(value * 1e6)) / 1e6;
}

Day dayOf(int year, unsigned month, unsigned day) {
    return Day{std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                           std::chrono::day{day}}};
}

// Sites per region by the largest-remainder rule, so every region with enough weight is present
// whatever the seed.
std::vector<int> allocateSites(int siteCount) {
    const auto regions = demoRegions();
    double total = 0;
    for (const auto& r : regions)
        total += r.weight;
    std::vector<int> counts(regions.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const double exact = siteCount * regions[i].weight / total;
        counts[i] = static_cast<int>(std::floor(exact));
        assigned += counts[i];
        remainders.emplace_back(exact - counts[i], i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < siteCount; ++k, ++assigned)
        ++counts[remainders[k % remainders.size()].second];
    return counts;
}

PlannedSite placeSite(const DemoRegion& region, std::size_t regionIndex, const DemoOptions& o,
                      DemoRandom& random) {
    PlannedSite p;
    p.regionIndex = regionIndex;
    p.lat_deg = quantize(random.uniform(region.latMin_deg, region.latMax_deg), 1e-4);
    p.lon_deg = quantize(random.uniform(region.lonMin_deg, region.lonMax_deg), 1e-4);
    const double equatorward = std::abs(region.latMin_deg) < std::abs(region.latMax_deg)
                                   ? region.latMin_deg
                                   : region.latMax_deg;
    const double poleward =
        equatorward == region.latMin_deg ? region.latMax_deg : region.latMin_deg;
    const double f = (p.lat_deg - equatorward) / (poleward - equatorward);
    p.elevation_m = std::round(random.uniform(region.elevMin_m, region.elevMax_m));
    p.meanTemp_degC = region.meanTempEquatorward_degC +
                      f * (region.meanTempPoleward_degC - region.meanTempEquatorward_degC) +
                      0.6 * random.normal() - 0.0065 * (p.elevation_m - region.elevMin_m);
    p.amplitude_degC = random.uniform(region.amplitudeMin_degC, region.amplitudeMax_degC);
    p.precip_mm_y = random.uniform(region.precipMin_mm_y, region.precipMax_mm_y);
    p.regime = region.regime;
    p.rainSeasonality = random.uniform(region.seasonalityMin, region.seasonalityMax);
    p.humidity = std::clamp(region.humidity + 0.04 * random.normal(), 0.15, 0.9);
    p.windMean_m_s = random.uniform(1.0, 4.5);
    p.windDirection_rad = random.uniform(0.0, 2.0 * kPi);
    const int span = o.lastYear - o.firstYear + 1;
    p.recordFirstYear = o.firstYear;
    p.recordLastYear = o.lastYear;
    if (span >= 6 && random.chance(0.45))
        p.recordFirstYear =
            o.firstYear + 1 + static_cast<int>(random.uniform() * (span - 4)); // >= 3 years left
    if (span >= 6 && random.chance(0.2))
        p.recordLastYear = std::max(p.recordFirstYear + 2,
                                    o.lastYear - 1 - static_cast<int>(random.uniform() * 3));
    return p;
}

HiddenParameters drawHiddenParameters(const VegetationClassParameters& v, DemoRandom& random) {
    HiddenParameters h;
    const double densityRank = random.uniform();
    h.canopyDensity = v.canopyDensityMin + densityRank * (v.canopyDensityMax - v.canopyDensityMin);
    h.lightUseEfficiency_gC_MJ =
        v.lightUseEfficiency_gC_MJ * (0.7 + 0.6 * densityRank) * (1.0 + 0.04 * random.normal());
    const double soilRank = random.uniform();
    h.soilWaterCapacity_mm = 60.0 + 240.0 * soilRank;
    h.respirationToGpp = v.respirationToGpp * (0.85 + 0.3 * soilRank);
    h.soilOrganicIndex = random.uniform();
    h.temperatureSensitivityE0_K =
        308.56 * (0.55 + 0.9 * h.soilOrganicIndex) * (1.0 + 0.04 * random.normal());
    h.growthRespirationFraction = v.growthRespirationFraction;
    return h;
}

// Spectra of green canopy, dry bare soil and snow for MOD09GA bands 1..7 (620-670, 841-876,
// 459-479, 545-565, 1230-1250, 1628-1652, 2105-2155 nm).
constexpr std::array<double, 7> kVegetationSpectrum{0.03, 0.45, 0.02, 0.07, 0.42, 0.22, 0.10};
constexpr std::array<double, 7> kSoilSpectrum{0.20, 0.27, 0.12, 0.16, 0.32, 0.37, 0.33};
constexpr std::array<double, 7> kSnowSpectrum{0.85, 0.80, 0.90, 0.88, 0.25, 0.06, 0.04};

} // namespace

void validateOptions(const DemoOptions& o) {
    if (o.siteCount < 1 || o.siteCount > 999)
        throw std::invalid_argument("the demo world needs 1 to 999 sites");
    if (o.firstYear < 1950 || o.lastYear > 2100 || o.lastYear < o.firstYear)
        throw std::invalid_argument("the demo years must be a span within 1950-2100");
}

int spanFirstDayNumber(const DemoOptions& o) {
    return toDayNumber(dayOf(o.firstYear, 1, 1));
}

int spanDayCount(const DemoOptions& o) {
    return toDayNumber(dayOf(o.lastYear, 12, 31)) - spanFirstDayNumber(o) + 1;
}

DemoPlan planDemoWorld(const DemoOptions& options) {
    validateOptions(options);
    DemoPlan plan;
    plan.options = options;
    DemoRandom random(DemoRandom::streamSeed(options.seed, kPlacementStream));
    const auto regions = demoRegions();
    const std::vector<int> counts = allocateSites(options.siteCount);
    for (std::size_t r = 0; r < regions.size(); ++r)
        for (int k = 0; k < counts[r]; ++k)
            plan.sites.push_back(placeSite(regions[r], r, options, random));
    // Shuffle so that site numbers say nothing about the region.
    for (std::size_t i = plan.sites.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(random.uniform() * static_cast<double>(i));
        std::swap(plan.sites[i - 1], plan.sites[std::min(j, i - 1)]);
    }
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "ZZ-%03zu", i + 1);
        plan.sites[i].id = id;
    }
    return plan;
}

SiteStreams siteStreams(std::uint64_t seed, std::size_t siteIndex) {
    return {DemoRandom::streamSeed(seed, kWeatherStream, siteIndex),
            DemoRandom::streamSeed(seed, kVegetationStream, siteIndex),
            DemoRandom::streamSeed(seed, kTowerStream, siteIndex),
            DemoRandom::streamSeed(seed, kModisStream, siteIndex)};
}

SiteStreams gridPixelStreams(std::uint64_t seed, std::uint64_t pixelKey) {
    return {DemoRandom::streamSeed(seed, kGridWeatherStream, pixelKey),
            DemoRandom::streamSeed(seed, kGridVegetationStream, pixelKey),
            DemoRandom::streamSeed(seed, kGridTowerStream, pixelKey),
            DemoRandom::streamSeed(seed, kGridModisStream, pixelKey)};
}

DemoSiteData generateDemoSite(const DemoPlan& plan, std::size_t siteIndex) {
    const DemoOptions& o = plan.options;
    return simulatePlace(plan.sites.at(siteIndex), spanFirstDayNumber(o), spanDayCount(o),
                         siteStreams(o.seed, siteIndex));
}

DemoSiteData simulatePlace(const PlannedSite& p, int firstDay, int spanDays,
                           const SiteStreams& streams) {
    DemoRandom weatherRandom(streams.weather);
    DemoRandom vegetationRandom(streams.vegetation);
    DemoRandom towerRandom(streams.tower);
    DemoRandom modisRandom(streams.modis);

    const int days = spanDays + kSpinUpDays;
    const Weather w = generateWeather(p, firstDay - kSpinUpDays, days, weatherRandom);

    DemoSiteData out;
    out.plan = p;
    out.climate = monthlyClimate(w, kSpinUpDays, days);
    Site& site = out.site;
    site.id = p.id;
    site.name = "Synthetic demo tower " + p.id.substr(3) + " (" +
                std::string(demoRegions()[p.regionIndex].name) + ")";
    site.lat_deg = p.lat_deg;
    site.lon_deg = p.lon_deg;
    site.elevation_m = p.elevation_m;
    site.koppen = classifyKoppen(out.climate, p.lat_deg);
    site.koppen_source = KoppenSource::Climate; // from the generator's 30-year climate
    site.igbp = chooseIgbpForClimate(site.koppen, p.lon_deg, vegetationRandom);
    site.network = "synthetic demo";
    site.source = "FluxLens demo generator";

    const VegetationClassParameters& v = vegetationParameters(site.igbp);
    HiddenParameters& h = out.hidden;
    h = drawHiddenParameters(v, vegetationRandom);
    const double soilBrightness = 1.3 - 0.6 * h.soilOrganicIndex;
    const double thetaWilting = 0.05 + 0.05 * (h.soilWaterCapacity_mm - 60.0) / 240.0;
    const double thetaField = 0.22 + 0.22 * (h.soilWaterCapacity_mm - 60.0) / 240.0;
    const bool wetland = site.igbp == IgbpClass::WET;

    // Water, snow, phenology and GPP, day by day (spin-up year included, dropped below).
    EcosystemDrivers drivers;
    drivers.lat_deg = p.lat_deg;
    drivers.elevation_m = p.elevation_m;
    drivers.dayOfYear = w.doy;
    drivers.airTemp_degC = w.t;
    drivers.shortwave_MJ_m2_d = w.sw_MJ;
    drivers.vpd_hPa = w.vpd;
    drivers.precip_mm = w.precip;
    drivers.vapourPressure_hPa = w.ea;
    const EcosystemSeries eco = runEcosystem(drivers, v, h, wetland);
    const auto& gpp = eco.gpp_gC_m2_d;
    const auto& relWater = eco.relativeSoilWater;
    const auto& fapar = eco.fapar;
    const auto& snowPack = eco.snow_mm;
    const auto& le = eco.latentHeat_W_m2;
    const auto& hFlux = eco.sensibleHeat_W_m2;
    // Reference respiration from the long-term balance RECO = rho * GPP over the span.
    h.referenceRespiration_gC_m2_d =
        balancedReferenceRespiration(drivers, eco, h, kSpinUpDays, static_cast<std::size_t>(days));

    DemoDailySeries& d = out.daily;
    d.firstDayNumber = firstDay;
    auto reserveAll = [&](auto&... vectors) { (vectors.assign(spanDays, kNaN), ...); };
    reserveAll(d.airTemp_degC, d.dewPoint_degC, d.shortwave_W_m2, d.vpd_hPa, d.precip_mm,
               d.soilWater_m3_m3, d.windU_m_s, d.windV_m_s, d.relativeSoilWater, d.fapar, d.snow_mm,
               d.gppTrue, d.recoTrue, d.latentHeatTrue_W_m2, d.sensibleHeatTrue_W_m2, d.gppNt,
               d.gppDt, d.recoNt, d.neeObserved, d.neeQc, d.latentHeat_W_m2, d.sensibleHeat_W_m2,
               d.cloudFraction);
    for (auto& band : d.reflectance)
        band.assign(spanDays, kNaN);

    int gapDaysLeft = 0;
    double qcAnomaly = 0;
    const double siteQuality = towerRandom.uniform(0.0, 0.12);
    for (int k = 0; k < spanDays; ++k) {
        const int i = k + kSpinUpDays;
        d.airTemp_degC[k] = w.t[i];
        d.dewPoint_degC[k] = w.tdew[i];
        d.shortwave_W_m2[k] = w.sw_MJ[i] * 1e6 / kSecondsPerDay;
        d.shortwave_W_m2[k] = quantize(d.shortwave_W_m2[k], 0.01);
        d.vpd_hPa[k] = w.vpd[i];
        d.precip_mm[k] = w.precip[i];
        d.windU_m_s[k] = w.windU[i];
        d.windV_m_s[k] = w.windV[i];
        d.cloudFraction[k] = w.cloud[i];
        d.relativeSoilWater[k] = relWater[i];
        d.soilWater_m3_m3[k] =
            quantize(thetaWilting + (thetaField - thetaWilting) * relWater[i], 1e-4);
        d.fapar[k] = fapar[i];
        d.snow_mm[k] = snowPack[i];
        d.gppTrue[k] = gpp[i];
        d.recoTrue[k] = ecosystemRespiration(w.t[i], relWater[i], gpp[i], h);
        d.latentHeatTrue_W_m2[k] = le[i];
        d.sensibleHeatTrue_W_m2[k] = hFlux[i];

        // Tower: continuous QC, noisier NEE on low-QC days, NT partitioning, gaps.
        const int year = w.year[i];
        if (year >= p.recordFirstYear && year <= p.recordLastYear) {
            qcAnomaly = 0.7 * qcAnomaly + 0.06 * towerRandom.normal();
            if (gapDaysLeft == 0 && towerRandom.chance(0.003))
                gapDaysLeft = 1 + static_cast<int>(towerRandom.exponential(10.0));
            const double n1 = towerRandom.normal(), n2 = towerRandom.normal(),
                         n3 = towerRandom.normal(), n4 = towerRandom.normal(),
                         n5 = towerRandom.normal(), n6 = towerRandom.normal();
            if (gapDaysLeft > 0) {
                --gapDaysLeft;
            } else {
                const double qc =
                    quantize(std::clamp(0.95 - siteQuality - 0.3 * (w.wet[i] ? 1.0 : 0.0) -
                                            0.2 * (w.t[i] < -5.0 ? 1.0 : 0.0) + qcAnomaly,
                                        0.0, 1.0),
                             1e-3);
                const double gppT = d.gppTrue[k], recoT = d.recoTrue[k];
                const double sigma = (0.1 + 0.06 * recoT + 0.04 * gppT) * (0.5 + 3.0 * (1.0 - qc));
                const double nee = quantizeMicro(recoT - gppT + sigma * n1);
                const double reco = quantizeMicro(std::max(0.0, recoT * (1.0 + 0.06 * n2)));
                d.neeQc[k] = qc;
                d.neeObserved[k] = nee;
                d.recoNt[k] = reco;
                d.gppNt[k] = quantizeMicro(reco - nee);
                d.gppDt[k] =
                    quantizeMicro(std::max(0.0, gppT * (1.0 + 0.05 * n3) + 0.3 * sigma * n4));
                d.latentHeat_W_m2[k] = quantize(le[i] * (1.0 + 0.05 * n5), 1e-3);
                d.sensibleHeat_W_m2[k] = quantize(hFlux[i] + 5.0 * n6, 1e-3);
            }
        }

        // MODIS: canopy, soil (darker when wet or organic-rich) and snow, mixed; clouds hide it.
        const double cloud = w.cloud[i];
        const bool obscured = modisRandom.chance(std::clamp(1.1 * cloud, 0.03, 0.97));
        const double cover = std::min(1.0, fapar[i] / 0.95);
        const double snowCover = std::min(1.0, snowPack[i] / 40.0) * (1.0 - 0.7 * cover);
        const double soilFactor = soilBrightness * (1.0 - 0.3 * relWater[i]);
        for (std::size_t b = 0; b < 7; ++b) {
            const double noise = modisRandom.normal();
            if (obscured)
                continue;
            const double r = (1.0 - snowCover) * (cover * kVegetationSpectrum[b] +
                                                  (1.0 - cover) * kSoilSpectrum[b] * soilFactor) +
                             snowCover * kSnowSpectrum[b];
            d.reflectance[b][k] =
                quantize(std::clamp(r + (0.004 + 0.02 * r) * noise, 0.0001, 1.0), 1e-4);
        }
    }
    return out;
}

} // namespace fluxlens::demo
