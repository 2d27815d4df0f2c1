// Training a chosen subset of GPP, RECO and NEE (MlConfig::targets): unselected targets carry no
// loss, an untrained target is never presented as a prediction (derived from NEE = RECO - GPP when
// the other two are trained, NaN otherwise), and the choice survives saving and loading.
#include "ml/flux_model.h"
#include "ml/model_error.h"
#include "synthetic_world.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace fluxlens;
using namespace fluxlens::ml;

namespace {
MlConfig tinyConfig(std::vector<std::string> targets) {
    MlConfig c;
    c.features = testing::syntheticFeatures();
    c.targets = std::move(targets);
    c.hidden = 6;
    c.encoder_hidden = 4;
    c.embedding = 3;
    c.generator_hidden = 6;
    c.stage1_epochs = 1;
    c.stage2_epochs = 1;
    c.device = "cpu";
    c.validation_fraction = 0.2;
    return c;
}

FluxModel trainOn(const std::vector<SiteSeries>& sites, std::vector<std::string> targets) {
    TrainRequest request;
    request.config = tinyConfig(std::move(targets));
    request.heldOut = {sites.back().id};
    return FluxModel::train(sites, request);
}

bool allNan(const std::vector<float>& v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](float x) { return std::isnan(x); });
}

bool allFinite(const std::vector<float>& v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](float x) { return std::isfinite(x); });
}
} // namespace

class TestMlTargets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void gppOnlyPredictsNoRecoOrNee();
    void lossIgnoresUnselectedTargets();
    void twoTargetsDeriveTheThird_data();
    void twoTargetsDeriveTheThird();
    void targetsSurviveSaveAndLoad();
    void noSiteWithSelectedTargets();

private:
    std::vector<SiteSeries> m_sites;
    std::unique_ptr<FluxModel> m_gppOnly;
};

void TestMlTargets::initTestCase() {
    testing::SyntheticWorldOptions options;
    options.sites = 7;
    options.years = 2;
    m_sites = testing::seriesOf(testing::makeSyntheticWorld(options));
    m_gppOnly = std::make_unique<FluxModel>(trainOn(m_sites, {"GPP"}));
}

void TestMlTargets::gppOnlyPredictsNoRecoOrNee() {
    QCOMPARE(m_gppOnly->config().targets, std::vector<std::string>{"GPP"});
    const SitePrediction p = m_gppOnly->predict(m_sites.back());
    QVERIFY(allFinite(p.gpp));
    QVERIFY(std::all_of(p.gpp.begin(), p.gpp.end(), [](float x) { return x >= 0; }));
    QVERIFY(allNan(p.reco));
    QVERIFY(allNan(p.nee));
    QVERIFY(allNan(p.recoSd));
    QVERIFY(allNan(p.neeSd));
    QVERIFY(allFinite(p.gppSd));
    // The day-range prediction hides untrained targets the same way.
    const int first = m_sites.back().dayNumbers.front();
    QVERIFY(allNan(m_gppOnly->predict(m_sites.back(), {}, {first, first + 60}).nee));
}

void TestMlTargets::lossIgnoresUnselectedTargets() {
    // Replace RECO and NEE by noise of another magnitude (and drop NEE on some days): a GPP-only
    // model must come out identical, weight for weight, as CPU training is reproducible.
    std::vector<SiteSeries> noisy = m_sites;
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> noise(-500.0f, 500.0f);
    for (SiteSeries& s : noisy) {
        for (float& v : s.reco_gC_m2_d)
            v = noise(rng);
        for (std::size_t i = 0; i < s.nee_gC_m2_d.size(); ++i)
            s.nee_gC_m2_d[i] = i % 3 ? noise(rng) : std::nanf("");
    }
    const FluxModel other = trainOn(noisy, {"GPP"});
    for (const SiteSeries* site : {&m_sites[0], &m_sites.back()})
        QCOMPARE(other.predict(*site).gpp, m_gppOnly->predict(*site).gpp);
    // ...whereas a model trained on all three targets does see the change.
    const FluxModel all = trainOn(m_sites, {"GPP", "RECO", "NEE"});
    const FluxModel allNoisy = trainOn(noisy, {"GPP", "RECO", "NEE"});
    QVERIFY(all.predict(m_sites[0]).gpp != allNoisy.predict(m_sites[0]).gpp);
}

void TestMlTargets::twoTargetsDeriveTheThird_data() {
    QTest::addColumn<std::vector<std::string>>("targets");
    QTest::newRow("GPP and NEE") << std::vector<std::string>{"GPP", "NEE"};
    QTest::newRow("RECO and NEE") << std::vector<std::string>{"NEE", "RECO"};
    QTest::newRow("GPP and RECO") << std::vector<std::string>{"GPP", "RECO"};
}

void TestMlTargets::twoTargetsDeriveTheThird() {
    QFETCH(std::vector<std::string>, targets);
    const auto trained = [&](const char* name) {
        return std::find(targets.begin(), targets.end(), name) != targets.end();
    };
    const FluxModel model = trainOn(m_sites, targets);
    const SitePrediction p = model.predict(m_sites.back());
    QVERIFY(allFinite(p.gpp) && allFinite(p.reco) && allFinite(p.nee));
    for (std::size_t d = 0; d < p.gpp.size(); ++d) {
        QVERIFY(p.gpp[d] >= 0 && p.reco[d] >= 0);
        // One member: the derived target follows the balance exactly, up to the clip at 0.
        if (!trained("NEE"))
            QVERIFY(std::abs(p.nee[d] - (p.reco[d] - p.gpp[d])) < 1e-5);
        if (!trained("RECO"))
            QVERIFY(std::abs(p.reco[d] - std::max(0.0f, p.nee[d] + p.gpp[d])) < 1e-5);
        if (!trained("GPP"))
            QVERIFY(std::abs(p.gpp[d] - std::max(0.0f, p.reco[d] - p.nee[d])) < 1e-5);
    }
}

void TestMlTargets::targetsSurviveSaveAndLoad() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path folder = dir.filePath(QStringLiteral("gpp")).toStdString();
    m_gppOnly->save(folder);
    QVERIFY(m_gppOnly->metadataJson().find("\"targets\"") != std::string::npos);
    const FluxModel loaded = FluxModel::load(folder);
    QCOMPARE(loaded.config().targets, std::vector<std::string>{"GPP"});
    const SitePrediction p = loaded.predict(m_sites[1]);
    QCOMPARE(p.gpp, m_gppOnly->predict(m_sites[1]).gpp);
    QVERIFY(allNan(p.nee));
}

void TestMlTargets::noSiteWithSelectedTargets() {
    std::vector<SiteSeries> sites(m_sites.begin(), m_sites.begin() + 3);
    for (SiteSeries& s : sites)
        s.reco_gC_m2_d.assign(s.dayNumbers.size(), std::nanf(""));
    try {
        trainOn(sites, {"RECO"});
        QFAIL("expected ModelError");
    } catch (const ModelError& e) {
        QVERIFY2(std::string(e.what()).find("RECO") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(TestMlTargets)
#include "tst_ml_targets.moc"
