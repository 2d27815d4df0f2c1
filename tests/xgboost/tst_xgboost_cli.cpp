// `fluxlens-cli train --model xgboost` and `predict` on a small cache: the model folder, the
// registered model with its held-out sites, predictions the evaluation can score, and usage
// errors. Runs the commands in-process (the CLI's fallback registration for builds without
// LibTorch, which calls the same trainXgboost/predictXgboost as cmd_train/cmd_predict do).
#include "args.h"
#include "cache/cache.h"
#include "cache/variables.h"
#include "command.h"
#include "eval/evaluation_store.h"
#include "xgb_synthetic.h"
#include "xgboost_commands.h"

#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <map>

using namespace fluxlens;

namespace fluxlens::cli {
// The test's stand-in for app/cli/main.cpp's registry.
std::vector<Command>& testRegistry() {
    static std::vector<Command> commands;
    return commands;
}
void registerCommand(Command command) {
    testRegistry().push_back(std::move(command));
}
} // namespace fluxlens::cli

namespace {
int run(const std::string& name, std::vector<std::string> args) {
    for (const auto& c : cli::testRegistry())
        if (c.name == name)
            return c.run(args);
    throw std::logic_error("no command " + name);
}

DailyTable tableOf(const ml::SiteSeries& s, DailyKind kind, std::vector<std::string> names,
                   const std::vector<std::vector<float>>& values) {
    DailyTable t;
    t.kind = kind;
    t.siteId = s.id;
    t.dayNumbers = s.dayNumbers;
    t.columnNames = std::move(names);
    for (const auto& v : values)
        t.columns.emplace_back(v.begin(), v.end());
    return t;
}

void fillCache(Cache& cache, const std::vector<ml::SiteSeries>& sites) {
    ImportBatch batch;
    batch.filePath = "/test/xgb-world";
    batch.sha256 = std::string(64, 'c');
    batch.importer = "test";
    for (const ml::SiteSeries& s : sites) {
        Site site;
        site.id = s.id;
        site.igbp = s.igbp;
        site.koppen = s.koppen;
        batch.sites.push_back(site);
        std::vector<std::string> met, rs;
        std::vector<std::vector<float>> metValues, rsValues;
        for (std::size_t f = 0; f < s.featureNames.size(); ++f) {
            const bool reanalysis = findDailyVariable(DailyKind::Reanalysis, s.featureNames[f]);
            (reanalysis ? met : rs).push_back(s.featureNames[f]);
            (reanalysis ? metValues : rsValues).push_back(s.features[f]);
        }
        batch.tables.push_back(tableOf(s, DailyKind::Reanalysis, met, metValues));
        batch.tables.push_back(tableOf(s, DailyKind::RemoteSensing, rs, rsValues));
        batch.tables.push_back(
            tableOf(s, DailyKind::Flux,
                    {"GPP_NT_VUT_USTAR50", "RECO_NT_VUT_USTAR50", "NEE_VUT_USTAR50",
                     "NEE_VUT_USTAR50_QC", "NEE_VUT_REF_QC"},
                    {s.gpp_gC_m2_d, s.reco_gC_m2_d, s.nee_gC_m2_d, s.neeQc, s.neeQc}));
    }
    cache.storeBatch(batch);
}

const std::string kConfig = R"({"max_rounds": 40, "eta": 0.3, "max_depth": 4, "threads": 1})";
} // namespace

class TestXgboostCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trainPredictEvaluate();
    void usageErrors();
};

void TestXgboostCli::trainPredictEvaluate() {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    const std::string cachePath = root + "/c.sqlite";
    {
        Cache cache = Cache::open(cachePath);
        fillCache(cache, test::xgbWorld(6, 400));
    }
    std::ofstream(root + "/holdout.txt") << "# zero-shot sites\nXG-100\nXG-101\n";
    QCOMPARE(run("train", {"--cache", cachePath, "--model", "xgboost", "--out", root + "/xgb",
                           "--holdout", root + "/holdout.txt", "--config", kConfig}),
             0);
    QVERIFY(cli::isXgboostModelDir(root + "/xgb"));
    QCOMPARE(run("predict", {"--cache", cachePath, "--model", root + "/xgb", "--threads", "1"}), 0);

    Cache cache = Cache::open(cachePath);
    const auto model = cache.model("XGBoost");
    QVERIFY(model);
    QCOMPARE(model->kind, std::string("xgboost"));
    QCOMPARE(eval::recordedHeldOutSites(*model).value(),
             (std::vector<std::string>{"XG-100", "XG-101"}));
    QCOMPARE(cache.predictionModels(), std::vector<std::string>{"XGBoost"});

    // Held-out sites scored by the evaluation engine: every day predicted, a useful R².
    eval::LoadOptions load;
    load.siteIds = {"XG-100", "XG-101"};
    const auto input = eval::loadEvaluationInput(cache, load);
    const auto result = eval::evaluate(input, {{eval::Target::Gpp}, {eval::QcMask::AllValid}, {}});
    QCOMPARE(result.sites.size(), std::size_t(2));
    for (const auto& s : result.sites) {
        QCOMPARE(s.stats.n, qint64(400));
        QVERIFY2(s.stats.r2 > 0.5, qPrintable(QString::number(s.stats.r2)));
    }

    // The same split again, read from the first model's folder.
    QCOMPARE(run("train",
                 {"--cache", cachePath, "--model", "xgboost", "--out", root + "/xgb2", "--name",
                  "XGB-2", "--holdout-from", root + "/xgb", "--rounds", "3", "--config", kConfig}),
             0);
    QCOMPARE(eval::recordedHeldOutSites(*cache.model("XGB-2")).value(),
             (std::vector<std::string>{"XG-100", "XG-101"}));
}

void TestXgboostCli::usageErrors() {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    const std::string cachePath = root + "/c.sqlite";
    QVERIFY_THROWS_EXCEPTION(
        cli::UsageError, run("train", {"--cache", cachePath, "--model", "tamrl", "--out", root}));
    QVERIFY_THROWS_EXCEPTION(cli::UsageError,
                             run("train", {"--cache", cachePath, "--model", "xgboost", "--out",
                                           root, "--config", R"({"eta": 5})"}));
    QVERIFY_THROWS_EXCEPTION(cli::UsageError,
                             run("train", {"--cache", cachePath, "--model", "xgboost", "--out",
                                           root, "--holdout", "a", "--holdout-from", "b"}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             run("train", {"--cache", root + "/missing.sqlite", "--model",
                                           "xgboost", "--out", root + "/m"}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             run("predict", {"--cache", cachePath, "--model", root}));
}

QTEST_GUILESS_MAIN(TestXgboostCli)
#include "tst_xgboost_cli.moc"
