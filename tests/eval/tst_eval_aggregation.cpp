// Evaluation of models and a reference over sites: day alignment, QC masking, per-class means
// and standard deviations (one-site classes), relative RMSE and the headline figures, all against
// values worked out by hand in the comments.
#include "eval/evaluation.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace fluxlens;
using namespace fluxlens::eval;

namespace {
constexpr double nan_ = std::numeric_limits<double>::quiet_NaN();

bool near(double a, double b, double tol = 1e-9) {
    return std::abs(a - b) < tol;
}

ObservedSite observed(std::string id, IgbpClass igbp, KoppenClass koppen, int firstDay,
                      std::vector<double> gpp, std::vector<double> qc1 = {},
                      std::vector<double> qc2 = {}) {
    ObservedSite s;
    s.id = std::move(id);
    s.igbp = igbp;
    s.koppen = koppen;
    for (std::size_t i = 0; i < gpp.size(); ++i)
        s.dayNumbers.push_back(firstDay + static_cast<int>(i));
    s.flux(Target::Nee) = std::vector<double>(gpp.size());
    for (std::size_t i = 0; i < gpp.size(); ++i)
        s.flux(Target::Nee)[i] = -gpp[i];
    s.flux(Target::Gpp) = std::move(gpp);
    s.neeUstar50Qc = std::move(qc1);
    s.neeRefQc = std::move(qc2);
    return s;
}

PredictedSite predicted(int firstDay, std::vector<double> gpp) {
    PredictedSite p;
    for (std::size_t i = 0; i < gpp.size(); ++i)
        p.dayNumbers.push_back(firstDay + static_cast<int>(i));
    p.flux(Target::Nee) = std::vector<double>(gpp.size());
    for (std::size_t i = 0; i < gpp.size(); ++i)
        p.flux(Target::Nee)[i] = -gpp[i];
    p.flux(Target::Gpp) = std::move(gpp);
    return p;
}

// Site A (DBF, Cfb): GPP 1,2,3,4 on days 0-3; QC (USTAR50, REF) = (1,1) (1,1) (0.5,1) (1,0.99),
//   so only days 0 and 1 are of the highest quality.
// Site B (DBF, Dfb): GPP 2,4,6 on days 10-12, QC 1 throughout.
// Site C (ENF, Cfb): GPP 1,3 on days 0-1, no QC columns (never of the highest quality).
// Model "M": A 1.5,2,2.5,5 (days 0-3); B 4,8,99 on days 11-13 (day 13 has no observation);
//   C 1,3 (perfect).
// Reference "R": A 2,3,4,5; B 3,5,7; nothing at C.
EvaluationInput world() {
    EvaluationInput in;
    in.sites.push_back(observed("A", IgbpClass::DBF, KoppenClass::Cfb, 0, {1, 2, 3, 4},
                                {1, 1, 0.5, 1}, {1, 1, 1, 0.99}));
    in.sites.push_back(
        observed("B", IgbpClass::DBF, KoppenClass::Dfb, 10, {2, 4, 6}, {1, 1, 1}, {1, 1, 1}));
    in.sites.push_back(observed("C", IgbpClass::ENF, KoppenClass::Cfb, 0, {1, 3}));
    PredictionSource m;
    m.name = "M";
    m.sites = {predicted(0, {1.5, 2, 2.5, 5}), predicted(11, {4, 8, 99}), predicted(0, {1, 3})};
    PredictionSource r;
    r.name = "R";
    r.isReference = true;
    r.sites = {predicted(0, {2, 3, 4, 5}), predicted(10, {3, 5, 7}), PredictedSite{}};
    in.sources = {m, r};
    return in;
}

const SiteMetric* site(const EvaluationResult& r, const std::string& model, const std::string& id,
                       Target t, QcMask m) {
    for (const SiteMetric& s : r.sites)
        if (s.model == model && s.siteId == id && s.target == t && s.mask == m)
            return &s;
    return nullptr;
}

const ClassRow* classRow(const EvaluationResult& r, ClassKind kind, const std::string& code,
                         const std::string& model, Target t, QcMask m) {
    for (const ClassRow& c : r.classes)
        if (c.kind == kind && c.classCode == code && c.model == model && c.target == t &&
            c.mask == m)
            return &c;
    return nullptr;
}

const SummaryRow* summary(const EvaluationResult& r, const std::string& model, Target t, QcMask m) {
    for (const SummaryRow& s : r.summary)
        if (s.model == model && s.target == t && s.mask == m)
            return &s;
    return nullptr;
}

const double rmseA = std::sqrt(1.5 / 4); // d = .5, 0, -.5, 1
const double rmseB = std::sqrt(2.0);     // days 11, 12: obs 4, 6; pred 4, 8
} // namespace

