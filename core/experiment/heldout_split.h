#pragma once

#include "ml/site_series.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fluxlens::experiment {

// The experiment's held-out sites: round(fraction * N) sites by systematic sampling over the
// sites ordered by Köppen class, then IGBP class, then a seeded random rank. Every Köppen class
// gets its proportional share (rounded down or up), and within a class the picks spread over its
// IGBP classes as evenly as the class's size allows (the paper stratifies its split by both).
// Deterministic for a given seed; sorted ids. Throws std::invalid_argument unless 0 < fraction < 1
// and at least one site stays for training.
std::vector<std::string> koppenIgbpHoldout(const std::vector<const ml::SiteSeries*>& sites,
                                           double fraction, std::uint64_t seed);

} // namespace fluxlens::experiment
