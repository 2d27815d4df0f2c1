#include "import/era5_conversions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace fluxlens {
namespace {
// "J m**-2" -> "jm-2", "W m^-2" -> "wm-2", "kg m-2" -> "kgm-2": spelling differences of one unit.
std::string normalized(std::string_view units) {
    std::string out;
    for (char c : units) {
        if (c == ' ' || c == '*' || c == '^' || c == '\t')
            continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool isOneOf(const std::string& units, std::initializer_list<std::string_view> spellings) {
    return std::find(spellings.begin(), spellings.end(), units) != spellings.end();
}

bool isDimensionless(const std::string& units) {
    return isOneOf(units, {"", "1", "-", "none", "dimensionless", "reflectance", "fraction0-1",
                           "fraction", "unitless"});
}
} // namespace

double convertUnits(UnitConversion conversion, double raw) {
    if (std::isnan(raw))
        return raw; // std::max(0.0, NaN) would turn a missing value into 0
    switch (conversion) {
    case UnitConversion::KelvinToCelsius:
        return raw - 273.15;
    case UnitConversion::JoulesPerDayToWatts:
        return std::max(0.0, raw) / 86400.0;
    case UnitConversion::MetresToMillimetres:
        return std::max(0.0, raw) * 1000.0;
    case UnitConversion::PascalToKilopascal:
        return raw / 1000.0;
    case UnitConversion::None:
        return raw;
    }
    return raw;
}

std::optional<UnitConversion> conversionFromUnits(std::string_view fileUnits,
                                                  std::string_view targetUnit) {
    const std::string from = normalized(fileUnits);
    const std::string to = normalized(targetUnit);
    if (to == "degc") {
        if (isOneOf(from, {"k", "kelvin", "degk", "degreesk"}))
            return UnitConversion::KelvinToCelsius;
        if (isOneOf(from, {"degc", "°c", "c", "celsius", "degreesc", "degree_celsius"}))
            return UnitConversion::None;
        return std::nullopt;
    }
    if (to == "wm-2") {
        if (isOneOf(from, {"jm-2", "jm-2d-1", "jm-2day-1"}))
            return UnitConversion::JoulesPerDayToWatts;
        if (from == "wm-2")
            return UnitConversion::None;
        return std::nullopt;
    }
    if (to == "mmd-1") {
        if (isOneOf(from, {"m", "md-1", "mofwaterequivalent", "mday-1"}))
            return UnitConversion::MetresToMillimetres;
        if (isOneOf(from, {"mm", "mmd-1", "mm/d", "mm/day", "mmday-1", "kgm-2", "kgm-2d-1"}))
            return UnitConversion::None;
        return std::nullopt;
    }
    if (to == "kpa") {
        if (from == "pa")
            return UnitConversion::PascalToKilopascal;
        if (from == "kpa")
            return UnitConversion::None;
        return std::nullopt;
    }
    if (isDimensionless(to) || to == "class")
        return isDimensionless(from) || from == "class" || from == "m3m-3" || from == "(0-1)"
                   ? std::optional(UnitConversion::None)
                   : std::nullopt;
    if (from == to)
        return UnitConversion::None;
    return std::nullopt;
}

std::string_view conversionLabel(UnitConversion conversion) {
    switch (conversion) {
    case UnitConversion::KelvinToCelsius:
        return "K → °C";
    case UnitConversion::JoulesPerDayToWatts:
        return "J m-2 d-1 → W m-2";
    case UnitConversion::MetresToMillimetres:
        return "m → mm";
    case UnitConversion::PascalToKilopascal:
        return "Pa → kPa";
    case UnitConversion::None:
        return "as is";
    }
    return "as is";
}

double saturationVapourPressure_hPa(double t_degC) {
    return 6.1094 * std::exp(17.625 * t_degC / (t_degC + 243.04));
}

double vapourPressureDeficit_hPa(double t_degC, double dewpoint_degC) {
    if (std::isnan(t_degC) || std::isnan(dewpoint_degC))
        return std::numeric_limits<double>::quiet_NaN();
    return std::max(0.0, saturationVapourPressure_hPa(t_degC) -
                             saturationVapourPressure_hPa(dewpoint_degC));
}

} // namespace fluxlens
