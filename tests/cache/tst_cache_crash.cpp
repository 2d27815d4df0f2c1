// Crash safety: a process importing into the cache is SIGKILLed mid-transaction; the cache then
// opens cleanly with exactly the imports committed before.
#include "cache/cache.h"
#include "cache_test_support.h"
#include "test_timeouts.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

using namespace fluxlens;
using namespace fluxlens::test;

namespace {
constexpr int kDaysPerBatch = 6000; // as in cache_crash_child.cpp
constexpr int kSites = 5;
} // namespace

class TestCacheCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidTransaction_data();
    void killedMidTransaction();

private:
    // Reads the child's stdout until a line equal to `line` appears; returns the last
    // "committed N" number seen (-1 for none).
    static bool waitForLine(QProcess& child, const QByteArray& line, int& lastCommitted);
};

bool TestCacheCrash::waitForLine(QProcess& child, const QByteArray& line, int& lastCommitted) {
    QElapsedTimer timer;
    timer.start();
    const int timeoutMs = fluxlens::testing::scaledMs(60000);
    while (timer.elapsed() < timeoutMs) {
        if (!child.canReadLine() && !child.waitForReadyRead(1000)) {
            if (child.state() != QProcess::Running)
                return false;
            continue;
        }
        while (child.canReadLine()) {
            const QByteArray read = child.readLine().trimmed();
            if (read.startsWith("committed "))
                lastCommitted = read.mid(10).toInt();
            if (read == line)
                return true;
        }
    }
    return false;
}

void TestCacheCrash::killedMidTransaction_data() {
    QTest::addColumn<bool>("paused");
    QTest::addColumn<int>("delay_ms");
    // Paused inside batch 3's transaction after three quarters of its rows: killed there for sure.
    QTest::newRow("inside a transaction") << true << 0;
    // Killed at whatever point the import has reached after a while.
    QTest::newRow("at a random moment, 40 ms") << false << 40;
    QTest::newRow("at a random moment, 170 ms") << false << 170;
    QTest::newRow("at a random moment, 333 ms") << false << 333;
}

void TestCacheCrash::killedMidTransaction() {
    QFETCH(bool, paused);
    QFETCH(int, delay_ms);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cachePath = dir.filePath(QStringLiteral("crash.flcache"));

    QProcess child;
    QStringList arguments{cachePath};
    if (paused)
        arguments << QStringLiteral("--pause-mid-transaction") << QStringLiteral("3");
    child.start(QStringLiteral(CACHE_CRASH_CHILD), arguments);
    QVERIFY(child.waitForStarted());
    int lastCommitted = -1;
    if (paused) {
        QVERIFY2(waitForLine(child, "inside 3", lastCommitted),
                 child.readAllStandardError().constData());
        QCOMPARE(lastCommitted, 2);
        // The killed process leaves its write-ahead log behind for the next open to recover.
        QVERIFY(std::filesystem::exists(cachePath.toStdString() + "-wal"));
    } else {
        QVERIFY2(waitForLine(child, "committed 1", lastCommitted),
                 child.readAllStandardError().constData());
        QTest::qSleep(delay_ms);
    }
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(fluxlens::testing::scaledMs(10000)));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    while (child.canReadLine()) {
        const QByteArray read = child.readLine().trimmed();
        if (read.startsWith("committed "))
            lastCommitted = read.mid(10).toInt();
    }

    auto cache = Cache::open(cachePath.toStdString());
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
    const auto log = cache.importLog();
    const int committed = static_cast<int>(log.size());
    // Everything reported committed is there; at most one more commit raced the kill.
    if (paused)
        QCOMPARE(committed, lastCommitted + 1);
    else
        QVERIFY2(committed == lastCommitted + 1 || committed == lastCommitted + 2,
                 qPrintable(QStringLiteral("%1 imports logged, last reported %2")
                                .arg(committed)
                                .arg(lastCommitted)));

    std::size_t fluxRows = 0;
    std::size_t metRows = 0;
    for (int s = 0; s < kSites; ++s) {
        const std::string site = "CR-" + std::to_string(s);
        fluxRows += cache.loadDaily(site, DailyKind::Flux).dayNumbers.size();
        metRows += cache.loadDaily(site, DailyKind::TowerMet).dayNumbers.size();
    }
    QCOMPARE(fluxRows, std::size_t(committed) * kDaysPerBatch);
    QCOMPARE(metRows, std::size_t(committed) * kDaysPerBatch);
    QCOMPARE(cache.sites().size(), std::size_t(std::min(committed, kSites)));
    // The last committed batch holds its exact values.
    const int last = committed - 1;
    const std::string site = "CR-" + std::to_string(last % kSites);
    const DailyTable expected = makeTable(DailyKind::Flux, site, last * kDaysPerBatch,
                                          kDaysPerBatch, allColumns(DailyKind::Flux), last);
    const DailyTable loaded = cache.loadDaily(site, DailyKind::Flux);
    const std::size_t offset = loaded.dayNumbers.size() - kDaysPerBatch;
    QCOMPARE(loaded.dayNumbers[offset], last * kDaysPerBatch);
    for (std::size_t c = 0; c < expected.columns.size(); ++c)
        QVERIFY(std::equal(expected.columns[c].begin(), expected.columns[c].end(),
                           loaded.columns[c].begin() + static_cast<std::ptrdiff_t>(offset)));
    // And the cache takes further imports.
    const auto next =
        cache.storeBatch(makeBatch("/after/crash.csv", "sha-after",
                                   {makeTable(DailyKind::Flux, "CR-9", 0, 10, {"NEE_VUT_REF"})}));
    QCOMPARE(next.status, StoreResult::Status::Imported);
}

QTEST_GUILESS_MAIN(TestCacheCrash)
#include "tst_cache_crash.moc"
