#pragma once

// Private to fluxlens_eval: per-class rows (IGBP and Köppen) from per-site metrics.

#include "eval/evaluation.h"

#include <string>
#include <vector>

namespace fluxlens::eval::detail {

// Mean and standard deviation across the class's sites for every (class, source, target, mask),
// plus the class's relative RMSE against `reference` (empty: none). Sites of unknown class form
// the class "unknown".
std::vector<ClassRow> aggregateClasses(const std::vector<SiteMetric>& sites,
                                       const std::string& reference);

} // namespace fluxlens::eval::detail
