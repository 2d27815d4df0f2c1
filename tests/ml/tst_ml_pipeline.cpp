// The torch-free data pipeline: window streaming, masks, QC and class weights, normalisation,
// configuration, and the zero-shot site split.
#include "common/dates.h"
#include "common/input_error.h"
#include "common/site_list_file.h"
#include "ml/dataset.h"
#include "ml/ml_config.h"
#include "ml/model_error.h"
#include "ml/site_split.h"

#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cmath>
#include <fstream>
#include <limits>

using namespace fluxlens;
using namespace fluxlens::ml;

namespace {
const float kNan = std::numeric_limits<float>::quiet_NaN();

SiteSeries makeSite(const std::string& id, int days, IgbpClass igbp, KoppenClass koppen,
                    int firstDay = 14610 /* 2010-01-01 */) {
    SiteSeries s;
    s.id = id;
    s.igbp = igbp;
    s.koppen = koppen;
    s.featureNames = {"t2m_degC"};
    s.features.assign(1, {});
    for (int d = 0; d < days; ++d) {
        s.dayNumbers.push_back(firstDay + d);
        s.features[0].push_back(static_cast<float>(d % 10));
        s.gpp_gC_m2_d.push_back(2.0f);
        s.reco_gC_m2_d.push_back(3.0f);
        s.nee_gC_m2_d.push_back(1.0f);
        s.neeQc.push_back(0.5f);
    }
    return s;
}

MlConfig smallConfig() {
    MlConfig c;
    c.features = {"t2m_degC", "DOY_SIN"};
    return c;
}
} // namespace

class TestMlPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowCounts_data();
    void windowCounts();
    void paddedWindowMasksMissingDays();
    void masksAndQcWeights();
    void unselectedTargetsAreMasked();
    void classWeightsByHand();
    void normalisationUsesOnlyGivenSites();
    void supportYearsSelectWindows();
    void missingFeatureIsClearError();
    void configRoundTrip();
    void configRejects_data();
    void configRejects();
    void stratifiedSplitByKoppen();
    void siteListFile();
};

void TestMlPipeline::windowCounts_data() {
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<int>>("training");
    QTest::addColumn<QList<int>>("inference");
    QTest::newRow("100 days") << 100 << QList<int>{0, 15, 30, 45} << QList<int>{0, 15, 30, 45, 55};
    QTest::newRow("exactly one window") << 45 << QList<int>{0} << QList<int>{0};
    QTest::newRow("stride fits end") << 60 << QList<int>{0, 15} << QList<int>{0, 15};
    QTest::newRow("shorter than a window") << 30 << QList<int>{0} << QList<int>{0};
    QTest::newRow("one year") << 365
                              << QList<int>{0,   15,  30,  45,  60,  75,  90,  105, 120, 135, 150,
                                            165, 180, 195, 210, 225, 240, 255, 270, 285, 300, 315}
                              << QList<int>{0,   15,  30,  45,  60,  75,  90,  105,
                                            120, 135, 150, 165, 180, 195, 210, 225,
                                            240, 255, 270, 285, 300, 315, 320};
}

void TestMlPipeline::windowCounts() {
    QFETCH(int, days);
    QFETCH(QList<int>, training);
    QFETCH(QList<int>, inference);
    const auto t = trainingWindowStarts(days, 45, 15);
    const auto i = inferenceWindowStarts(days, 45, 15);
    QCOMPARE(QList<int>(t.begin(), t.end()), training);
    QCOMPARE(QList<int>(i.begin(), i.end()), inference);
}

