// Models, predictions and metrics in the cache.
#include "cache/cache.h"
#include "cache/variables.h"
#include "cache_test_support.h"
#include "common/input_error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using namespace fluxlens::test;

class TestCacheModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void predictionsRoundTrip();
    void storingPredictionsAgainReplacesThem();
    void rejectsBrokenPredictions();
    void metricsUpsert();
    void registerAndRemoveModels();

private:
    Cache openCache() const {
        return Cache::open(m_dir->filePath(QStringLiteral("m.flcache")).toStdString());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheModels::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheModels::predictionsRoundTrip() {
    auto cache = openCache();
    const DailyTable predicted = makeTable(DailyKind::Prediction, "DE-Hai", 12000, 365,
                                           allColumns(DailyKind::Prediction), 0, 11);
    cache.storePredictions("tamrl-1", "DE-Hai", predicted);
    cache.storePredictions("xgb", "DE-Hai",
                           makeTable(DailyKind::Prediction, "DE-Hai", 12000, 5, {"GPP_mean"}));
    const DailyTable loaded = cache.loadPredictions("tamrl-1", "DE-Hai");
    QCOMPARE(loaded.kind, DailyKind::Prediction);
    QCOMPARE(loaded.product, std::string("tamrl-1"));
    QCOMPARE(loaded.dayNumbers, predicted.dayNumbers);
    for (std::size_t c = 0; c < loaded.columns.size(); ++c)
        for (std::size_t i = 0; i < loaded.dayNumbers.size(); ++i)
            QVERIFY(sameValue(loaded.columns[c][i], predicted.columns[c][i]));
    QCOMPARE(cache.loadDaily("DE-Hai", DailyKind::Prediction, "xgb").dayNumbers.size(),
             std::size_t{5});
    QCOMPARE(cache.predictionModels(), (std::vector<std::string>{"tamrl-1", "xgb"}));
    QVERIFY(cache.loadPredictions("nope", "DE-Hai").dayNumbers.empty());
    QVERIFY(cache.model("xgb")); // registered on first use
    QCOMPARE(cache.sitesWithDaily(DailyKind::Prediction, "xgb"),
             std::vector<std::string>{"DE-Hai"});
}

void TestCacheModels::storingPredictionsAgainReplacesThem() {
    auto cache = openCache();
    cache.storePredictions("m", "FR-Pue",
                           makeTable(DailyKind::Prediction, "FR-Pue", 0, 100, {"GPP_mean"}, 1));
    const DailyTable second = makeTable(DailyKind::Prediction, "FR-Pue", 50, 10, {"NEE_mean"}, 2);
    cache.storePredictions("m", "FR-Pue", second);
    const DailyTable loaded = cache.loadPredictions("m", "FR-Pue");
    QCOMPARE(loaded.dayNumbers, second.dayNumbers);
    QCOMPARE(column(loaded, "NEE_mean"), second.columns[0]);
    QVERIFY(std::isnan(column(loaded, "GPP_mean")[0]));
}

void TestCacheModels::rejectsBrokenPredictions() {
    auto cache = openCache();
    DailyTable table = makeTable(DailyKind::Prediction, "FR-Pue", 0, 3, {"GPP_mean"});
    table.columnNames = {"GPP"};
    QVERIFY_THROWS_EXCEPTION(InputError, cache.storePredictions("m", "FR-Pue", table));
    QVERIFY_THROWS_EXCEPTION(
        InputError,
        cache.storePredictions("", "FR-Pue",
                               makeTable(DailyKind::Prediction, "FR-Pue", 0, 3, {"GPP_mean"})));
    QVERIFY(cache.predictionModels().empty());
    QVERIFY(cache.sites().empty());
}

void TestCacheModels::metricsUpsert() {
    auto cache = openCache();
    MetricRecord pooled{"tamrl", "GPP_NT_VUT_USTAR50", "", "", 1.5, 0.8, -0.1, 1.1, 5000, "v1",
                        "data-1"};
    MetricRecord site = pooled;
    site.siteId = "DE-Hai";
    site.rmse = 1.2;
    site.n = 300;
    cache.storeMetrics({pooled, site});
    MetricRecord other = pooled;
    other.modelName = "xgb";
    other.r2 = kNaN; // undefined for a constant series
    cache.storeMetrics({other});
    pooled.rmse = 1.4; // recomputed
    pooled.modelVersion = "v2";
    cache.storeMetrics({pooled});

    const auto tamrl = cache.loadMetrics("tamrl");
    QCOMPARE(tamrl.size(), std::size_t{2});
    QCOMPARE(tamrl[0].siteId, std::string());
    QCOMPARE(tamrl[0].rmse, 1.4);
    QCOMPARE(tamrl[0].modelVersion, std::string("v2"));
    QCOMPARE(tamrl[1].siteId, std::string("DE-Hai"));
    QCOMPARE(tamrl[1].n, std::int64_t{300});
    QCOMPARE(tamrl[1].dataVersion, std::string("data-1"));
    const auto all = cache.loadMetrics();
    QCOMPARE(all.size(), std::size_t{3});
    QVERIFY(std::isnan(all[2].r2));
    QCOMPARE(all[2].modelName, std::string("xgb"));
}

void TestCacheModels::registerAndRemoveModels() {
    auto cache = openCache();
    cache.registerModel({"tamrl", "tam-rl", "/models/tamrl", R"({"epochs":50})", 0});
    cache.registerModel({"baseline", "xgboost", "/models/xgb", "", 0});
    const auto created = cache.model("tamrl")->createdAtUnixSeconds;
    QVERIFY(created > 1700000000);
    cache.registerModel({"tamrl", "tam-rl", "/models/tamrl-2", R"({"epochs":80})", 0});
    const auto models = cache.models();
    QCOMPARE(models.size(), std::size_t{2});
    QCOMPARE(models[0].name, std::string("baseline"));
    QCOMPARE(models[0].metadataJson, std::string("{}"));
    QCOMPARE(models[1].folder, std::string("/models/tamrl-2"));
    QCOMPARE(models[1].metadataJson, std::string(R"({"epochs":80})"));
    QCOMPARE(models[1].createdAtUnixSeconds, created);

    cache.storePredictions("tamrl", "DE-Hai",
                           makeTable(DailyKind::Prediction, "DE-Hai", 0, 10, {"GPP_mean"}));
    cache.storeMetrics({{"tamrl", "GPP_NT_VUT_USTAR50", "", "", 1, 1, 0, 1, 10, "", ""}});
    QVERIFY(cache.removeModel("tamrl"));
    QVERIFY(!cache.removeModel("tamrl"));
    QVERIFY(!cache.model("tamrl"));
    QVERIFY(cache.loadPredictions("tamrl", "DE-Hai").dayNumbers.empty());
    QVERIFY(cache.loadMetrics("tamrl").empty());
    QVERIFY(cache.predictionModels().empty());
    // The site and the other model stay.
    QVERIFY(cache.site("DE-Hai"));
    QCOMPARE(cache.models().size(), std::size_t{1});
    // Predictions removed through the foreign keys leave no orphan rows.
    cache.registerModel({"tamrl", "tam-rl", "", "", 0});
    QVERIFY(cache.loadPredictions("tamrl", "DE-Hai").dayNumbers.empty());
}

QTEST_GUILESS_MAIN(TestCacheModels)
#include "tst_cache_models.moc"
