// The XGBoost baseline: training beats predicting the mean on held-out sites, a saved model loads
// back and predicts the same, and broken model folders are rejected with a clear error.
#include "ml/model_error.h"
#include "ml/xgboost/xgb_hash.h"
#include "ml/xgboost/xgb_model.h"
#include "xgb_synthetic.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>

using namespace fluxlens;
namespace fs = std::filesystem;

namespace {
xgb::XgbConfig smallConfig() {
    xgb::XgbConfig c;
    c.max_rounds = 80;
    c.early_stopping_rounds = 10;
    c.eta = 0.2;
    c.max_depth = 4;
    c.threads = 1;
    return c;
}

const std::vector<ml::SiteSeries>& world() {
    static const std::vector<ml::SiteSeries> sites = test::xgbWorld(8, 500);
    return sites;
}

double rmse(const std::vector<float>& obs, const std::vector<float>& pred) {
    double sse = 0;
    int n = 0;
    for (std::size_t i = 0; i < obs.size(); ++i)
        if (std::isfinite(obs[i]) && std::isfinite(pred[i])) {
            sse += (obs[i] - pred[i]) * (obs[i] - pred[i]);
            ++n;
        }
    return std::sqrt(sse / n);
}

std::string readText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

void editMetadata(const fs::path& folder, const std::function<void(nlohmann::json&)>& edit) {
    auto meta = nlohmann::json::parse(readText(folder / "model.json"));
    edit(meta);
    writeText(folder / "model.json", meta.dump(2));
}
} // namespace

using Damage = std::function<void(const fs::path&)>;
Q_DECLARE_METATYPE(Damage)

class TestXgboostModel : public QObject {
    Q_OBJECT
    // Trained once for all cases; released in cleanupTestCase, before XGBoost's own statics are
    // destroyed at exit (a booster freed after them crashes).
    std::optional<xgb::XgbModel> m_model;
    const xgb::XgbModel& trained() const { return *m_model; }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void beatsPredictingTheMean();
    void metadataRecordsTheSplit();
    void saveLoadRoundTrip();
    void brokenFolderRejected_data();
    void brokenFolderRejected();
    void nothingToTrainOn();
    void qcWeightsDiscountGapFilledDays();
    void qcSettingsRoundTrip();
    void quickEvalDefaults();
    void driversOtherThanTheDefault();
    void folderFromBeforePresetsLoads();
};

void TestXgboostModel::initTestCase() {
    xgb::XgbTrainRequest request;
    request.config = smallConfig();
    request.heldOut = {"XG-100", "XG-101"};
    m_model = xgb::XgbModel::train(world(), request);
}

void TestXgboostModel::cleanupTestCase() {
    m_model.reset();
}

void TestXgboostModel::beatsPredictingTheMean() {
    const xgb::XgbModel& model = trained();
    // The mean of the training sites' GPP is the baseline to beat.
    double sum = 0;
    int n = 0;
    for (const auto& s : world())
        if (s.id != "XG-100" && s.id != "XG-101")
            for (float v : s.gpp_gC_m2_d) {
                sum += v;
                ++n;
            }
    const float mean = static_cast<float>(sum / n);
    for (const char* id : {"XG-100", "XG-101"}) {
        const ml::SiteSeries& site = *std::find_if(world().begin(), world().end(),
                                                   [&](const auto& s) { return s.id == id; });
        const xgb::XgbPrediction p = model.predict(site);
        QCOMPARE(p.dayNumbers, site.dayNumbers);
        const double model_ = rmse(site.gpp_gC_m2_d, p.gpp);
        const double baseline = rmse(site.gpp_gC_m2_d, std::vector<float>(p.gpp.size(), mean));
        QVERIFY2(model_ < 0.5 * baseline, qPrintable(QStringLiteral("%1: model %2, mean %3")
                                                         .arg(QString::fromUtf8(id))
                                                         .arg(model_)
                                                         .arg(baseline)));
        const double neeModel = rmse(site.nee_gC_m2_d, p.nee);
        QVERIFY(neeModel < 2.0);
        for (float v : p.gpp)
            QVERIFY(v >= 0); // clipped
    }
}

