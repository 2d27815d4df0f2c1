#include "ml/ml_config.h"

#include "ml/json_value.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace fluxlens::ml {

std::string_view modelKindCode(ModelKind kind) {
    switch (kind) {
    case ModelKind::TamRl:
        return "tamrl";
    case ModelKind::CtLstm:
        return "ctlstm";
    case ModelKind::TamLstm:
        return "tamlstm";
    }
    return "unknown";
}

std::string_view defaultModelName(ModelKind kind) {
    switch (kind) {
    case ModelKind::TamRl:
        return "TAM-RL";
    case ModelKind::CtLstm:
        return "CT-LSTM";
    case ModelKind::TamLstm:
        return "TAMLSTM";
    }
    return "unknown";
}

std::optional<ModelKind> parseModelKind(std::string_view code) {
    for (ModelKind k : {ModelKind::TamRl, ModelKind::CtLstm, ModelKind::TamLstm})
        if (modelKindCode(k) == code)
            return k;
    return std::nullopt;
}

std::vector<std::string> defaultFeatures() {
    return {"b1",      "b2",      "b3",          "b4",      "b5",       "b6",
            "b7",      "NDVI",    "EVI",         "NIRv",    "t2m_degC", "ssrd_W_m2",
            "vpd_hPa", "tp_mm_d", "swvl1_m3_m3", "DOY_SIN", "DOY_COS"};
}

std::vector<std::string> allTargets() {
    return {"GPP", "RECO", "NEE"};
}

std::array<bool, 3> selectedTargets(const MlConfig& config) {
    const std::vector<std::string> names = allTargets();
    std::array<bool, 3> selected{};
    for (std::size_t t = 0; t < names.size(); ++t)
        selected[t] = std::find(config.targets.begin(), config.targets.end(), names[t]) !=
                      config.targets.end();
    return selected;
}

double fluxLossWeight(const MlConfig& config) {
    const std::array<bool, 3> selected = selectedTargets(config);
    return selected[0] && selected[1] && selected[2] ? config.flux_alpha : 0.0;
}

namespace {
using nlohmann::json;

template <typename T>
void readKey(const json& j, const char* key, T& out, const std::string& origin) {
    auto it = j.find(key);
    if (it == j.end())
        return;
    std::optional<T> value = jsonValueAs<T>(*it);
    if (!value)
        throw std::invalid_argument(origin + ": config key '" + key + "' has the wrong type (" +
                                    it->type_name() + ") or is out of range");
    out = std::move(*value);
}

void require(bool ok, const char* key, const char* what) {
    if (!ok)
        throw std::invalid_argument(std::string("config key '") + key + "' " + what);
}
} // namespace

