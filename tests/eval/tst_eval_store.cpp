// The evaluation on a real cache: loading observations, predictions and reference products, and
// storing the figures with their model and data versions.
#include "eval/evaluation_store.h"
#include "eval_test_cache.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <map>

using namespace fluxlens;
using namespace fluxlens::eval;

class TestEvalStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsEverySource();
    void storesFiguresWithVersions();
    void heldOutSitesFromMetadata();
    void scoredFromFromMetadata();
    void heldOutSitesScoredAfterSupportYears();
};

void TestEvalStore::loadsEverySource() {
    QTemporaryDir dir;
    Cache cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    test::fillEvaluationCache(cache);
    const EvaluationInput in = loadEvaluationInput(cache);
    QCOMPARE(in.sites.size(), std::size_t(2));
    QCOMPARE(in.sites[0].id, std::string("S1"));
    QCOMPARE(in.sites[0].igbp, IgbpClass::DBF);
    QCOMPARE(in.sites[1].koppen, KoppenClass::Dfb);
    QCOMPARE(in.sites[0].neeUstar50Qc[2], 0.5);
    QCOMPARE(in.sources.size(), std::size_t(2));
    QCOMPARE(in.sources[0].name, std::string("M"));
    QVERIFY(!in.sources[0].isReference);
    QCOMPARE(in.sources[1].name, std::string("FLUXCOM-X-BASE"));
    QVERIFY(in.sources[1].isReference);
    QVERIFY(in.sources[1].sites[1].dayNumbers.empty()); // no reference at S2
    QVERIFY(in.dataVersion.starts_with("fnv1a64:"));

    LoadOptions only;
    only.siteIds = {"S2", "unknown"};
    QCOMPARE(loadEvaluationInput(cache, only).sites.size(), std::size_t(1));
}

void TestEvalStore::storesFiguresWithVersions() {
    QTemporaryDir dir;
    Cache cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    test::fillEvaluationCache(cache);
    const EvaluationInput in = loadEvaluationInput(cache);
    EvaluationOptions options;
    options.reference = "FLUXCOM-X-BASE";
    const EvaluationResult result = evaluate(in, options);
    storeEvaluation(cache, result, in);

    const auto reference = cache.model("FLUXCOM-X-BASE");
    QVERIFY(reference);
    QCOMPARE(reference->kind, std::string("reference"));

    const auto metrics = cache.loadMetrics("M");
    const MetricRecord* s1Gpp = nullptr;
    const MetricRecord* s2NeeBest = nullptr;
    const MetricRecord* pooled = nullptr;
    for (const MetricRecord& m : metrics) {
        QCOMPARE(m.dataVersion, in.dataVersion);
        QCOMPARE(m.modelVersion, modelVersion(*cache.model("M")));
        if (m.siteId == "S1" && m.target == "GPP_NT_VUT_USTAR50" && m.qcMask.empty())
            s1Gpp = &m;
        if (m.siteId == "S2" && m.target == "NEE_VUT_USTAR50" &&
            m.qcMask == qcMaskStorageName(QcMask::HighestQuality))
            s2NeeBest = &m;
        if (m.siteId.empty() && m.target == "GPP_NT_VUT_USTAR50" && m.qcMask.empty())
            pooled = &m;
    }
    QVERIFY(s1Gpp && s2NeeBest && pooled);
    QCOMPARE(s1Gpp->n, qint64(4));
    QVERIFY(std::abs(s1Gpp->rmse - std::sqrt(1.5 / 4)) < 1e-12);
    QVERIFY(std::abs(s1Gpp->r2 - 0.7) < 1e-12);
    QVERIFY(std::abs(s1Gpp->bias - 0.25) < 1e-12);
    // S2 NEE: obs 0,1,2, pred 1,1,1: SSE 2, SST 2, R² 0.
    QVERIFY(std::abs(s2NeeBest->r2) < 1e-12);
    QCOMPARE(s2NeeBest->n, qint64(3));
    // Pooled GPP over S1 (SSE 1.5) and S2 (0): 7 days.
    QCOMPARE(pooled->n, qint64(7));
    QVERIFY(std::abs(pooled->rmse - std::sqrt(1.5 / 7)) < 1e-12);

    // The reference's figures are stored under its name: S1 GPP RMSE 1.
    bool found = false;
    for (const MetricRecord& m : cache.loadMetrics("FLUXCOM-X-BASE"))
        if (m.siteId == "S1" && m.target == "GPP_NT_VUT_USTAR50" && m.qcMask.empty()) {
            QCOMPARE(m.rmse, 1.0);
            QCOMPARE(m.modelVersion, std::string("reference:FLUXCOM-X-BASE"));
            found = true;
        }
    QVERIFY(found);

    // A new import changes the data version.
    const std::string before = dataVersion(cache);
    ImportBatch more;
    more.filePath = "/test/more.csv";
    more.sha256 = std::string(64, 'b');
    more.importer = "test";
    more.tables.push_back(test::dailyTable(DailyKind::Flux, "S2", 200,
                                           {std::string(var::GPP_NT_VUT_USTAR50)}, {{1.0}}));
    cache.storeBatch(more);
    QVERIFY(dataVersion(cache) != before);
}

