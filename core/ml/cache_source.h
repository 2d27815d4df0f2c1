#pragma once

// The bridge between the SQLite cache and the ML engine: cached sites become SiteSeries, and
// predictions go back to the cache under the model's name.

#include "cache/cache.h"
#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <string>
#include <vector>

namespace fluxlens::ml {

// Reads `features` (cache/variables.h names, found in the reanalysis, remote-sensing or tower
// meteorology table; DOY_SIN/DOY_COS are derived and skipped) and the flux targets of each site
// in `siteIds` (all cached sites when empty) onto the union of the days any of those tables has.
// Sites without any of those days are left out. Throws ModelError for a feature that is no cache
// column, and InputError (from the cache) for an unreadable cache.
std::vector<SiteSeries> loadSiteSeries(const Cache& cache, const std::vector<std::string>& features,
                                       const std::vector<std::string>& siteIds = {});

// Writes GPP/RECO/NEE mean and sd for every predicted day under `modelName`.
void storePrediction(Cache& cache, const std::string& modelName, const SitePrediction& prediction);

} // namespace fluxlens::ml
