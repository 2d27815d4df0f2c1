// fluxlens-cli sites: the cached sites and the extent of their flux data. JSON keys keep the
// order of the specification.
#include "args.h"
#include "cache/cache.h"
#include "command.h"
#include "common/dates.h"
#include "common/input_error.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace fluxlens::cli {
namespace {
nlohmann::ordered_json numberOrNull(double value) {
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json dateOrNull(const std::optional<int>& dayNumber) {
    return dayNumber ? nlohmann::ordered_json(formatIsoDate(fromDayNumber(*dayNumber)))
                     : nlohmann::ordered_json(nullptr);
}

template <typename Class>
nlohmann::ordered_json codeOrNull(Class value, std::string_view code) {
    return value == Class::Unknown ? nlohmann::ordered_json(nullptr)
                                   : nlohmann::ordered_json(std::string(code));
}

nlohmann::ordered_json toJson(const SiteSummary& summary) {
    const Site& s = summary.site;
    return nlohmann::ordered_json{
        {"id", s.id},
        {"name", s.name},
        {"lat", numberOrNull(s.lat_deg)},
        {"lon", numberOrNull(s.lon_deg)},
        {"igbp", codeOrNull(s.igbp, igbpCode(s.igbp))},
        {"koppen", codeOrNull(s.koppen, koppenCode(s.koppen))},
        {"koppen_source",
         s.koppen == KoppenClass::Unknown
             ? nlohmann::ordered_json(nullptr)
             : nlohmann::ordered_json(std::string(koppenSourceName(s.koppen_source)))},
        {"network", s.network},
        {"first_date", dateOrNull(summary.firstFluxDay)},
        {"last_date", dateOrNull(summary.lastFluxDay)},
        {"flux_days", summary.fluxDays},
        {"gpp_days", summary.gppDays},
    };
}

std::string text(const std::optional<int>& dayNumber) {
    return dayNumber ? formatIsoDate(fromDayNumber(*dayNumber)) : std::string("-");
}

std::string coordinate(double value) {
    if (!std::isfinite(value))
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

void printTable(const std::vector<SiteSummary>& summaries, std::ostream& out) {
    char line[256];
    std::snprintf(line, sizeof line, "%-10s %9s %10s %-4s %-7s %-10s %-10s %9s %9s  %s\n", "id",
                  "lat", "lon", "igbp", "koppen", "first", "last", "flux_days", "gpp_days", "name");
    out << line;
    for (const SiteSummary& s : summaries) {
        std::string koppen(s.site.koppen == KoppenClass::Unknown ? "-" : koppenCode(s.site.koppen));
        if (s.site.koppen_source == KoppenSource::Map)
            koppen += "+";
        else if (s.site.koppen_source == KoppenSource::Climate)
            koppen += "*";
        const std::string igbp(s.site.igbp == IgbpClass::Unknown ? "-" : igbpCode(s.site.igbp));
        std::snprintf(line, sizeof line, "%-10s %9s %10s %-4s %-7s %-10s %-10s %9lld %9lld  %s\n",
                      s.site.id.c_str(), coordinate(s.site.lat_deg).c_str(),
                      coordinate(s.site.lon_deg).c_str(), igbp.c_str(), koppen.c_str(),
                      text(s.firstFluxDay).c_str(), text(s.lastFluxDay).c_str(),
                      static_cast<long long>(s.fluxDays), static_cast<long long>(s.gppDays),
                      s.site.name.c_str());
        out << line;
    }
    out << summaries.size() << " site(s)";
    bool anyMap = false, anyClimate = false;
    for (const SiteSummary& s : summaries) {
        anyMap = anyMap || s.site.koppen_source == KoppenSource::Map;
        anyClimate = anyClimate || s.site.koppen_source == KoppenSource::Climate;
    }
    if (anyMap)
        out << "; + Köppen class from the Köppen–Geiger map at the site";
    if (anyClimate)
        out << "; * Köppen class derived from 20+ years of the site's cached climate";
    out << "\n";
}

int runSites(std::span<const std::string> arguments) {
    const Args args(arguments, {"--json"});
    args.rejectUnknown({"--cache", "--json"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string path = args.required("--cache");
    const Cache cache = Cache::openExisting(path);
    const auto summaries = cache.siteSummaries();
    if (args.flag("--json")) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const SiteSummary& s : summaries)
            array.push_back(toJson(s));
        std::cout << array.dump() << "\n";
    } else {
        printTable(summaries, std::cout);
    }
    return 0;
}

const CommandRegistration registration{
    {"sites", "list the cached sites with the extent of their flux data",
     "Usage: fluxlens-cli sites --cache FILE [--json]\n"
     "  --cache FILE  the FluxLens cache to read\n"
     "  --json        print a JSON array: one object per site with id, name, lat, lon, igbp,\n"
     "                koppen, koppen_source (metadata, map or climate: where the class came\n"
     "                from), network, first_date, last_date (YYYY-MM-DD, of\n"
     "                flux data), flux_days (days with any flux value) and gpp_days (days with\n"
     "                a valid GPP_NT_VUT_USTAR50); unknown values are null",
     runSites}};
} // namespace
} // namespace fluxlens::cli
