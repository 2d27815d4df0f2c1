// Model folders: save/load round trip, rejection of truncated, corrupt, foreign and mismatched
// models with a clear error, reproducibility, ensembles, progress and cancellation.
#include "ml/data_hasher.h"
#include "ml/dataset.h"
#include "ml/flux_model.h"
#include "ml/model_error.h"
#include "synthetic_world.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

using namespace fluxlens;
using namespace fluxlens::ml;
namespace fs = std::filesystem;
using nlohmann::json;

Q_DECLARE_METATYPE(std::function<void(const fs::path&)>)

namespace {
MlConfig tinyConfig() {
    MlConfig c;
    c.features = testing::syntheticFeatures();
    c.hidden = 6;
    c.encoder_hidden = 4;
    c.embedding = 3;
    c.generator_hidden = 6;
    c.stage1_epochs = 2;
    c.stage2_epochs = 2;
    c.device = "cpu";
    c.validation_fraction = 0.2;
    return c;
}

json readJson(const fs::path& p) {
    std::ifstream in(p);
    return json::parse(in);
}

void writeText(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

void editJson(const fs::path& folder, const std::function<void(json&)>& edit) {
    json j = readJson(folder / "model.json");
    edit(j);
    writeText(folder / "model.json", j.dump(2));
}
} // namespace

class TestMlModelIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void metadataRecordsSplitAndNormalisation();
    void rejectsBadModels_data();
    void rejectsBadModels();
    void loadsFolderWithoutTargets();
    void predictionRejectsMissingFeature();
    void reproducibleForSeed_data();
    void reproducibleForSeed();
    void ensembleMeanAndSpread();
    void ensembleOfSeparateMembersEqualsWholeRun();
    void progressAndCancelKeepBest();
    void encoderWithFluxes();

private:
    QTemporaryDir m_dir;
    std::vector<SiteSeries> m_sites;
    std::unique_ptr<FluxModel> m_model;
    fs::path m_good;
};

void TestMlModelIo::initTestCase() {
    QVERIFY(m_dir.isValid());
    testing::SyntheticWorldOptions options;
    options.sites = 10;
    options.years = 2;
    m_sites = testing::seriesOf(testing::makeSyntheticWorld(options));
    TrainRequest request;
    request.config = tinyConfig();
    request.config.seeds = 2;
    request.heldOut = {m_sites[8].id, m_sites[9].id};
    m_model = std::make_unique<FluxModel>(FluxModel::train(m_sites, request));
    m_good = fs::path(m_dir.path().toStdString()) / "good";
    m_model->save(m_good);
    QVERIFY(fs::exists(m_good / "model.json"));
    QVERIFY(fs::exists(m_good / "member_0.pt"));
    QVERIFY(fs::exists(m_good / "member_1.pt"));
}

void TestMlModelIo::roundTrip() {
    const FluxModel loaded = FluxModel::load(m_good);
    QCOMPARE(loaded.kind(), ModelKind::TamRl);
    QCOMPARE(loaded.name(), std::string("TAM-RL"));
    QCOMPARE(loaded.memberCount(), 2);
    QCOMPARE(loaded.config(), m_model->config());
    QCOMPARE(loaded.dataHash(), m_model->dataHash());
    QCOMPARE(loaded.trainingSites(), m_model->trainingSites());
    QCOMPARE(loaded.heldOutSites(), m_model->heldOutSites());
    for (const SiteSeries* site : {&m_sites[0], &m_sites[9]}) {
        const SitePrediction a = m_model->predict(*site);
        const SitePrediction b = loaded.predict(*site);
        QCOMPARE(a.gpp, b.gpp);
        QCOMPARE(a.nee, b.nee);
        QCOMPARE(a.neeSd, b.neeSd);
    }
    QCOMPARE(loaded.filmParameters(m_sites[3]).gamma1, m_model->filmParameters(m_sites[3]).gamma1);
}

