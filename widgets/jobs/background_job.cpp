#include "background_job.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace fluxlens {

// Lives on the worker thread; forwards to the job object on the GUI thread through queued calls.
class BackgroundJob::Reporter : public JobReporter {
public:
    Reporter(BackgroundJob* job, std::shared_ptr<std::atomic<bool>> cancel)
        : m_job(job)
        , m_cancel(std::move(cancel)) {}
    void progress(double fraction) override {
        // Progress callbacks can be very frequent: forward only visible steps (0.1 %).
        const int permille = static_cast<int>(fraction * 1000);
        if (permille == m_lastPermille)
            return;
        m_lastPermille = permille;
        QMetaObject::invokeMethod(
            m_job,
            [job = m_job, fraction] {
                if (job)
                    Q_EMIT job->progressChanged(fraction);
            },
            Qt::QueuedConnection);
    }
    void log(const QString& line) override {
        QMetaObject::invokeMethod(
            m_job,
            [job = m_job, line] {
                if (job)
                    Q_EMIT job->logLine(line);
            },
            Qt::QueuedConnection);
    }
    void warning(const QString& message) override {
        QMetaObject::invokeMethod(
            m_job,
            [job = m_job, message] {
                if (!job)
                    return;
                job->m_warnings.append(message);
                Q_EMIT job->warningRaised(message);
            },
            Qt::QueuedConnection);
    }
    const std::atomic<bool>& cancelFlag() const override { return *m_cancel; }

private:
    QPointer<BackgroundJob> m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_lastPermille = -1;
};

BackgroundJob::BackgroundJob(QString title, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_cancel(std::make_shared<std::atomic<bool>>(false)) {
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &BackgroundJob::onWorkFinished);
}

BackgroundJob::~BackgroundJob() {
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool BackgroundJob::isRunning() const {
    return m_running;
}

void BackgroundJob::start(Work work) {
    Q_ASSERT(!isRunning());
    m_cancel->store(false);
    m_warnings.clear();
    m_running = true;
    auto reporter = std::make_shared<Reporter>(this, m_cancel);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), reporter]() -> QString {
        try {
            return work(*reporter);
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        } catch (...) {
            return BackgroundJob::tr("unknown error");
        }
    }));
}

void BackgroundJob::cancel() {
    m_cancel->store(true);
}

void BackgroundJob::waitForFinished() {
    m_watcher.waitForFinished();
}

void BackgroundJob::onWorkFinished() {
    m_running = false; // before the signals: a handler may start the next run
    const QString error = m_watcher.result();
    if (m_cancel->load())
        Q_EMIT cancelled();
    else if (error.isEmpty())
        Q_EMIT succeeded();
    else
        Q_EMIT failed(error);
    Q_EMIT finished();
}

} // namespace fluxlens
