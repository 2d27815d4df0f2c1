#include "demo_baselines.h"

#include "cache/cache.h"
#include "demo_xgboost.h"
#include "eval/evaluation_store.h"
#include "jobs/background_job.h"
#include "model_operations.h"
#include "session/cache_connector.h"
#include "train_settings.h"
#include "training_run.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <optional>

namespace fluxlens {
namespace {
// Reports into [begin, end] of the job's progress, each log line after the stage it belongs to
// (so that the jobs indicator keeps saying "Training the demo models (2 of 4)…").
class RangeReporter : public JobReporter {
public:
    RangeReporter(JobReporter& parent, double begin, double end, QString stage = {})
        : m_parent(parent)
        , m_begin(begin)
        , m_end(end)
        , m_stage(std::move(stage)) {}
    void progress(double f) override { m_parent.progress(m_begin + f * (m_end - m_begin)); }
    void log(const QString& line) override {
        m_parent.log(m_stage.isEmpty() ? line : m_stage + QStringLiteral(" — ") + line);
    }
    void warning(const QString& message) override { m_parent.warning(message); }
    const std::atomic<bool>& cancelFlag() const override { return m_parent.cancelFlag(); }

private:
    JobReporter& m_parent;
    double m_begin, m_end;
    QString m_stage;
};

// Short runs: the demo should have comparable models within minutes on two cores. Full-length
// training is one click away in Models ▸ Train a model.
ml::MlConfig quickConfig() {
    ml::MlConfig config;
    config.stage1_epochs = 4;
    config.stage2_epochs = 8;
    config.patience = 3;
    return config;
}

constexpr std::array kNeuralKinds{ml::ModelKind::TamLstm, ml::ModelKind::CtLstm,
                                  ml::ModelKind::TamRl};
const QString kXgboostName = QStringLiteral("XGBoost");

// The held-out sites the neural demo models recorded (they share one split).
std::vector<std::string> neuralHeldOutSites(const Cache& cache) {
    for (ml::ModelKind kind : kNeuralKinds)
        if (const auto model = cache.model(std::string(ml::defaultModelName(kind))))
            if (const auto sites = eval::recordedHeldOutSites(*model))
                return *sites;
    return {};
}
} // namespace

int demoBaselineCount() {
    return static_cast<int>(kNeuralKinds.size()) + (demoXgboostAvailable() ? 1 : 0);
}

QString trainDemoBaselines(const CacheConnector& connector, JobReporter& reporter) {
    QStringList existing;
    for (const ModelRecord& m : connector.openExisting().models())
        existing << QString::fromStdString(m.name);

    const int count = demoBaselineCount();
    const double share = 0.9 / static_cast<double>(count);
    const auto stage = [&](int index, const QString& name) {
        const QString text =
            QCoreApplication::translate("DemoBaselines", "Training the demo models (%1 of %2): %3…")
                .arg(index + 1)
                .arg(count)
                .arg(name);
        reporter.log(text);
        return text;
    };
    for (std::size_t i = 0; i < kNeuralKinds.size(); ++i) {
        if (reporter.cancelled())
            return {};
        TrainSettings settings;
        settings.kind = kNeuralKinds[i];
        settings.name = QString::fromUtf8(ml::defaultModelName(kNeuralKinds[i]).data());
        if (existing.contains(settings.name))
            continue;
        settings.config = quickConfig();
        settings.outputFolder = defaultModelFolder(settings.name + QStringLiteral("-demo"));
        RangeReporter range(reporter, share * static_cast<double>(i),
                            share * static_cast<double>(i + 1),
                            stage(static_cast<int>(i), settings.name));
        const QString error = runTraining(connector, settings, range, {});
        if (!error.isEmpty())
            return QCoreApplication::translate("DemoBaselines", "%1: %2").arg(settings.name, error);
    }
    if (demoXgboostAvailable() && !existing.contains(kXgboostName) && !reporter.cancelled()) {
        const int index = static_cast<int>(kNeuralKinds.size());
        RangeReporter range(reporter, share * index, share * (index + 1),
                            stage(index, kXgboostName));
        Cache cache = connector.openExisting();
        const QString error = trainDemoXgboost(
            cache, kXgboostName, defaultModelFolder(kXgboostName + QStringLiteral("-demo")),
            neuralHeldOutSites(cache), range);
        if (!error.isEmpty())
            return QCoreApplication::translate("DemoBaselines", "%1: %2").arg(kXgboostName, error);
    }
    if (reporter.cancelled())
        return {};
    reporter.log(QCoreApplication::translate("DemoBaselines",
                                             "Evaluating the models against the observations"));
    RangeReporter range(reporter, 0.9, 1.0);
    return evaluateAllModels(connector, range);
}

} // namespace fluxlens
