#pragma once

// The public, torch-free face of the ML engine: train, save, load, predict, and look inside FiLM.
// LibTorch stays behind the pimpl so Qt widgets can include this header.

#include "ml/ml_config.h"
#include "ml/site_series.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::ml {

// How FiLM is applied at prediction time (the FiLM lab). With learned (gamma, beta):
//   gamma = 1 + scale * (gamma_learned - 1),  beta = scale * beta_learned
// so scale 0 is the bare decoder and 1 the model as trained. When embeddingFrom is set the site's
// task embedding becomes (1 - mix) * own + mix * embedding(embeddingFrom) before the generator.
//
// siteEmbeddings / embeddingFromEmbeddings: the taskEmbeddings() of the site and of embeddingFrom
// computed once by the caller (one per ensemble member), so that repeated calls skip the task
// encoder; null: computed from the series on each call.
using MemberEmbeddings = std::vector<std::vector<float>>;
struct FilmControl {
    double scale = 1.0;
    const SiteSeries* embeddingFrom = nullptr;
    double mix = 1.0;
    const MemberEmbeddings* siteEmbeddings = nullptr;
    const MemberEmbeddings* embeddingFromEmbeddings = nullptr;
};

// Days firstDay..lastDay (day numbers since 1970-01-01, both included).
struct DayRange {
    int firstDay = 0;
    int lastDay = 0;
};

// FiLM parameters of one ensemble member for one site: gamma1/beta1 per input feature, gamma2/beta2
// per decoder hidden unit, after FilmControl is applied.
struct FilmParameters {
    std::vector<float> embedding;
    std::vector<float> gamma1, beta1, gamma2, beta2;
};

// Prediction for every day of a site's contiguous record (first to last day), in gC m-2 d-1:
// ensemble mean and standard deviation over members. GPP and RECO are clipped at 0. A target the
// model was not trained on (MlConfig::targets) is derived from NEE = RECO - GPP when the other two
// were trained (GPP and RECO again clipped at 0), and is NaN (missing) otherwise.
struct SitePrediction {
    std::string siteId;
    std::vector<int> dayNumbers;
    std::vector<float> gpp, reco, nee;
    std::vector<float> gppSd, recoSd, neeSd;
};

struct TrainProgress {
    int member = 0; // ensemble member, 0-based
    int memberCount = 1;
    std::string stage; // "pretrain" (stage 1, or the only stage of a baseline), "joint" (stage 2)
    int epoch = 0;     // 1-based within the stage
    int epochCount = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0; // NaN without validation sites
    double windowsPerSecond = 0.0;
    bool improved = false; // this epoch set a new best validation loss (checkpoint kept)
};

struct TrainRequest {
    ModelKind kind = ModelKind::TamRl;
    std::string name; // empty: defaultModelName(kind)
    MlConfig config;
    // The feature preset config.features came from ("tower", "remote", "era5", "custom"); empty:
    // named from the features (presetOfFeatures).
    std::string featurePreset;
    std::vector<std::string> heldOut; // site ids never used in training
    // Member k is trained with seed config.seed + firstMember + k. Training member m alone
    // (seeds = 1, firstMember = m) gives the same member as a whole run does, so an ensemble can
    // be trained member by member, resumed, and joined with FluxModel::ensemble.
    int firstMember = 0;
    std::function<void(const TrainProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // stops early, keeping the best checkpoint so far
};

class FluxModel {
public:
    ~FluxModel();
    FluxModel(FluxModel&&) noexcept;
    FluxModel& operator=(FluxModel&&) noexcept;

    // Trains config.seeds members on every site not in request.heldOut. Throws ModelError or
    // std::invalid_argument on unusable data or settings.
    static FluxModel train(const std::vector<SiteSeries>& sites, const TrainRequest& request);
    // Validates the whole folder; throws ModelError naming the file and the problem.
    static FluxModel load(const std::filesystem::path& folder);
    // Joins models trained on the same data with the same settings (all but seed and seeds) into
    // one ensemble whose members are theirs, in order. Throws ModelError naming what differs.
    static FluxModel ensemble(std::vector<FluxModel> parts);
    void save(const std::filesystem::path& folder) const; // throws ModelError when writing fails

    ModelKind kind() const;
    const std::string& name() const;
    const MlConfig& config() const;
    int memberCount() const;
    const std::vector<std::string>& trainingSites() const;
    const std::vector<std::string>& validationSites() const;
    const std::vector<std::string>& heldOutSites() const;
    const std::string& dataHash() const;
    // The feature preset the model was trained with (ml/feature_preset.h): tower, remote, era5 or
    // custom.
    const std::string& featurePreset() const;
    std::string metadataJson() const; // the model.json text

    // Runs on `device` (auto|cpu|cuda) with `threads` intra-op CPU threads from then on.
    void setDevice(const std::string& device, int threads);

    SitePrediction predict(const SiteSeries& site, const FilmControl& film = {}) const;
    // The same prediction on the days of `days` that lie in the site's record only: runs just the
    // windows overlapping them and averages them as predict() does, so each value equals
    // predict()'s for that day. A range outside the record gives an empty prediction (no days);
    // firstDay > lastDay throws std::invalid_argument.
    SitePrediction predict(const SiteSeries& site, const FilmControl& film,
                           const DayRange& days) const;
    // The decoder without any FiLM operation (TAM-RL only; other kinds predict as usual).
    SitePrediction predictBare(const SiteSeries& site) const;
    FilmParameters filmParameters(const SiteSeries& site, const FilmControl& film = {},
                                  int member = 0) const; // throws ModelError unless TAM-RL
    std::vector<float> taskEmbedding(const SiteSeries& site, int member = 0) const;
    // The task embedding of every ensemble member (TAM-RL only), for FilmControl::siteEmbeddings.
    MemberEmbeddings taskEmbeddings(const SiteSeries& site) const;

    struct Impl;

private:
    explicit FluxModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Library versions recorded in model metadata, e.g. "LibTorch 1.13.0".
std::string torchVersionString();
bool cudaAvailable();

} // namespace fluxlens::ml
