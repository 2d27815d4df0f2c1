#include "geo/solar_radiation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fluxlens {
namespace {
constexpr double kSolarConstant_W_m2 = 1376.0; // the value ONEFlux's SW_IN_POT is computed with
constexpr double kDaysPerYear = 365.0;
} // namespace

double potentialShortwave_W_m2(double latitude_deg, int dayOfYear) {
    const double pi = std::numbers::pi;
    const double f = 2.0 * pi * (dayOfYear - 1) / kDaysPerYear; // fractional year, radians
    const double eccentricity = 1.00011 + 0.034221 * std::cos(f) + 0.00128 * std::sin(f) +
                                0.000719 * std::cos(2 * f) + 0.000077 * std::sin(2 * f);
    const double declination = 0.006918 - 0.399912 * std::cos(f) + 0.070257 * std::sin(f) -
                               0.006758 * std::cos(2 * f) + 0.000907 * std::sin(2 * f) -
                               0.002697 * std::cos(3 * f) + 0.00148 * std::sin(3 * f);
    const double phi = latitude_deg * pi / 180.0;
    // Sunset hour angle: 0 in polar night, pi in polar day.
    const double sunset = std::acos(std::clamp(-std::tan(phi) * std::tan(declination), -1.0, 1.0));
    const double mean = kSolarConstant_W_m2 * eccentricity / pi *
                        (sunset * std::sin(phi) * std::sin(declination) +
                         std::cos(phi) * std::cos(declination) * std::sin(sunset));
    return std::max(0.0, mean);
}

} // namespace fluxlens