void TestMlModelIo::metadataRecordsSplitAndNormalisation() {
    const json meta = readJson(m_good / "model.json");
    QCOMPARE(meta["kind"].get<std::string>(), std::string("tamrl"));
    QVERIFY(meta["versions"]["libtorch"].get<std::string>().starts_with("LibTorch "));
    QCOMPARE(meta["data_sha256"].get<std::string>().size(), std::size_t(64));
    const auto training = meta["training_sites"].get<std::vector<std::string>>();
    const auto validation = meta["validation_sites"].get<std::vector<std::string>>();
    const auto heldOut = meta["heldout_sites"].get<std::vector<std::string>>();
    QCOMPARE(heldOut, (std::vector<std::string>{m_sites[8].id, m_sites[9].id}));
    // Their metrics begin on 1 January after the support years: the synthetic sites start in
    // 2010 and tinyConfig keeps the default 2 support years (here the whole 2-year record).
    QCOMPARE(tinyConfig().support_years, 2);
    QVERIFY2(meta["heldout_scored_from"] ==
                 (json{{m_sites[8].id, "2012-01-01"}, {m_sites[9].id, "2012-01-01"}}),
             meta["heldout_scored_from"].dump().c_str());
    QVERIFY(!validation.empty());
    QCOMPARE(training.size() + validation.size() + heldOut.size(), m_sites.size());
    std::set<std::string> seen(training.begin(), training.end());
    for (const auto& id : validation)
        QVERIFY(seen.insert(id).second);
    for (const auto& id : heldOut)
        QVERIFY(seen.insert(id).second);
    // Normalisation comes from the training sites only.
    std::vector<const SiteSeries*> trainingSeries;
    for (const SiteSeries& s : m_sites)
        if (std::find(training.begin(), training.end(), s.id) != training.end())
            trainingSeries.push_back(&s);
    const Normalisation expected = fitNormalisation(trainingSeries, tinyConfig().features);
    QCOMPARE(meta["normalisation"]["feature_mean"].get<std::vector<float>>(), expected.mean);
    QCOMPARE(meta["normalisation"]["target_scale"].get<float>(), expected.targetScale);
}

void TestMlModelIo::rejectsBadModels_data() {
    using Corrupt = std::function<void(const fs::path&)>;
    QTest::addColumn<Corrupt>("corrupt");
    QTest::addColumn<QString>("needle");
    QTest::newRow("truncated weights") << Corrupt([](const fs::path& d) {
        fs::resize_file(d / "member_0.pt", fs::file_size(d / "member_0.pt") / 2);
    }) << "truncated";
    QTest::newRow("flipped byte in weights") << Corrupt([](const fs::path& d) {
        std::fstream f(d / "member_1.pt", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(100);
        f.put('\x7f');
    }) << "corrupt";
    QTest::newRow("foreign weights with matching hash") << Corrupt([](const fs::path& d) {
        writeText(d / "member_0.pt", std::string(5000, 'x'));
        editJson(d, [&](json& j) {
            j["members"][0]["bytes"] = 5000;
            j["members"][0]["sha256"] = hashFile(d / "member_0.pt");
        });
    }) << "not a readable LibTorch archive";
    QTest::newRow("missing weights")
        << Corrupt([](const fs::path& d) { fs::remove(d / "member_1.pt"); }) << "missing";
    QTest::newRow("garbage JSON") << Corrupt([](const fs::path& d) {
        writeText(d / "model.json", std::string("\x01\x02{{garbage", 11));
    }) << "not valid JSON";
    QTest::newRow("empty JSON") << Corrupt([](const fs::path& d) {
        writeText(d / "model.json", "");
    }) << "not valid JSON";
    QTest::newRow("foreign JSON") << Corrupt([](const fs::path& d) {
        writeText(d / "model.json", R"({"format": "keras", "layers": []})");
    }) << "not a FluxLens model";
    QTest::newRow("no model.json")
        << Corrupt([](const fs::path& d) { fs::remove(d / "model.json"); })
        << "model.json is missing";
    QTest::newRow("future version") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["format_version"] = 99; });
    }) << "unsupported";
    QTest::newRow("version beyond int") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["format_version"] = 1e300; });
    }) << "'format_version' has the wrong type or is out of range";
    QTest::newRow("negative weights size") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["members"][0]["bytes"] = -1; });
    }) << "'bytes' has the wrong type or is out of range";
    QTest::newRow("fractional seed") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["members"][0]["seed"] = 0.5; });
    }) << "'seed' has the wrong type or is out of range";
    QTest::newRow("mean beyond float") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["normalisation"]["feature_mean"][0] = 1e300; });
    }) << "'feature_mean' has the wrong type or is out of range";
    QTest::newRow("unknown kind") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["kind"] = "xgboost"; });
    }) << "unknown model kind";
    QTest::newRow("wrong kind") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["kind"] = "tamlstm"; });
    }) << "another model kind";
    QTest::newRow("feature list differs from config") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["features"].erase(j["features"].size() - 1); });
    }) << "feature list";
    QTest::newRow("mismatched feature list") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) {
            for (json* a :
                 {&j["features"], &j["config"]["features"], &j["normalisation"]["feature_mean"],
                  &j["normalisation"]["feature_std"]})
                a->erase(a->size() - 1);
        });
    }) << "has shape";
    QTest::newRow("hidden size edited") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["config"]["hidden"] = 7; });
    }) << "has shape";
    QTest::newRow("normalisation size") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["normalisation"]["feature_std"] = json::array({1.0}); });
    }) << "normalisation";
    QTest::newRow("zero std") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["normalisation"]["feature_std"][0] = 0.0; });
    }) << "not positive";
    QTest::newRow("bad config value") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["config"]["window_days"] = -3; });
    }) << "window_days";
    QTest::newRow("targets differ from config") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["targets"] = json::array({"GPP"}); });
    }) << "'targets' does not match";
    QTest::newRow("unknown target") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) {
            j["targets"] = json::array({"GPP", "FCH4"});
            j["config"]["targets"] = j["targets"];
        });
    }) << "'targets' lists 'FCH4'";
    QTest::newRow("path in member file") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["members"][0]["file"] = "../member_0.pt"; });
    }) << "plain file name";
    QTest::newRow("members not a list")
        << Corrupt([](const fs::path& d) { editJson(d, [](json& j) { j["members"] = 3; }); })
        << "members";
    QTest::newRow("scored-from not a date") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["heldout_scored_from"].begin().value() = "2003-13-01"; });
    }) << "must be a date";
    QTest::newRow("scored-from of a training site") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) {
            j["heldout_scored_from"][j["training_sites"][0].get<std::string>()] = "2003-01-01";
        });
    }) << "not a held-out site";
    QTest::newRow("wrong type") << Corrupt([](const fs::path& d) {
        editJson(d, [](json& j) { j["training_sites"] = "all"; });
    }) << "training_sites";
}

