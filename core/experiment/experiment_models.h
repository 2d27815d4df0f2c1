#pragma once

// Training (or resuming) the experiment's models member by member, so that an interrupted run
// keeps every finished member: one folder per member under <report>/members/.

#include "ml/feature_preset.h"
#include "ml/flux_model.h"
#include "ml/xgboost/xgb_model.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fluxlens::experiment {

// Thrown when the cancel flag stops the run; finished members stay on disk.
struct ExperimentCancelled : std::runtime_error {
    ExperimentCancelled()
        : std::runtime_error("the experiment was cancelled; finished members are kept") {}
};

struct ExperimentReporter {
    std::function<void(double fraction)> progress; // 0..1 of the whole experiment
    std::function<void(const std::string&)> log;   // one line
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
    void say(const std::string& line) const {
        if (log)
            log(line);
    }
};

// Member `member` of a network ensemble (seed config.seed + member), from `folder` when a finished
// one with the same held-out sites is there, else trained and saved there. `progress` gets the
// member's own 0..1.
ml::FluxModel trainOrResumeMember(const std::vector<ml::SiteSeries>& sites, ml::ModelKind kind,
                                  const ml::MlConfig& config, int member,
                                  const std::vector<std::string>& heldOut,
                                  const std::filesystem::path& folder,
                                  const ExperimentReporter& reporter,
                                  const std::function<void(double)>& progress);

// The XGBoost baseline on the experiment's drivers, likewise kept in `folder` once finished.
xgb::XgbModel
trainOrResumeXgboost(const std::vector<ml::SiteSeries>& sites, const xgb::XgbConfig& config,
                     const ml::FeatureSelection& drivers, const std::vector<std::string>& heldOut,
                     const std::filesystem::path& folder, const ExperimentReporter& reporter);

} // namespace fluxlens::experiment
