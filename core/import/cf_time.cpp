#include "import/cf_time.h"

#include "common/dates.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace fluxlens {

std::optional<CfTimeAxis> parseCfTimeUnits(std::string_view units, std::string_view calendar) {
    std::string cal;
    for (char c : calendar)
        cal += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!cal.empty() && cal != "standard" && cal != "gregorian" && cal != "proleptic_gregorian")
        return std::nullopt;
    const std::string text(units);
    char unit[32] = {};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    double second = 0.0;
    const int fields = std::sscanf(text.c_str(), " %31s since %d-%d-%d%*[ T]%d:%d:%lf", unit, &year,
                                   &month, &day, &hour, &minute, &second);
    if (fields < 4)
        return std::nullopt;
    std::string u(unit);
    for (char& c : u)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CfTimeAxis axis;
    if (u == "days" || u == "day" || u == "d")
        axis.unitSeconds = 86400.0;
    else if (u == "hours" || u == "hour" || u == "h")
        axis.unitSeconds = 3600.0;
    else if (u == "minutes" || u == "minute" || u == "min")
        axis.unitSeconds = 60.0;
    else if (u == "seconds" || u == "second" || u == "s")
        axis.unitSeconds = 1.0;
    else
        return std::nullopt;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    auto origin = parseIsoDate(iso);
    if (!origin || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    axis.originUnixSeconds = static_cast<double>(toDayNumber(*origin)) * 86400.0 + hour * 3600.0 +
                             minute * 60.0 + second;
    return axis;
}

} // namespace fluxlens
