#include "xgboost_training.h"

#include "fluxlens_config.h"

#include <QObject>

#if FLUXLENS_HAVE_XGBOOST
#include "cache/cache.h"
#include "ml/xgboost/xgb_cache_source.h"
#include "ml/xgboost/xgb_model.h"
#include "training_sites.h"

#include <algorithm>
#include <filesystem>
#endif

namespace fluxlens {

#if FLUXLENS_HAVE_XGBOOST
bool xgboostAvailable() {
    return true;
}

QString runXgboostTraining(const CacheConnector& connector, const TrainSettings& settings,
                           JobReporter& reporter) {
    try {
        const QString cachePath = connector.path();
        Cache cache = connector.openExisting();
        reporter.log(QObject::tr("Reading the sites of %1").arg(cachePath));
        const TrainingSites chosen = loadTrainingSites(cache, settings, reporter);
        xgb::XgbTrainRequest request;
        request.name = settings.name.toStdString();
        request.config.max_rounds = settings.xgbMaxRounds;
        request.config.seed = settings.config.seed;
        request.config.threads = settings.config.threads;
        request.drivers = chosen.features;
        request.featurePreset = chosen.featurePreset;
        request.heldOut = chosen.heldOut;
        reporter.log(QString::fromStdString(xgb::xgbConfigLabel(request.config)));
        int target = 0;
        request.progress = [&](const xgb::XgbTrainProgress& p) {
            reporter.progress(std::min(1.0, (target + double(p.round) / p.maxRounds) / 3.0));
            if (p.round % 10 == 0 || p.finished)
                reporter.log(QObject::tr("%1 round %2/%3  validation RMSE %4  best round %5")
                                 .arg(QString::fromStdString(p.target))
                                 .arg(p.round)
                                 .arg(p.maxRounds)
                                 .arg(p.validationRmse, 0, 'g', 5)
                                 .arg(p.bestRound));
            if (p.finished)
                ++target;
        };
        request.cancel = &reporter.cancelFlag();
        const xgb::XgbModel model = xgb::XgbModel::train(chosen.sites, request);
        const std::filesystem::path folder(settings.outputFolder.toStdString());
        model.save(folder);
        ModelRecord record;
        record.name = model.name();
        record.kind = xgb::kXgbKind;
        record.folder = std::filesystem::absolute(folder).string();
        record.metadataJson = model.metadataJson();
        cache.registerModel(record);
        reporter.log(QObject::tr("Registered as \"%1\" in the cache")
                         .arg(QString::fromStdString(model.name())));
        for (const ml::SiteSeries& site : chosen.sites)
            xgb::storeXgbPrediction(cache, model.name(), model.predict(site));
        reporter.log(QObject::tr("Predictions stored for %1 sites").arg(chosen.sites.size()));
        return {};
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

QString predictXgboostSites(const CacheConnector& connector, const std::string& modelName,
                            const std::string& folder, JobReporter& reporter) {
    try {
        const QString cachePath = connector.path();
        Cache cache = connector.openExisting();
        const xgb::XgbModel model = xgb::XgbModel::load(folder);
        const std::vector<ml::SiteSeries> sites = xgb::loadXgbSites(cache, model.drivers());
        for (std::size_t i = 0; i < sites.size(); ++i) {
            if (reporter.cancelled()) {
                reporter.warning(QObject::tr("Cancelled: predictions stored for %1 of %2 sites")
                                     .arg(i)
                                     .arg(sites.size()));
                return {};
            }
            xgb::storeXgbPrediction(cache, modelName, model.predict(sites[i]));
            reporter.progress(double(i + 1) / double(sites.size()));
        }
        reporter.log(QObject::tr("Predictions of \"%1\" stored for %2 sites")
                         .arg(QString::fromStdString(modelName))
                         .arg(sites.size()));
        return {};
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}
#else
bool xgboostAvailable() {
    return false;
}

QString predictXgboostSites(const CacheConnector&, const std::string&, const std::string&,
                            JobReporter&) {
    return QObject::tr("This FluxLens was built without XGBoost (libxgboost).");
}

QString runXgboostTraining(const CacheConnector&, const TrainSettings&, JobReporter&) {
    return QObject::tr("This FluxLens was built without XGBoost (libxgboost).");
}
#endif

} // namespace fluxlens
