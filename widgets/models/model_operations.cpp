#include "model_operations.h"

#include "eval/evaluation.h"
#include "eval/evaluation_store.h"
#include "eval/site_aggregation.h"
#include "eval/targets.h"
#include "ml/cache_source.h"
#include "ml/flux_model.h"
#include "xgboost_training.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <stdexcept>

namespace fluxlens {

namespace {
QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

// Table 1's figures for one model: RMSE and R² averaged across the sites with stored per-site
// metrics, on all valid days (core/eval's summarizeSites, as Table 1 computes them).
QString metricsText(const std::vector<MetricRecord>& metrics) {
    std::vector<eval::SiteMetric> sites;
    for (const MetricRecord& m : metrics) {
        if (m.siteId.empty() || eval::parseQcMaskStorageName(m.qcMask) != eval::QcMask::AllValid)
            continue;
        for (eval::Target t : eval::kAllTargets)
            if (m.target == eval::observedColumn(t)) {
                eval::SiteMetric s;
                s.model = m.modelName;
                s.siteId = m.siteId;
                s.target = t;
                s.stats.rmse = m.rmse;
                s.stats.r2 = m.r2;
                s.stats.n = m.n;
                sites.push_back(std::move(s));
            }
    }
    std::vector<eval::SummaryRow> rows = eval::summarizeSites(sites);
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.target < b.target; });
    QStringList parts;
    for (const eval::SummaryRow& row : rows)
        parts << QObject::tr("%1 RMSE %2, R² %3")
                     .arg(QString::fromUtf8(eval::targetCode(row.target).data()))
                     .arg(row.rmse.mean, 0, 'f', 2)
                     .arg(row.r2.mean, 0, 'f', 2);
    if (!rows.empty())
        parts.last() += QObject::tr(" (%n site(s))", nullptr, rows.front().rmse.sites);
    return parts.join(QStringLiteral("; "));
}
} // namespace

