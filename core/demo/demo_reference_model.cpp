#include "demo/demo_reference_model.h"

#include "common/dates.h"
#include "demo/demo_ecosystem.h"
#include "demo/demo_physics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
constexpr double kPi = 3.14159265358979323846;

// Centred running mean over `window` days (shorter at the ends).
std::vector<double> smoothed(const std::vector<double>& x, int window) {
    const int n = static_cast<int>(x.size());
    const int half = window / 2;
    std::vector<double> out(x.size());
    for (int i = 0; i < n; ++i) {
        const int a = std::max(0, i - half), b = std::min(n - 1, i + half);
        double sum = 0;
        for (int j = a; j <= b; ++j)
            sum += x[static_cast<std::size_t>(j)];
        out[static_cast<std::size_t>(i)] = sum / (b - a + 1);
    }
    return out;
}

float toGrid(double value) {
    return static_cast<float>(std::round(value * 1024.0) / 1024.0);
}

HiddenParameters classMeanParameters(const VegetationClassParameters& v) {
    HiddenParameters h;
    h.canopyDensity = 0.5 * (v.canopyDensityMin + v.canopyDensityMax);
    h.lightUseEfficiency_gC_MJ = v.lightUseEfficiency_gC_MJ;
    h.soilWaterCapacity_mm = 180.0;
    h.respirationToGpp = v.respirationToGpp;
    h.soilOrganicIndex = 0.5;
    h.temperatureSensitivityE0_K = 308.56;
    h.growthRespirationFraction = v.growthRespirationFraction;
    return h;
}

struct ReferenceEcosystem {
    EcosystemSeries series;
    HiddenParameters parameters;
};

// Smooths the drivers over a week (the coarse product does not resolve single storms or cold
// nights), then runs the class-mean process model on them, its R_ref closing the balance over
// the whole period.
ReferenceEcosystem runReferenceEcosystem(EcosystemDrivers& d, IgbpClass igbp) {
    for (auto* v :
         {&d.airTemp_degC, &d.shortwave_MJ_m2_d, &d.vpd_hPa, &d.precip_mm, &d.vapourPressure_hPa})
        *v = smoothed(*v, 7);
    const VegetationClassParameters& v = vegetationParameters(igbp);
    ReferenceEcosystem out{{}, classMeanParameters(v)};
    out.series = runEcosystem(d, v, out.parameters, igbp == IgbpClass::WET);
    out.parameters.referenceRespiration_gC_m2_d =
        balancedReferenceRespiration(d, out.series, out.parameters, 0, d.airTemp_degC.size());
    return out;
}

// The air temperature `solarHour` hours into a day: a sine of range clamp(4 + 0.4 VPD, 4, 16) K
// peaking at 15 h.
double hourlyTemperature(double dailyMean_degC, double vpd_hPa, double solarHour) {
    const double dailyRange = std::clamp(4.0 + 0.4 * vpd_hPa, 4.0, 16.0);
    return dailyMean_degC + 0.5 * dailyRange * std::sin(2.0 * kPi * (solarHour - 9.0) / 24.0);
}
} // namespace

int referenceStepHours(const ReferenceOptions& options, int days) {
    if (options.stepHours != 0) {
        if (options.stepHours < 1 || 24 % options.stepHours != 0)
            throw std::invalid_argument("the reference time step must divide 24 hours");
        return options.stepHours;
    }
    for (int hours : {1, 2, 3, 4, 6, 8, 12})
        if (static_cast<long long>(days) * (24 / hours) <= kMaxReferenceSteps)
            return hours;
    return 24;
}

ReferenceGrid planReferenceGrid(const DemoPlan& plan, const std::vector<Site>& sites,
                                const ReferenceOptions& options) {
    const double cells = 180.0 / options.cellSize_deg;
    if (!(options.cellSize_deg > 0) || std::abs(cells - std::round(cells)) > 1e-9)
        throw std::invalid_argument("the reference cell size must divide 180 degrees");
    if (sites.size() != plan.sites.size())
        throw std::invalid_argument("the reference grid needs every site of the plan");
    ReferenceGrid grid;
    grid.options = options;
    grid.options.stepHours = referenceStepHours(options, spanDayCount(plan.options));
    grid.firstYear = plan.options.firstYear;
    grid.latCount = static_cast<int>(std::round(cells));
    grid.lonCount = 2 * grid.latCount;
    grid.stepsPerDay = 24 / grid.options.stepHours;
    grid.dayCount = spanDayCount(plan.options);
    std::map<std::pair<int, int>, ReferenceCell> byCell;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const int row = std::clamp(
            static_cast<int>(std::floor((plan.sites[i].lat_deg + 90.0) / options.cellSize_deg)), 0,
            grid.latCount - 1);
        const int col = std::clamp(
            static_cast<int>(std::floor((plan.sites[i].lon_deg + 180.0) / options.cellSize_deg)), 0,
            grid.lonCount - 1);
        ReferenceCell& c = byCell[{row, col}];
        c.latIndex = row;
        c.lonIndex = col;
        c.sites.push_back(i);
    }
    for (auto& [key, cell] : byCell) {
        std::map<int, int> votes;
        for (std::size_t i : cell.sites)
            ++votes[static_cast<int>(sites[i].igbp)];
        int best = 0, bestVotes = 0;
        for (const auto& [code, count] : votes)
            if (count > bestVotes) {
                best = code;
                bestVotes = count;
            }
        cell.igbp = static_cast<IgbpClass>(best);
        grid.cells.push_back(std::move(cell));
    }
    return grid;
}

