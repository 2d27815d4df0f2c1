// FiLM and the loss against hand-computed values, and the FiLM-lab identities on a small trained
// TAM-RL model: scale 0 is the bare decoder, scale 1 the model as trained.
#include "ml/film_math.h"
#include "ml/flux_model.h"
#include "ml/model_error.h"
#include "synthetic_world.h"

#include <QTest>
#include <cmath>

using namespace fluxlens;
using namespace fluxlens::ml;

namespace {
void compareVectors(const std::vector<float>& a, const std::vector<float>& b, double tolerance) {
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(std::abs(a[i] - b[i]) <= tolerance,
                 qPrintable(QStringLiteral("index %1: %2 vs %3").arg(i).arg(a[i]).arg(b[i])));
}
} // namespace

class TestMlFilm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filmByHand_data();
    void filmByHand();
    void lossByHand();
    void lossWithoutMaskedSamples();
    void fusedLstmMatchesTorch_data();
    void fusedLstmMatchesTorch();
    void scaleZeroIsBareDecoder();
    void scaledParameters();
    void embeddingMix();
    void baselinesHaveNoFilm();
    void rangeEqualsFullPrediction_data();
    void rangeEqualsFullPrediction();
    void rangeOutsideRecord();
    void precomputedEmbeddingsMatch();

private:
    std::vector<testing::SyntheticSite> m_world;
    std::vector<SiteSeries> m_sites;
    std::unique_ptr<FluxModel> m_model;
};

void TestMlFilm::initTestCase() {
    testing::SyntheticWorldOptions options;
    options.sites = 8;
    options.years = 2;
    m_world = testing::makeSyntheticWorld(options);
    m_sites = testing::seriesOf(m_world);
    TrainRequest request;
    request.kind = ModelKind::TamRl;
    request.config = testing::tinyConfig();
    request.config.seeds = 2; // range predictions must average members as predict() does
    request.heldOut = {m_sites.back().id};
    m_model = std::make_unique<FluxModel>(FluxModel::train(m_sites, request));
}

void TestMlFilm::filmByHand_data() {
    QTest::addColumn<double>("scale");
    QTest::addColumn<std::vector<float>>("expected");
    // x = [[1, 2], [3, 4]], gamma = [2, 0.5], beta = [1, -1]
    QTest::newRow("s=1 as learned") << 1.0 << std::vector<float>{3, 0, 7, 1};
    QTest::newRow("s=0 identity") << 0.0 << std::vector<float>{1, 2, 3, 4};
    // gamma' = [1.5, 0.75], beta' = [0.5, -0.5]
    QTest::newRow("s=0.5") << 0.5 << std::vector<float>{2, 1, 5, 2.5};
    // gamma' = [3, 0], beta' = [2, -2]
    QTest::newRow("s=2 exaggerated") << 2.0 << std::vector<float>{5, -2, 11, -2};
}

void TestMlFilm::filmByHand() {
    QFETCH(double, scale);
    QFETCH(std::vector<float>, expected);
    compareVectors(applyFilm({1, 2, 3, 4}, {2, 0.5f}, {1, -1}, scale), expected, 1e-6);
}

void TestMlFilm::lossByHand() {
    // Two samples (GPP, RECO, NEE); sample 2's RECO is masked.
    const std::vector<float> pred{1, 2, 0.5f, 0, 1, 2};
    const std::vector<float> target{1.5f, 2, 1, 0.5f, 0, 1};
    const std::vector<float> mask{1, 1, 1, 1, 0, 1};
    const std::vector<float> weight{0.5f, 2};
    // GPP: (0.5*0.25 + 2*0.25) / 2 = 0.3125; RECO: 0 / 1 = 0; NEE: (0.5*0.25 + 2*1) / 2 = 1.0625
    // flux: ((0.5 - (2 - 1))^2 + (2 - (1 - 0))^2) / 2 = (0.25 + 1) / 2 = 0.625
    const LossTerms loss = computeLoss(pred, target, mask, weight, 0.1);
    QVERIFY(std::abs(loss.mse - 1.375) < 1e-6);
    QVERIFY(std::abs(loss.flux - 0.625) < 1e-6);
    QVERIFY(std::abs(loss.total - 1.4375) < 1e-6);
    QVERIFY(std::abs(computeLoss(pred, target, mask, weight, 0.0).total - 1.375) < 1e-6);
}

void TestMlFilm::lossWithoutMaskedSamples() {
    // All masked: the MSE term is 0 (no division by zero), only L_flux remains.
    const LossTerms loss = computeLoss({1, 2, 0}, {5, 5, 5}, {0, 0, 0}, {1}, 0.5);
    // flux: (0 - (2 - 1))^2 = 1, times alpha 0.5
    QCOMPARE(loss.mse, 0.0);
    QVERIFY(std::abs(loss.total - 0.5) < 1e-6);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeLoss({1, 2}, {1, 2}, {1, 1}, {1}, 0.1));
}