void validateConfig(const MlConfig& c) {
    require(!c.features.empty(), "features", "must list at least one feature");
    for (std::size_t i = 0; i < c.features.size(); ++i)
        for (std::size_t k = i + 1; k < c.features.size(); ++k)
            require(c.features[i] != c.features[k], "features", "lists a feature twice");
    require(!c.targets.empty(), "targets", "must list at least one of GPP, RECO, NEE");
    const std::vector<std::string> targetNames = allTargets();
    for (std::size_t i = 0; i < c.targets.size(); ++i) {
        if (std::find(targetNames.begin(), targetNames.end(), c.targets[i]) == targetNames.end())
            throw std::invalid_argument("config key 'targets' lists '" + c.targets[i] +
                                        "', which is not one of GPP, RECO, NEE");
        for (std::size_t k = i + 1; k < c.targets.size(); ++k)
            require(c.targets[i] != c.targets[k], "targets", "lists a target twice");
    }
    require(c.window_days >= 2 && c.window_days <= 3660, "window_days", "must be in 2..3660");
    require(c.stride_days >= 1 && c.stride_days <= c.window_days, "stride_days",
            "must be in 1..window_days");
    require(c.hidden >= 1 && c.hidden <= 4096, "hidden", "must be in 1..4096");
    require(c.layers >= 1 && c.layers <= 8, "layers", "must be in 1..8");
    require(c.dropout >= 0 && c.dropout < 1, "dropout", "must be in [0, 1)");
    require(c.film_at == "both" || c.film_at == "input" || c.film_at == "hidden", "film_at",
            "must be both, input or hidden");
    require(c.early_stopping == "across_stages" || c.early_stopping == "per_stage",
            "early_stopping", "must be across_stages or per_stage");
    // Fewer scored days than the stride would leave days that no window predicts.
    require(c.loss_last_days == 0 ||
                (c.loss_last_days >= c.stride_days && c.loss_last_days <= c.window_days),
            "loss_last_days", "must be 0 (every day) or in stride_days..window_days");
    require(c.encoder_hidden >= 1 && c.encoder_hidden <= 4096, "encoder_hidden",
            "must be in 1..4096");
    require(c.embedding >= 1 && c.embedding <= 4096, "embedding", "must be in 1..4096");
    require(c.generator_hidden >= 1 && c.generator_hidden <= 4096, "generator_hidden",
            "must be in 1..4096");
    require(c.stage1_epochs >= 0 && c.stage2_epochs >= 0, "stage1_epochs/stage2_epochs",
            "must not be negative");
    require(c.batch_windows >= 1, "batch_windows", "must be positive");
    require(c.sites_per_batch >= 1, "sites_per_batch", "must be positive");
    require(c.support_windows >= 1, "support_windows", "must be positive");
    require(c.query_windows >= 1, "query_windows", "must be positive");
    require(c.learning_rate > 0 && c.stage2_learning_rate > 0, "learning_rate", "must be positive");
    require(c.flux_alpha >= 0, "flux_alpha", "must not be negative");
    require(c.grad_clip > 0, "grad_clip", "must be positive");
    require(c.patience >= 1, "patience", "must be positive");
    require(c.validation_fraction >= 0 && c.validation_fraction < 1, "validation_fraction",
            "must be in [0, 1)");
    require(c.qc_missing_weight >= 0 && c.qc_missing_weight <= 1, "qc_missing_weight",
            "must be in [0, 1]");
    require(c.support_years >= 1, "support_years", "must be positive");
    require(c.seeds >= 1 && c.seeds <= 100, "seeds", "must be in 1..100");
    require(c.device == "auto" || c.device == "cpu" || c.device == "cuda", "device",
            "must be auto, cpu or cuda");
    require(c.threads >= 1 && c.threads <= 256, "threads", "must be in 1..256");
    require(c.max_inference_support_windows >= 1, "max_inference_support_windows",
            "must be positive");
}

