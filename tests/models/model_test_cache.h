#pragma once

// A small synthetic world (tests/ml's generator) written into a real cache file, and the tiny
// model settings that train on it in seconds.

#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <string>
#include <vector>

namespace fluxlens::testing {

// Writes `sites` synthetic sites of `years` years (drivers and fluxes) to a new cache at `path`;
// returns the series as the cache adapter reads them back.
std::vector<ml::SiteSeries> writeSyntheticCache(const std::string& path, int sites, int years);

// A TAM-RL configuration small enough to train on that world in a few seconds on one CPU thread.
ml::MlConfig tinyConfig();

} // namespace fluxlens::testing
