#include "training_run.h"

#include "cache/cache.h"
#include "ml/cache_source.h"
#include "ml/dataset.h"
#include "training_sites.h"
#include "xgboost_training.h"

#include <QFileInfo>
#include <cmath>
#include <filesystem>

namespace fluxlens {

TrainingEpoch toTrainingEpoch(const ml::TrainProgress& p) {
    TrainingEpoch e;
    e.member = p.member;
    e.memberCount = p.memberCount;
    e.stage = QString::fromStdString(p.stage);
    e.epoch = p.epoch;
    e.epochCount = p.epochCount;
    e.trainLoss = p.trainLoss;
    e.validationLoss = p.validationLoss;
    e.windowsPerSecond = p.windowsPerSecond;
    e.improved = p.improved;
    return e;
}

int plannedEpochs(const TrainSettings& settings) {
    if (settings.xgboost)
        return 1; // boosting rounds are logged, not drawn as epochs
    const ml::MlConfig& c = settings.config;
    const int perMember =
        c.stage1_epochs + (settings.kind == ml::ModelKind::TamRl ? c.stage2_epochs : 0);
    return std::max(1, perMember * std::max(1, c.seeds));
}

namespace {
QString epochLine(const TrainingEpoch& e) {
    QString line = TrainingRun::tr("seed %1/%2  %3  epoch %4/%5  train %6")
                       .arg(e.member + 1)
                       .arg(e.memberCount)
                       .arg(e.stage)
                       .arg(e.epoch)
                       .arg(e.epochCount)
                       .arg(e.trainLoss, 0, 'g', 5);
    if (std::isfinite(e.validationLoss))
        line += TrainingRun::tr("  validation %1").arg(e.validationLoss, 0, 'g', 5);
    line += TrainingRun::tr("  %1 windows/s").arg(e.windowsPerSecond, 0, 'f', 0);
    if (e.improved)
        line += TrainingRun::tr("  (best so far: checkpoint kept)");
    return line;
}

} // namespace

QString runTraining(const CacheConnector& connector, const TrainSettings& settings,
                    JobReporter& reporter,
                    const std::function<void(const TrainingEpoch&)>& onEpoch) {
    try {
        if (settings.xgboost)
            return runXgboostTraining(connector, settings, reporter);
        const QString cachePath = connector.path();
        Cache cache = connector.openExisting();
        reporter.log(QObject::tr("Reading the sites of %1").arg(cachePath));
        const TrainingSites chosen = loadTrainingSites(cache, settings, reporter);
        const std::vector<ml::SiteSeries>& sites = chosen.sites;
        ml::TrainRequest request;
        request.kind = settings.kind;
        request.name = settings.name.toStdString();
        request.config = settings.config;
        request.config.features = chosen.features;
        request.featurePreset = chosen.featurePreset;
        request.heldOut = chosen.heldOut;
        if (request.kind == ml::ModelKind::TamRl)
            for (const std::string& w :
                 ml::heldOutSitesWithoutScoredDays(sites, request.heldOut, request.config))
                reporter.warning(QString::fromStdString(w));
        const int planned = plannedEpochs(settings);
        const int perMember = planned / std::max(1, settings.config.seeds);
        request.progress = [&](const ml::TrainProgress& p) {
            const TrainingEpoch e = toTrainingEpoch(p);
            const int stageOffset =
                e.stage == QLatin1String("joint") ? settings.config.stage1_epochs : 0;
            reporter.progress(std::min(1.0, double(e.member * perMember + stageOffset + e.epoch) /
                                                double(planned)));
            reporter.log(epochLine(e));
            if (onEpoch)
                onEpoch(e);
        };
        request.cancel = &reporter.cancelFlag();
        const ml::FluxModel model = ml::FluxModel::train(sites, request);
        const bool cancelled = reporter.cancelled();
        if (cancelled)
            reporter.log(QObject::tr("Cancelled: saving the best checkpoint so far"));

        const std::filesystem::path folder(settings.outputFolder.toStdString());
        model.save(folder);
        reporter.log(QObject::tr("Model saved to %1").arg(settings.outputFolder));
        ModelRecord record;
        record.name = model.name();
        record.kind = std::string(ml::modelKindCode(model.kind()));
        record.folder = std::filesystem::absolute(folder).string();
        record.metadataJson = model.metadataJson();
        cache.registerModel(record);
        reporter.log(QObject::tr("Registered as \"%1\" in the cache")
                         .arg(QString::fromStdString(model.name())));
        if (cancelled) {
            reporter.log(QObject::tr("No predictions stored: use Predict in the model library."));
            return {};
        }
        int stored = 0;
        for (const ml::SiteSeries& site : sites) {
            if (reporter.cancelled()) {
                reporter.warning(QObject::tr("Predictions stored for %1 of %2 sites only: use "
                                             "Predict in the model library to complete them.")
                                     .arg(stored)
                                     .arg(sites.size()));
                return {};
            }
            ml::storePrediction(cache, model.name(), model.predict(site));
            ++stored;
        }
        reporter.log(QObject::tr("Predictions stored for %1 sites").arg(stored));
        return {};
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

TrainingRun::TrainingRun(QObject* parent)
    : QObject(parent)
    , m_job(new BackgroundJob(tr("Training"), this)) {
    qRegisterMetaType<fluxlens::TrainingEpoch>();
}

TrainingRun::~TrainingRun() {
    m_job->cancel();
    m_job->waitForFinished();
}

void TrainingRun::start(const CacheConnector& cache, const TrainSettings& settings) {
    m_job->start([this, cache, settings](JobReporter& reporter) {
        return runTraining(cache, settings, reporter,
                           [this](const TrainingEpoch& e) { Q_EMIT epochFinished(e); });
    });
}

} // namespace fluxlens
