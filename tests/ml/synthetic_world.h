#pragma once

// A small synthetic world for the ML tests and the benchmark. Each site has hidden parameters that
// shape its fluxes and leave traces only in the multi-year history of its drivers:
//  - light-use efficiency grows with the site's annual temperature amplitude, which one noisy
//    45-day window barely reveals but a few years of support windows pin down;
//  - reference respiration grows with the long-term rain frequency.
// IGBP classes are drawn at random (uninformative); Köppen classes follow mean temperature.

#include "ml/ml_config.h"
#include "ml/site_series.h"

#include <cstdint>
#include <vector>

namespace fluxlens::ml::testing {

struct SyntheticWorldOptions {
    int sites = 30;
    int firstYear = 2010;
    int years = 4;
    std::uint64_t seed = 7;
    double fluxNoise_gC_m2_d = 0.3;
};

struct SyntheticSite {
    SiteSeries series;
    double lightUseEfficiency = 0;
    double referenceRespiration = 0;
};

std::vector<SyntheticSite> makeSyntheticWorld(const SyntheticWorldOptions& options);
std::vector<SiteSeries> seriesOf(const std::vector<SyntheticSite>& world);
std::vector<std::string> syntheticFeatures();

// A TAM-RL configuration small enough to train in seconds on the synthetic world (CPU, 1 + 2
// epochs, hidden 8, embedding 3).
MlConfig tinyConfig();

// Largest absolute element-wise difference of two vectors of the same length.
double maxAbsDifference(const std::vector<float>& a, const std::vector<float>& b);

} // namespace fluxlens::ml::testing