void TestMlModelIo::loadsFolderWithoutTargets() {
    // Folders written before targets could be chosen: all three were trained.
    QVERIFY(readJson(m_good / "model.json")["targets"] == json::array({"GPP", "RECO", "NEE"}));
    const fs::path old = fs::path(m_dir.path().toStdString()) / "before-targets";
    fs::remove_all(old);
    fs::copy(m_good, old, fs::copy_options::recursive);
    editJson(old, [](json& j) {
        j.erase("targets");
        j["config"].erase("targets");
        j.erase("heldout_scored_from"); // came later still
    });
    const FluxModel loaded = FluxModel::load(old);
    QCOMPARE(loaded.config().targets, (std::vector<std::string>{"GPP", "RECO", "NEE"}));
    QCOMPARE(loaded.predict(m_sites[9]).reco, m_model->predict(m_sites[9]).reco);
}

void TestMlModelIo::rejectsBadModels() {
    QFETCH(std::function<void(const fs::path&)>, corrupt);
    QFETCH(QString, needle);
    const fs::path bad = fs::path(m_dir.path().toStdString()) / QTest::currentDataTag();
    fs::remove_all(bad);
    fs::copy(m_good, bad, fs::copy_options::recursive);
    corrupt(bad);
    try {
        FluxModel::load(bad);
        QFAIL("expected ModelError");
    } catch (const ModelError& e) {
        QVERIFY2(std::string(e.what()).find(needle.toStdString()) != std::string::npos, e.what());
    }
}

void TestMlModelIo::predictionRejectsMissingFeature() {
    SiteSeries site = m_sites[0];
    site.featureNames[1] = "renamed";
    try {
        m_model->predict(site);
        QFAIL("expected ModelError");
    } catch (const ModelError& e) {
        const std::string what = e.what();
        QVERIFY2(what.find(site.id) != std::string::npos &&
                     what.find("ssrd_W_m2") != std::string::npos,
                 e.what());
    }
}

void TestMlModelIo::reproducibleForSeed_data() {
    QTest::addColumn<int>("threads"); // 2: the LSTM layers split each batch over two threads
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads") << 2;
}

void TestMlModelIo::reproducibleForSeed() {
    QFETCH(int, threads);
    TrainRequest request;
    request.config = tinyConfig();
    request.config.threads = threads;
    request.config.seed = 11;
    const std::vector<SiteSeries> sites(m_sites.begin(), m_sites.begin() + 5);
    const FluxModel a = FluxModel::train(sites, request);
    const FluxModel b = FluxModel::train(sites, request);
    QCOMPARE(a.predict(sites[0]).nee, b.predict(sites[0]).nee);
    request.config.seed = 12;
    const FluxModel c = FluxModel::train(sites, request);
    QVERIFY(a.predict(sites[0]).nee != c.predict(sites[0]).nee);
}

void TestMlModelIo::ensembleMeanAndSpread() {
    const SitePrediction p = m_model->predict(m_sites[9]);
    QCOMPARE(p.gpp.size(), m_sites[9].dayNumbers.size());
    double spread = 0;
    for (std::size_t d = 0; d < p.gpp.size(); ++d) {
        QVERIFY(p.gpp[d] >= 0.0f && p.reco[d] >= 0.0f);
        QVERIFY(std::isfinite(p.nee[d]) && p.neeSd[d] >= 0.0f);
        spread += p.neeSd[d];
    }
    QVERIFY2(spread > 0, "two seeds must disagree somewhere");
}

