#pragma once

// Private to fluxlens_eval: the per-site pass over observed and predicted days.

#include "eval/error_stats.h"
#include "eval/evaluation_input.h"

#include <array>
#include <vector>

namespace fluxlens::eval::detail {

// Accumulators for every target (index Target) and mask (index QcMask) at one site.
using SiteAccumulators = std::array<std::array<ErrorAccumulator, 2>, 3>;

// Checks that every vector of the site has one value per day; throws std::invalid_argument naming
// `what` (source and site) otherwise.
void checkShape(const ObservedSite& site);
void checkShape(const PredictedSite& site, const std::string& what);

// Joins the two day axes and accumulates each requested target under each mask.
SiteAccumulators scoreSite(const ObservedSite& observed, const PredictedSite& predicted,
                           const std::vector<Target>& targets);

} // namespace fluxlens::eval::detail
