// A monthly reference product (FLUXCOM-X-BASE monthly, stored by the gridded importer as
// "<name> (monthly)", one value per month) is scored against monthly means of the tower days, not
// against the single tower day its value is stored on.
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "eval_test_cache.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::eval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kJan1st2020 = 18262; // days since 1970-01-01
const std::string kMonthly = "FLUXCOM-X-BASE (monthly)";

// Site "S1", 1 January to 31 March 2020 (91 days), GPP = 1 + (i % 7) + i / 30 on day i.
//   January:  31 valid days, all QC 1.
//   February: 10 of 29 days valid (the rest NaN): under the 50 % share, no monthly mean.
//   March:    31 valid days; the first five have QC 0.5 and GPP + 20, so the QC = 1 mean differs
//             from the all-valid mean.
struct World {
    std::vector<double> gpp, qc;
    double janMean = 0, marMean = 0, marQcMean = 0;
};

World world() {
    World w;
    int marQcDays = 0;
    for (int i = 0; i < 91; ++i) {
        double g = 1 + (i % 7) + i / 30.0;
        double q = 1;
        if (i >= 31 + 10 && i < 60)
            g = kNaN; // February beyond its 10th day
        if (i >= 60 && i < 65) {
            g += 20;
            q = 0.5;
        }
        w.gpp.push_back(g);
        w.qc.push_back(q);
        if (i < 31)
            w.janMean += g / 31;
        if (i >= 60) {
            w.marMean += g / 31;
            if (q == 1) {
                w.marQcMean += g;
                ++marQcDays;
            }
        }
    }
    w.marQcMean /= marQcDays;
    return w;
}

// The cache: S1's daily fluxes and a monthly product whose January and March values are the
// all-valid monthly means (stored on the 15th, as a time stamp mid-month would be); February's
// value, 100, has no monthly mean to meet and must not be scored.
void fill(Cache& cache, const World& w) {
    Site s1;
    s1.id = "S1";
    s1.lat_deg = 50;
    s1.lon_deg = 10;
    ImportBatch batch;
    batch.filePath = "/test/flux.csv";
    batch.sha256 = std::string(64, 'b');
    batch.importer = "test";
    batch.sites = {s1};
    batch.tables.push_back(
        test::dailyTable(DailyKind::Flux, "S1", kJan1st2020,
                         {std::string(var::GPP_NT_VUT_USTAR50),
                          std::string(var::NEE_VUT_USTAR50_QC), std::string(var::NEE_VUT_REF_QC)},
                         {w.gpp, w.qc, std::vector<double>(w.gpp.size(), 1.0)}));
    DailyTable monthly;
    monthly.kind = DailyKind::Reference;
    monthly.siteId = "S1";
    monthly.product = kMonthly;
    monthly.dayNumbers = {kJan1st2020 + 14, kJan1st2020 + 31 + 14, kJan1st2020 + 60 + 14};
    monthly.columnNames = {"GPP"};
    monthly.columns = {{w.janMean, 100.0, w.marMean}};
    batch.tables.push_back(monthly);
    cache.storeBatch(batch);
}

const SiteMetric* find(const EvaluationResult& r, const std::string& model, QcMask m) {
    for (const SiteMetric& s : r.sites)
        if (s.model == model && s.target == Target::Gpp && s.mask == m)
            return &s;
    return nullptr;
}
} // namespace

class TestEvalMonthly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monthlyProductScoredOnMonthlyMeans();
    void dailyProductStaysDaily();
};