MlConfig configFromJson(const std::string& text, const std::string& origin) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        throw std::invalid_argument(origin + ": not valid JSON (" + e.what() + ")");
    }
    if (!j.is_object())
        throw std::invalid_argument(origin + ": the config must be a JSON object");
    static const std::vector<std::string> known = {"features",
                                                   "targets",
                                                   "window_days",
                                                   "stride_days",
                                                   "hidden",
                                                   "layers",
                                                   "dropout",
                                                   "encoder_hidden",
                                                   "embedding",
                                                   "generator_hidden",
                                                   "encoder_uses_fluxes",
                                                   "encoder_uses_classes",
                                                   "film_at",
                                                   "stage1_epochs",
                                                   "stage2_epochs",
                                                   "loss_last_days",
                                                   "batch_windows",
                                                   "sites_per_batch",
                                                   "support_windows",
                                                   "query_windows",
                                                   "learning_rate",
                                                   "stage2_learning_rate",
                                                   "flux_alpha",
                                                   "grad_clip",
                                                   "patience",
                                                   "early_stopping",
                                                   "validation_fraction",
                                                   "qc_missing_weight",
                                                   "support_years",
                                                   "seeds",
                                                   "seed",
                                                   "device",
                                                   "threads",
                                                   "max_inference_support_windows"};
    for (const auto& item : j.items())
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            throw std::invalid_argument(origin + ": unknown config key '" + item.key() + "'");
    MlConfig c;
    readKey(j, "features", c.features, origin);
    readKey(j, "targets", c.targets, origin);
    readKey(j, "window_days", c.window_days, origin);
    readKey(j, "stride_days", c.stride_days, origin);
    readKey(j, "hidden", c.hidden, origin);
    readKey(j, "layers", c.layers, origin);
    readKey(j, "dropout", c.dropout, origin);
    readKey(j, "encoder_hidden", c.encoder_hidden, origin);
    readKey(j, "embedding", c.embedding, origin);
    readKey(j, "generator_hidden", c.generator_hidden, origin);
    readKey(j, "encoder_uses_fluxes", c.encoder_uses_fluxes, origin);
    readKey(j, "encoder_uses_classes", c.encoder_uses_classes, origin);
    readKey(j, "film_at", c.film_at, origin);
    readKey(j, "stage1_epochs", c.stage1_epochs, origin);
    readKey(j, "stage2_epochs", c.stage2_epochs, origin);
    readKey(j, "loss_last_days", c.loss_last_days, origin);
    readKey(j, "batch_windows", c.batch_windows, origin);
    readKey(j, "sites_per_batch", c.sites_per_batch, origin);
    readKey(j, "support_windows", c.support_windows, origin);
    readKey(j, "query_windows", c.query_windows, origin);
    readKey(j, "learning_rate", c.learning_rate, origin);
    readKey(j, "stage2_learning_rate", c.stage2_learning_rate, origin);
    readKey(j, "flux_alpha", c.flux_alpha, origin);
    readKey(j, "grad_clip", c.grad_clip, origin);
    readKey(j, "patience", c.patience, origin);
    readKey(j, "early_stopping", c.early_stopping, origin);
    readKey(j, "validation_fraction", c.validation_fraction, origin);
    readKey(j, "qc_missing_weight", c.qc_missing_weight, origin);
    readKey(j, "support_years", c.support_years, origin);
    readKey(j, "seeds", c.seeds, origin);
    readKey(j, "seed", c.seed, origin);
    readKey(j, "device", c.device, origin);
    readKey(j, "threads", c.threads, origin);
    readKey(j, "max_inference_support_windows", c.max_inference_support_windows, origin);
    try {
        validateConfig(c);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(origin + ": " + e.what());
    }
    return c;
}

std::string configToJson(const MlConfig& c) {
    json j = {{"features", c.features},
              {"targets", c.targets},
              {"window_days", c.window_days},
              {"stride_days", c.stride_days},
              {"hidden", c.hidden},
              {"layers", c.layers},
              {"dropout", c.dropout},
              {"encoder_hidden", c.encoder_hidden},
              {"embedding", c.embedding},
              {"generator_hidden", c.generator_hidden},
              {"encoder_uses_fluxes", c.encoder_uses_fluxes},
              {"encoder_uses_classes", c.encoder_uses_classes},
              {"film_at", c.film_at},
              {"stage1_epochs", c.stage1_epochs},
              {"stage2_epochs", c.stage2_epochs},
              {"loss_last_days", c.loss_last_days},
              {"batch_windows", c.batch_windows},
              {"sites_per_batch", c.sites_per_batch},
              {"support_windows", c.support_windows},
              {"query_windows", c.query_windows},
              {"learning_rate", c.learning_rate},
              {"stage2_learning_rate", c.stage2_learning_rate},
              {"flux_alpha", c.flux_alpha},
              {"grad_clip", c.grad_clip},
              {"patience", c.patience},
              {"early_stopping", c.early_stopping},
              {"validation_fraction", c.validation_fraction},
              {"qc_missing_weight", c.qc_missing_weight},
              {"support_years", c.support_years},
              {"seeds", c.seeds},
              {"seed", c.seed},
              {"device", c.device},
              {"threads", c.threads},
              {"max_inference_support_windows", c.max_inference_support_windows}};
    return j.dump(2);
}

} // namespace fluxlens::ml
