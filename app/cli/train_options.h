#pragma once

// Options `train` shares between the neural models and XGBoost: the feature preset and the
// held-out sites named on the command line.

#include "args.h"
#include "cache/cache.h"
#include "ml/feature_preset.h"
#include "ml/site_series.h"

#include <optional>
#include <string>
#include <vector>

namespace fluxlens::cli {

// --features tower|remote|era5|NAME,NAME,... resolved against the cache's sites (fallback when
// the option is absent). Throws std::runtime_error naming the cache, the sites and the variables
// when the drivers are missing.
ml::FeatureSelection featureSelection(const Args& args, const Cache& cache,
                                      const std::string& fallback);
// Prints the preset, the features and the sites left out for lack of any of its drivers.
void printFeatureSelection(const ml::FeatureSelection& selection);

// --holdout-sites ID,ID,...: explicit held-out site ids (empty optional when not given). Throws
// UsageError for an empty list or an id not among `sites`.
std::optional<std::vector<std::string>>
heldOutSitesOption(const Args& args, const std::vector<ml::SiteSeries>& sites);

} // namespace fluxlens::cli
