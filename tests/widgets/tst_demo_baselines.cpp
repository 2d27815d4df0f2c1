// The demo world's first-run models (File ▸ Open the demo world): TAMLSTM, CT-LSTM, TAM-RL and
// XGBoost
// trained, predicted and evaluated in the background on a small demo world, held-out sites scored
// after their support years, and nothing trained twice.
#include "cache/cache.h"
#include "demo/demo_world.h"
#include "demo_baselines.h"
#include "eval/evaluation_store.h"
#include "jobs/background_job.h"
#include "session/cache_connector.h"
#include "test_timeouts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

class TestDemoBaselines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainsPredictsAndEvaluatesThreeModels();
    void secondRunTrainsNothing();

private:
    QString run(); // the job's error message, empty on success
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestDemoBaselines::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Model folders go to the user data folder: a scratch one here.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Cache cache = Cache::open(m_cache.toStdString());
    demo::DemoOptions options;
    options.siteCount = 10;
    options.firstYear = 2001;
    options.lastYear = 2004;
    demo::openDemoWorld(cache, m_dir.filePath(QStringLiteral("world")).toStdString(), options);
}

QString TestDemoBaselines::run() {
    BackgroundJob job(QStringLiteral("demo models"));
    QSignalSpy finished(&job, &BackgroundJob::finished);
    QSignalSpy failed(&job, &BackgroundJob::failed);
    const CacheConnector cache(m_cache);
    job.start([cache](JobReporter& r) { return trainDemoBaselines(cache, r); });
    if (!finished.wait(scaledMs(300000)))
        return QStringLiteral("timed out");
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

void TestDemoBaselines::trainsPredictsAndEvaluatesThreeModels() {
    const QString error = run();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Cache cache = Cache::openExisting(m_cache.toStdString());
    std::vector<std::string> names;
    for (const ModelRecord& m : cache.models())
        if (m.kind != "reference")
            names.push_back(m.name);
    std::vector<std::string> expected{"CT-LSTM", "TAM-RL", "TAMLSTM"};
    if (demoBaselineCount() == 4)
        expected.push_back("XGBoost"); // built with libxgboost
    QCOMPARE(names, expected);
    const std::vector<std::string> predicted = cache.predictionModels();
    for (const std::string& name : names)
        QVERIFY2(std::find(predicted.begin(), predicted.end(), name) != predicted.end(),
                 name.c_str());
    const std::vector<MetricRecord> metrics = cache.loadMetrics("TAM-RL");
    QVERIFY(!metrics.empty());

    // TAM-RL's held-out sites are scored from 2003 on (2 support years from 2001): the stored
    // sample count of such a site is at most the days of 2003 and 2004.
    const auto tamrl = cache.model("TAM-RL");
    QVERIFY(tamrl);
    const auto heldOut = eval::recordedHeldOutSites(*tamrl);
    QVERIFY(heldOut && !heldOut->empty());
    const auto scoredFrom = eval::heldOutScoredFrom(*tamrl, {});
    QCOMPARE(scoredFrom.size(), heldOut->size());
    int scored = 0;
    for (const MetricRecord& m : metrics)
        if (m.siteId == heldOut->front()) {
            ++scored;
            QVERIFY2(m.n > 0 && m.n <= 731, qPrintable(QString::number(m.n)));
        }
    QVERIFY(scored > 0);

    // XGBoost holds out the neural models' sites: every model is scored on the same unseen sites.
    if (const auto xgboost = cache.model("XGBoost")) {
        const auto xgbHeldOut = eval::recordedHeldOutSites(*xgboost);
        QVERIFY(xgbHeldOut);
        auto sorted = [](std::vector<std::string> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        QCOMPARE(sorted(*xgbHeldOut), sorted(*heldOut));
        QVERIFY(!cache.loadMetrics("XGBoost").empty());
    }
}

void TestDemoBaselines::secondRunTrainsNothing() {
    // Retraining would write new metadata (its creation time, its data hash, …).
    auto metadata = [this] {
        std::vector<std::string> out;
        for (const ModelRecord& m : Cache::openExisting(m_cache.toStdString()).models())
            out.push_back(m.metadataJson);
        return out;
    };
    const std::vector<std::string> before = metadata();
    const QString error = run();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(metadata(), before);
}

QTEST_GUILESS_MAIN(TestDemoBaselines)
#include "tst_demo_baselines.moc"