void TestMlFilm::fusedLstmMatchesTorch_data() {
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("threads"); // > 1: the batch is split into slices on that many threads
    QTest::newRow("one layer") << false << 1 << 5 << 1;
    QTest::newRow("bidirectional") << true << 1 << 5 << 1;
    QTest::newRow("two layers") << false << 2 << 5 << 1;
    QTest::newRow("two slices") << false << 1 << 19 << 2;
    QTest::newRow("three slices, bidirectional, two layers") << true << 2 << 27 << 3;
}

void TestMlFilm::fusedLstmMatchesTorch() {
    // Outputs and every gradient of the engine's CPU LSTM equal torch::nn::LSTM's.
    QFETCH(bool, bidirectional);
    QFETCH(int, layers);
    QFETCH(int, batch);
    QFETCH(int, threads);
    const double deviation = fusedLstmDeviation(batch, 13, 4, 6, bidirectional, layers, 3, threads);
    QVERIFY2(deviation < 1e-4, qPrintable(QString::number(deviation)));
}

void TestMlFilm::scaleZeroIsBareDecoder() {
    const SiteSeries& site = m_sites.front();
    const SitePrediction bare = m_model->predictBare(site);
    FilmControl off;
    off.scale = 0.0;
    const SitePrediction zero = m_model->predict(site, off);
    compareVectors(zero.gpp, bare.gpp, 0.0);
    compareVectors(zero.reco, bare.reco, 0.0);
    compareVectors(zero.nee, bare.nee, 0.0);
    const SitePrediction learned = m_model->predict(site);
    QVERIFY2(testing::maxAbsDifference(learned.nee, bare.nee) > 1e-4,
             "trained FiLM must change predictions");
    QCOMPARE(learned.dayNumbers.size(), site.dayNumbers.size());
}

void TestMlFilm::scaledParameters() {
    const SiteSeries& site = m_sites.front();
    const FilmParameters learned = m_model->filmParameters(site);
    QCOMPARE(learned.gamma1.size(), testing::syntheticFeatures().size());
    QCOMPARE(learned.gamma2.size(), std::size_t(8));
    QCOMPARE(learned.embedding.size(), std::size_t(3));
    FilmControl zero;
    zero.scale = 0.0;
    const FilmParameters off = m_model->filmParameters(site, zero);
    compareVectors(off.gamma1, std::vector<float>(off.gamma1.size(), 1.0f), 0.0);
    compareVectors(off.beta2, std::vector<float>(off.beta2.size(), 0.0f), 0.0);
    FilmControl twice;
    twice.scale = 2.0;
    const FilmParameters doubled = m_model->filmParameters(site, twice);
    for (std::size_t i = 0; i < learned.gamma2.size(); ++i) {
        QVERIFY(std::abs(doubled.gamma2[i] - (1 + 2 * (learned.gamma2[i] - 1))) < 1e-5);
        QVERIFY(std::abs(doubled.beta2[i] - 2 * learned.beta2[i]) < 1e-5);
    }
}

void TestMlFilm::embeddingMix() {
    const SiteSeries& a = m_sites[0];
    const SiteSeries& b = m_sites[1];
    const FilmParameters ownA = m_model->filmParameters(a);
    const FilmParameters ownB = m_model->filmParameters(b);
    QVERIFY(testing::maxAbsDifference(ownA.gamma2, ownB.gamma2) > 0);
    FilmControl fromB;
    fromB.embeddingFrom = &b;
    fromB.mix = 1.0;
    compareVectors(m_model->filmParameters(a, fromB).gamma2, ownB.gamma2, 1e-6);
    fromB.mix = 0.0;
    compareVectors(m_model->filmParameters(a, fromB).beta1, ownA.beta1, 1e-6);
    fromB.mix = 0.5;
    const FilmParameters half = m_model->filmParameters(a, fromB);
    for (std::size_t i = 0; i < half.embedding.size(); ++i)
        QVERIFY(std::abs(half.embedding[i] - 0.5f * (ownA.embedding[i] + ownB.embedding[i])) <
                1e-5);
}

void TestMlFilm::baselinesHaveNoFilm() {
    TrainRequest request;
    request.kind = ModelKind::TamLstm;
    request.config.features = testing::syntheticFeatures();
    request.config.hidden = 4;
    request.config.stage1_epochs = 1;
    request.config.stage2_epochs = 0;
    request.config.device = "cpu";
    const FluxModel model = FluxModel::train({m_sites[0], m_sites[1], m_sites[2]}, request);
    QVERIFY_THROWS_EXCEPTION(ModelError, model.filmParameters(m_sites[0]));
    compareVectors(model.predict(m_sites[0]).gpp, model.predictBare(m_sites[0]).gpp, 0.0);
}