void TestMlPipeline::paddedWindowMasksMissingDays() {
    const SiteSeries s = makeSite("AA-001", 30, IgbpClass::ENF, KoppenClass::Dfb);
    const Normalisation norm = fitNormalisation({&s}, {"t2m_degC"});
    MlConfig config = smallConfig();
    config.features = {"t2m_degC"};
    const PreparedSite p = prepareSite(s, norm, config, nullptr);
    std::vector<float> x(45), y(45 * 3), mask(45 * 3), w(45);
    fillWindow(p, 0, 45, x.data(), y.data(), mask.data(), w.data());
    for (int d = 0; d < 45; ++d) {
        const float expected = d < 30 ? 1.0f : 0.0f;
        QCOMPARE(mask[d * 3 + kGpp], expected);
        QCOMPARE(mask[d * 3 + kNee], expected);
        QCOMPARE(w[d], d < 30 ? 0.5f : 0.0f);
        if (d >= 30)
            QCOMPARE(x[d], 0.0f);
    }
}

void TestMlPipeline::masksAndQcWeights() {
    SiteSeries s = makeSite("AA-001", 50, IgbpClass::ENF, KoppenClass::Dfb);
    s.gpp_gC_m2_d[3] = kNan;
    s.neeQc[4] = kNan;
    s.neeQc[5] = 1.7f; // out of range: clamped to 1
    // A gap in the day axis: day 10 is absent from the record.
    s.dayNumbers.erase(s.dayNumbers.begin() + 10);
    s.features[0].erase(s.features[0].begin() + 10);
    s.gpp_gC_m2_d.erase(s.gpp_gC_m2_d.begin() + 10);
    s.reco_gC_m2_d.erase(s.reco_gC_m2_d.begin() + 10);
    s.nee_gC_m2_d.erase(s.nee_gC_m2_d.begin() + 10);
    s.neeQc.erase(s.neeQc.begin() + 10);
    MlConfig config = smallConfig();
    config.features = {"t2m_degC"};
    config.qc_missing_weight = 0.25;
    const Normalisation norm = fitNormalisation({&s}, config.features);
    const PreparedSite p = prepareSite(s, norm, config, nullptr);
    QCOMPARE(p.days, 50);
    QCOMPARE(p.mask[3 * 3 + kGpp], 0.0f);
    QCOMPARE(p.mask[3 * 3 + kNee], 1.0f);
    QCOMPARE(p.qcWeight[4], 0.25f);
    QCOMPARE(p.qcWeight[5], 1.0f);
    QCOMPARE(p.qcWeight[6], 0.5f);
    QCOMPARE(p.mask[10 * 3 + kGpp], 0.0f); // the missing day
    QCOMPARE(p.mask[10 * 3 + kNee], 0.0f);
    // Targets share one scale: RMS of all values 2, 3, 1 (and the NaN skipped).
    const double rms = std::sqrt((48.0 * 4 + 49.0 * 9 + 49.0 * 1) / (48 + 49 + 49));
    QVERIFY(std::abs(norm.targetScale - rms) < 1e-5);
    QVERIFY(std::abs(p.y[0 * 3 + kReco] - 3.0 / rms) < 1e-5);
}

void TestMlPipeline::unselectedTargetsAreMasked() {
    SiteSeries s = makeSite("X", 3, IgbpClass::ENF, KoppenClass::Dfb);
    s.gpp_gC_m2_d = {1, 2, 3};
    s.reco_gC_m2_d = {4, 5, 6};
    s.nee_gC_m2_d = {3, 3, 3};
    MlConfig c;
    c.features = {"t2m_degC"};
    c.targets = {"RECO"};
    const Normalisation all = fitNormalisation({&s}, c.features);
    const Normalisation recoOnly = fitNormalisation({&s}, c.features, selectedTargets(c));
    QCOMPARE(recoOnly.targetScale, float(std::sqrt((16.0 + 25.0 + 36.0) / 3.0)));
    QVERIFY(all.targetScale != recoOnly.targetScale);
    const PreparedSite p = prepareSite(s, recoOnly, c, nullptr);
    for (int d = 0; d < 3; ++d) {
        QCOMPARE(p.mask[std::size_t(d) * 3 + kGpp], 0.0f);
        QCOMPARE(p.mask[std::size_t(d) * 3 + kReco], 1.0f);
        QCOMPARE(p.mask[std::size_t(d) * 3 + kNee], 0.0f);
        QCOMPARE(p.y[std::size_t(d) * 3 + kGpp], 0.0f);
        QCOMPARE(p.y[std::size_t(d) * 3 + kNee], 0.0f);
    }
    // A site observing only unselected targets has nothing to train on.
    s.reco_gC_m2_d.assign(3, std::nanf(""));
    QVERIFY(!prepareSite(s, recoOnly, c, nullptr).hasTargets);
    QVERIFY(!windowHasTargets(prepareSite(s, recoOnly, c, nullptr), 0, 3));
}

