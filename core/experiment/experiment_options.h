#pragma once

// What `fluxlens-cli experiment` and Models ▸ Run the paper's experiment… run: the paper's
// zero-shot protocol on one cache, written to one report folder.

#include "ml/ml_config.h"
#include "ml/xgboost/xgb_config.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::experiment {

// The models an experiment can train; the reference products in the cache are always scored.
inline constexpr const char* kXgboostCode = "xgboost";
std::vector<std::string> allModelCodes(); // tamrl, ctlstm, tamlstm, xgboost

struct ExperimentOptions {
    std::filesystem::path cachePath;
    std::filesystem::path outDir;
    std::vector<std::string> models = allModelCodes();
    // Neural networks: ensembles of `seeds` members (seeds network.seed ... + seeds - 1);
    // network.seeds is ignored. The paper uses 10.
    int seeds = 5;
    // Share of sites held out, stratified by Köppen class and, within a class, by IGBP class.
    // The paper holds out 164 of 579 sites (0.283).
    double holdoutFraction = 0.28;
    std::uint64_t splitSeed = 42;
    // 0: every site that is not held out trains; N: only N of them, drawn stratified by Köppen
    // and IGBP class as the held-out sites are (learning curves; the held-out sites stay the
    // same for every N).
    int trainingSites = 0;
    // The input drivers of every model, XGBoost included: a preset ("tower", "remote", "era5") or
    // a comma-separated list of names, resolved against the cache (ml/driver_availability.h).
    // runExperiment writes the resolved list into network.features.
    std::string features = "remote";
    ml::MlConfig network;   // settings of TAM-RL, CT-LSTM and TAMLSTM (device, threads, ...)
    xgb::XgbConfig xgboost; // settings of the XGBoost baseline (one model, seed xgboost.seed)
    // Appended to each model's name in the cache ("TAM-RL (experiment)") so that the first-run
    // demo models or the user's own models of the default names are left alone.
    std::string nameSuffix = " (experiment)";
};

// "tamrl,ctlstm,xgboost" -> codes; throws std::invalid_argument naming an unknown or repeated one.
std::vector<std::string> parseModelList(const std::string& text);
// Comma-separated names -> list; throws std::invalid_argument for an empty list or item.
std::vector<std::string> parseNameList(const std::string& text, const std::string& option);
// Throws std::invalid_argument naming the option that is out of range.
void validateOptions(const ExperimentOptions& options);
// The cache name of a model of the experiment, e.g. "TAM-RL (experiment)".
std::string experimentModelName(const ExperimentOptions& options, const std::string& code);
// Everything that decides the results, as JSON (config.json of the report folder).
std::string optionsToJson(const ExperimentOptions& options);

} // namespace fluxlens::experiment
