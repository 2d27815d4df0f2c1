#pragma once

#include <QString>
#include <string>
#include <vector>

namespace fluxlens {

class Cache;
class JobReporter;

// True when this build can train the XGBoost baseline (libxgboost found).
bool demoXgboostAvailable();

// The demo's XGBoost baseline: a quick booster per target trained on every site but `heldOut`
// (the neural demo models' held-out sites, so all models are scored on the same unseen sites),
// saved to `folder`, registered as `name` with its predictions for every site. Returns an error
// message, empty on success; a cancelled run keeps nothing registered.
QString trainDemoXgboost(Cache& cache, const QString& name, const QString& folder,
                         const std::vector<std::string>& heldOut, JobReporter& reporter);

} // namespace fluxlens
