#include "experiment/experiment_options.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace fluxlens::experiment {

std::vector<std::string> allModelCodes() {
    return {"tamrl", "ctlstm", "tamlstm", kXgboostCode};
}

std::vector<std::string> parseNameList(const std::string& text, const std::string& option) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty())
            throw std::invalid_argument(option + ": empty item in '" + text + "'");
        out.push_back(item);
    }
    if (out.empty())
        throw std::invalid_argument(option + " must name at least one item");
    return out;
}

std::vector<std::string> parseModelList(const std::string& text) {
    const std::vector<std::string> known = allModelCodes();
    std::vector<std::string> codes;
    for (const std::string& code : parseNameList(text, "--models")) {
        if (std::find(known.begin(), known.end(), code) == known.end())
            throw std::invalid_argument("--models: '" + code +
                                        "' is not one of tamrl, ctlstm, tamlstm, xgboost");
        if (std::find(codes.begin(), codes.end(), code) != codes.end())
            throw std::invalid_argument("--models: '" + code + "' is named twice");
        codes.push_back(code);
    }
    return codes;
}

void validateOptions(const ExperimentOptions& options) {
    if (options.cachePath.empty())
        throw std::invalid_argument("the cache file is not set");
    if (options.outDir.empty())
        throw std::invalid_argument("the report folder is not set");
    if (options.models.empty())
        throw std::invalid_argument("--models must name at least one model");
    if (options.seeds < 1 || options.seeds > 100)
        throw std::invalid_argument("--seeds must be in 1..100");
    if (!(options.holdoutFraction > 0.0 && options.holdoutFraction < 1.0))
        throw std::invalid_argument("--holdout-fraction must be in (0, 1)");
    if (options.trainingSites < 0)
        throw std::invalid_argument("--training-sites must not be negative");
    ml::validateConfig(options.network);
    xgb::validateXgbConfig(options.xgboost);
}

std::string experimentModelName(const ExperimentOptions& options, const std::string& code) {
    if (code == kXgboostCode)
        return "XGBoost" + options.nameSuffix;
    const auto kind = ml::parseModelKind(code);
    if (!kind)
        throw std::invalid_argument("unknown model code '" + code + "'");
    return std::string(ml::defaultModelName(*kind)) + options.nameSuffix;
}

std::string optionsToJson(const ExperimentOptions& options) {
    using nlohmann::json;
    json j{{"cache", std::filesystem::absolute(options.cachePath).string()},
           {"models", options.models},
           {"seeds", options.seeds},
           {"holdout_fraction", options.holdoutFraction},
           {"split_seed", options.splitSeed},
           {"training_sites", options.trainingSites},
           {"features", options.features},
           {"name_suffix", options.nameSuffix},
           {"network_config", json::parse(ml::configToJson(options.network))},
           {"xgboost_config", json::parse(xgb::xgbConfigToJson(options.xgboost))}};
    return j.dump(2);
}

} // namespace fluxlens::experiment
