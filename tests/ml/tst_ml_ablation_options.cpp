// The engine options the TAM-RL ablations use (film_at, loss_last_days, dropout) change what they
// claim and nothing else: a FiLM pair left unapplied has no effect on the output, a loss on the
// last N days ignores the first days of each window, dropout acts in training only, and a model
// keeps its options through save and load.
#include "ml/film_math.h"
#include "ml/flux_model.h"
#include "synthetic_world.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fluxlens;
using namespace fluxlens::ml;

namespace {
using testing::maxAbsDifference;
} // namespace

class TestMlAblationOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filmPlacement_data();
    void filmPlacement();
    void lossOnLastDays();
    void lossOnAllDaysByDefault();
    void trainedInputOnlyModel();
    void lastDaysModelPredictsEveryDay();
    void dropoutOnlyInTraining();

private:
    std::vector<SiteSeries> m_sites;
};

void TestMlAblationOptions::initTestCase() {
    testing::SyntheticWorldOptions options;
    options.sites = 6;
    options.years = 2;
    m_sites = testing::seriesOf(testing::makeSyntheticWorld(options));
}

void TestMlAblationOptions::filmPlacement_data() {
    QTest::addColumn<QString>("filmAt");
    QTest::addColumn<bool>("inputActs");
    QTest::addColumn<bool>("hiddenActs");
    QTest::newRow("both") << "both" << true << true;
    QTest::newRow("input") << "input" << true << false;
    QTest::newRow("hidden") << "hidden" << false << true;
}

void TestMlAblationOptions::filmPlacement() {
    QFETCH(QString, filmAt);
    QFETCH(bool, inputActs);
    QFETCH(bool, hiddenActs);
    MlConfig config;
    config.hidden = 6;
    config.film_at = filmAt.toStdString();
    const FilmSensitivity s = decoderFilmSensitivity(config, 4, 11);
    // Perturbing a pair by 0.5 moves an output it acts on by far more than 1e-3; an unused pair
    // must leave the output bit for bit as it was.
    if (inputActs)
        QVERIFY2(s.input > 1e-3, qPrintable(QString::number(s.input)));
    else
        QCOMPARE(s.input, 0.0);
    if (hiddenActs)
        QVERIFY2(s.hidden > 1e-3, qPrintable(QString::number(s.hidden)));
    else
        QCOMPARE(s.hidden, 0.0);
}

void TestMlAblationOptions::lossOnLastDays() {
    // Two windows of 6 days, every value observed, weight 1; scored: the last 3 days.
    const int windows = 2, days = 6;
    std::vector<float> target(windows * days * 3, 1.0f), mask(target.size(), 1.0f);
    std::vector<float> weight(windows * days, 1.0f);
    MlConfig config;
    config.window_days = days;
    config.stride_days = 3;
    config.loss_last_days = 3;
    config.flux_alpha = 0.0;
    std::vector<float> pred = target;
    QCOMPARE(computeWindowLoss(pred, target, mask, weight, windows, config).total, 0.0);
    // Wrong only on the unscored first three days of each window: no loss.
    for (int w = 0; w < windows; ++w)
        for (int d = 0; d < 3; ++d)
            for (int t = 0; t < 3; ++t)
                pred[(w * days + d) * 3 + t] = 5.0f;
    QCOMPARE(computeWindowLoss(pred, target, mask, weight, windows, config).total, 0.0);
    // GPP off by 2 on window 1's last day: GPP's MSE = 4 / 6 scored samples.
    pred[(1 * days + 5) * 3 + 0] = 3.0f;
    const LossTerms scored = computeWindowLoss(pred, target, mask, weight, windows, config);
    QVERIFY2(std::abs(scored.mse - 4.0 / 6.0) < 1e-6, qPrintable(QString::number(scored.mse)));
    // Every day: the first three days of each window count too, 6 samples off by 4 in each target,
    // over 12 samples per target.
    config.loss_last_days = 0;
    const LossTerms all = computeWindowLoss(pred, target, mask, weight, windows, config);
    QVERIFY2(std::abs(all.mse - 3 * (6 * 16.0) / 12.0 - 4.0 / 12.0) < 1e-5,
             qPrintable(QString::number(all.mse)));
}

