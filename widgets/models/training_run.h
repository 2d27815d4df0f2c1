#pragma once

#include "jobs/background_job.h"
#include "ml/flux_model.h"
#include "session/cache_connector.h"
#include "train_settings.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <functional>

namespace fluxlens {

// One finished epoch of one ensemble member, as the progress view draws it.
struct TrainingEpoch {
    int member = 0; // 0-based
    int memberCount = 1;
    QString stage; // "pretrain" (stage 1, or the only stage of a baseline) or "joint" (stage 2)
    int epoch = 0; // 1-based within the stage
    int epochCount = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0; // NaN without validation sites
    double windowsPerSecond = 0.0;
    bool improved = false;
};

TrainingEpoch toTrainingEpoch(const ml::TrainProgress& progress);

// Epochs the whole run may take (every member, every stage): the denominator of progress and ETA.
int plannedEpochs(const TrainSettings& settings);

// The training work, run off the GUI thread: reads the cache's sites, splits off the held-out
// sites, trains, saves the model folder, registers the model in the cache and stores its
// predictions for every site. Cancelling stops training early and still saves and registers the
// best checkpoint so far (predictions are then left to the model library). Returns an error
// message, empty on success; never throws for bad data or settings.
QString runTraining(const CacheConnector& cache, const TrainSettings& settings,
                    JobReporter& reporter,
                    const std::function<void(const TrainingEpoch&)>& onEpoch);

// Owns the BackgroundJob of one training run and re-emits each epoch on the GUI thread.
class TrainingRun : public QObject {
    Q_OBJECT
public:
    explicit TrainingRun(QObject* parent = nullptr);
    ~TrainingRun() override; // cancels and waits for the work to stop

    BackgroundJob* job() const { return m_job; }
    bool isRunning() const { return m_job->isRunning(); }
    void start(const CacheConnector& cache, const TrainSettings& settings);

Q_SIGNALS:
    void epochFinished(const fluxlens::TrainingEpoch& epoch); // queued to the GUI thread

private:
    BackgroundJob* m_job;
};

} // namespace fluxlens

Q_DECLARE_METATYPE(fluxlens::TrainingEpoch)
