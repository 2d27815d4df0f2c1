#pragma once

#include "demo/demo_options.h"

#include <QObject>
#include <QString>

namespace fluxlens {

class BackgroundJob;
class CacheSession;
class JobsIndicator;

// File ▸ Open the demo world: generates and imports the synthetic demo world once (a job), opens
// it in the session, then trains, predicts and evaluates the first-run models in the background
// (a second job that the session counts as a writer, so every view follows when it ends).
class DemoController : public QObject {
    Q_OBJECT
public:
    DemoController(CacheSession* session, JobsIndicator* jobs, QObject* parent = nullptr);

    void open();
    // The world generated (tests use a small one); the default is the full demo world.
    void setWorldOptions(const demo::DemoOptions& options) { m_options = options; }
    bool isPreparing() const; // the demo world itself is being generated
    bool isTraining() const;  // its models are being trained
    BackgroundJob* worldJob() const { return m_worldJob; }
    BackgroundJob* modelsJob() const { return m_modelsJob; }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void failed(const QString& message);      // for the message banner
    void modelsReady(const QString& message); // "Demo models ready: see Table 1"

private:
    void trainModels();

    CacheSession* m_session;
    JobsIndicator* m_jobs;
    BackgroundJob* m_worldJob;
    BackgroundJob* m_modelsJob;
    demo::DemoOptions m_options;
};

} // namespace fluxlens