void TestMlAblationOptions::lossOnAllDaysByDefault() {
    // loss_last_days 0 and = window_days are both "every day": the same value as computeLoss.
    const int windows = 3, days = 4;
    std::vector<float> pred, target, mask, weight;
    for (int i = 0; i < windows * days; ++i) {
        weight.push_back(0.5f + 0.1f * float(i % 3));
        for (int t = 0; t < 3; ++t) {
            pred.push_back(0.1f * float(i + t));
            target.push_back(0.05f * float(i * t));
            mask.push_back((i + t) % 4 == 0 ? 0.0f : 1.0f);
        }
    }
    MlConfig config;
    config.window_days = days;
    config.stride_days = 2;
    const double plain = computeLoss(pred, target, mask, weight, config.flux_alpha).total;
    QCOMPARE(computeWindowLoss(pred, target, mask, weight, windows, config).total, plain);
    config.loss_last_days = days;
    QCOMPARE(computeWindowLoss(pred, target, mask, weight, windows, config).total, plain);
}

void TestMlAblationOptions::trainedInputOnlyModel() {
    TrainRequest request;
    request.config = testing::tinyConfig();
    request.config.film_at = "input";
    request.heldOut = {m_sites.back().id};
    const FluxModel model = FluxModel::train(m_sites, request);
    const FilmParameters p = model.filmParameters(m_sites.front());
    // The hidden pair is reported as what it does: nothing.
    QCOMPARE(p.gamma2, std::vector<float>(p.gamma2.size(), 1.0f));
    QCOMPARE(p.beta2, std::vector<float>(p.beta2.size(), 0.0f));
    QVERIFY(maxAbsDifference(p.gamma1, std::vector<float>(p.gamma1.size(), 1.0f)) > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    model.save(dir.path().toStdString());
    const FluxModel loaded = FluxModel::load(dir.path().toStdString());
    QCOMPARE(loaded.config().film_at, std::string("input"));
    QCOMPARE(loaded.predict(m_sites.front()).nee, model.predict(m_sites.front()).nee);
}

void TestMlAblationOptions::lastDaysModelPredictsEveryDay() {
    TrainRequest request;
    request.config = testing::tinyConfig();
    request.config.loss_last_days = request.config.stride_days;
    request.heldOut = {m_sites.back().id};
    const FluxModel model = FluxModel::train(m_sites, request);
    const SiteSeries& site = m_sites[1];
    const SitePrediction full = model.predict(site);
    QCOMPARE(full.dayNumbers.size(), site.dayNumbers.size());
    for (float v : full.gpp)
        QVERIFY(std::isfinite(v));
    // A range prediction averages the same windows' scored days.
    const int first = site.dayNumbers.front();
    for (int offset : {0, 29, 30, 31, 250}) {
        const SitePrediction part = model.predict(site, {}, {first + offset, first + offset + 40});
        const std::vector<float> slice(full.nee.begin() + offset, full.nee.begin() + offset + 41);
        QCOMPARE(part.nee.size(), slice.size());
        QVERIFY(maxAbsDifference(part.nee, slice) < 1e-6);
    }
}

void TestMlAblationOptions::dropoutOnlyInTraining() {
    TrainRequest request;
    request.kind = ModelKind::TamLstm;
    request.config = testing::tinyConfig();
    request.heldOut = {m_sites.back().id};
    const FluxModel plain = FluxModel::train(m_sites, request);
    request.config.dropout = 0.5;
    const FluxModel dropped = FluxModel::train(m_sites, request);
    const SiteSeries& site = m_sites.front();
    QVERIFY2(maxAbsDifference(dropped.predict(site).gpp, plain.predict(site).gpp) > 1e-5,
             "dropout must change what is learned");
    // Prediction is deterministic: no dropout outside training.
    QCOMPARE(dropped.predict(site).gpp, dropped.predict(site).gpp);
}

QTEST_GUILESS_MAIN(TestMlAblationOptions)
#include "tst_ml_ablation_options.moc"