void TestMlModelIo::ensembleOfSeparateMembersEqualsWholeRun() {
    TrainRequest request;
    request.config = tinyConfig();
    request.config.seeds = 2;
    request.config.seed = 21;
    request.heldOut = {m_sites[9].id};
    const FluxModel whole = FluxModel::train(m_sites, request);
    request.config.seeds = 1;
    std::vector<FluxModel> parts;
    for (int m = 0; m < 2; ++m) {
        request.firstMember = m;
        parts.push_back(FluxModel::train(m_sites, request));
    }
    const FluxModel joined = FluxModel::ensemble(std::move(parts));
    QCOMPARE(joined.memberCount(), 2);
    QCOMPARE(joined.config(), whole.config());
    const SitePrediction a = whole.predict(m_sites[9]), b = joined.predict(m_sites[9]);
    QCOMPARE(b.nee, a.nee);
    QCOMPARE(b.gppSd, a.gppSd);
    // Saved and loaded, the joined ensemble is a model folder like any other.
    const fs::path folder = fs::path(m_dir.path().toStdString()) / "joined";
    joined.save(folder);
    QCOMPARE(FluxModel::load(folder).predict(m_sites[9]).nee, a.nee);

    // Parts of other settings or another split are refused, naming what differs.
    request.firstMember = 0;
    std::vector<FluxModel> mixed;
    mixed.push_back(FluxModel::train(m_sites, request));
    request.heldOut = {m_sites[8].id};
    mixed.push_back(FluxModel::train(m_sites, request));
    QVERIFY_THROWS_EXCEPTION(ModelError, FluxModel::ensemble(std::move(mixed)));
    request.firstMember = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FluxModel::train(m_sites, request));
}

void TestMlModelIo::progressAndCancelKeepBest() {
    TrainRequest request;
    request.kind = ModelKind::CtLstm;
    request.config = tinyConfig();
    request.config.stage1_epochs = 6;
    request.config.stage2_epochs = 0;
    request.config.patience = 100;
    request.config.seeds = 3;
    std::atomic<bool> cancel{false};
    std::vector<TrainProgress> seen;
    request.cancel = &cancel;
    request.progress = [&](const TrainProgress& p) {
        seen.push_back(p);
        if (seen.size() == 4)
            cancel = true;
    };
    const FluxModel model = FluxModel::train(m_sites, request);
    QCOMPARE(seen.size(), std::size_t(4));
    QCOMPARE(model.memberCount(), 1);
    double best = std::numeric_limits<double>::infinity();
    for (const auto& p : seen) {
        QCOMPARE(p.stage, std::string("train"));
        QVERIFY(std::isfinite(p.trainLoss) && std::isfinite(p.validationLoss));
        QVERIFY(p.windowsPerSecond > 0);
        best = std::min(best, p.validationLoss);
    }
    const json meta = json::parse(model.metadataJson());
    QVERIFY(meta["cancelled"].get<bool>());
    QCOMPARE(meta["members"][0]["best_validation_loss"].get<double>(), best);
    const SitePrediction p = model.predict(m_sites[0]);
    QVERIFY(std::isfinite(p.nee.front()));
}

void TestMlModelIo::encoderWithFluxes() {
    // Few-shot mode: the task encoder reads drivers plus observed fluxes of the support years.
    TrainRequest request;
    request.config = tinyConfig();
    request.config.encoder_uses_fluxes = true;
    request.heldOut = {m_sites[9].id};
    const FluxModel model = FluxModel::train(m_sites, request);
    const fs::path folder = fs::path(m_dir.path().toStdString()) / "fewshot";
    model.save(folder);
    const FluxModel loaded = FluxModel::load(folder);
    QVERIFY(loaded.config().encoder_uses_fluxes);
    const std::vector<float> withFluxes = loaded.taskEmbedding(m_sites[9]);
    SiteSeries withoutFluxes = m_sites[9];
    for (auto* v :
         {&withoutFluxes.gpp_gC_m2_d, &withoutFluxes.reco_gC_m2_d, &withoutFluxes.nee_gC_m2_d})
        std::fill(v->begin(), v->end(), std::numeric_limits<float>::quiet_NaN());
    QVERIFY2(loaded.taskEmbedding(withoutFluxes) != withFluxes,
             "the embedding must see the fluxes");
    // Drivers-only models ignore the fluxes.
    QCOMPARE(m_model->taskEmbedding(withoutFluxes), m_model->taskEmbedding(m_sites[9]));
}

QTEST_GUILESS_MAIN(TestMlModelIo)
#include "tst_ml_model_io.moc"
