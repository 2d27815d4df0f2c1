#pragma once

#include "cache/cache.h"
#include "site_record.h"

#include <QString>
#include <vector>

namespace fluxlens {

struct LoadedSites {
    QString cachePath;
    std::vector<SiteRecord> sites;
    std::vector<ImportLogEntry> importLog; // newest first
};

// Reads every site with the extent of its flux data, and the import log, from `cache` (for
// CacheSession::read: off the GUI thread). Throws InputError naming the file on failure.
LoadedSites loadSiteRecords(const Cache& cache);

} // namespace fluxlens
