#include "site_loader.h"

#include "cache/cache.h"
#include "common/dates.h"

namespace fluxlens {

namespace {
std::vector<SiteRecord> readSites(const Cache& cache) {
    std::vector<SiteRecord> records;
    for (SiteSummary& s : cache.siteSummaries()) {
        SiteRecord r;
        r.site = std::move(s.site);
        if (s.firstFluxDay)
            r.firstDate = QString::fromStdString(formatIsoDate(fromDayNumber(*s.firstFluxDay)));
        if (s.lastFluxDay)
            r.lastDate = QString::fromStdString(formatIsoDate(fromDayNumber(*s.lastFluxDay)));
        r.fluxDays = static_cast<int>(s.fluxDays);
        r.gppDays = static_cast<int>(s.gppDays);
        records.push_back(std::move(r));
    }
    return records;
}
} // namespace

LoadedSites loadSiteRecords(const Cache& cache) {
    LoadedSites loaded;
    loaded.cachePath = QString::fromStdString(cache.path());
    loaded.sites = readSites(cache);
    loaded.importLog = cache.importLog();
    return loaded;
}

} // namespace fluxlens