void TestMlFilm::rangeEqualsFullPrediction_data() {
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("mix");
    QTest::addColumn<int>("firstOffset"); // days after the record's first day
    QTest::addColumn<int>("length");
    QTest::newRow("as learned, mid-record") << 1.0 << 0.0 << 200 << 100;
    QTest::newRow("scale 0, first days") << 0.0 << 0.0 << 0 << 10;
    QTest::newRow("scale 2, one day") << 2.0 << 0.0 << 333 << 1;
    QTest::newRow("scale 0.4, half of B") << 0.4 << 0.5 << 30 << 400;
    QTest::newRow("mix 1, past the end") << 1.0 << 1.0 << 600 << 1000;
    QTest::newRow("before the start") << 1.5 << 0.2 << -50 << 80;
}

void TestMlFilm::rangeEqualsFullPrediction() {
    QFETCH(double, scale);
    QFETCH(double, mix);
    QFETCH(int, firstOffset);
    QFETCH(int, length);
    const SiteSeries& site = m_sites[2];
    FilmControl control;
    control.scale = scale;
    if (mix > 0) {
        control.embeddingFrom = &m_sites[5];
        control.mix = mix;
    }
    const SitePrediction full = m_model->predict(site, control);
    const int first = site.dayNumbers.front() + firstOffset;
    const SitePrediction part = m_model->predict(site, control, {first, first + length - 1});
    const int from = std::max(0, firstOffset);
    const int to = std::min(int(full.dayNumbers.size()), firstOffset + length);
    QVERIFY(to > from);
    QCOMPARE(part.siteId, site.id);
    QCOMPARE(part.dayNumbers,
             std::vector<int>(full.dayNumbers.begin() + from, full.dayNumbers.begin() + to));
    const auto slice = [&](const std::vector<float>& v) {
        return std::vector<float>(v.begin() + from, v.begin() + to);
    };
    compareVectors(part.gpp, slice(full.gpp), 1e-6);
    compareVectors(part.reco, slice(full.reco), 1e-6);
    compareVectors(part.nee, slice(full.nee), 1e-6);
    compareVectors(part.gppSd, slice(full.gppSd), 1e-6);
    compareVectors(part.neeSd, slice(full.neeSd), 1e-6);
}

void TestMlFilm::rangeOutsideRecord() {
    const SiteSeries& site = m_sites[2];
    const int last = site.dayNumbers.back();
    const SitePrediction after = m_model->predict(site, {}, {last + 1, last + 400});
    QCOMPARE(after.siteId, site.id);
    QVERIFY(after.dayNumbers.empty());
    QVERIFY(after.gpp.empty() && after.nee.empty() && after.recoSd.empty());
    const int first = site.dayNumbers.front();
    QVERIFY(m_model->predict(site, {}, {first - 30, first - 1}).dayNumbers.empty());
    QCOMPARE(m_model->predict(site, {}, {last, last + 30}).dayNumbers, std::vector<int>{last});
    try {
        m_model->predict(site, {}, {first + 10, first + 9});
        QFAIL("expected std::invalid_argument for a reversed range");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(std::string(e.what()).find(site.id) != std::string::npos, e.what());
    }
}

void TestMlFilm::precomputedEmbeddingsMatch() {
    const SiteSeries& a = m_sites[0];
    const SiteSeries& b = m_sites[1];
    const MemberEmbeddings ownA = m_model->taskEmbeddings(a);
    const MemberEmbeddings ownB = m_model->taskEmbeddings(b);
    QCOMPARE(ownA.size(), std::size_t(2));
    QCOMPARE(ownA[1], m_model->taskEmbedding(a, 1));
    FilmControl computed;
    computed.scale = 1.3;
    computed.embeddingFrom = &b;
    computed.mix = 0.7;
    FilmControl reused = computed;
    reused.siteEmbeddings = &ownA;
    reused.embeddingFromEmbeddings = &ownB;
    const DayRange days{a.dayNumbers.front() + 100, a.dayNumbers.front() + 300};
    const SitePrediction x = m_model->predict(a, computed, days);
    const SitePrediction y = m_model->predict(a, reused, days);
    compareVectors(y.gpp, x.gpp, 1e-6);
    compareVectors(y.neeSd, x.neeSd, 1e-6);
    compareVectors(m_model->filmParameters(a, reused, 1).gamma2,
                   m_model->filmParameters(a, computed, 1).gamma2, 1e-6);
    const MemberEmbeddings wrong{ownA.front()}; // one member's worth for a two-member model
    reused.siteEmbeddings = &wrong;
    QVERIFY_THROWS_EXCEPTION(ModelError, m_model->predict(a, reused, days));
}

QTEST_GUILESS_MAIN(TestMlFilm)
#include "tst_ml_film.moc"