void TestMlPipeline::classWeightsByHand() {
    const SiteSeries a = makeSite("A", 10, IgbpClass::ENF, KoppenClass::Dfb);
    const SiteSeries b = makeSite("B", 10, IgbpClass::ENF, KoppenClass::Dfb);
    const SiteSeries c = makeSite("C", 10, IgbpClass::ENF, KoppenClass::Cfb);
    const SiteSeries d = makeSite("D", 10, IgbpClass::GRA, KoppenClass::Cfb);
    const ClassWeights w = inverseFrequencyWeights({&a, &b, &c, &d});
    // N = 4 sites; IGBP: 2 classes, ENF 3 sites -> 4/(2*3), GRA 1 site -> 4/(2*1).
    QVERIFY(std::abs(w.igbp.at(IgbpClass::ENF) - 2.0 / 3.0) < 1e-12);
    QCOMPARE(w.igbp.at(IgbpClass::GRA), 2.0);
    QCOMPARE(w.koppen.at(KoppenClass::Dfb), 1.0);
    QCOMPARE(w.koppen.at(KoppenClass::Cfb), 1.0);
    QCOMPARE(w.siteWeight(IgbpClass::GRA, KoppenClass::Cfb), 2.0);
    QCOMPARE(w.siteWeight(IgbpClass::WET, KoppenClass::ET), 1.0); // unseen classes
    MlConfig config = smallConfig();
    config.features = {"t2m_degC"};
    const Normalisation norm = fitNormalisation({&d}, config.features);
    const PreparedSite p = prepareSite(d, norm, config, &w);
    std::vector<float> x(5), wt(5);
    fillWindow(p, 0, 5, x.data(), nullptr, nullptr, wt.data());
    QCOMPARE(wt[0], 0.5f * 2.0f); // w_qc * w_igbp * w_koppen
}

void TestMlPipeline::normalisationUsesOnlyGivenSites() {
    const SiteSeries a = makeSite("A", 10, IgbpClass::ENF, KoppenClass::Dfb);
    SiteSeries outlier = makeSite("B", 10, IgbpClass::ENF, KoppenClass::Dfb);
    for (float& v : outlier.features[0])
        v = 1000.0f;
    const Normalisation n = fitNormalisation({&a}, {"t2m_degC"});
    QCOMPARE(n.mean[0], 4.5f);
    QVERIFY(std::abs(n.stddev[0] - std::sqrt(8.25f)) < 1e-5);
    const Normalisation both = fitNormalisation({&a, &outlier}, {"t2m_degC"});
    QVERIFY(both.mean[0] > 400.0f);
}

void TestMlPipeline::supportYearsSelectWindows() {
    const SiteSeries s = makeSite("A", 4 * 365 + 1, IgbpClass::ENF, KoppenClass::Dfb);
    MlConfig config = smallConfig();
    config.features = {"t2m_degC"};
    config.support_years = 2;
    const Normalisation norm = fitNormalisation({&s}, config.features);
    const PreparedSite p = prepareSite(s, norm, config, nullptr);
    QCOMPARE(p.supportEndDay, 730); // 2010 and 2011
    const auto support = supportWindowStarts(p, 45, 15);
    QVERIFY(!support.empty());
    for (int start : support)
        QVERIFY(start + 45 <= 730);
    QCOMPARE(static_cast<int>(support.size()),
             static_cast<int>(trainingWindowStarts(730, 45, 15).size()));
}

