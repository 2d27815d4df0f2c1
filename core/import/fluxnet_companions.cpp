#include "import/fluxnet_companions.h"

#include "import/fluxnet_file_name.h"

#include <filesystem>
#include <optional>

namespace fluxlens {
namespace {
// Same hub, site, kind (flux series or ERA5) and years: the resolution is all that differs.
std::optional<std::string> seriesKey(const FluxnetFileName& name) {
    if (!name.isFluxSeries() && !name.isEra5())
        return std::nullopt;
    return name.prefix + "_" + name.siteId + "_" + (name.isEra5() ? "ERA5" : "FLUX") + "_" +
           std::to_string(name.firstYear.value_or(0)) + "-" +
           std::to_string(name.lastYear.value_or(0));
}
} // namespace

std::map<std::string, std::string>
fluxnetSubDailyCompanions(const std::vector<std::string>& files) {
    std::map<std::string, std::string> dailyByKey;
    for (const auto& file : files) {
        const std::string base = std::filesystem::path(file).filename().string();
        auto name = parseFluxnetFileName(base);
        if (name && name->resolution == FluxnetResolution::Daily)
            if (auto key = seriesKey(*name))
                dailyByKey.emplace(*key, base);
    }
    std::map<std::string, std::string> companions;
    for (const auto& file : files) {
        const std::string base = std::filesystem::path(file).filename().string();
        auto name = parseFluxnetFileName(base);
        if (!name || (name->resolution != FluxnetResolution::HalfHourly &&
                      name->resolution != FluxnetResolution::Hourly))
            continue;
        auto key = seriesKey(*name);
        if (!key)
            continue;
        if (auto daily = dailyByKey.find(*key); daily != dailyByKey.end())
            companions[file] = "companion of " + daily->second +
                               ": the daily file of the same site and years is imported instead "
                               "of aggregating the _" +
                               name->resolutionCode + "_ records";
    }
    return companions;
}

} // namespace fluxlens
