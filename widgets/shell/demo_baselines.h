#pragma once

#include <QString>

namespace fluxlens {

class CacheConnector;
class JobReporter;

// After the demo world opens for the first time: trains quick versions of TAMLSTM, CT-LSTM,
// TAM-RL and (when built with libxgboost) XGBoost on it, all on the same training sites (a fifth
// of the sites held out), stores their predictions and evaluates them, so a newcomer sees
// metrics, comparisons and the FiLM lab without setting anything up. The job's log says
// "Training the demo models (2 of 4)…" as it goes. Models already in the cache are not trained
// again. Returns an error message, empty on success.
QString trainDemoBaselines(const CacheConnector& cache, JobReporter& reporter);

// How many models trainDemoBaselines trains on an empty cache (4 with XGBoost, else 3).
int demoBaselineCount();

} // namespace fluxlens
