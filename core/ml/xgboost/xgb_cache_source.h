#pragma once

// The XGBoost baseline's link to the cache: sites come from the same adapter as the neural
// models' (ml/cache_source.h, torch-free), predictions go back under the model's name.

#include "cache/cache.h"
#include "ml/site_series.h"
#include "ml/xgboost/xgb_model.h"

#include <string>
#include <vector>

namespace fluxlens::xgb {

// The `drivers` (cache column names; DOY_SIN/DOY_COS are derived) and the flux targets of each
// site in `siteIds` (all cached sites when empty), as ml::loadSiteSeries reads them. Sites without
// any driver day are left out. Throws ml::ModelError for an id not in the cache or a driver that
// is no cache column, InputError for an unreadable cache.
std::vector<ml::SiteSeries> loadXgbSites(const Cache& cache,
                                         const std::vector<std::string>& drivers,
                                         const std::vector<std::string>& siteIds = {});

// Stores GPP/RECO/NEE means under `modelName` (sd columns NaN: a single booster has no spread).
void storeXgbPrediction(Cache& cache, const std::string& modelName,
                        const XgbPrediction& prediction);

} // namespace fluxlens::xgb
