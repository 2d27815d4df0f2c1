#include "ml/xgboost/xgb_config.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace fluxlens::xgb {
namespace {
using nlohmann::json;

template <typename T>
void readKey(const json& j, const char* key, T& out, const std::string& origin) {
    const auto it = j.find(key);
    if (it == j.end())
        return;
    try {
        out = it->get<T>();
    } catch (const json::exception&) {
        throw std::invalid_argument(origin + ": XGBoost setting '" + key + "' has the wrong type");
    }
}

void require(bool ok, const char* key, const char* what) {
    if (!ok)
        throw std::invalid_argument(std::string("XGBoost setting '") + key + "' " + what);
}
} // namespace

void validateXgbConfig(const XgbConfig& c) {
    require(c.max_rounds >= 1 && c.max_rounds <= 100000, "max_rounds", "must be in 1..100000");
    require(c.early_stopping_rounds >= 1, "early_stopping_rounds", "must be at least 1");
    require(c.eta > 0 && c.eta <= 1, "eta", "must be in (0, 1]");
    require(c.max_depth >= 1 && c.max_depth <= 32, "max_depth", "must be in 1..32");
    require(c.min_child_weight >= 0, "min_child_weight", "must not be negative");
    require(c.subsample > 0 && c.subsample <= 1, "subsample", "must be in (0, 1]");
    require(c.colsample_bynode > 0 && c.colsample_bynode <= 1, "colsample_bynode",
            "must be in (0, 1]");
    require(c.colsample_bytree > 0 && c.colsample_bytree <= 1, "colsample_bytree",
            "must be in (0, 1]");
    require(c.lambda >= 0, "lambda", "must not be negative");
    require(c.alpha >= 0, "alpha", "must not be negative");
    require(c.tree_method == "hist" || c.tree_method == "approx" || c.tree_method == "exact",
            "tree_method", "must be hist, approx or exact");
    require(c.validation_fraction >= 0 && c.validation_fraction < 1, "validation_fraction",
            "must be in [0, 1)");
    require(c.threads >= 0 && c.threads <= 1024, "threads", "must be in 0..1024");
    require(c.qc_missing_weight >= 0 && c.qc_missing_weight <= 1, "qc_missing_weight",
            "must be in [0, 1]");
}

XgbConfig xgbConfigFromJson(const std::string& jsonText, const std::string& origin) {
    const json j = json::parse(jsonText, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw std::invalid_argument(origin + ": XGBoost settings are not a JSON object");
    static const char* const known[] = {"max_rounds",
                                        "early_stopping_rounds",
                                        "eta",
                                        "max_depth",
                                        "min_child_weight",
                                        "subsample",
                                        "colsample_bynode",
                                        "colsample_bytree",
                                        "lambda",
                                        "alpha",
                                        "tree_method",
                                        "validation_fraction",
                                        "seed",
                                        "threads",
                                        "qc_weighting",
                                        "qc_missing_weight"};
    for (const auto& [key, value] : j.items()) {
        bool ok = false;
        for (const char* k : known)
            ok = ok || key == k;
        if (!ok)
            throw std::invalid_argument(origin + ": unknown XGBoost setting '" + key + "'");
    }
    XgbConfig c;
    readKey(j, "max_rounds", c.max_rounds, origin);
    readKey(j, "early_stopping_rounds", c.early_stopping_rounds, origin);
    readKey(j, "eta", c.eta, origin);
    readKey(j, "max_depth", c.max_depth, origin);
    readKey(j, "min_child_weight", c.min_child_weight, origin);
    readKey(j, "subsample", c.subsample, origin);
    readKey(j, "colsample_bynode", c.colsample_bynode, origin);
    readKey(j, "colsample_bytree", c.colsample_bytree, origin);
    readKey(j, "lambda", c.lambda, origin);
    readKey(j, "alpha", c.alpha, origin);
    readKey(j, "tree_method", c.tree_method, origin);
    readKey(j, "validation_fraction", c.validation_fraction, origin);
    readKey(j, "seed", c.seed, origin);
    readKey(j, "threads", c.threads, origin);
    readKey(j, "qc_weighting", c.qc_weighting, origin);
    readKey(j, "qc_missing_weight", c.qc_missing_weight, origin);
    try {
        validateXgbConfig(c);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(origin + ": " + e.what());
    }
    return c;
}

std::string xgbConfigToJson(const XgbConfig& c) {
    return json{{"max_rounds", c.max_rounds},
                {"early_stopping_rounds", c.early_stopping_rounds},
                {"eta", c.eta},
                {"max_depth", c.max_depth},
                {"min_child_weight", c.min_child_weight},
                {"subsample", c.subsample},
                {"colsample_bynode", c.colsample_bynode},
                {"colsample_bytree", c.colsample_bytree},
                {"lambda", c.lambda},
                {"alpha", c.alpha},
                {"tree_method", c.tree_method},
                {"validation_fraction", c.validation_fraction},
                {"seed", c.seed},
                {"threads", c.threads},
                {"qc_weighting", c.qc_weighting},
                {"qc_missing_weight", c.qc_missing_weight}}
        .dump();
}

std::string xgbConfigLabel(const XgbConfig& c) {
    const XgbConfig q;
    std::string changed;
    const auto note = [&](bool differs, const char* key, const std::string& value) {
        if (differs)
            changed += (changed.empty() ? "" : ", ") + std::string(key) + " " + value;
    };
    const auto text = [](double v) { return json(v).dump(); };
    note(c.max_rounds != q.max_rounds, "max_rounds", std::to_string(c.max_rounds));
    note(c.early_stopping_rounds != q.early_stopping_rounds, "early_stopping_rounds",
         std::to_string(c.early_stopping_rounds));
    note(c.eta != q.eta, "eta", text(c.eta));
    note(c.max_depth != q.max_depth, "max_depth", std::to_string(c.max_depth));
    note(c.min_child_weight != q.min_child_weight, "min_child_weight", text(c.min_child_weight));
    note(c.subsample != q.subsample, "subsample", text(c.subsample));
    note(c.colsample_bynode != q.colsample_bynode, "colsample_bynode", text(c.colsample_bynode));
    note(c.colsample_bytree != q.colsample_bytree, "colsample_bytree", text(c.colsample_bytree));
    note(c.tree_method != q.tree_method, "tree_method", c.tree_method);
    return changed.empty() ? std::string(kQuickEvalLabel)
                           : std::string(kQuickEvalLabel) + ", changed: " + changed;
}

} // namespace fluxlens::xgb
