#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace fluxlens {

// What a job's work function sees: thread-safe progress and log reporting, and the cancel flag.
class JobReporter {
public:
    virtual ~JobReporter() = default;
    virtual void progress(double fraction) = 0;       // 0..1
    virtual void log(const QString& line) = 0;        // one line for the job's log
    virtual void warning(const QString& message) = 0; // shown together when the job ends
    virtual const std::atomic<bool>& cancelFlag() const = 0;
    bool cancelled() const { return cancelFlag().load(std::memory_order_relaxed); }
};

// Runs one long piece of work (import, demo world, training, export) off the GUI thread and
// reports back on it through queued signals. The work function returns an error message, empty
// on success; an exception escaping it is caught here and reported as failed(message).
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<QString(JobReporter&)>;

    explicit BackgroundJob(QString title, QObject* parent = nullptr);
    ~BackgroundJob() override; // requests cancellation and waits for the work to stop

    QString title() const { return m_title; }
    bool isRunning() const; // from start() until finished() is emitted, not only while working
    bool wasCancelled() const { return m_cancel->load(); }
    QStringList warnings() const { return m_warnings; }
    void start(Work work);
    void waitForFinished();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(double fraction);
    void logLine(const QString& line);
    void warningRaised(const QString& message);
    void succeeded();
    void failed(const QString& message);
    void cancelled();
    void finished(); // after exactly one of succeeded, failed or cancelled

private:
    class Reporter;
    void onWorkFinished();

    QString m_title;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<QString> m_watcher;
    // The future reads as finished before onWorkFinished() runs; a start() in that gap would
    // replace it and its succeeded()/failed() would never be emitted.
    bool m_running = false;
    QStringList m_warnings;
};

} // namespace fluxlens
