#pragma once

#include <cstdint>
#include <string>

namespace fluxlens::xgb {

// Hyperparameters of the XGBoost baseline; one booster per target (GPP, RECO, NEE), each with
// these settings. JSON keys are the member names.
//
// Source and status of the values: FLUXCOM-X-BASE trains XGBoost (Nelson et al. 2024, "X-BASE:
// the first terrestrial carbon and water flux products from an extended data-driven scaling
// framework, FLUXCOM-X", Biogeosciences 21, 5079-5115, doi:10.5194/bg-21-5079-2024), but we could
// NOT confirm its hyperparameter values from the sources available to us (the paper text itself
// was not accessible; the data record only names the algorithm and predictor groups). The values
// below are therefore our own conventional choices for a few million tabular rows, not X-BASE's:
// check them against the paper before quoting this baseline as "FLUXCOM-X-BASE settings".
struct XgbConfig {
    int max_rounds = 1000;          // boosting rounds at most (early stopping usually ends sooner)
    int early_stopping_rounds = 30; // stop when validation RMSE has not improved for this long
    double eta = 0.05;              // learning rate
    int max_depth = 8;
    double min_child_weight = 5.0;
    double subsample = 0.8;        // rows per tree
    double colsample_bytree = 0.8; // features per tree
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

} // namespace fluxlens::xgb
