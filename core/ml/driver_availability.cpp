#include "ml/driver_availability.h"

#include "cache/variables.h"
#include "ml/model_error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fluxlens::ml {
namespace {
constexpr std::array kDriverKinds = {DailyKind::Reanalysis, DailyKind::RemoteSensing,
                                     DailyKind::TowerMet};
} // namespace

std::vector<Site> cachedSites(const Cache& cache, const std::vector<std::string>& siteIds) {
    std::vector<Site> sites = cache.sites();
    if (siteIds.empty())
        return sites;
    std::vector<Site> chosen;
    for (const std::string& id : siteIds) {
        const auto it =
            std::find_if(sites.begin(), sites.end(), [&](const Site& s) { return s.id == id; });
        if (it == sites.end())
            throw ModelError("site '" + id + "' is not in the cache " + cache.path());
        chosen.push_back(*it);
    }
    return chosen;
}

std::span<const DailyKind> driverKinds() {
    return kDriverKinds;
}

bool isDriverColumn(const std::string& name) {
    return std::any_of(kDriverKinds.begin(), kDriverKinds.end(),
                       [&](DailyKind kind) { return findDailyVariable(kind, name) != nullptr; });
}

DailyKind driverKindOf(const std::string& name) {
    for (DailyKind kind : kDriverKinds)
        if (findDailyVariable(kind, name))
            return kind;
    throw ModelError(
        "feature '" + name +
        "' is not a reanalysis, remote-sensing or tower-meteorology column of the cache");
}

std::vector<SiteDrivers> siteDriverAvailability(const Cache& cache,
                                                const std::vector<std::string>& siteIds) {
    std::vector<SiteDrivers> out;
    for (const Site& site : cachedSites(cache, siteIds)) {
        SiteDrivers drivers{site.id, {}};
        for (DailyKind kind : kDriverKinds) {
            const DailyTable table = cache.loadDaily(site.id, kind);
            for (std::size_t c = 0; c < table.columnNames.size(); ++c)
                if (std::any_of(table.columns[c].begin(), table.columns[c].end(),
                                [](double v) { return std::isfinite(v); }))
                    drivers.variables.insert(table.columnNames[c]);
        }
        out.push_back(std::move(drivers));
    }
    return out;
}

FeatureSelection resolveFeaturePreset(const std::string& presetOrList, const Cache& cache,
                                      const std::vector<std::string>& siteIds) {
    return resolveFeaturePreset(presetOrList, siteDriverAvailability(cache, siteIds),
                                [](const std::string& name) { return isDriverColumn(name); });
}

} // namespace fluxlens::ml
