#include "demo_controller.h"

#include "demo_world_job.h"
#include "fluxlens_config.h"
#include "jobs/background_job.h"
#include "jobs/jobs_indicator.h"
#include "session/cache_connector.h"
#include "session/cache_session.h"
#if FLUXLENS_HAVE_ML
#include "demo_baselines.h"
#endif

namespace fluxlens {

DemoController::DemoController(CacheSession* session, JobsIndicator* jobs, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_worldJob(new BackgroundJob(tr("Demo world"), this))
    , m_modelsJob(new BackgroundJob(tr("Demo models"), this)) {
    connect(m_worldJob, &BackgroundJob::succeeded, this, [this] {
        const QString path = demoWorldCachePath();
        // The models are trained into the session's cache: wait until it is the demo's.
        connect(
            m_session, &CacheSession::opened, this,
            [this, path](const QString& opened) {
                if (opened == path)
                    trainModels();
            },
            Qt::SingleShotConnection);
        m_session->open(path);
    });
    connect(m_worldJob, &BackgroundJob::failed, this, [this](const QString& message) {
        Q_EMIT failed(tr("The demo world could not be prepared: %1").arg(message));
    });
    connect(m_worldJob, &BackgroundJob::cancelled, this,
            [this] { Q_EMIT statusMessage(tr("Demo world cancelled; nothing of it was kept")); });
    connect(m_worldJob, &BackgroundJob::logLine, this, &DemoController::statusMessage);
    connect(m_modelsJob, &BackgroundJob::succeeded, this,
            [this] { Q_EMIT modelsReady(tr("Demo models ready: see Table 1")); });
    connect(m_modelsJob, &BackgroundJob::failed, this, [this](const QString& message) {
        Q_EMIT failed(tr("Training the demo models failed: %1").arg(message));
    });
}

bool DemoController::isPreparing() const {
    return m_worldJob->isRunning();
}

bool DemoController::isTraining() const {
    return m_modelsJob->isRunning();
}

void DemoController::open() {
    if (isPreparing()) {
        Q_EMIT statusMessage(tr("The demo world is still being prepared"));
        return;
    }
    m_jobs->track(m_worldJob);
    const CacheConnector demoCache(demoWorldCachePath());
    m_worldJob->start([demoCache, options = m_options](JobReporter& r) {
        return buildDemoWorld(demoCache, options, r);
    });
}

void DemoController::trainModels() {
#if FLUXLENS_HAVE_ML
    if (isTraining())
        return;
    m_session->trackWriter(m_modelsJob, CacheChange::Models | CacheChange::Predictions |
                                            CacheChange::Evaluations);
    const CacheConnector cache = m_session->connector();
    m_modelsJob->start([cache](JobReporter& r) { return trainDemoBaselines(cache, r); });
#endif
}

} // namespace fluxlens
