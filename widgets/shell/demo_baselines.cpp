#include "demo_baselines.h"

#include "cache/cache.h"
#include "jobs/background_job.h"
#include "model_operations.h"
#include "train_settings.h"
#include "training_run.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace fluxlens {
namespace {
// Reports into [begin, end] of the job's progress; everything else goes through unchanged.
class RangeReporter : public JobReporter {
public:
    RangeReporter(JobReporter& parent, double begin, double end)
        : m_parent(parent)
        , m_begin(begin)
        , m_end(end) {}
    void progress(double f) override { m_parent.progress(m_begin + f * (m_end - m_begin)); }
    void log(const QString& line) override { m_parent.log(line); }
    void warning(const QString& message) override { m_parent.warning(message); }
    const std::atomic<bool>& cancelFlag() const override { return m_parent.cancelFlag(); }

private:
    JobReporter& m_parent;
    double m_begin, m_end;
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
} // namespace

QString trainDemoBaselines(const QString& cachePath, JobReporter& reporter) {
    QStringList existing;
    for (const ModelRecord& m : Cache::openExisting(cachePath.toStdString()).models())
        existing << QString::fromStdString(m.name);

    const std::array kinds{ml::ModelKind::TamLstm, ml::ModelKind::CtLstm, ml::ModelKind::TamRl};
    const double share = 0.9 / static_cast<double>(kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (reporter.cancelled())
            return {};
        TrainSettings settings;
        settings.kind = kinds[i];
        settings.name = QString::fromUtf8(ml::defaultModelName(kinds[i]).data());
        if (existing.contains(settings.name))
            continue;
        settings.config = quickConfig();
        settings.outputFolder = defaultModelFolder(settings.name + QStringLiteral("-demo"));
        reporter.log(QCoreApplication::translate("DemoBaselines", "Training %1 on the demo world")
                         .arg(settings.name));
        RangeReporter range(reporter, share * static_cast<double>(i),
                            share * static_cast<double>(i + 1));
        const QString error = runTraining(cachePath, settings, range, {});
        if (!error.isEmpty())
            return QCoreApplication::translate("DemoBaselines", "%1: %2").arg(settings.name, error);
    }
    if (reporter.cancelled())
        return {};
    reporter.log(QCoreApplication::translate("DemoBaselines",
                                             "Evaluating the models against the observations"));
    RangeReporter range(reporter, 0.9, 1.0);
    return evaluateAllModels(cachePath, range);
}

} // namespace fluxlens
