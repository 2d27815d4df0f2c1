#include "cache_fingerprint.h"

#include "cache/cache.h"

#include <QSet>
#include <cmath>

namespace fluxlens {
namespace {
QSet<QString> asSet(const QStringList& list) {
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QString> symmetricDifference(const QStringList& a, const QStringList& b) {
    const QSet<QString> first = asSet(a), second = asSet(b);
    return (first - second) + (second - first);
}

QString modelNameOf(const QString& entry) {
    return entry.left(entry.lastIndexOf(QLatin1Char('@')));
}
} // namespace

CacheFingerprint fingerprintOf(const Cache& cache) {
    CacheFingerprint f;
    f.dataRevision = cache.dataRevision();
    for (const Site& s : cache.sites())
        f.sites << QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(QString::fromStdString(s.id), QString::fromStdString(s.name))
                       .arg(s.lat_deg, 0, 'g', 10)
                       .arg(s.lon_deg, 0, 'g', 10)
                       .arg(static_cast<int>(s.igbp))
                       .arg(static_cast<int>(s.koppen));
    for (const ModelRecord& m : cache.models())
        f.models << QString::fromStdString(m.name) + QLatin1Char('@') +
                        QString::number(m.createdAtUnixSeconds);
    for (const std::string& m : cache.predictionModels())
        f.predictedModels << QString::fromStdString(m);
    for (const std::string& p : cache.referenceProducts())
        f.products << QString::fromStdString(p);
    const std::vector<MetricRecord> metrics = cache.loadMetrics();
    f.metricRows = static_cast<qsizetype>(metrics.size());
    for (const MetricRecord& m : metrics)
        f.metricSum += (std::isfinite(m.rmse) ? m.rmse : 0.0) + (std::isfinite(m.r2) ? m.r2 : 0.0);
    return f;
}

CacheChanges changesBetween(const CacheFingerprint& before, const CacheFingerprint& after) {
    CacheChanges c;
    if (before.sites != after.sites || before.dataRevision != after.dataRevision)
        c |= CacheChange::Sites;
    if (before.dataRevision != after.dataRevision)
        c |= CacheChange::Drivers;
    if (before.products != after.products || before.dataRevision != after.dataRevision)
        c |= CacheChange::Products;
    if (before.models != after.models)
        c |= CacheChange::Models;
    // Predictions are written without a revision of their own: a new or removed model, or a
    // model that has predictions now, is what can be seen cheaply.
    if (before.predictedModels != after.predictedModels || before.models != after.models)
        c |= CacheChange::Predictions;
    if (before.metricRows != after.metricRows || before.metricSum != after.metricSum)
        c |= CacheChange::Evaluations;
    return c;
}

QStringList modelsChangedBetween(const CacheFingerprint& before, const CacheFingerprint& after) {
    const QSet<QString> changed =
        symmetricDifference(before.models, after.models) +
        symmetricDifference(before.predictedModels, after.predictedModels);
    QSet<QString> names;
    for (const QString& entry : changed)
        names.insert(entry.contains(QLatin1Char('@')) ? modelNameOf(entry) : entry);
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

} // namespace fluxlens
