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
    QString error; // empty on success; otherwise names the file and what is wrong
};

// Reads every site and the extent of its flux data from the cache at `cachePath`, creating an
// empty cache when none exists. A damaged cache gives an error and is left as it is.
// Safe to call off the GUI thread (it opens its own connection) and never throws.
LoadedSites loadSiteRecords(const QString& cachePath);

} // namespace fluxlens