void TestXgboostModel::metadataRecordsTheSplit() {
    const xgb::XgbModel& model = trained();
    QCOMPARE(model.heldOutSites(), (std::vector<std::string>{"XG-100", "XG-101"}));
    QCOMPARE(model.trainingSites().size() + model.validationSites().size(), std::size_t(6));
    QCOMPARE(model.validationSites().size(), std::size_t(1)); // round(0.15 * 6)
    for (const auto& id : model.trainingSites())
        QVERIFY(id != "XG-100" && id != "XG-101");
    QVERIFY(!model.dataHash().empty());
    for (int t = 0; t < 3; ++t)
        QVERIFY(model.rounds(t) >= 1 && model.rounds(t) <= 80);
    const auto meta = nlohmann::json::parse(model.metadataJson());
    QCOMPARE(meta["kind"].get<std::string>(), std::string("xgboost"));
    QCOMPARE(meta["name"].get<std::string>(), std::string("XGBoost"));
    QVERIFY(meta["versions"]["xgboost"].get<std::string>().find('.') != std::string::npos);
}

void TestXgboostModel::saveLoadRoundTrip() {
    QTemporaryDir dir;
    const fs::path folder = dir.filePath(QStringLiteral("xgb")).toStdString();
    trained().save(folder);
    QVERIFY(xgb::isXgboostModelFolder(folder));
    QVERIFY(!xgb::isXgboostModelFolder(folder / "nope"));
    const xgb::XgbModel loaded = xgb::XgbModel::load(folder);
    QCOMPARE(loaded.name(), trained().name());
    QCOMPARE(loaded.features(), trained().features());
    QCOMPARE(loaded.heldOutSites(), trained().heldOutSites());
    QCOMPARE(loaded.trainingSites(), trained().trainingSites());
    QCOMPARE(loaded.dataHash(), trained().dataHash());
    QVERIFY(loaded.config() == trained().config());
    for (int t = 0; t < 3; ++t)
        QCOMPARE(loaded.rounds(t), trained().rounds(t));
    const auto a = trained().predict(world()[0]);
    const auto b = loaded.predict(world()[0]);
    QCOMPARE(a.gpp, b.gpp);
    QCOMPARE(a.reco, b.reco);
    QCOMPARE(a.nee, b.nee);
}

void TestXgboostModel::brokenFolderRejected_data() {
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("truncated booster") << Damage([](const fs::path& f) {
        const std::string text = readText(f / "booster_GPP.json");
        writeText(f / "booster_GPP.json", text.substr(0, text.size() / 2));
    }) << QStringLiteral("truncated");
    QTest::newRow("flipped byte") << Damage([](const fs::path& f) {
        std::string text = readText(f / "booster_NEE.json");
        text[text.size() / 2] ^= 0x20;
        writeText(f / "booster_NEE.json", text);
    }) << QStringLiteral("corrupt");
    QTest::newRow("missing booster")
        << Damage([](const fs::path& f) { fs::remove(f / "booster_RECO.json"); })
        << QStringLiteral("missing");
    QTest::newRow("metadata not JSON")
        << Damage([](const fs::path& f) { writeText(f / "model.json", "{\"format\": "); })
        << QStringLiteral("not valid JSON");
    QTest::newRow("no metadata") << Damage([](const fs::path& f) { fs::remove(f / "model.json"); })
                                 << QStringLiteral("model.json is missing");
    QTest::newRow("neural model") << Damage([](const fs::path& f) {
        editMetadata(f, [](auto& m) { m["kind"] = "tamrl"; });
    }) << QStringLiteral("not an XGBoost model");
    QTest::newRow("foreign JSON") << Damage([](const fs::path& f) {
        writeText(f / "model.json", "[1, 2, 3]");
    }) << QStringLiteral("not a FluxLens model");
    QTest::newRow("format as number")
        << Damage([](const fs::path& f) { editMetadata(f, [](auto& m) { m["format"] = 7; }); })
        << QStringLiteral("not a FluxLens model");
    QTest::newRow("unknown feature") << Damage([](const fs::path& f) {
        editMetadata(f, [](auto& m) { m["features"][0] = "LST_K"; });
    }) << QStringLiteral("LST_K");
    QTest::newRow("feature dropped") << Damage([](const fs::path& f) {
        editMetadata(f, [](auto& m) { m["features"].erase(m["features"].size() - 1); });
    }) << QStringLiteral("features");
    QTest::newRow("path in booster name") << Damage([](const fs::path& f) {
        editMetadata(f, [](auto& m) { m["boosters"][0]["file"] = "../booster_GPP.json"; });
    }) << QStringLiteral("plain file name");
    QTest::newRow("bad setting") << Damage([](const fs::path& f) {
        editMetadata(f, [](auto& m) { m["config"]["eta"] = -1; });
    }) << QStringLiteral("eta");
    // Garbage that passes the size and hash checks must be refused by XGBoost's own parser,
    // through its error code, not a crash.
    QTest::newRow("garbage booster with matching hash") << Damage([](const fs::path& f) {
        const std::string garbage = "{\"learner\": {\"not\": \"a model\"}, \"version\": [1, 7]}";
        writeText(f / "booster_GPP.json", garbage);
        const std::string hash = xgb::hashFile(f / "booster_GPP.json");
        editMetadata(f, [&](auto& m) {
            m["boosters"][0]["bytes"] = garbage.size();
            m["boosters"][0]["sha256"] = hash;
        });
    }) << QStringLiteral("booster_GPP.json");
    QTest::newRow("binary junk with matching hash") << Damage([](const fs::path& f) {
        std::string junk(4096, '\0');
        for (std::size_t i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 2654435761u) >> 13);
        writeText(f / "booster_RECO.json", junk);
        const std::string hash = xgb::hashFile(f / "booster_RECO.json");
        editMetadata(f, [&](auto& m) {
            m["boosters"][1]["bytes"] = junk.size();
            m["boosters"][1]["sha256"] = hash;
        });
    }) << QStringLiteral("booster_RECO.json");
}

