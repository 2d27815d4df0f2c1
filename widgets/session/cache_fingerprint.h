#pragma once

#include "cache_changes.h"

#include <QString>
#include <QStringList>
#include <cstdint>

namespace fluxlens {

class Cache;

// A cheap summary of a cache's content (a few small queries): two fingerprints that differ say
// that, and roughly what, another program changed. Figures that change together with a write of
// each kind: the import revision, the sites, the models, the predicted models, the products and
// the stored metrics.
struct CacheFingerprint {
    std::int64_t dataRevision = 0;
    QStringList sites;
    QStringList models; // "name@registration time"
    QStringList predictedModels;
    QStringList products;
    qsizetype metricRows = 0;
    double metricSum = 0.0; // of every stored RMSE and R²: changes when figures are re-stored

    bool operator==(const CacheFingerprint&) const = default;
};

CacheFingerprint fingerprintOf(const Cache& cache);
// What differs between `before` and `after` (empty when nothing does).
CacheChanges changesBetween(const CacheFingerprint& before, const CacheFingerprint& after);
// The models whose registration or predictions differ.
QStringList modelsChangedBetween(const CacheFingerprint& before, const CacheFingerprint& after);

} // namespace fluxlens
