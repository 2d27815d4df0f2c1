#pragma once

#include "cache/cache.h"
#include "jobs/background_job.h"
#include "session/cache_connector.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace fluxlens {

// A registered model as the library lists it: the cache's record, what its metadata says, and
// the pooled metrics stored for it (if it was evaluated).
struct ModelSummary {
    ModelRecord record;
    QDateTime createdUtc;   // from the metadata, else the registration time
    int trainingSites = -1; // -1: not recorded
    int heldOutSites = -1;
    QString dataHash;       // SHA-256 of the training data, when recorded
    QStringList targets;    // fluxes trained, in head order (models before the choice: all three)
    QString featurePreset;  // tower, remote, era5, custom; "" when not recorded
    QStringList features;   // the model's inputs (XGBoost: its drivers)
    QString configuration;  // e.g. "FLUXCOM-X QuickEval configuration" (XGBoost)
    bool cancelled = false; // training was cancelled (best checkpoint kept)
    bool hasPredictions = false;
    QString metrics; // e.g. "GPP RMSE 1.21, R² 0.81; NEE RMSE 0.95, R² 0.63"; "" if none
};

std::vector<ModelSummary> summarizeModels(const Cache& cache);

// Validates `folder` with the engine (FluxModel::load) and registers the model in the cache.
// Throws std::runtime_error with a message naming the folder and the problem when the folder is
// no usable model, or when another folder is already registered under the model's name.
ModelRecord registerModelFolder(Cache& cache, const QString& folder);

// Predicts every site with drivers with the registered model `modelName` and stores the
// predictions. Runs off the GUI thread (opens its own cache connection). Returns an error
// message, empty on success.
QString predictAllSites(const CacheConnector& cache, const QString& modelName,
                        JobReporter& reporter);

// Scores every model with predictions against the observations and stores the metrics (empty on
// success). Without the evaluation library it says so.
QString evaluateAllModels(const CacheConnector& cache, JobReporter& reporter);

// Removes a model from the cache (with its predictions and metrics). When deleteFiles is set, its
// folder's model files (model.json, member_*.pt) are deleted too, and the folder if then empty.
// Returns an error message, empty on success.
QString deleteModel(Cache& cache, const QString& modelName, bool deleteFiles);

} // namespace fluxlens