class TestEvalAggregation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void perSiteOnCommonDays();
    void qcMaskKeepsOnlyBestDays();
    void classesWithOneSite();
    void relativeRmseSign();
    void headlineFigures();
    void summaryAveragesAcrossSites();
    void badInputThrows();
};

void TestEvalAggregation::perSiteOnCommonDays() {
    const EvaluationResult r = evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, "R"});
    const SiteMetric* a = site(r, "M", "A", Target::Gpp, QcMask::AllValid);
    QVERIFY(a);
    QCOMPARE(a->stats.n, qint64(4));
    QVERIFY(near(a->stats.rmse, rmseA));
    QVERIFY(near(a->stats.r2, 0.7)); // SST = 5
    const SiteMetric* b = site(r, "M", "B", Target::Gpp, QcMask::AllValid);
    QVERIFY(b);
    QCOMPARE(b->stats.n, qint64(2)); // day 10 not predicted, day 13 not observed
    QVERIFY(near(b->stats.rmse, rmseB));
    QVERIFY(near(b->stats.r2, -1.0)); // SSE 4, SST 2
    QVERIFY(near(b->stats.bias, 1.0));
    const SiteMetric* c = site(r, "M", "C", Target::Gpp, QcMask::AllValid);
    QVERIFY(c);
    QCOMPARE(c->stats.rmse, 0.0);
    QCOMPARE(c->stats.r2, 1.0);                                 // perfect prediction
    QVERIFY(!site(r, "R", "C", Target::Gpp, QcMask::AllValid)); // no reference there
    QVERIFY(!site(r, "M", "A", Target::Nee, QcMask::AllValid)); // target not requested
}

void TestEvalAggregation::qcMaskKeepsOnlyBestDays() {
    const EvaluationResult r =
        evaluate(world(), {{Target::Gpp, Target::Nee}, {QcMask::HighestQuality}, {}});
    // Site A: days 0 and 1 only. obs 1, 2; pred 1.5, 2: SSE 0.25, SST 0.5.
    const SiteMetric* a = site(r, "M", "A", Target::Gpp, QcMask::HighestQuality);
    QVERIFY(a);
    QCOMPARE(a->stats.n, qint64(2));
    QVERIFY(near(a->stats.rmse, std::sqrt(0.125)));
    QVERIFY(near(a->stats.r2, 0.5));
    // The mask applies to NEE alike.
    QCOMPARE(site(r, "M", "A", Target::Nee, QcMask::HighestQuality)->stats.n, qint64(2));
    // Site B: QC 1 throughout, same as all days.
    QCOMPARE(site(r, "M", "B", Target::Gpp, QcMask::HighestQuality)->stats.n, qint64(2));
    // Site C has no QC columns: no day qualifies, so no metric.
    QVERIFY(!site(r, "M", "C", Target::Gpp, QcMask::HighestQuality));
    // Reference at A under the mask: obs 1, 2; pred 2, 3: SSE 2, SST 0.5, R² = -3.
    const SiteMetric* ra = site(r, "R", "A", Target::Gpp, QcMask::HighestQuality);
    QVERIFY(near(ra->stats.r2, -3.0));
}

void TestEvalAggregation::classesWithOneSite() {
    const EvaluationResult r = evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, "R"});
    // DBF: sites A and B. mean = (a + b) / 2, sample sd = |a - b| / sqrt(2).
    const ClassRow* dbf = classRow(r, ClassKind::Igbp, "DBF", "M", Target::Gpp, QcMask::AllValid);
    QVERIFY(dbf);
    QCOMPARE(dbf->rmse.sites, 2);
    QVERIFY(near(dbf->rmse.mean, (rmseA + rmseB) / 2));
    QVERIFY(near(dbf->rmse.sd, std::abs(rmseA - rmseB) / std::sqrt(2.0)));
    QVERIFY(near(dbf->r2.mean, (0.7 - 1.0) / 2));
    QVERIFY(near(dbf->r2.sd, 1.7 / std::sqrt(2.0)));
    QCOMPARE(dbf->samples, qint64(6));
    // ENF: one site. The mean is that site; the standard deviation is not defined.
    const ClassRow* enf = classRow(r, ClassKind::Igbp, "ENF", "M", Target::Gpp, QcMask::AllValid);
    QVERIFY(enf);
    QCOMPARE(enf->rmse.sites, 1);
    QCOMPARE(enf->rmse.mean, 0.0);
    QVERIFY(std::isnan(enf->rmse.sd));
    QVERIFY(std::isnan(enf->r2.sd));
    QVERIFY(std::isnan(enf->relativeRmse)); // no reference at C
    QCOMPARE(enf->commonSites, 0);
    // Köppen Cfb: sites A and C; Dfb: B alone.
    const ClassRow* cfb = classRow(r, ClassKind::Koppen, "Cfb", "M", Target::Gpp, QcMask::AllValid);
    QVERIFY(cfb);
    QVERIFY(near(cfb->rmse.mean, rmseA / 2));
    const ClassRow* dfb = classRow(r, ClassKind::Koppen, "Dfb", "M", Target::Gpp, QcMask::AllValid);
    QVERIFY(dfb && dfb->rmse.sites == 1 && std::isnan(dfb->rmse.sd));
    // The reference's own class rows exist too (evaluated like a model).
    QVERIFY(classRow(r, ClassKind::Igbp, "DBF", "R", Target::Gpp, QcMask::AllValid));
}