void TestEvalStore::heldOutSitesFromMetadata() {
    ModelRecord m;
    m.metadataJson = R"({"heldout_sites": ["A", "B"]})";
    QCOMPARE(recordedHeldOutSites(m).value(), (std::vector<std::string>{"A", "B"}));
    m.metadataJson = "{}";
    QVERIFY(!recordedHeldOutSites(m));
    m.metadataJson = "not json {";
    QVERIFY(!recordedHeldOutSites(m));
}

void TestEvalStore::scoredFromFromMetadata() {
    ModelRecord m;
    m.kind = "tamrl";
    m.metadataJson = R"({"heldout_sites": ["A", "B"], "config": {"support_years": 2},
                         "heldout_scored_from": {"A": "2003-01-01"}})";
    const std::map<std::string, int> first = {{"A", 11000}, {"B", 11000}};
    QCOMPARE(heldOutScoredFrom(m, first), (std::map<std::string, int>{{"A", 12053}}));
    // Saved before the dates were recorded: 1 January of the first observed year + 2.
    // Day 11000 is 2000-02-13, so B is scored from 2002-01-01 = day 11688.
    m.metadataJson = R"({"heldout_sites": ["A", "B"], "config": {"support_years": 2}})";
    QCOMPARE(heldOutScoredFrom(m, {{"B", 11000}}), (std::map<std::string, int>{{"B", 11688}}));
    // Other kinds use no support years; broken metadata records nothing.
    m.kind = "ctlstm";
    QVERIFY(heldOutScoredFrom(m, first).empty());
    m.kind = "tamrl";
    m.metadataJson = "not json";
    QVERIFY(heldOutScoredFrom(m, first).empty());
}

void TestEvalStore::heldOutSitesScoredAfterSupportYears() {
    // A TAM-RL model held S1 out and took its task embedding from days 100 and 101: S1 is scored
    // on days 102 and 103 only, for every model and product alike.
    QTemporaryDir dir;
    Cache cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    test::fillEvaluationCache(cache);
    ModelRecord tamrl;
    tamrl.name = "T";
    tamrl.kind = "tamrl";
    tamrl.metadataJson =
        R"({"heldout_sites": ["S1"], "heldout_scored_from": {"S1": "1970-04-13"}})";
    cache.registerModel(tamrl);
    const EvaluationInput in = loadEvaluationInput(cache);
    QCOMPARE(in.sites[0].dayNumbers, (std::vector<int>{102, 103}));
    QCOMPARE(in.sites[0].scoredFromDay, 102);
    QCOMPARE(in.sites[0].flux(Target::Gpp), (std::vector<double>{3, 4}));
    QCOMPARE(in.sites[0].neeUstar50Qc, (std::vector<double>{0.5, 1}));
    QCOMPARE(in.sites[1].dayNumbers.size(), std::size_t(3)); // S2: no TAM-RL model held it out
    QCOMPARE(in.sites[1].scoredFromDay, std::numeric_limits<int>::min());

    EvaluationOptions options;
    options.masks = {QcMask::AllValid};
    const EvaluationResult result = evaluate(in, options);
    auto rmse = [&](const std::string& source) {
        for (const SiteMetric& m : result.sites)
            if (m.model == source && m.siteId == "S1" && m.target == Target::Gpp)
                return m.stats.rmse;
        return kNaN;
    };
    // M: GPP 2.5, 5 against 3, 4; the reference: 4, 5 against 3, 4.
    QCOMPARE(rmse("M"), std::sqrt((0.25 + 1.0) / 2.0));
    QCOMPARE(rmse("FLUXCOM-X-BASE"), 1.0);
}

QTEST_GUILESS_MAIN(TestEvalStore)
#include "tst_eval_store.moc"
