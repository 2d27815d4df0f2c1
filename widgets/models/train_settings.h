#pragma once

#include "ml/ml_config.h"

#include <QString>
#include <QStringList>

namespace fluxlens {

// Everything the train dialog collects: what the training job needs besides the cache.
struct TrainSettings {
    ml::ModelKind kind = ml::ModelKind::TamRl;
    QString name;        // name in the cache (and of its predictions)
    ml::MlConfig config; // hyperparameters, device, threads and seeds
    // "tower", "remote" or "era5": the inputs are that preset (ml/feature_preset.h) resolved
    // against the cache's sites when training starts; empty: config.features as listed.
    QString featurePreset;
    // The XGBoost baseline (FLUXCOM-X QuickEval configuration, at most xgbMaxRounds rounds per
    // target) instead of `kind`'s neural model; it uses name, features, split, seed and threads.
    bool xgboost = false;
    int xgbMaxRounds = 1000;
    double heldOutFraction =
        0.2;                 // share of sites held out (Köppen-stratified); used without a list
    QString heldOutListFile; // one site id per line; when set it replaces the fraction
    QString outputFolder;    // where the model folder is written
};

// The folder new models go to by default: <user data folder>/models/<name>.
QString defaultModelFolder(const QString& modelName);

// Why these settings cannot be trained, or an empty string when they can. Checks that a target
// is chosen, the engine's
// ranges (ml::validateConfig) and the combinations the engine cannot see: CUDA without a CUDA
// build, a name already in the cache, a held-out list that does not exist, a held-out share that
// leaves nothing to train on, an output folder that is a file or a non-empty non-model folder.
QString trainSettingsProblem(const TrainSettings& settings, const QStringList& existingModelNames,
                             bool cudaAvailable);

} // namespace fluxlens