void TestEvalAggregation::relativeRmseSign() {
    const EvaluationResult r = evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, "R"});
    // A: model RMSE 0.612 < reference 1: better, positive.
    const SiteMetric* a = site(r, "M", "A", Target::Gpp, QcMask::AllValid);
    QVERIFY(a->relativeRmse > 0);
    QVERIFY(near(a->relativeRmse, 1.0 - rmseA));
    // B: model RMSE 1.414 > reference 1: worse, negative.
    const SiteMetric* b = site(r, "M", "B", Target::Gpp, QcMask::AllValid);
    QVERIFY(b->relativeRmse < 0);
    QVERIFY(near(b->relativeRmse, 1.0 - rmseB));
    // C: no reference figure.
    QVERIFY(std::isnan(site(r, "M", "C", Target::Gpp, QcMask::AllValid)->relativeRmse));
    // The reference against itself: 0.
    QCOMPARE(site(r, "R", "A", Target::Gpp, QcMask::AllValid)->relativeRmse, 0.0);
    // DBF class: (mean ref - mean model) / mean ref over A and B = (2 - (a + b)) / 2.
    const ClassRow* dbf = classRow(r, ClassKind::Igbp, "DBF", "M", Target::Gpp, QcMask::AllValid);
    QCOMPARE(dbf->commonSites, 2);
    QVERIFY(near(dbf->relativeRmse, (2.0 - rmseA - rmseB) / 2.0));
    QVERIFY(dbf->relativeRmse < 0);
}

void TestEvalAggregation::headlineFigures() {
    const EvaluationResult r = evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, "R"});
    QCOMPARE(r.headlines.size(), std::size_t(1)); // M only; the reference is not compared
    const HeadlineRow& h = r.headlines.front();
    QCOMPARE(h.model, std::string("M"));
    QCOMPARE(h.commonSites, 2); // A and B (C has no reference)
    QVERIFY(near(h.rmseModel, (rmseA + rmseB) / 2));
    QVERIFY(near(h.rmseReference, 1.0));
    QVERIFY(near(h.rmseReductionPct, 100.0 * (1.0 - (rmseA + rmseB) / 2)));
    // Reference R²: A 1 - 4/5 = 0.2, B 1 - 3/8 = 0.625; model 0.7 and -1.
    QVERIFY(near(h.r2Reference, (0.2 + 0.625) / 2));
    QVERIFY(near(h.r2Model, -0.15));
    QVERIFY(near(h.r2IncreasePct, 100.0 * (-0.15 - 0.4125) / 0.4125));
}

void TestEvalAggregation::summaryAveragesAcrossSites() {
    const EvaluationResult r = evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, {}});
    const SummaryRow* s = summary(r, "M", Target::Gpp, QcMask::AllValid);
    QVERIFY(s);
    QCOMPARE(s->rmse.sites, 3);
    QVERIFY(near(s->rmse.mean, (rmseA + rmseB + 0.0) / 3));
    QVERIFY(near(s->r2.mean, (0.7 - 1.0 + 1.0) / 3));
    QCOMPARE(s->samples, qint64(8));
    // Pooled over all 8 site-days: SSE = 1.5 + 4 + 0.
    QVERIFY(near(s->pooled.rmse, std::sqrt(5.5 / 8)));
    QVERIFY(r.headlines.empty()); // no reference chosen
    QVERIFY(std::isnan(site(r, "M", "A", Target::Gpp, QcMask::AllValid)->relativeRmse));
}

void TestEvalAggregation::badInputThrows() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             evaluate(world(), {{Target::Gpp}, {QcMask::AllValid}, "nope"}));
    EvaluationInput shortSeries = world();
    shortSeries.sources[0].sites[0].flux(Target::Gpp).pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluate(shortSeries));
    EvaluationInput unsorted = world();
    std::swap(unsorted.sites[0].dayNumbers[0], unsorted.sites[0].dayNumbers[1]);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluate(unsorted));
    EvaluationInput missingSite = world();
    missingSite.sources[1].sites.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluate(missingSite));
}

QTEST_APPLESS_MAIN(TestEvalAggregation)
#include "tst_eval_aggregation.moc"
