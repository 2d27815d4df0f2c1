#pragma once

// Which driver columns each cached site holds, and feature presets resolved against a cache:
// the entry point `train --features`, the train dialog and `experiment` share.

#include "cache/cache.h"
#include "ml/feature_preset.h"

#include <span>
#include <string>
#include <vector>

namespace fluxlens::ml {

// The daily tables whose columns can be model inputs: reanalysis, remote sensing and tower
// meteorology.
std::span<const DailyKind> driverKinds();
// True when `name` is a column of one of driverKinds().
bool isDriverColumn(const std::string& name);
// The driver kind holding `name`; throws ModelError for a name that is no driver column.
DailyKind driverKindOf(const std::string& name);

// The cached sites with these ids in this order (all cached sites, sorted by id, when empty).
// Throws ModelError for an id not in the cache.
std::vector<Site> cachedSites(const Cache& cache, const std::vector<std::string>& siteIds);

// For each site in `siteIds` (all cached sites when empty), the driver columns with at least one
// finite value. Throws ModelError for an id not in the cache.
std::vector<SiteDrivers> siteDriverAvailability(const Cache& cache,
                                                const std::vector<std::string>& siteIds = {});

// resolveFeaturePreset over the cache's sites (all when siteIds is empty).
FeatureSelection resolveFeaturePreset(const std::string& presetOrList, const Cache& cache,
                                      const std::vector<std::string>& siteIds = {});

} // namespace fluxlens::ml
