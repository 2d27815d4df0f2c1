#pragma once

// The sites a training run from the train dialog uses, shared by the neural models and XGBoost:
// the feature preset resolved against the cache, the sites holding its drivers, and the held-out
// split (a list file or a Köppen-stratified share).

#include "cache/cache.h"
#include "jobs/background_job.h"
#include "ml/site_series.h"
#include "train_settings.h"

#include <string>
#include <vector>

namespace fluxlens {

struct TrainingSites {
    std::string featurePreset;         // tower, remote, era5 or custom
    std::vector<std::string> features; // resolved inputs, DOY terms included
    std::vector<ml::SiteSeries> sites;
    std::vector<std::string> heldOut;
};

// Throws std::exception with a message naming the sites and variables when the preset's drivers
// are missing, or when fewer than 3 sites hold them. Logs the preset, features and split.
TrainingSites loadTrainingSites(const Cache& cache, const TrainSettings& settings,
                                JobReporter& reporter);

} // namespace fluxlens
