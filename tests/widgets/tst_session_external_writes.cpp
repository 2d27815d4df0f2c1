// A write by another program (fluxlens-cli) while the GUI's own write job runs is still offered
// as a reload once the job ends; the job's own writes are not.
#include "cache/cache.h"
#include "jobs/background_job.h"
#include "program_run.h"
#include "session_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace fluxlens;

class TestSessionExternalWrites : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliWriteDuringOwnJobIsOffered();
    void ownJobAloneIsNotOffered();

private:
    QString makeCache(const QString& name) const;
    // Starts a job that stores predictions of `model` for DE-Hai, then waits until `release`
    // is set, as a long training would; tracked by `session` as the writer of that model.
    static void startOwnWrite(CacheSession& session, BackgroundJob& job, const QString& model,
                              const std::atomic<bool>& release);

    QTemporaryDir m_dir;
};

void TestSessionExternalWrites::initTestCase() {
    QVERIFY(m_dir.isValid());
}

QString TestSessionExternalWrites::makeCache(const QString& name) const {
    const QString path = m_dir.filePath(name);
    Cache cache = Cache::open(path.toStdString());
    Site hai;
    hai.id = "DE-Hai";
    hai.name = "Hainich";
    hai.lat_deg = 51.08;
    hai.lon_deg = 10.45;
    cache.upsertSites({hai});
    return path;
}

void TestSessionExternalWrites::startOwnWrite(CacheSession& session, BackgroundJob& job,
                                              const QString& model,
                                              const std::atomic<bool>& release) {
    session.trackWriter(&job, CacheChange::Models | CacheChange::Predictions, {model});
    job.start(
        [connector = session.connector(), name = model.toStdString(), &release](JobReporter&) {
            Cache cache = connector.openExisting();
            DailyTable p;
            p.kind = DailyKind::Prediction;
            p.siteId = "DE-Hai";
            p.dayNumbers = {11000, 11001, 11002};
            p.columnNames = {"GPP_mean"};
            p.columns = {{1.0, 2.0, 3.0}};
            cache.storePredictions(name, "DE-Hai", p);
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            return QString();
        });
}

void TestSessionExternalWrites::cliWriteDuringOwnJobIsOffered() {
    const QString path = makeCache(QStringLiteral("during-job.sqlite"));
    const auto session = testing::openSession(path);
    QVERIFY(session);
    // The fingerprint taken on opening is what the job's writes are compared with.
    QTRY_VERIFY_WITH_TIMEOUT(!session->isCheckingForChanges(), testing::guiWaitMs());
    QSignalSpy offered(session.get(), &CacheSession::externalChange);
    BackgroundJob job(QStringLiteral("Training"));
    QSignalSpy finished(&job, &BackgroundJob::finished);
    std::atomic<bool> release{false};
    startOwnWrite(*session, job, QStringLiteral("gui-model"), release);

    // fluxlens-cli imports a site list into the same cache while the job runs.
    const testing::ProgramRun cli = testing::importOneSiteWithCli(path, m_dir.path());
    QVERIFY2(cli.succeeded(), qPrintable(cli.describe()));
    QTest::qWait(1000);         // past the file watcher's quiet period, while the job still runs
    QVERIFY(offered.isEmpty()); // nothing is decided while our own job writes
    release = true;
    QVERIFY(finished.wait(testing::guiWaitMs()));

    QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), testing::guiWaitMs());
    const QString description = offered.first().first().toString();
    QVERIFY2(description.contains(QStringLiteral("sites")), qPrintable(description));
    // The job's own model is not another program's change.
    QVERIFY2(!description.contains(QStringLiteral("gui-model")), qPrintable(description));
}

void TestSessionExternalWrites::ownJobAloneIsNotOffered() {
    const QString path = makeCache(QStringLiteral("own-only.sqlite"));
    const auto session = testing::openSession(path);
    QVERIFY(session);
    // The fingerprint taken on opening is what the job's writes are compared with.
    QTRY_VERIFY_WITH_TIMEOUT(!session->isCheckingForChanges(), testing::guiWaitMs());
    QSignalSpy offered(session.get(), &CacheSession::externalChange);
    QSignalSpy changed(session.get(), &CacheSession::changed);
    BackgroundJob job(QStringLiteral("Training"));
    QSignalSpy finished(&job, &BackgroundJob::finished);
    std::atomic<bool> release{true};
    startOwnWrite(*session, job, QStringLiteral("gui-model"), release);
    QVERIFY(finished.wait(testing::guiWaitMs()));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), testing::guiWaitMs());
    // Several quiet periods of the file watcher and a fingerprint: nothing is offered.
    QTest::qWait(testing::scaledMs(2500));
    QVERIFY2(offered.isEmpty(),
             offered.isEmpty() ? "" : qPrintable(offered.first().first().toString()));
}

QTEST_MAIN(TestSessionExternalWrites)
#include "tst_session_external_writes.moc"
