#pragma once

#include "cache/cache.h"
#include "cache_changes.h"
#include "cache_connector.h"
#include "cache_fingerprint.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace fluxlens {

class BackgroundJob;

// The one owner of the open cache in the GUI (as hotspot's PerfParser owns a loaded profile):
// views, dialogs and jobs take the session, never a path. Reads run on worker threads with their
// own connection (read()); jobs that write are registered with trackWriter() and the views are
// told what changed when they end. The cache file and its write-ahead log are watched: when
// another program (fluxlens-cli) changes the cache, externalChange() offers a reload.
class CacheSession : public QObject {
    Q_OBJECT
public:
    explicit CacheSession(QObject* parent = nullptr);
    ~CacheSession() override;

    // Makes `path` the open cache, creating an empty one when there is none, off the GUI thread.
    // On success: opened(path), then changed(everything). On failure: openFailed(path, message)
    // and the cache open so far stays open.
    void open(const QString& path);
    bool isOpening() const { return m_opening.isRunning(); }
    bool isOpen() const { return m_connector.isValid(); }
    QString path() const { return m_connector.path(); }
    CacheConnector connector() const { return m_connector; }

    // Runs `work` on a worker thread with a connection of its own and hands its result to
    // `done` on the GUI thread; an exception from opening or from `work` goes to `failed`
    // instead (named file and problem). Nothing is called once `context` is destroyed.
    template <typename R>
    void read(QObject* context, std::function<R(const Cache&)> work, std::function<void(R)> done,
              std::function<void(const QString&)> failed = {}) const;

    // `job` writes into the cache: when it ends (whatever the outcome: a rolled-back write
    // changed nothing, and reading again is cheap) the views are told `changes`, and the file
    // watcher does not take its writes for another program's; writerStarted(job) lets the jobs
    // indicator show it. Call just before job->start(). `models`: the models it writes (empty:
    // any). What changed meanwhile beyond `changes` and `models` is another program's write and
    // is offered as a reload when the job ends.
    void trackWriter(BackgroundJob* job, CacheChanges changes, const QStringList& models = {});
    // A quick write done on the GUI thread (registering or removing a model).
    void notifyChanged(CacheChanges changes, const QStringList& models = {});
    // Tells every view to read everything again (the user accepted the reload offer).
    void reloadAll();
    bool isWriting() const { return m_writers > 0; }
    // A fingerprint of the cache is being taken or queued (after opening, a write, a file event).
    bool isCheckingForChanges() const { return m_fingerprintBusy || m_nextFingerprint.has_value(); }

Q_SIGNALS:
    void opened(const QString& path);
    void openFailed(const QString& path, const QString& message);
    // What changed; `models` names the models concerned when known (empty: any).
    void changed(fluxlens::CacheChanges changes, const QStringList& models);
    // Another program changed the cache file; `description` says what roughly ("2 models
    // added"). reloadAll() brings every view up to date.
    void externalChange(const QString& description);
    // A job registered with trackWriter(): the status bar's jobs indicator shows it.
    void writerStarted(fluxlens::BackgroundJob* job);

private:
    // Baseline: the cache as the views know it now. AfterOwnWrite: our own writes ended; what
    // they do not explain is another program's. Check: a file event while we write nothing.
    // A pending request of a lower value wins over a higher one.
    enum class FingerprintUse { Baseline, AfterOwnWrite, Check };
    void watchFiles();
    void onFileEvent();
    void requestFingerprint(FingerprintUse use);
    void onFingerprint();
    void compareWithBaseline(const CacheFingerprint& now, FingerprintUse use);

    CacheConnector m_connector;
    // Held open while the cache is the session's: with one connection always open SQLite never
    // checkpoints and deletes the write-ahead log as a last connection closes, which would race
    // with the connections the views open meanwhile ("database is locked").
    std::unique_ptr<Cache> m_keeper;
    struct Opened {
        CacheConnector connector;
        QString error; // empty on success
    };
    QFutureWatcher<Opened> m_opening;
    QString m_openingPath;
    QFileSystemWatcher* m_files;
    QTimer* m_debounce;
    QString m_fileSignature; // of the cache file when last looked at
    int m_writers = 0;
    bool m_fileEventWhileWriting = false;
    // What our own writes since the baseline may have changed (models: empty means any).
    CacheChanges m_ownChanges;
    QStringList m_ownModels;
    bool m_ownModelsAny = false;
    std::optional<CacheFingerprint> m_baseline;
    QFutureWatcher<std::optional<CacheFingerprint>> m_fingerprinting;
    // Until onFingerprint() has the result (the future reads finished earlier, and a new one set
    // in that gap would drop the result of the old).
    bool m_fingerprintBusy = false;
    FingerprintUse m_fingerprintUse = FingerprintUse::Baseline;
    std::optional<FingerprintUse> m_nextFingerprint;
};

template <typename R>
void CacheSession::read(QObject* context, std::function<R(const Cache&)> work,
                        std::function<void(R)> done,
                        std::function<void(const QString&)> failed) const {
    struct Outcome {
        std::optional<R> value;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context,
                     [watcher, done = std::move(done), failed = std::move(failed)] {
                         Outcome outcome = watcher->result();
                         watcher->deleteLater();
                         if (outcome.value)
                             done(std::move(*outcome.value));
                         else if (failed)
                             failed(outcome.error);
                     });
    watcher->setFuture(QtConcurrent::run([connector = m_connector, work = std::move(work)] {
        Outcome outcome;
        try {
            const Cache cache = connector.openExisting();
            outcome.value = work(cache);
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
}

} // namespace fluxlens
