#include "demo/demo_grid_world.h"

#include "demo/demo_grid_place.h"
#include "demo/demo_physics.h"
#include "demo/demo_reference_model.h"

#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace fluxlens::demo {
namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr double kStefanBoltzmann = 5.670374419e-8;
constexpr double kSecondsPerDay = 86400.0;

std::vector<int> towerPixels(const DemoPlan& plan, const DemoGridOptions& g) {
    std::vector<int> towers(static_cast<std::size_t>(g.pixelCount()), -1);
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const PlannedSite& s = plan.sites[i];
        const double col = std::floor((s.lon_deg - g.west_deg) / g.resolution_deg);
        const double row = std::floor((g.north_deg - s.lat_deg) / g.resolution_deg);
        if (col < 0 || row < 0 || col >= g.columns() || row >= g.rows())
            continue;
        int& holder =
            towers[static_cast<std::size_t>(row) * g.columns() + static_cast<std::size_t>(col)];
        if (holder < 0)
            holder = static_cast<int>(i);
    }
    return towers;
}

void allocate(DemoGrid& out) {
    const std::size_t values = out.pixelCount() * static_cast<std::size_t>(out.dayCount);
    for (auto& v : out.drivers)
        v.assign(values, kNaN);
    for (auto& v : out.reflectance)
        v.assign(values, kModisFill);
    for (auto* v : {&out.gppTrue, &out.recoTrue, &out.gppReference, &out.recoReference})
        v->assign(values, kNaN);
    out.igbp.assign(out.pixelCount(), IgbpClass::WAT);
    out.koppen.assign(out.pixelCount(), KoppenClass::Unknown);
    out.elevation_m.assign(out.pixelCount(), kNaN);
}

// Fills one pixel's columns of every field (each pixel writes only its own elements).
void computePixel(const DemoPlan& plan, DemoGrid& out, std::size_t pixel) {
    const DemoGridOptions& g = out.grid;
    const int row = static_cast<int>(pixel) / g.columns(),
              col = static_cast<int>(pixel) % g.columns();
    const int tower = out.towerSite[pixel];
    DemoSiteData place;
    int from = 0;
    if (tower >= 0) {
        place = generateDemoSite(plan, static_cast<std::size_t>(tower));
        from = out.firstDayNumber - place.daily.firstDayNumber;
    } else {
        const double lat = g.latOfRow(row), lon = g.lonOfColumn(col);
        place = simulatePlace(
            gridPixelPlace(plan.options.seed, lat, lon), out.firstDayNumber, out.dayCount,
            gridPixelStreams(plan.options.seed, gridPixelKey(lat, lon, g.resolution_deg)));
    }
    out.igbp[pixel] = place.site.igbp;
    out.koppen[pixel] = place.site.koppen;
    out.elevation_m[pixel] = static_cast<float>(place.plan.elevation_m);
    const double pressure = surfacePressure_Pa(place.plan.elevation_m);
    const DemoDailySeries& x = place.daily;
    const ReferencePlaceSeries reference = computeReferencePlace(
        x, static_cast<std::size_t>(from), static_cast<std::size_t>(out.dayCount), g.latOfRow(row),
        place.plan.elevation_m, place.site.igbp);
    for (int day = 0; day < out.dayCount; ++day) {
        const std::size_t k = static_cast<std::size_t>(from + day);
        const std::size_t at = out.index(day, pixel);
        const double ea = saturationVapourPressure_hPa(x.dewPoint_degC[k]);
        out.drivers[kT2m][at] = static_cast<float>(x.airTemp_degC[k] + 273.15);
        out.drivers[kD2m][at] = static_cast<float>(x.dewPoint_degC[k] + 273.15);
        out.drivers[kSsrd][at] = static_cast<float>(x.shortwave_W_m2[k] * kSecondsPerDay);
        out.drivers[kStrd][at] = static_cast<float>(std::round(
            downwardLongwave_W_m2(x.airTemp_degC[k], ea, x.cloudFraction[k]) * kSecondsPerDay));
        out.drivers[kTp][at] = static_cast<float>(x.precip_mm[k] / 1000.0);
        out.drivers[kSwvl1][at] = static_cast<float>(x.soilWater_m3_m3[k]);
        out.drivers[kSp][at] = static_cast<float>(pressure);
        out.drivers[kU10][at] = static_cast<float>(x.windU_m_s[k]);
        out.drivers[kV10][at] = static_cast<float>(x.windV_m_s[k]);
        for (std::size_t b = 0; b < 7; ++b)
            if (std::isfinite(x.reflectance[b][k]))
                out.reflectance[b][at] =
                    static_cast<std::int16_t>(std::lround(x.reflectance[b][k] * 1e4));
        out.gppTrue[at] = static_cast<float>(x.gppTrue[k]);
        out.recoTrue[at] = static_cast<float>(x.recoTrue[k]);
        out.gppReference[at] = reference.gpp[static_cast<std::size_t>(day)];
        out.recoReference[at] = reference.reco[static_cast<std::size_t>(day)];
    }
}
} // namespace

double downwardLongwave_W_m2(double airTemp_degC, double vapourPressure_hPa, double cloud) {
    const double tK = airTemp_degC + 273.15;
    const double clearSky = 1.24 * std::pow(std::max(vapourPressure_hPa, 0.01) / tK, 1.0 / 7.0);
    const double emissivity = clearSky + (1.0 - clearSky) * 0.8 * std::clamp(cloud, 0.0, 1.0);
    return emissivity * kStefanBoltzmann * tK * tK * tK * tK;
}

double surfacePressure_Pa(double elevation_m) {
    return 101325.0 * std::pow(1.0 - 2.25577e-5 * elevation_m, 5.25588);
}

DemoGrid computeDemoGrid(const DemoPlan& plan, const DemoGridOptions& options,
                         std::vector<float> landFraction, const DemoJobControl& control,
                         unsigned threads) {
    DemoGrid out;
    out.grid = resolveGridOptions(options, plan.options);
    const DemoGridOptions& g = out.grid;
    if (landFraction.size() != static_cast<std::size_t>(g.pixelCount()))
        throw std::invalid_argument("the land fraction has " + std::to_string(landFraction.size()) +
                                    " pixels, the grid " + std::to_string(g.pixelCount()));
    DemoOptions years = plan.options;
    years.firstYear = g.firstYear;
    years.lastYear = g.lastYear;
    out.firstDayNumber = spanFirstDayNumber(years);
    out.dayCount = spanDayCount(years);
    out.landFraction = std::move(landFraction);
    out.towerSite = towerPixels(plan, g);
    allocate(out);

    std::vector<std::size_t> work;
    for (std::size_t p = 0; p < out.pixelCount(); ++p)
        if (out.hasData(p))
            work.push_back(p);
    std::atomic<std::size_t> next{0}, finished{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex mutex;
    auto worker = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= work.size() || failed)
                return;
            try {
                control.throwIfCancelled();
                computePixel(plan, out, work[i]);
                const std::size_t done = finished.fetch_add(1) + 1;
                std::lock_guard lock(mutex);
                control.report(static_cast<double>(done) / static_cast<double>(work.size()));
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!firstError)
                    firstError = std::current_exception();
                failed = true;
                return;
            }
        }
    };
    if (threads == 0)
        threads = std::max(1U, std::thread::hardware_concurrency());
    threads =
        std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(work.size(), 1)));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back(worker);
    }
    if (firstError)
        std::rethrow_exception(firstError);
    return out;
}

} // namespace fluxlens::demo
