#pragma once

// The XGBoost baseline: one gradient-boosted tree ensemble per target (GPP, RECO, NEE) on the
// flattened per-day features of xgb_features.h, trained on the same training sites as the neural
// models, saved to and loaded from a model folder like theirs. No LibTorch, no Qt.
//
// Model folder:
//   model.json          {"format":"fluxlens-model","format_version":1,"kind":"xgboost","name",
//                        "created_utc","config","configuration" (xgbConfigLabel),
//                        "feature_preset","drivers","features","targets","boosters":[{"target",
//                        "file","bytes","sha256","rounds"}],"training_sites","validation_sites",
//                        "heldout_sites","data_sha256","versions":{"fluxlens","xgboost",
//                        "nlohmann_json"}}
//   booster_<T>.json    XGBoost's own JSON model format, one per target
// Loading checks all of it (sizes and hashes before XGBoost parses a byte) and throws
// ml::ModelError naming the file for a truncated, corrupt, foreign or mismatched folder.

#include "ml/site_series.h"
#include "ml/xgboost/xgb_config.h"
#include "ml/xgboost/xgb_features.h"

#include <array>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::xgb {

inline constexpr const char* kXgbKind = "xgboost";
inline constexpr const char* kXgbDefaultName = "XGBoost";
inline constexpr std::array<const char*, 3> kXgbTargets = {"GPP", "RECO", "NEE"};

struct XgbTrainProgress {
    std::string target; // "GPP", "RECO", "NEE"
    int round = 0;      // 1-based
    int maxRounds = 0;
    double validationRmse = 0.0; // gC m-2 d-1; on training rows when there are no validation sites
    int bestRound = 0;
    bool finished = false; // the target's last report (early stop, max rounds or cancel)
};

struct XgbTrainRequest {
    std::string name = kXgbDefaultName;
    XgbConfig config;
    // Input drivers (cache column names plus DOY_SIN/DOY_COS), normally a resolved feature preset
    // (ml/feature_preset.h); the table's derived columns follow from them.
    std::vector<std::string> drivers = baseDriverNames();
    std::string featurePreset = "remote"; // recorded in model.json
    std::vector<std::string> heldOut;     // site ids never used in training (zero-shot evaluation)
    std::function<void(const XgbTrainProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // stops after the current round, keeping the best
};

// Per day of the site's record, gC m-2 d-1; GPP and RECO clipped at 0; NaN on days without any
// driver.
struct XgbPrediction {
    std::string siteId;
    std::vector<int> dayNumbers;
    std::vector<float> gpp, reco, nee;
};

// Keep an XgbModel out of static storage: XGBoost's own statics may be gone when a static model
// is destroyed at exit.
class XgbModel {
public:
    ~XgbModel();
    XgbModel(XgbModel&&) noexcept;
    XgbModel& operator=(XgbModel&&) noexcept;

    // Trains on every site with flux targets that is not held out. Throws ml::ModelError when
    // there is nothing to train on or XGBoost fails, std::invalid_argument for bad settings.
    static XgbModel train(const std::vector<ml::SiteSeries>& sites, const XgbTrainRequest& request);
    static XgbModel load(const std::filesystem::path& folder);
    void save(const std::filesystem::path& folder) const; // throws ml::ModelError

    const std::string& name() const;
    const XgbConfig& config() const;
    const std::vector<std::string>& features() const;
    const std::vector<std::string>& drivers() const;
    const std::string& featurePreset() const; // "" for folders written before presets existed
    const std::vector<std::string>& trainingSites() const;
    const std::vector<std::string>& validationSites() const;
    const std::vector<std::string>& heldOutSites() const;
    const std::string& dataHash() const;
    int rounds(int target) const; // boosting rounds kept for target 0 (GPP), 1 (RECO), 2 (NEE)
    std::string metadataJson() const;

    XgbPrediction predict(const ml::SiteSeries& site) const;
    // XGBoost threads for prediction from then on (0: all cores). Throws ml::ModelError.
    void setThreads(int threads);

    struct Impl;

private:
    explicit XgbModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// True when folder/model.json exists and names kind "xgboost" (no other validation; never
// throws). Lets `predict` pick the engine before loading.
bool isXgboostModelFolder(const std::filesystem::path& folder);

std::string xgboostVersionString(); // e.g. "1.7.4"

} // namespace fluxlens::xgb
