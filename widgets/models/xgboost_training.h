#pragma once

#include "jobs/background_job.h"
#include "session/cache_connector.h"
#include "train_settings.h"

#include <QString>

namespace fluxlens {

// Whether this build has the XGBoost baseline (libxgboost).
bool xgboostAvailable();

// The XGBoost baseline's training run from the train dialog, off the GUI thread: the same sites,
// feature preset and held-out split as the neural models, the FLUXCOM-X QuickEval configuration
// (up to settings.xgbMaxRounds rounds), then save, register and store predictions. Cancelling
// keeps the best rounds so far. Returns an error message, empty on success.
QString runXgboostTraining(const CacheConnector& connector, const TrainSettings& settings,
                           JobReporter& reporter);

// The model library's Predict for a registered XGBoost model: loads its folder and stores its
// predictions for every cached site with its drivers. Returns an error message, empty on success.
QString predictXgboostSites(const CacheConnector& connector, const std::string& modelName,
                            const std::string& folder, JobReporter& reporter);

} // namespace fluxlens