std::vector<ModelSummary> summarizeModels(const Cache& cache) {
    const std::vector<std::string> predicted = cache.predictionModels();
    const std::vector<MetricRecord> metrics = cache.loadMetrics();
    std::vector<ModelSummary> out;
    for (const ModelRecord& record : cache.models()) {
        ModelSummary s;
        s.record = record;
        s.createdUtc = QDateTime::fromSecsSinceEpoch(record.createdAtUnixSeconds, QTimeZone::utc());
        const QJsonObject meta =
            QJsonDocument::fromJson(QByteArray::fromStdString(record.metadataJson)).object();
        const QDateTime created = QDateTime::fromString(
            meta.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
        if (created.isValid())
            s.createdUtc = created.toUTC();
        if (meta.contains(QStringLiteral("training_sites")))
            s.trainingSites = int(meta.value(QStringLiteral("training_sites")).toArray().size());
        if (meta.contains(QStringLiteral("heldout_sites")))
            s.heldOutSites = int(meta.value(QStringLiteral("heldout_sites")).toArray().size());
        s.dataHash = meta.value(QStringLiteral("data_sha256")).toString();
        s.targets = meta.value(QStringLiteral("targets")).toVariant().toStringList();
        if (s.targets.isEmpty() && !meta.isEmpty())
            s.targets = {QStringLiteral("GPP"), QStringLiteral("RECO"), QStringLiteral("NEE")};
        s.cancelled = meta.value(QStringLiteral("cancelled")).toBool();
        s.featurePreset = meta.value(QStringLiteral("feature_preset")).toString();
        const QString featureKey = meta.contains(QStringLiteral("drivers"))
                                       ? QStringLiteral("drivers")
                                       : QStringLiteral("features");
        s.features = meta.value(featureKey).toVariant().toStringList();
        s.configuration = meta.value(QStringLiteral("configuration")).toString();
        s.hasPredictions =
            std::find(predicted.begin(), predicted.end(), record.name) != predicted.end();
        std::vector<MetricRecord> own;
        for (const MetricRecord& m : metrics)
            if (m.modelName == record.name)
                own.push_back(m);
        s.metrics = metricsText(own);
        out.push_back(std::move(s));
    }
    return out;
}

ModelRecord registerModelFolder(Cache& cache, const QString& folder) {
    if (folder.isEmpty())
        throw std::runtime_error(QObject::tr("No model folder given").toStdString());
    const std::filesystem::path path(folder.toStdString());
    ml::FluxModel model = [&] {
        try {
            return ml::FluxModel::load(path);
        } catch (const std::exception& e) {
            // The engine's message names the file and the problem.
            const QString why = QString::fromUtf8(e.what());
            throw std::runtime_error(
                (why.startsWith(folder)
                     ? QObject::tr("Not a usable model: %1").arg(why)
                     : QObject::tr("%1: not a usable model: %2").arg(folder, why))
                    .toStdString());
        }
    }();
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    if (const auto existing = cache.model(model.name())) {
        const std::string existingFolder =
            existing->folder.empty()
                ? std::string()
                : std::filesystem::absolute(existing->folder).lexically_normal().string();
        if (existingFolder != absolute)
            throw std::runtime_error(
                QObject::tr("A model named \"%1\" is already registered (folder %2): delete it in "
                            "the model library before loading %3")
                    .arg(fromStd(model.name()),
                         existing->folder.empty() ? QObject::tr("none") : fromStd(existing->folder),
                         folder)
                    .toStdString());
    }
    ModelRecord record;
    record.name = model.name();
    record.kind = std::string(ml::modelKindCode(model.kind()));
    record.folder = absolute;
    record.metadataJson = model.metadataJson();
    cache.registerModel(record);
    return record;
}

QString predictAllSites(const CacheConnector& connector, const QString& modelName,
                        JobReporter& reporter) {
    try {
        Cache cache = connector.openExisting();
        const auto record = cache.model(modelName.toStdString());
        if (!record)
            return QObject::tr("%1: no model named \"%2\"").arg(connector.path(), modelName);
        if (record->folder.empty())
            return QObject::tr("Model \"%1\" has no folder: it cannot predict (load its folder)")
                .arg(modelName);
        reporter.log(QObject::tr("Loading %1").arg(fromStd(record->folder)));
        if (record->kind == "xgboost")
            return predictXgboostSites(connector, record->name, record->folder, reporter);
        const ml::FluxModel model = ml::FluxModel::load(record->folder);
        const std::vector<ml::SiteSeries> sites =
            ml::loadSiteSeries(cache, model.config().features);
        for (std::size_t i = 0; i < sites.size(); ++i) {
            if (reporter.cancelled()) {
                reporter.warning(QObject::tr("Cancelled: predictions stored for %1 of %2 sites")
                                     .arg(i)
                                     .arg(sites.size()));
                return {};
            }
            ml::storePrediction(cache, record->name, model.predict(sites[i]));
            reporter.progress(double(i + 1) / double(sites.size()));
        }
        reporter.log(QObject::tr("Predictions of \"%1\" stored for %2 sites")
                         .arg(modelName)
                         .arg(sites.size()));
        return {};
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

QString evaluateAllModels(const CacheConnector& connector, JobReporter& reporter) {
    try {
        Cache cache = connector.openExisting();
        reporter.log(QObject::tr("Reading observations and predictions"));
        const eval::EvaluationInput input = eval::loadEvaluationInput(cache);
        const eval::EvaluationResult result = eval::evaluate(input);
        eval::storeEvaluation(cache, result, input);
        reporter.log(QObject::tr("Metrics stored for %1 site figures").arg(result.sites.size()));
        return {};
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

QString deleteModel(Cache& cache, const QString& modelName, bool deleteFiles) {
    const auto record = cache.model(modelName.toStdString());
    if (!record)
        return QObject::tr("No model named \"%1\" in the cache").arg(modelName);
    cache.removeModel(record->name);
    if (!deleteFiles || record->folder.empty())
        return {};
    QDir dir(fromStd(record->folder));
    if (!dir.exists(QStringLiteral("model.json")))
        return QObject::tr("%1 holds no model.json: its files were left alone").arg(dir.path());
    QStringList failed;
    const QStringList files =
        dir.entryList({QStringLiteral("model.json"), QStringLiteral("member_*.pt")}, QDir::Files);
    for (const QString& f : files)
        if (!dir.remove(f))
            failed << dir.filePath(f);
    if (!failed.isEmpty())
        return QObject::tr("Could not delete %1").arg(failed.join(QStringLiteral(", ")));
    if (dir.isEmpty())
        QDir().rmdir(dir.path());
    return {};
}

} // namespace fluxlens