ReferenceCellSeries computeReferenceCell(const DemoPlan& plan, const ReferenceGrid& grid,
                                         const ReferenceCell& cell) {
    // The cell's drivers: the mean of its sites' daily weather, smoothed over a week (the coarse
    // product does not resolve single storms or cold nights).
    const std::size_t days = static_cast<std::size_t>(grid.dayCount);
    EcosystemDrivers d;
    d.lat_deg = grid.latitude(cell.latIndex);
    d.airTemp_degC.assign(days, 0.0);
    d.shortwave_MJ_m2_d.assign(days, 0.0);
    d.vpd_hPa.assign(days, 0.0);
    d.precip_mm.assign(days, 0.0);
    d.vapourPressure_hPa.assign(days, 0.0);
    d.dayOfYear.resize(days);
    for (std::size_t s : cell.sites) {
        const DemoSiteData site = generateDemoSite(plan, s);
        const DemoDailySeries& x = site.daily;
        d.elevation_m += site.plan.elevation_m / static_cast<double>(cell.sites.size());
        for (std::size_t k = 0; k < days; ++k) {
            d.airTemp_degC[k] += x.airTemp_degC[k];
            d.shortwave_MJ_m2_d[k] += x.shortwave_W_m2[k] * 86400.0 / 1e6;
            d.vpd_hPa[k] += x.vpd_hPa[k];
            d.precip_mm[k] += x.precip_mm[k];
            d.vapourPressure_hPa[k] += saturationVapourPressure_hPa(x.dewPoint_degC[k]);
        }
    }
    const double n = static_cast<double>(cell.sites.size());
    for (auto* v :
         {&d.airTemp_degC, &d.shortwave_MJ_m2_d, &d.vpd_hPa, &d.precip_mm, &d.vapourPressure_hPa})
        for (double& value : *v)
            value /= n;
    const int firstDay = spanFirstDayNumber(plan.options);
    for (std::size_t k = 0; k < days; ++k) {
        d.dayOfYear[k] = dayOfYear(fromDayNumber(firstDay + static_cast<int>(k)));
    }
    const auto [eco, h] = runReferenceEcosystem(d, cell.igbp);

    // Sub-daily steps: GPP follows the sun (cosine of the zenith angle at the step's middle),
    // RECO follows a sinusoidal daily temperature cycle peaking at 15 h solar time.
    ReferenceCellSeries out;
    const std::size_t steps = grid.stepCount();
    out.gpp.resize(steps);
    out.reco.resize(steps);
    out.nee.resize(steps);
    const double lon = grid.longitude(cell.lonIndex);
    const int perDay = grid.stepsPerDay;
    const double stepHours = grid.options.stepHours;
    std::vector<double> sun(static_cast<std::size_t>(perDay)), solarHour(sun.size());
    for (std::size_t k = 0; k < days; ++k) {
        double sunSum = 0;
        for (int s = 0; s < perDay; ++s) {
            double hour = std::fmod((s + 0.5) * stepHours + lon / 15.0 + 48.0, 24.0);
            solarHour[static_cast<std::size_t>(s)] = hour;
            sun[static_cast<std::size_t>(s)] = cosSolarZenith(d.lat_deg, d.dayOfYear[k], hour);
            sunSum += sun[static_cast<std::size_t>(s)];
        }
        const double sunMean = sunSum / perDay;
        for (int s = 0; s < perDay; ++s) {
            const std::size_t i =
                k * static_cast<std::size_t>(perDay) + static_cast<std::size_t>(s);
            const double gpp = sunMean > 0
                                   ? eco.gpp_gC_m2_d[k] * sun[static_cast<std::size_t>(s)] / sunMean
                                   : eco.gpp_gC_m2_d[k];
            const double t = hourlyTemperature(d.airTemp_degC[k], d.vpd_hPa[k],
                                               solarHour[static_cast<std::size_t>(s)]);
            const double reco = ecosystemRespiration(t, eco.relativeSoilWater[k], gpp, h);
            out.gpp[i] = toGrid(gpp);
            out.reco[i] = toGrid(reco);
            out.nee[i] = out.reco[i] - out.gpp[i]; // exact: both are multiples of 2^-10
        }
    }
    return out;
}

ReferencePlaceSeries computeReferencePlace(const DemoDailySeries& x, std::size_t from,
                                           std::size_t count, double lat_deg, double elevation_m,
                                           IgbpClass igbp) {
    EcosystemDrivers d;
    d.lat_deg = lat_deg;
    d.elevation_m = elevation_m;
    for (std::size_t k = from; k < from + count; ++k) {
        d.dayOfYear.push_back(dayOfYear(fromDayNumber(x.firstDayNumber + static_cast<int>(k))));
        d.airTemp_degC.push_back(x.airTemp_degC[k]);
        d.shortwave_MJ_m2_d.push_back(x.shortwave_W_m2[k] * 86400.0 / 1e6);
        d.vpd_hPa.push_back(x.vpd_hPa[k]);
        d.precip_mm.push_back(x.precip_mm[k]);
        d.vapourPressure_hPa.push_back(saturationVapourPressure_hPa(x.dewPoint_degC[k]));
    }
    const auto [eco, h] = runReferenceEcosystem(d, igbp);
    ReferencePlaceSeries out;
    out.gpp.resize(count);
    out.reco.resize(count);
    for (std::size_t k = 0; k < count; ++k) {
        const double gpp = eco.gpp_gC_m2_d[k];
        double reco = 0;
        for (int hour = 0; hour < 24; ++hour)
            reco +=
                ecosystemRespiration(hourlyTemperature(d.airTemp_degC[k], d.vpd_hPa[k], hour + 0.5),
                                     eco.relativeSoilWater[k], gpp, h);
        out.gpp[k] = toGrid(gpp);
        out.reco[k] = toGrid(reco / 24.0);
    }
    return out;
}

} // namespace fluxlens::demo
