#pragma once

// Figures aggregated from per-site metrics: what evaluate() derives from its per-site pass, and
// what a view derives from the per-site metrics stored in the cache (the GUI's Table 1, class
// bars and relative RMSE heatmap call these, so both agree to the last digit).

#include "eval/evaluation.h"

#include <string>
#include <vector>

namespace fluxlens::eval {

// Table 1 rows: for each (model, target, mask) present, in order of first appearance, the mean
// and spread of the per-site RMSE and R² and the site-days summed. `pooled` stays empty: pooling
// needs the daily values.
std::vector<SummaryRow> summarizeSites(const std::vector<SiteMetric>& sites);

// Mean and standard deviation across the class's sites for every (class, source, target, mask),
// plus the class's relative RMSE against `reference` (empty: none). Sites of unknown class form
// the class "unknown". IGBP rows first, then Köppen rows.
std::vector<ClassRow> aggregateClasses(const std::vector<SiteMetric>& sites,
                                       const std::string& reference);

// The headline figures of `model` against `reference` over the sites both cover.
HeadlineRow headline(const std::vector<SiteMetric>& sites, const std::string& model,
                     const std::string& reference, Target target, QcMask mask);

// Each site metric's relativeRmse against `reference`'s figure at that site (NaN where there is
// none or it is 0); nothing changes when `reference` is empty.
void addRelativeRmse(std::vector<SiteMetric>& sites, const std::string& reference);

} // namespace fluxlens::eval
