#include "cache_session.h"

#include "jobs/background_job.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace fluxlens {
namespace {
// Writers flush in bursts (a transaction, a checkpoint): wait until the file has been quiet.
constexpr int kDebounceMs = 600;

// What a write leaves on disk: the file's and its write-ahead log's size and time. Readers
// (every view's connection, the fingerprint's own) create an empty log and delete it again, so
// an empty log counts as none: reading never looks like a change.
QString fileSignature(const QString& path) {
    const QFileInfo main(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QString s =
        QStringLiteral("%1:%2").arg(main.size()).arg(main.lastModified().toMSecsSinceEpoch());
    if (wal.exists() && wal.size() > 0)
        s += QStringLiteral("|%1:%2").arg(wal.size()).arg(wal.lastModified().toMSecsSinceEpoch());
    return s;
}

QString describe(CacheChanges c, const QStringList& models) {
    QStringList parts;
    if (c & CacheChange::Sites)
        parts << CacheSession::tr("sites or imported data");
    if (c & CacheChange::Models)
        parts << CacheSession::tr("models");
    else if (c & CacheChange::Predictions)
        parts << CacheSession::tr("predictions");
    if (c & CacheChange::Evaluations)
        parts << CacheSession::tr("metrics");
    QString text = parts.join(QStringLiteral(", "));
    if (!models.isEmpty())
        text += QStringLiteral(" (%1)").arg(models.join(QStringLiteral(", ")));
    return text;
}
} // namespace

CacheSession::CacheSession(QObject* parent)
    : QObject(parent)
    , m_files(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this)) {
    qRegisterMetaType<fluxlens::CacheChanges>();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_files, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_files, &QFileSystemWatcher::directoryChanged, m_debounce,
            qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CacheSession::onFileEvent);
    connect(&m_opening, &QFutureWatcher<Opened>::finished, this, [this] {
        const Opened result = m_opening.result();
        if (!result.error.isEmpty()) {
            Q_EMIT openFailed(m_openingPath, result.error);
            return;
        }
        m_keeper.reset(); // the former cache's
        try {
            m_keeper = std::make_unique<Cache>(result.connector.openExisting());
        } catch (const std::exception& e) {
            Q_EMIT openFailed(m_openingPath, QString::fromUtf8(e.what()));
            return;
        }
        m_connector = result.connector;
        m_baseline.reset();
        m_fileSignature = fileSignature(m_connector.path());
        watchFiles();
        requestFingerprint(FingerprintUse::Baseline);
        Q_EMIT opened(m_connector.path());
        Q_EMIT changed(kEverythingChanged, {});
    });
    connect(&m_fingerprinting, &QFutureWatcher<std::optional<CacheFingerprint>>::finished, this,
            &CacheSession::onFingerprint);
}

CacheSession::~CacheSession() {
    m_opening.waitForFinished();
    m_fingerprinting.waitForFinished();
}

