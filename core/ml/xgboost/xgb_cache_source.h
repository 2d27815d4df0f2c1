#pragma once

// The XGBoost baseline's link to the cache (the neural engine has its own in ml/cache_source.h,
// which lives in the LibTorch library; this one keeps fluxlens_xgboost_model torch-free and follows
// the same rules: drivers from the reanalysis and remote-sensing tables, targets from the flux
// table, on the union of their days).

#include "cache/cache.h"
#include "ml/site_series.h"
#include "ml/xgboost/xgb_model.h"

#include <string>
#include <vector>

namespace fluxlens::xgb {

// The base drivers (baseDriverNames(), without the derived DOY columns) and the flux targets of
// each site in `siteIds` (all cached sites when empty). Sites without any driver day are left
// out. Throws ml::ModelError for an id not in the cache, InputError for an unreadable cache.
std::vector<ml::SiteSeries> loadXgbSites(const Cache& cache,
                                         const std::vector<std::string>& siteIds = {});

// Stores GPP/RECO/NEE means under `modelName` (sd columns NaN: a single booster has no spread).
void storeXgbPrediction(Cache& cache, const std::string& modelName,
                        const XgbPrediction& prediction);

} // namespace fluxlens::xgb
