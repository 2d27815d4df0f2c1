#include "demo/demo_grid_place.h"

#include "demo/demo_random.h"
#include "demo/demo_regions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fluxlens::demo {
namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kLatticeSpacing_deg = 2.0;

// One smooth field per parameter, labelled so that the fields are independent.
enum Field : std::uint64_t {
    kElevation = 101,
    kTemperature,
    kAmplitude,
    kPrecipitation,
    kSeasonality,
    kHumidity,
    kWindSpeed,
    kWindDirection
};

double latticeValue(std::uint64_t seed, Field field, long long i, long long j) {
    const auto key = static_cast<std::uint64_t>((i + 100000) * 1000003LL + (j + 100000));
    DemoRandom random(DemoRandom::streamSeed(seed, field, key));
    return random.uniform();
}

double smoothStep(double x) {
    return x * x * (3.0 - 2.0 * x);
}

// Value noise in [0, 1): uniform values on the lattice, interpolated with a smooth step.
double smoothField(std::uint64_t seed, Field field, double lat_deg, double lon_deg) {
    const double y = lat_deg / kLatticeSpacing_deg, x = lon_deg / kLatticeSpacing_deg;
    const auto i = static_cast<long long>(std::floor(y));
    const auto j = static_cast<long long>(std::floor(x));
    const double fy = smoothStep(y - static_cast<double>(i));
    const double fx = smoothStep(x - static_cast<double>(j));
    const double south =
        latticeValue(seed, field, i, j) * (1 - fx) + latticeValue(seed, field, i, j + 1) * fx;
    const double north = latticeValue(seed, field, i + 1, j) * (1 - fx) +
                         latticeValue(seed, field, i + 1, j + 1) * fx;
    return south * (1 - fy) + north * fy;
}

double between(double low, double high, double u) {
    return low + (high - low) * u;
}
} // namespace

std::size_t nearestRegion(double lat_deg, double lon_deg) {
    const auto regions = demoRegions();
    std::size_t best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    const double lonScale = std::cos(lat_deg * kPi / 180.0);
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const DemoRegion& box = regions[r];
        const double dLat = std::max({box.latMin_deg - lat_deg, 0.0, lat_deg - box.latMax_deg});
        const double dLon =
            std::max({box.lonMin_deg - lon_deg, 0.0, lon_deg - box.lonMax_deg}) * lonScale;
        const double distance = std::hypot(dLat, dLon);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = r;
        }
    }
    return best;
}

PlannedSite gridPixelPlace(std::uint64_t seed, double lat, double lon) {
    const std::size_t regionIndex = nearestRegion(lat, lon);
    const DemoRegion& region = demoRegions()[regionIndex];
    auto field = [&](Field f) { return smoothField(seed, f, lat, lon); };
    PlannedSite p;
    p.id = "pixel";
    p.regionIndex = regionIndex;
    p.lat_deg = lat;
    p.lon_deg = lon;
    p.elevation_m = std::round(between(region.elevMin_m, region.elevMax_m, field(kElevation)));
    const double equatorward = std::abs(region.latMin_deg) < std::abs(region.latMax_deg)
                                   ? region.latMin_deg
                                   : region.latMax_deg;
    const double poleward =
        equatorward == region.latMin_deg ? region.latMax_deg : region.latMin_deg;
    // Outside the box the gradient continues, but not beyond half a box again.
    const double f = std::clamp((lat - equatorward) / (poleward - equatorward), -0.5, 1.5);
    p.meanTemp_degC = region.meanTempEquatorward_degC +
                      f * (region.meanTempPoleward_degC - region.meanTempEquatorward_degC) +
                      between(-0.6, 0.6, field(kTemperature)) -
                      0.0065 * (p.elevation_m - region.elevMin_m);
    p.amplitude_degC =
        between(region.amplitudeMin_degC, region.amplitudeMax_degC, field(kAmplitude));
    p.precip_mm_y = between(region.precipMin_mm_y, region.precipMax_mm_y, field(kPrecipitation));
    p.regime = region.regime;
    p.rainSeasonality = between(region.seasonalityMin, region.seasonalityMax, field(kSeasonality));
    p.humidity = std::clamp(region.humidity + between(-0.06, 0.06, field(kHumidity)), 0.15, 0.9);
    p.windMean_m_s = between(1.0, 4.5, field(kWindSpeed));
    p.windDirection_rad = between(0.0, 2.0 * kPi, field(kWindDirection));
    // No tower record: a pixel has drivers and true fluxes, no observations.
    p.recordFirstYear = 1;
    p.recordLastYear = 0;
    return p;
}

std::uint64_t gridPixelKey(double lat, double lon, double resolution) {
    const auto latMicro = static_cast<std::uint64_t>(std::llround((lat + 90.0) * 1e6));
    const auto lonMicro = static_cast<std::uint64_t>(std::llround((lon + 180.0) * 1e6));
    const auto resMicro = static_cast<std::uint64_t>(std::llround(resolution * 1e6));
    return DemoRandom::streamSeed(resMicro, latMicro, lonMicro);
}

} // namespace fluxlens::demo