void CacheSession::open(const QString& path) {
    m_opening.waitForFinished();
    m_openingPath = path;
    m_opening.setFuture(QtConcurrent::run([connector = CacheConnector(path)] {
        Opened out{connector, {}};
        try {
            connector.openOrCreate();
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

void CacheSession::trackWriter(BackgroundJob* job, CacheChanges changes,
                               const QStringList& models) {
    ++m_writers;
    connect(
        job, &BackgroundJob::finished, this,
        [this, changes, models] {
            --m_writers;
            notifyChanged(changes, models);
        },
        Qt::SingleShotConnection);
    Q_EMIT writerStarted(job);
}

void CacheSession::notifyChanged(CacheChanges changes, const QStringList& models) {
    m_ownChanges |= changes;
    if (models.isEmpty() && (changes & (CacheChange::Models | CacheChange::Predictions)))
        m_ownModelsAny = true;
    m_ownModels += models;
    requestFingerprint(FingerprintUse::AfterOwnWrite);
    Q_EMIT changed(changes, models);
}

void CacheSession::reloadAll() {
    requestFingerprint(FingerprintUse::Baseline);
    Q_EMIT changed(kEverythingChanged, {});
}

void CacheSession::watchFiles() {
    const QStringList old = m_files->files() + m_files->directories();
    if (!old.isEmpty())
        m_files->removePaths(old);
    const QString path = m_connector.path();
    // The directory too: SQLite creates and deletes the -wal file as connections come and go.
    m_files->addPath(QFileInfo(path).absolutePath());
    m_files->addPath(path);
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        m_files->addPath(wal);
}

void CacheSession::onFileEvent() {
    if (!isOpen())
        return;
    const QString wal = m_connector.path() + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !m_files->files().contains(wal))
        m_files->addPath(wal);
    if (!m_files->files().contains(m_connector.path()) && QFileInfo::exists(m_connector.path()))
        m_files->addPath(m_connector.path());
    const QString signature = fileSignature(m_connector.path());
    if (signature == m_fileSignature)
        return;
    m_fileSignature = signature;
    if (m_writers > 0) {
        // Our own job is writing: its end refreshes the baseline; look again after that.
        m_fileEventWhileWriting = true;
        return;
    }
    requestFingerprint(FingerprintUse::Check);
}

void CacheSession::requestFingerprint(FingerprintUse use) {
    if (!isOpen())
        return;
    if (m_fingerprintBusy) {
        // A baseline wins over an attribution of our writes, which wins over a bare check.
        if (!m_nextFingerprint || use < *m_nextFingerprint)
            m_nextFingerprint = use;
        return;
    }
    m_fingerprintUse = use;
    m_fingerprintBusy = true;
    m_fingerprinting.setFuture(
        QtConcurrent::run([connector = m_connector]() -> std::optional<CacheFingerprint> {
            try {
                return fingerprintOf(connector.openExisting());
            } catch (const std::exception&) {
                // A cache being rewritten (compaction, another program's transaction) may be
                // unreadable for a moment: no fingerprint, the next file event tries again.
                return std::nullopt;
            }
        }));
}

void CacheSession::onFingerprint() {
    m_fingerprintBusy = false;
    const std::optional<CacheFingerprint> now = m_fingerprinting.result();
    const FingerprintUse use = m_fingerprintUse;
    if (use == FingerprintUse::Check && m_writers > 0) {
        // Began before our own job did: it may hold some of our writes. Look after the job.
        m_fileEventWhileWriting = true;
    } else if (now) {
        compareWithBaseline(*now, use);
    }
    if (m_fileEventWhileWriting && m_writers == 0) {
        m_fileEventWhileWriting = false;
        if (!m_nextFingerprint)
            m_nextFingerprint = FingerprintUse::Check;
    }
    if (m_nextFingerprint) {
        const FingerprintUse next = *m_nextFingerprint;
        m_nextFingerprint.reset();
        requestFingerprint(next);
    }
}

void CacheSession::compareWithBaseline(const CacheFingerprint& now, FingerprintUse use) {
    CacheChanges what;
    QStringList models;
    if (m_baseline && use != FingerprintUse::Baseline) {
        what = changesBetween(*m_baseline, now);
        models = modelsChangedBetween(*m_baseline, now);
    }
    if (use != FingerprintUse::Baseline) {
        // Our writes explain their kinds of change, for the models they named (or any).
        constexpr CacheChanges modelKinds =
            CacheChanges(CacheChange::Models) | CacheChange::Predictions;
        if (m_ownChanges & modelKinds) {
            if (m_ownModelsAny)
                models.clear();
            for (const QString& model : std::as_const(m_ownModels))
                models.removeAll(model);
        }
        const CacheChanges all = what;
        what &= ~m_ownChanges;
        if (!models.isEmpty())
            what |= all & modelKinds;
    }
    if (m_writers == 0) {
        m_ownChanges = {};
        m_ownModels.clear();
        m_ownModelsAny = false;
    }
    m_baseline = now; // each change is offered once
    if (what)
        Q_EMIT externalChange(describe(what, models));
}

} // namespace fluxlens