void TestMlPipeline::missingFeatureIsClearError() {
    const SiteSeries s = makeSite("AB-Cde", 10, IgbpClass::ENF, KoppenClass::Dfb);
    try {
        fitNormalisation({&s}, {"NDVI"});
        QFAIL("expected ModelError");
    } catch (const ModelError& e) {
        QVERIFY(std::string(e.what()).find("AB-Cde") != std::string::npos);
        QVERIFY(std::string(e.what()).find("NDVI") != std::string::npos);
    }
}

void TestMlPipeline::configRoundTrip() {
    MlConfig c;
    c.hidden = 17;
    c.features = {"NDVI", "DOY_COS"};
    c.device = "cpu";
    c.encoder_uses_fluxes = true;
    c.targets = {"NEE", "GPP"};
    c.film_at = "input";
    c.loss_last_days = 15;
    c.dropout = 0.3;
    QCOMPARE(configFromJson(configToJson(c), "test"), c);
    QCOMPARE(configFromJson(R"({"targets": ["RECO"]})", "test").targets,
             std::vector<std::string>{"RECO"});
    const MlConfig defaults = configFromJson("{}", "test");
    QCOMPARE(defaults, MlConfig{});
    QCOMPARE(defaults.window_days, 45);
    QCOMPARE(defaults.stride_days, 15);
    QCOMPARE(defaults.flux_alpha, 0.1);
    QCOMPARE(defaults.film_at, std::string("both"));
    QCOMPARE(defaults.loss_last_days, 0);
    QCOMPARE(defaults.dropout, 0.0);
    QCOMPARE(defaults.features.back(), std::string("DOY_COS"));
    QCOMPARE(defaults.targets, (std::vector<std::string>{"GPP", "RECO", "NEE"}));
    // JSON does not tell 64 from 64.0: a whole number written as a float is still accepted.
    QCOMPARE(configFromJson(R"({"hidden": 24.0})", "test").hidden, 24);
    QCOMPARE(configFromJson(R"({"seed": 18446744073709551615})", "test").seed,
             std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(fluxLossWeight(defaults), 0.1);
    MlConfig two;
    two.targets = {"GPP", "NEE"};
    QCOMPARE(selectedTargets(two), (std::array<bool, 3>{true, false, true}));
    QCOMPARE(fluxLossWeight(two), 0.0); // L_flux only with all three targets
}

void TestMlPipeline::configRejects_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("needle");
    QTest::newRow("garbage") << "{hidden: 3"
                             << "not valid JSON";
    QTest::newRow("array") << "[1,2]"
                           << "JSON object";
    QTest::newRow("unknown key") << R"({"hiden": 3})"
                                 << "hiden";
    QTest::newRow("wrong type") << R"({"hidden": "big"})"
                                << "hidden";
    QTest::newRow("bad stride") << R"({"stride_days": 0})"
                                << "stride_days";
    QTest::newRow("bad device") << R"({"device": "tpu"})"
                                << "device";
    QTest::newRow("no features") << R"({"features": []})"
                                 << "features";
    QTest::newRow("duplicate feature") << R"({"features": ["NDVI", "NDVI"]})"
                                       << "features";
    QTest::newRow("no targets") << R"({"targets": []})"
                                << "'targets' must list at least one";
    QTest::newRow("unknown target") << R"({"targets": ["GPP", "FCH4"]})"
                                    << "'targets' lists 'FCH4'";
    QTest::newRow("lower-case target") << R"({"targets": ["gpp"]})"
                                       << "'targets' lists 'gpp'";
    QTest::newRow("duplicate target") << R"({"targets": ["NEE", "NEE"]})"
                                      << "'targets' lists a target twice";
    QTest::newRow("targets not a list") << R"({"targets": "GPP"})"
                                        << "'targets' has the wrong type";
    // Numbers that a plain cast would turn into undefined behaviour or a wrapped value.
    QTest::newRow("integer beyond any int") << R"({"hidden": 1e300})"
                                            << "'hidden' has the wrong type (number) or is out";
    QTest::newRow("integer beyond int") << R"({"window_days": 4294967341})"
                                        << "'window_days' has the wrong type";
    QTest::newRow("fraction for an integer") << R"({"layers": 1.5})"
                                             << "'layers' has the wrong type";
    QTest::newRow("negative seed") << R"({"seed": -1})"
                                   << "'seed' has the wrong type";
    QTest::newRow("number for a flag") << R"({"encoder_uses_fluxes": 1})"
                                       << "'encoder_uses_fluxes' has the wrong type";
    QTest::newRow("unknown FiLM placement") << R"({"film_at": "output"})"
                                            << "'film_at' must be both, input or hidden";
    QTest::newRow("loss days below stride") << R"({"loss_last_days": 10})"
                                            << "'loss_last_days'";
    QTest::newRow("loss days beyond window") << R"({"loss_last_days": 46})"
                                             << "'loss_last_days'";
    QTest::newRow("dropout 1") << R"({"dropout": 1.0})"
                               << "'dropout' must be in [0, 1)";
    QTest::newRow("negative dropout") << R"({"dropout": -0.1})"
                                      << "'dropout'";
}

