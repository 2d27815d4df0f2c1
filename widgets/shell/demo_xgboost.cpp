#include "demo_xgboost.h"

#include "cache/cache.h"
#include "fluxlens_config.h"
#include "jobs/background_job.h"

#include <QCoreApplication>
#include <filesystem>

#if FLUXLENS_HAVE_XGBOOST
#include "ml/xgboost/xgb_cache_source.h"
#include "ml/xgboost/xgb_model.h"
#endif

namespace fluxlens {

#if FLUXLENS_HAVE_XGBOOST
bool demoXgboostAvailable() {
    return true;
}

QString trainDemoXgboost(Cache& cache, const QString& name, const QString& folder,
                         const std::vector<std::string>& heldOut, JobReporter& reporter) {
    xgb::XgbTrainRequest request; // the demo world's drivers: the remote preset (its defaults)
    const std::vector<ml::SiteSeries> sites = xgb::loadXgbSites(cache, request.drivers);
    request.name = name.toStdString();
    request.heldOut = heldOut;
    // Quick, as the neural demo models: shallower trees, a faster rate and fewer rounds than the
    // FLUXCOM-X QuickEval defaults; early stopping on the validation sites still decides the
    // rounds kept.
    request.config.max_rounds = 150;
    request.config.max_depth = 6;
    request.config.eta = 0.1;
    request.cancel = &reporter.cancelFlag();
    int targetsDone = 0;
    request.progress = [&](const xgb::XgbTrainProgress& p) {
        const double within = p.maxRounds > 0 ? double(p.round) / double(p.maxRounds) : 0.0;
        reporter.progress(0.9 * (double(targetsDone) + (p.finished ? 1.0 : within)) / 3.0);
        if (p.finished)
            ++targetsDone;
    };
    const xgb::XgbModel model = xgb::XgbModel::train(sites, request);
    if (reporter.cancelled())
        return {};
    const std::filesystem::path path(folder.toStdString());
    model.save(path);
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (reporter.cancelled())
            return {};
        xgb::storeXgbPrediction(cache, model.name(), model.predict(sites[i]));
        reporter.progress(0.9 + 0.1 * double(i + 1) / double(sites.size()));
    }
    // Registered last: a model in the cache always has its predictions.
    ModelRecord record;
    record.name = model.name();
    record.kind = xgb::kXgbKind;
    record.folder = std::filesystem::absolute(path).string();
    record.metadataJson = model.metadataJson();
    cache.registerModel(record);
    return {};
}
#else
bool demoXgboostAvailable() {
    return false;
}

QString trainDemoXgboost(Cache&, const QString& name, const QString&,
                         const std::vector<std::string>&, JobReporter&) {
    return QCoreApplication::translate("DemoBaselines",
                                       "%1: this build was made without libxgboost")
        .arg(name);
}
#endif

} // namespace fluxlens