void TestXgboostModel::brokenFolderRejected() {
    QFETCH(Damage, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    trained().save(root / "model");
    damage(root / "model");
    try {
        xgb::XgbModel::load(root / "model");
        QFAIL("a broken model folder loaded");
    } catch (const ml::ModelError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
    }
}

void TestXgboostModel::quickEvalDefaults() {
    const xgb::XgbConfig c;
    QCOMPARE(c.eta, 0.05);
    QCOMPARE(c.max_depth, 10);
    QCOMPARE(c.subsample, 0.5);
    QCOMPARE(c.colsample_bynode, 1.0);
    QCOMPARE(c.min_child_weight, 5.0);
    QCOMPARE(c.tree_method, std::string("hist"));
    QCOMPARE(c.max_rounds, 1000);
    QCOMPARE(c.early_stopping_rounds, 10);
    QCOMPARE(xgb::xgbConfigLabel(c), std::string("FLUXCOM-X QuickEval configuration"));
    QCOMPARE(xgb::xgbConfigLabel(smallConfig()),
             std::string("FLUXCOM-X QuickEval configuration, changed: max_rounds 80, eta 0.2, "
                         "max_depth 4"));
    const auto meta = nlohmann::json::parse(trained().metadataJson());
    QCOMPARE(meta["configuration"].get<std::string>(), xgb::xgbConfigLabel(smallConfig()));
    QCOMPARE(meta["config"]["colsample_bynode"].get<double>(), 1.0);
}

void TestXgboostModel::driversOtherThanTheDefault() {
    xgb::XgbTrainRequest request;
    request.config = smallConfig();
    request.drivers = {"t2m_degC", "vpd_hPa", "DOY_SIN"};
    request.featurePreset = "custom";
    request.heldOut = {"XG-100"};
    const xgb::XgbModel model = xgb::XgbModel::train(world(), request);
    std::vector<std::string> expected = {"t2m_degC", "vpd_hPa", "DOY_SIN", "t2m_degC_mean7d",
                                         "vpd_hPa_mean7d"};
    for (const std::string& f : xgb::xgbFeatureNames())
        if (f.rfind("IGBP_", 0) == 0)
            expected.push_back(f);
    QCOMPARE(model.features(), expected);
    QTemporaryDir dir;
    const fs::path folder = dir.filePath(QStringLiteral("xgb")).toStdString();
    model.save(folder);
    const xgb::XgbModel loaded = xgb::XgbModel::load(folder);
    QCOMPARE(loaded.drivers(), request.drivers);
    QCOMPARE(loaded.featurePreset(), std::string("custom"));
    QCOMPARE(loaded.predict(world()[0]).gpp, model.predict(world()[0]).gpp);
    request.drivers = {"t2m_degC", "t2m_degC"};
    QVERIFY_THROWS_EXCEPTION(ml::ModelError, xgb::XgbModel::train(world(), request));
}

void TestXgboostModel::folderFromBeforePresetsLoads() {
    QTemporaryDir dir;
    const fs::path folder = dir.filePath(QStringLiteral("old")).toStdString();
    trained().save(folder);
    editMetadata(folder, [](auto& m) {
        m.erase("drivers");
        m.erase("feature_preset");
        m.erase("configuration");
        m["config"].erase("colsample_bynode");
    });
    const xgb::XgbModel loaded = xgb::XgbModel::load(folder);
    QCOMPARE(loaded.drivers(), xgb::baseDriverNames());
    QCOMPARE(loaded.featurePreset(), std::string());
    QCOMPARE(loaded.predict(world()[0]).gpp, trained().predict(world()[0]).gpp);
}

void TestXgboostModel::nothingToTrainOn() {
    xgb::XgbTrainRequest request;
    request.config = smallConfig();
    for (const auto& s : world())
        request.heldOut.push_back(s.id);
    QVERIFY_THROWS_EXCEPTION(ml::ModelError, xgb::XgbModel::train(world(), request));
    request.heldOut.clear();
    request.config.eta = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, xgb::XgbModel::train(world(), request));
}

