#pragma once

#include <cstdint>
#include <string>

namespace fluxlens::xgb {

// Hyperparameters of the XGBoost baseline; one booster per target (GPP, RECO, NEE), each with
// these settings. JSON keys are the member names.
//
// Defaults: the FLUXCOM-X QuickEval reference configuration of XGBoost (objective
// reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, min_child_weight 5,
// tree_method hist, up to 1000 rounds, early stopping after 10 rounds without a better RMSE on the
// validation sites). These are the settings of FLUXCOM-X's quick-evaluation setup, not values
// quoted from the X-BASE paper (Nelson et al. 2024, Biogeosciences 21, 5079-5115,
// doi:10.5194/bg-21-5079-2024), which names the algorithm and its predictors but whose exact
// hyperparameters we could not confirm; model metadata and the GUI therefore call them
// "FLUXCOM-X QuickEval configuration" (xgbConfigLabel). Settings not part of that configuration
// (lambda, alpha, colsample_bytree) keep XGBoost's own defaults.
//
// Works with the XGBoost 1.7 and 3.x C APIs: every parameter is set by name through
// XGBoosterSetParam, and colsample_bynode, tree_method=hist and reg:squarederror exist in both.
struct XgbConfig {
    int max_rounds = 1000;          // boosting rounds at most (early stopping usually ends sooner)
    int early_stopping_rounds = 10; // stop when validation RMSE has not improved for this long
    double eta = 0.05;              // learning rate
    int max_depth = 10;
    double min_child_weight = 5.0;
    double subsample = 0.5;        // rows per tree
    double colsample_bynode = 1.0; // features per split
    double colsample_bytree = 1.0; // features per tree (XGBoost default)
    double lambda = 1.0;           // L2 regularisation (XGBoost default)
    double alpha = 0.0;            // L1 regularisation (XGBoost default)
    std::string tree_method = "hist";
    double validation_fraction = 0.15; // training sites kept for early stopping (by site)
    // Row weights from NEE_VUT_USTAR50_QC (fraction of measured half-hours, clamped to 0..1), the
    // w_qc of the neural models' loss, so that mostly gap-filled days count less here too;
    // qc_missing_weight where the QC value is missing. false: every row weighs 1.
    bool qc_weighting = true;
    double qc_missing_weight = 1.0;
    std::uint64_t seed = 42;
    int threads = 0; // XGBoost nthread; 0: all cores

    friend bool operator==(const XgbConfig&, const XgbConfig&) = default;
};

// Throws std::invalid_argument naming `origin` and the key for bad JSON, types or ranges.
XgbConfig xgbConfigFromJson(const std::string& jsonText, const std::string& origin);
std::string xgbConfigToJson(const XgbConfig& config);
void validateXgbConfig(const XgbConfig& config); // throws std::invalid_argument naming the key

inline constexpr const char* kQuickEvalLabel = "FLUXCOM-X QuickEval configuration";
// kQuickEvalLabel when the settings of that configuration are unchanged, else the label followed
// by the changed settings, e.g. "FLUXCOM-X QuickEval configuration, changed: max_rounds 40".
std::string xgbConfigLabel(const XgbConfig& config);

} // namespace fluxlens::xgb
