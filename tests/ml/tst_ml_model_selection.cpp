// Model selection and what TAM-RL's task encoder sees: with early_stopping "across_stages" a joint
// stage that only worsens the validation loss is undone (the model equals the pretrained one),
// "per_stage" keeps its best joint epoch anyway; models saved before the keys existed load as
// trained ("per_stage", no classes); encoder_uses_classes lets the site's IGBP and Köppen class
// reach the embedding.
#include "ml/flux_model.h"
#include "synthetic_world.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace fluxlens;
using namespace fluxlens::ml;

namespace {
using testing::maxAbsDifference;
} // namespace

class TestMlModelSelection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void harmfulJointStageIsUndone();
    void perStageKeepsAJointEpoch();
    void oldModelsLoadAsTrained();
    void classesReachTheEmbedding();

private:
    TrainRequest harmfulJointStage(const std::string& earlyStopping) const;
    std::vector<SiteSeries> m_sites;
};

void TestMlModelSelection::initTestCase() {
    testing::SyntheticWorldOptions options;
    options.sites = 6;
    options.years = 2;
    m_sites = testing::seriesOf(testing::makeSyntheticWorld(options));
}

// A joint stage whose learning rate wrecks the network in its first step: no joint epoch can
// validate better than the pretrained decoder.
TrainRequest TestMlModelSelection::harmfulJointStage(const std::string& earlyStopping) const {
    TrainRequest request;
    request.config = testing::tinyConfig();
    request.config.stage1_epochs = 2;
    request.config.stage2_epochs = 3;
    request.config.patience = 2;
    request.config.stage2_learning_rate = 50.0;
    request.config.early_stopping = earlyStopping;
    request.heldOut = {m_sites.back().id};
    return request;
}

void TestMlModelSelection::harmfulJointStageIsUndone() {
    TrainRequest pretrainOnly = harmfulJointStage("across_stages");
    pretrainOnly.config.stage2_epochs = 0;
    const FluxModel pretrained = FluxModel::train(m_sites, pretrainOnly);

    TrainRequest request = harmfulJointStage("across_stages");
    int jointEpochs = 0, improvedJointEpochs = 0;
    request.progress = [&](const TrainProgress& p) {
        if (p.stage != "joint")
            return;
        ++jointEpochs;
        improvedJointEpochs += p.improved ? 1 : 0;
    };
    const FluxModel model = FluxModel::train(m_sites, request);
    QVERIFY2(jointEpochs >= 1, "the joint stage must have run");
    QCOMPARE(improvedJointEpochs, 0);
    // Patience counts from the pretrained candidate: the stage stops after `patience` epochs.
    QCOMPARE(jointEpochs, request.config.patience);
    const SiteSeries& site = m_sites.back();
    QCOMPARE(model.predict(site).gpp, pretrained.predict(site).gpp);
    QCOMPARE(model.predict(site).nee, pretrained.predict(site).nee);
}

void TestMlModelSelection::perStageKeepsAJointEpoch() {
    TrainRequest pretrainOnly = harmfulJointStage("per_stage");
    pretrainOnly.config.stage2_epochs = 0;
    const FluxModel pretrained = FluxModel::train(m_sites, pretrainOnly);
    const FluxModel model = FluxModel::train(m_sites, harmfulJointStage("per_stage"));
    const SiteSeries& site = m_sites.back();
    // NEE, which is not clipped at zero as GPP is.
    QVERIFY2(maxAbsDifference(model.predict(site).nee, pretrained.predict(site).nee) > 1e-3,
             "per_stage keeps the first joint epoch, which differs from the pretrained model");
}

void TestMlModelSelection::oldModelsLoadAsTrained() {
    TrainRequest request;
    request.config = testing::tinyConfig();
    request.config.stage2_epochs = 1;
    request.config.encoder_uses_classes = false; // as every model saved before the key was
    request.heldOut = {m_sites.back().id};
    const FluxModel model = FluxModel::train(m_sites, request);
    QCOMPARE(model.config().early_stopping, std::string("across_stages"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    model.save(dir.path().toStdString());
    QCOMPARE(FluxModel::load(dir.path().toStdString()).config().early_stopping,
             std::string("across_stages"));

    QFile file(dir.filePath(QStringLiteral("model.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    nlohmann::json meta = nlohmann::json::parse(file.readAll().toStdString());
    file.close();
    meta["config"].erase("early_stopping");
    meta["config"].erase("encoder_uses_classes");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::fromStdString(meta.dump(2)));
    file.close();
    const FluxModel old = FluxModel::load(dir.path().toStdString());
    QCOMPARE(old.config().early_stopping, std::string("per_stage"));
    QVERIFY(!old.config().encoder_uses_classes);
}

void TestMlModelSelection::classesReachTheEmbedding() {
    // Two sites with the same drivers, differing only in their classes.
    SiteSeries forest = m_sites.front();
    forest.igbp = IgbpClass::ENF;
    SiteSeries grass = forest;
    grass.igbp = IgbpClass::GRA;
    grass.koppen = forest.koppen == KoppenClass::Dfb ? KoppenClass::BSk : KoppenClass::Dfb;

    TrainRequest request;
    request.config = testing::tinyConfig();
    request.heldOut = {m_sites.back().id};
    request.config.encoder_uses_classes = false;
    const FluxModel driversOnly = FluxModel::train(m_sites, request);
    QCOMPARE(driversOnly.taskEmbedding(forest), driversOnly.taskEmbedding(grass));

    request.config.encoder_uses_classes = true;
    const FluxModel withClasses = FluxModel::train(m_sites, request);
    QVERIFY(maxAbsDifference(withClasses.taskEmbedding(forest), withClasses.taskEmbedding(grass)) >
            1e-6);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    withClasses.save(dir.path().toStdString());
    const FluxModel loaded = FluxModel::load(dir.path().toStdString());
    QVERIFY(loaded.config().encoder_uses_classes);
    QCOMPARE(loaded.predict(grass).gpp, withClasses.predict(grass).gpp);
}

QTEST_GUILESS_MAIN(TestMlModelSelection)
#include "tst_ml_model_selection.moc"