void TestMlPipeline::configRejects() {
    QFETCH(QString, json);
    QFETCH(QString, needle);
    try {
        configFromJson(json.toStdString(), "cfg.json");
        QFAIL("expected std::invalid_argument");
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        QVERIFY2(what.find("cfg.json") != std::string::npos, e.what());
        QVERIFY2(what.find(needle.toStdString()) != std::string::npos, e.what());
    }
}

void TestMlPipeline::stratifiedSplitByKoppen() {
    std::vector<SiteSeries> sites;
    for (int i = 0; i < 10; ++i)
        sites.push_back(makeSite("D" + std::to_string(i), 5, IgbpClass::ENF, KoppenClass::Dfb));
    for (int i = 0; i < 10; ++i)
        sites.push_back(makeSite("C" + std::to_string(i), 5, IgbpClass::ENF, KoppenClass::Cfb));
    std::vector<const SiteSeries*> ptrs;
    for (const auto& s : sites)
        ptrs.push_back(&s);
    const auto held = stratifiedSiteSample(ptrs, 0.2, 3);
    QCOMPARE(held.size(), std::size_t(4));
    QCOMPARE(std::count_if(held.begin(), held.end(), [](const auto& id) { return id[0] == 'D'; }),
             2);
    QCOMPARE(stratifiedSiteSample(ptrs, 0.2, 3), held); // deterministic
    QVERIFY(stratifiedSiteSample(ptrs, 0.0, 3).empty());
}

void TestMlPipeline::siteListFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("holdout.txt")).toStdString();
    {
        std::ofstream out(path);
        out << "# held-out sites\nDE-Hai\n\n  US-Ha1  # Harvard\r\n";
    }
    QCOMPARE(readSiteListFile(path), (std::vector<std::string>{"DE-Hai", "US-Ha1"}));
    {
        std::ofstream out(path);
        out << "DE-Hai\nUS-Ha1 US-MMS\n";
    }
    try {
        readSiteListFile(path);
        QFAIL("expected InputError");
    } catch (const InputError& e) {
        QCOMPARE(e.line(), std::int64_t(2));
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             readSiteListFile(dir.filePath(QStringLiteral("none")).toStdString()));
}

QTEST_GUILESS_MAIN(TestMlPipeline)
#include "tst_ml_pipeline.moc"
