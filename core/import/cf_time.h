#pragma once

#include <optional>
#include <string_view>

namespace fluxlens {

// A CF-conventions time axis ("days since 1970-01-01 00:00:00").
struct CfTimeAxis {
    double unitSeconds = 86400.0;
    double originUnixSeconds = 0.0;
    double toUnixSeconds(double value) const { return originUnixSeconds + value * unitSeconds; }
};

// Parses CF time units (days, hours, minutes or seconds since an ISO date and optional time).
// Only the standard, gregorian and proleptic_gregorian calendars (or none) are accepted:
// std::nullopt otherwise.
std::optional<CfTimeAxis> parseCfTimeUnits(std::string_view units, std::string_view calendar);

} // namespace fluxlens
