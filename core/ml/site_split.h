#pragma once

#include "ml/site_series.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::ml {

// Zero-shot evaluation splits by site: held-out sites are never seen in training.

// Picks about fraction * N site ids, stratified by Köppen class (each class contributes in
// proportion to its size; remainders go to the classes with the largest fractional share).
// Deterministic for a given seed.
std::vector<std::string> stratifiedSiteSample(const std::vector<const SiteSeries*>& sites,
                                              double fraction, std::uint64_t seed);

} // namespace fluxlens::ml