// Training days with NEE QC 0 carry a GPP offset (as badly gap-filled days might); the held-out
// sites are clean. With QC weights those days count for nothing, so the model must be far closer to
// the truth than the same model trained with every day weighing 1.
void TestXgboostModel::qcWeightsDiscountGapFilledDays() {
    std::vector<ml::SiteSeries> sites = test::xgbWorld(8, 500, 11);
    std::mt19937 rng(5);
    std::bernoulli_distribution gapFilled(0.3);
    for (auto& s : sites) {
        if (s.id == "XG-100" || s.id == "XG-101")
            continue;
        for (std::size_t d = 0; d < s.dayNumbers.size(); ++d)
            if (gapFilled(rng)) {
                s.neeQc[d] = 0.0f;
                s.gpp_gC_m2_d[d] += 6.0f;
            }
    }
    xgb::XgbTrainRequest request;
    request.config = smallConfig();
    request.heldOut = {"XG-100", "XG-101"};
    auto heldOutRmse = [&](bool weighting) {
        request.config.qc_weighting = weighting;
        const xgb::XgbModel model = xgb::XgbModel::train(sites, request);
        double sum = 0;
        for (const auto& s : sites)
            if (s.id == "XG-100" || s.id == "XG-101")
                sum += rmse(s.gpp_gC_m2_d, model.predict(s).gpp);
        return sum / 2;
    };
    const double weighted = heldOutRmse(true);
    const double unweighted = heldOutRmse(false);
    qInfo("held-out GPP RMSE: %.3f with QC weights, %.3f without", weighted, unweighted);
    QVERIFY2(weighted < 0.6 * unweighted,
             qPrintable(QStringLiteral("GPP RMSE with QC weights %1, without %2")
                            .arg(weighted)
                            .arg(unweighted)));

    // Nothing left to learn from when every day weighs 0: a clear error, not a flat model.
    for (auto& s : sites)
        std::fill(s.neeQc.begin(), s.neeQc.end(), 0.0f);
    request.config.qc_weighting = true;
    try {
        xgb::XgbModel::train(sites, request);
        QFAIL("trained on days that all weigh 0");
    } catch (const ml::ModelError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("QC weight 0")),
                 e.what());
    }
}

void TestXgboostModel::qcSettingsRoundTrip() {
    xgb::XgbConfig c;
    QVERIFY(c.qc_weighting);
    c.qc_weighting = false;
    c.qc_missing_weight = 0.25;
    QVERIFY(xgb::xgbConfigFromJson(xgb::xgbConfigToJson(c), "test") == c);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             xgb::xgbConfigFromJson(R"({"qc_missing_weight": 1.5})", "test"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             xgb::xgbConfigFromJson(R"({"qc_weighting": "yes"})", "test"));
}

QTEST_GUILESS_MAIN(TestXgboostModel)
#include "tst_xgboost_model.moc"
