#include "geo/solar_radiation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fluxlens {
namespace {
constexpr double kSolarConstant_MJ_m2_min = 0.0820;
constexpr double kSecondsPerDay = 86400.0;

double solarDeclination_rad(int dayOfYear) {
    return 0.409 * std::sin(2.0 * std::numbers::pi * dayOfYear / 365.0 - 1.39);
}
} // namespace

double extraterrestrialRadiation_MJ_m2_d(double latitude_deg, int dayOfYear) {
    const double pi = std::numbers::pi;
    const double phi = latitude_deg * pi / 180.0;
    const double dr = 1.0 + 0.033 * std::cos(2.0 * pi * dayOfYear / 365.0);
    const double delta = solarDeclination_rad(dayOfYear);
    const double x = std::clamp(-std::tan(phi) * std::tan(delta), -1.0, 1.0);
    const double omegaS = std::acos(x); // sunset hour angle: 0 in polar night, pi in polar day
    const double ra = 24.0 * 60.0 / pi * kSolarConstant_MJ_m2_min * dr *
                      (omegaS * std::sin(phi) * std::sin(delta) +
                       std::cos(phi) * std::cos(delta) * std::sin(omegaS));
    return std::max(0.0, ra);
}

double potentialShortwave_W_m2(double latitude_deg, int dayOfYear) {
    return extraterrestrialRadiation_MJ_m2_d(latitude_deg, dayOfYear) * 1e6 / kSecondsPerDay;
}

} // namespace fluxlens
