#pragma once

#include "eval/targets.h"
#include "geo/igbp.h"
#include "geo/koppen.h"

#include <array>
#include <limits>
#include <string>
#include <vector>

namespace fluxlens::eval {

// What the evaluation reads: plain vectors, no cache, so tests, benchmarks and the cache adapter
// (evaluation_store.h) all feed it the same way. NaN marks a missing value throughout.

// One site's observations (FLUXNET USTAR50 fluxes, gC m-2 d-1) and the QC fractions (0..1).
struct ObservedSite {
    std::string id;
    IgbpClass igbp = IgbpClass::Unknown;
    KoppenClass koppen = KoppenClass::Unknown;
    std::vector<int> dayNumbers;               // days since 1970-01-01, strictly increasing
    std::array<std::vector<double>, 3> fluxes; // indexed by Target; empty vector: not observed
    std::vector<double> neeUstar50Qc;          // NEE_VUT_USTAR50_QC; empty: unknown
    std::vector<double> neeRefQc;              // NEE_VUT_REF_QC; empty: unknown
    // Days before this one are not scored: the support years of a site a TAM-RL model held out
    // (its task embedding came from them). INT_MIN: every day counts.
    int scoredFromDay = std::numeric_limits<int>::min();

    std::vector<double>& flux(Target t) { return fluxes[static_cast<std::size_t>(t)]; }
    const std::vector<double>& flux(Target t) const { return fluxes[static_cast<std::size_t>(t)]; }
};

// One site's values from a model or reference product (gC m-2 d-1).
struct PredictedSite {
    std::vector<int> dayNumbers;               // strictly increasing; empty: nothing for this site
    std::array<std::vector<double>, 3> fluxes; // indexed by Target; empty vector: not predicted

    std::vector<double>& flux(Target t) { return fluxes[static_cast<std::size_t>(t)]; }
    const std::vector<double>& flux(Target t) const { return fluxes[static_cast<std::size_t>(t)]; }
};

// A model's predictions or a reference product, evaluated alike.
struct PredictionSource {
    std::string name;         // "TAM-RL", "XGBoost", "FLUXCOM-X-BASE", ...
    bool isReference = false; // a gridded product sampled at the sites, not a FluxLens model
    std::string version;      // recorded with stored metrics (model_version)
    std::vector<PredictedSite> sites; // parallel to EvaluationInput::sites
};

struct EvaluationInput {
    std::vector<ObservedSite> sites;
    std::vector<PredictionSource> sources;
    std::string dataVersion; // recorded with stored metrics (data_version)
};

} // namespace fluxlens::eval
