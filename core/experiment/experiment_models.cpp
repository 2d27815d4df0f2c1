#include "experiment/experiment_models.h"

#include "ml/model_error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fluxlens::experiment {
namespace {
std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The settings a finished member must have been trained with (device and threads may differ:
// they change at most the last bits).
bool sameSettings(ml::MlConfig a, ml::MlConfig b) {
    a.device = b.device;
    a.threads = b.threads;
    return a == b;
}
} // namespace

ml::FluxModel trainOrResumeMember(const std::vector<ml::SiteSeries>& sites, ml::ModelKind kind,
                                  const ml::MlConfig& config, int member,
                                  const std::vector<std::string>& heldOut,
                                  const std::filesystem::path& folder,
                                  const ExperimentReporter& reporter,
                                  const std::function<void(double)>& progress) {
    ml::MlConfig memberConfig = config;
    memberConfig.seeds = 1;
    const std::string label =
        std::string(ml::defaultModelName(kind)) + " member " + std::to_string(member + 1) +
        " (seed " + std::to_string(config.seed + static_cast<std::uint64_t>(member)) + ")";
    if (std::filesystem::exists(folder / "model.json")) {
        try {
            ml::FluxModel kept = ml::FluxModel::load(folder);
            kept.setDevice(config.device, config.threads);
            if (kept.kind() == kind && sameSettings(kept.config(), memberConfig) &&
                sorted(kept.heldOutSites()) == sorted(heldOut)) {
                reporter.say(label + ": kept from " + folder.string());
                progress(1.0);
                return kept;
            }
            reporter.say(label + ": " + folder.string() +
                         " holds a member of other settings; training it again");
        } catch (const ml::ModelError& e) {
            reporter.say(label + ": " + e.what() + "; training it again");
        }
    }
    reporter.say(label + ": training");
    ml::TrainRequest request;
    request.kind = kind;
    request.config = memberConfig;
    request.heldOut = heldOut;
    request.firstMember = member;
    request.cancel = reporter.cancel;
    request.progress = [&](const ml::TrainProgress& p) {
        // TAM-RL runs two stages; the baselines one.
        const bool twoStages = kind == ml::ModelKind::TamRl;
        const double stageShare = twoStages ? 0.5 : 1.0;
        const double stageStart = twoStages && p.stage == "joint" ? 0.5 : 0.0;
        progress(stageStart + stageShare * p.epoch / std::max(1, p.epochCount));
        char line[160];
        std::snprintf(line, sizeof line, "%s: %s epoch %d/%d, train loss %.5f, validation %.5f%s",
                      label.c_str(), p.stage.c_str(), p.epoch, p.epochCount, p.trainLoss,
                      p.validationLoss, p.improved ? " (best)" : "");
        reporter.say(line);
    };
    ml::FluxModel model = ml::FluxModel::train(sites, request);
    if (reporter.cancelled())
        throw ExperimentCancelled();
    model.save(folder);
    progress(1.0);
    return model;
}

xgb::XgbModel
trainOrResumeXgboost(const std::vector<ml::SiteSeries>& sites, const xgb::XgbConfig& config,
                     const ml::FeatureSelection& drivers, const std::vector<std::string>& heldOut,
                     const std::filesystem::path& folder, const ExperimentReporter& reporter) {
    if (xgb::isXgboostModelFolder(folder)) {
        try {
            xgb::XgbModel kept = xgb::XgbModel::load(folder);
            xgb::XgbConfig a = kept.config(), b = config;
            a.threads = b.threads;
            if (a == b && kept.drivers() == drivers.features &&
                sorted(kept.heldOutSites()) == sorted(heldOut)) {
                kept.setThreads(config.threads);
                reporter.say("XGBoost: kept from " + folder.string());
                return kept;
            }
            reporter.say("XGBoost: " + folder.string() + " holds other settings; training again");
        } catch (const ml::ModelError& e) {
            reporter.say(std::string("XGBoost: ") + e.what() + "; training it again");
        }
    }
    reporter.say("XGBoost: training");
    xgb::XgbTrainRequest request;
    request.config = config;
    request.drivers = drivers.features;
    request.featurePreset = drivers.preset;
    request.heldOut = heldOut;
    request.cancel = reporter.cancel;
    request.progress = [&](const xgb::XgbTrainProgress& p) {
        if (p.finished)
            reporter.say("XGBoost " + p.target + ": " + std::to_string(p.bestRound) +
                         " rounds, validation RMSE " + std::to_string(p.validationRmse));
    };
    xgb::XgbModel model = xgb::XgbModel::train(sites, request);
    if (reporter.cancelled())
        throw ExperimentCancelled();
    model.save(folder);
    return model;
}

} // namespace fluxlens::experiment