void TestEvalMonthly::monthlyProductScoredOnMonthlyMeans() {
    QTemporaryDir dir;
    Cache cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    const World w = world();
    fill(cache, w);
    const EvaluationInput in = loadEvaluationInput(cache);
    QCOMPARE(in.sources.size(), std::size_t(1));
    QCOMPARE(in.sources[0].name, kMonthly);
    QVERIFY(isMonthlyProduct(in.sources[0]));

    EvaluationOptions options;
    options.targets = {Target::Gpp};
    const EvaluationResult r = evaluate(in, options);
    QCOMPARE(r.monthlySources, std::vector<std::string>{kMonthly});

    // All valid days: January and March, each value equal to the month's mean -> RMSE 0.
    const SiteMetric* all = find(r, kMonthly, QcMask::AllValid);
    QVERIFY(all);
    QVERIFY(all->monthlyMeans);
    QCOMPARE(all->stats.n, std::int64_t(2));
    QVERIFY2(std::abs(all->stats.rmse) < 1e-12, qPrintable(QString::number(all->stats.rmse)));
    QVERIFY(std::abs(all->stats.bias) < 1e-12);

    // QC = 1: March's mean leaves out its five QC 0.5 days before averaging, so March misses by
    // marMean - marQcMean and January still meets.
    const SiteMetric* best = find(r, kMonthly, QcMask::HighestQuality);
    QVERIFY(best);
    QCOMPARE(best->stats.n, std::int64_t(2));
    const double marError = w.marMean - w.marQcMean;
    QVERIFY(std::abs(marError) > 1);
    QVERIFY2(std::abs(best->stats.rmse - std::sqrt(marError * marError / 2)) < 1e-9,
             qPrintable(QString::number(best->stats.rmse)));

    for (const SummaryRow& row : r.summary)
        QVERIFY(row.monthlyMeans);

    // The same values scored day by day (as a model is) meet single tower days: January 15th,
    // February 15th and March 15th, none equal to its month's mean -> RMSE far from 0.
    EvaluationInput daily = in;
    daily.sources[0].isReference = false;
    QVERIFY(!isMonthlyProduct(daily.sources[0]));
    const EvaluationResult d = evaluate(daily, options);
    QVERIFY(d.monthlySources.empty());
    const SiteMetric* dayByDay = find(d, kMonthly, QcMask::AllValid);
    QVERIFY(dayByDay);
    QVERIFY(!dayByDay->monthlyMeans);
    QCOMPARE(dayByDay->stats.n, std::int64_t(2)); // February 15th's observation is NaN
    QVERIFY2(dayByDay->stats.rmse > 0.1, qPrintable(QString::number(dayByDay->stats.rmse)));

    // The report says so: a note in the text, a field in the JSON rows.
    std::ostringstream text;
    writeReport(text, r, ReportFormat::Table);
    QVERIFY2(text.str().find("Scored on monthly means: " + kMonthly + ";") != std::string::npos,
             text.str().c_str());
    QVERIFY(text.str().find("at least 50% of") != std::string::npos);
    std::ostringstream json;
    writeReport(json, r, ReportFormat::Json);
    const nlohmann::json parsed = nlohmann::json::parse(json.str());
    QVERIFY(!parsed.at("sites").empty());
    for (const auto& s : parsed.at("sites"))
        QCOMPARE(s.at("monthly_means").get<bool>(), true);
    for (const auto& s : parsed.at("summary"))
        QCOMPARE(s.at("monthly_means").get<bool>(), true);
}

void TestEvalMonthly::dailyProductStaysDaily() {
    // The evaluation test cache's FLUXCOM-X-BASE has four consecutive days: a daily product.
    QTemporaryDir dir;
    Cache cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    test::fillEvaluationCache(cache);
    const EvaluationInput in = loadEvaluationInput(cache);
    for (const PredictionSource& s : in.sources)
        QVERIFY2(!isMonthlyProduct(s), s.name.c_str());
    const EvaluationResult r = evaluate(in);
    QVERIFY(r.monthlySources.empty());
    for (const SiteMetric& s : r.sites)
        QVERIFY(!s.monthlyMeans);
    std::ostringstream text;
    writeReport(text, r, ReportFormat::Table);
    QVERIFY(text.str().find("monthly means") == std::string::npos);

    // One value per month, but on two sites' axes: still monthly; two values in one month at any
    // site: daily.
    PredictionSource p;
    p.name = "P";
    p.isReference = true;
    p.sites.resize(2);
    p.sites[0].dayNumbers = {kJan1st2020, kJan1st2020 + 31};
    p.sites[1].dayNumbers = {kJan1st2020 + 5};
    QVERIFY(isMonthlyProduct(p));
    p.sites[1].dayNumbers = {kJan1st2020 + 5, kJan1st2020 + 6};
    QVERIFY(!isMonthlyProduct(p));
    // Too short to tell from the data: the importer's name marker decides.
    p.sites = {PredictedSite{}};
    p.sites[0].dayNumbers = {kJan1st2020};
    QVERIFY(!isMonthlyProduct(p));
    p.name = "P (monthly)";
    QVERIFY(isMonthlyProduct(p));
}

QTEST_GUILESS_MAIN(TestEvalMonthly)
#include "tst_eval_monthly.moc"
