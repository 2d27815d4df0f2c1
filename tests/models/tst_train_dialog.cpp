// The train dialog: its form maps onto MlConfig, invalid settings are refused with a message, a
// tiny training run saves, registers and predicts, and cancelling keeps the best checkpoint.
#include "cache/cache.h"
#include "model_test_cache.h"
#include "session_support.h"
#include "train_dialog.h"
#include "training_progress_view.h"
#include "training_run.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

class TestTrainDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultsComeFromMlConfig();
    void formRoundTripsEveryHyperparameter();
    void targetCheckBoxes();
    void invalidSettingsAreRefused_data();
    void invalidSettingsAreRefused();
    void lossAxisNamesTheLossTerms();
    void trainsSavesRegistersAndPredicts();
    void cancelKeepsBestCheckpoint();
    void screenshot();

private:
    TrainSettings tinySettings(const QString& name) const;
    QTemporaryDir m_dir;
    QString m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::vector<ml::SiteSeries> m_sites;
};

void TestTrainDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_sites = testing::writeSyntheticCache(m_cache.toStdString(), 8, 2);
    m_session = testing::openSession(m_cache);
    QVERIFY(m_session);
    QCOMPARE(m_sites.size(), std::size_t(8));
}

TrainSettings TestTrainDialog::tinySettings(const QString& name) const {
    TrainSettings s;
    s.kind = ml::ModelKind::TamRl;
    s.name = name;
    s.config = testing::tinyConfig();
    s.heldOutFraction = 0.2;
    s.outputFolder = m_dir.filePath(QStringLiteral("models/") + name);
    return s;
}

void TestTrainDialog::defaultsComeFromMlConfig() {
    TrainDialog dialog(m_session.get(), {});
    const TrainSettings s = dialog.settings();
    QVERIFY(s.config == ml::MlConfig{});
    QCOMPARE(s.kind, ml::ModelKind::TamRl);
    QCOMPARE(s.name, QStringLiteral("TAM-RL"));
    QCOMPARE(s.outputFolder, defaultModelFolder(QStringLiteral("TAM-RL")));
    QVERIFY(trainSettingsProblem(s, {}, ml::cudaAvailable()).isEmpty());

    // A baseline has no task encoder; back on TAM-RL its encoder inputs are the defaults again.
    TrainSettings baseline = s;
    baseline.kind = ml::ModelKind::CtLstm;
    baseline.config.encoder_uses_classes = false;
    dialog.setSettings(baseline);
    QVERIFY(!dialog.settings().config.encoder_uses_classes);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("modelKind"));
    QVERIFY(kind);
    kind->setCurrentIndex(
        kind->findData(QString::fromLatin1(ml::modelKindCode(ml::ModelKind::TamRl))));
    QCOMPARE(dialog.settings().config.encoder_uses_classes, ml::MlConfig{}.encoder_uses_classes);
    QCOMPARE(dialog.settings().config.encoder_uses_fluxes, ml::MlConfig{}.encoder_uses_fluxes);

    TrainDialog withExisting(m_session.get(), {QStringLiteral("TAM-RL")});
    QCOMPARE(withExisting.settings().name, QStringLiteral("TAM-RL 2")); // never a taken name
}

void TestTrainDialog::formRoundTripsEveryHyperparameter() {
    TrainDialog dialog(m_session.get(), {});
    TrainSettings s;
    s.kind = ml::ModelKind::TamRl;
    s.name = QStringLiteral("round trip");
    ml::MlConfig& c = s.config;
    c.features = {"t2m_degC", "NDVI", "DOY_SIN"};
    c.targets = {"GPP", "NEE"};
    c.window_days = 60;
    c.stride_days = 20;
    c.hidden = 48;
    c.layers = 2;
    c.encoder_hidden = 24;
    c.embedding = 12;
    c.generator_hidden = 40;
    c.encoder_uses_fluxes = true;
    c.encoder_uses_classes = true;
    c.film_at = "hidden";
    c.dropout = 0.3;
    c.stage1_epochs = 7;
    c.stage2_epochs = 9;
    c.batch_windows = 16;
    c.sites_per_batch = 5;
    c.support_windows = 6;
    c.query_windows = 4;
    c.learning_rate = 0.002;
    c.stage2_learning_rate = 0.0003;
    c.flux_alpha = 0.25;
    c.grad_clip = 2.5;
    c.patience = 3;
    c.validation_fraction = 0.2;
    c.support_years = 3;
    c.loss_last_days = 30;
    c.early_stopping = "per_stage";
    c.seeds = 4;
    c.seed = 1234;
    c.device = "cpu";
    c.threads = 2;
    c.qc_missing_weight = 0.5;           // not on the form: kept as given
    c.max_inference_support_windows = 9; // not on the form: kept as given
    s.heldOutFraction = 0.3;
    s.outputFolder = m_dir.filePath(QStringLiteral("round-trip"));
    dialog.setSettings(s);
    const TrainSettings back = dialog.settings();
    QVERIFY(back.config == s.config);
    QCOMPARE(back.kind, s.kind);
    QCOMPARE(back.name, s.name);
    QCOMPARE(back.heldOutFraction, s.heldOutFraction);
    QCOMPARE(back.outputFolder, s.outputFolder);

    s.kind = ml::ModelKind::CtLstm;
    s.config.encoder_uses_fluxes = false;
    dialog.setSettings(s);
    QCOMPARE(dialog.settings().kind, ml::ModelKind::CtLstm);
}

void TestTrainDialog::targetCheckBoxes() {
    TrainDialog dialog(m_session.get(), {});
    auto* gpp = dialog.findChild<QCheckBox*>(QStringLiteral("target_GPP"));
    auto* reco = dialog.findChild<QCheckBox*>(QStringLiteral("target_RECO"));
    auto* nee = dialog.findChild<QCheckBox*>(QStringLiteral("target_NEE"));
    QVERIFY(gpp && reco && nee);
    for (QCheckBox* box : {gpp, reco, nee}) {
        QVERIFY(box->isChecked());
        QVERIFY(!box->toolTip().isEmpty());
    }
    auto alpha = [&] {
        for (QDoubleSpinBox* box : dialog.findChildren<QDoubleSpinBox*>())
            if (box->toolTip().contains(QStringLiteral("L_flux")))
                return box;
        return static_cast<QDoubleSpinBox*>(nullptr);
    }();
    QVERIFY(alpha && alpha->isEnabled());

    reco->setChecked(false);
    QCOMPARE(dialog.settings().config.targets, (std::vector<std::string>{"GPP", "NEE"}));
    QVERIFY(!alpha->isEnabled()); // L_flux needs all three targets
    QVERIFY(dialog.trainButton()->isEnabled());
    gpp->setChecked(false);
    nee->setChecked(false);
    QVERIFY(dialog.settings().config.targets.empty());
    QVERIFY(!dialog.trainButton()->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("at least one target")),
             qPrintable(dialog.problemText()));
    QVERIFY(!dialog.startTraining());
    nee->setChecked(true);
    QVERIFY(dialog.trainButton()->isEnabled());
    QVERIFY(dialog.problemText().isEmpty());
    QCOMPARE(dialog.settings().config.targets, std::vector<std::string>{"NEE"});

    // Settings given to the dialog check the boxes (in head order).
    TrainSettings s = tinySettings(QStringLiteral("targets"));
    s.config.targets = {"RECO"};
    dialog.setSettings(s);
    QVERIFY(!gpp->isChecked() && reco->isChecked() && !nee->isChecked());
    QVERIFY(dialog.settings().config == s.config);
}

void TestTrainDialog::invalidSettingsAreRefused_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty name") << "empty name"
                                << "name";
    QTest::newRow("name taken") << "name taken"
                                << "already in the cache";
    QTest::newRow("stride > window") << "stride"
                                     << "stride_days";
    QTest::newRow("no features") << "no features"
                                 << "features";
    QTest::newRow("no targets") << "no targets"
                                << "at least one target";
    QTest::newRow("feature twice") << "feature twice"
                                   << "twice";
    QTest::newRow("encoder fluxes on baseline") << "fluxes baseline"
                                                << "TAM-RL";
    QTest::newRow("TAM-RL without stage 2") << "no stage 2"
                                            << "stage 2";
    QTest::newRow("baseline without stage 1") << "no stage 1"
                                              << "stage 1";
    QTest::newRow("held-out share too big") << "held-out share"
                                            << "held-out share";
    QTest::newRow("held-out + validation") << "held-out plus validation"
                                           << "validation share";
    QTest::newRow("missing held-out list") << "missing list"
                                           << "does not exist";
    QTest::newRow("folder is a file") << "folder file"
                                      << "is a file";
    QTest::newRow("folder holds other files") << "folder other"
                                              << "other files";
    if (!ml::cudaAvailable())
        QTest::newRow("cuda without CUDA") << "cuda"
                                           << "CUDA";
}

void TestTrainDialog::invalidSettingsAreRefused() {
    QFETCH(QString, what);
    QFETCH(QString, messagePart);
    TrainSettings s = tinySettings(QStringLiteral("refused"));
    QStringList existing{QStringLiteral("taken")};
    if (what == QLatin1String("empty name"))
        s.name.clear();
    else if (what == QLatin1String("name taken"))
        s.name = QStringLiteral("taken");
    else if (what == QLatin1String("stride"))
        s.config.stride_days = s.config.window_days + 1;
    else if (what == QLatin1String("no features"))
        s.config.features.clear();
    else if (what == QLatin1String("no targets"))
        s.config.targets.clear();
    else if (what == QLatin1String("feature twice"))
        s.config.features = {"NDVI", "NDVI"};
    else if (what == QLatin1String("fluxes baseline")) {
        s.kind = ml::ModelKind::TamLstm;
        s.config.encoder_uses_fluxes = true;
    } else if (what == QLatin1String("no stage 2"))
        s.config.stage2_epochs = 0;
    else if (what == QLatin1String("no stage 1")) {
        s.kind = ml::ModelKind::CtLstm;
        s.config.stage1_epochs = 0;
    } else if (what == QLatin1String("held-out share"))
        s.heldOutFraction = 0.9;
    else if (what == QLatin1String("held-out plus validation")) {
        s.heldOutFraction = 0.8;
        s.config.validation_fraction = 0.5;
    } else if (what == QLatin1String("missing list"))
        s.heldOutListFile = m_dir.filePath(QStringLiteral("no-such-list.txt"));
    else if (what == QLatin1String("folder file")) {
        s.outputFolder = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(s.outputFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (what == QLatin1String("folder other")) {
        s.outputFolder = m_dir.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(s.outputFolder));
        QFile f(QDir(s.outputFolder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (what == QLatin1String("cuda"))
        s.config.device = "cuda";

    // The rule itself ...
    const QString problem = trainSettingsProblem(s, existing, ml::cudaAvailable());
    QVERIFY2(problem.contains(messagePart, Qt::CaseInsensitive), qPrintable(problem));
    // ... and the dialog: nothing starts, the message is shown.
    TrainDialog dialog(m_session.get(), existing);
    dialog.setSettings(s);
    QVERIFY(!dialog.startTraining());
    QVERIFY(!dialog.isTraining());
    QVERIFY2(dialog.problemText().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(dialog.problemText()));
}

void TestTrainDialog::lossAxisNamesTheLossTerms() {
    // L_flux is in the loss only when GPP, RECO and NEE are all trained.
    TrainingProgressView view;
    TrainSettings s = tinySettings(QStringLiteral("axis"));
    view.reset(s);
    QCOMPARE(view.lossAxisTitle(), QStringLiteral("loss (weighted MSE + α·L_flux)"));
    s.config.targets = {"GPP", "NEE"};
    view.reset(s);
    QCOMPARE(view.lossAxisTitle(), QStringLiteral("loss (weighted MSE)"));
    s.config.targets = ml::allTargets();
    s.config.flux_alpha = 0;
    view.reset(s);
    QCOMPARE(view.lossAxisTitle(), QStringLiteral("loss (weighted MSE)"));
}

void TestTrainDialog::trainsSavesRegistersAndPredicts() {
    TrainDialog dialog(m_session.get(), {});
    TrainSettings s = tinySettings(QStringLiteral("tiny"));
    s.config.seeds = 2;
    dialog.setSettings(s);
    QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
    QSignalSpy succeeded(dialog.run()->job(), &BackgroundJob::succeeded);
    QSignalSpy failed(dialog.run()->job(), &BackgroundJob::failed);
    QVERIFY2(dialog.startTraining(), qPrintable(dialog.problemText()));
    QVERIFY(dialog.isTraining());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTraining() && trained.count() == 1, scaledMs(120000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(trained.first().at(1).toString(), s.outputFolder);

    // both seeds drew curves in both stages
    for (int member = 0; member < 2; ++member) {
        QCOMPARE(dialog.progressView()->pointCount(0, member, false), s.config.stage1_epochs);
        QVERIFY(dialog.progressView()->pointCount(1, member, false) >= 1);
    }
    QVERIFY(dialog.progressView()->logText().contains(QStringLiteral("seed 2/2")));
    QVERIFY(dialog.progressView()->statusText().startsWith(QStringLiteral("Done")));

    QVERIFY(QFile::exists(QDir(s.outputFolder).filePath(QStringLiteral("model.json"))));
    const Cache cache = Cache::open(m_cache.toStdString());
    const auto record = cache.model("tiny");
    QVERIFY(record);
    QCOMPARE(record->kind, std::string("tamrl"));
    const auto predicted = cache.predictionModels();
    QVERIFY(std::find(predicted.begin(), predicted.end(), "tiny") != predicted.end());
    for (const ml::SiteSeries& site : m_sites) // every site, held out or not
        QVERIFY(!cache.loadPredictions("tiny", site.id).dayNumbers.empty());
}

void TestTrainDialog::cancelKeepsBestCheckpoint() {
    TrainDialog dialog(m_session.get(), {});
    TrainSettings s = tinySettings(QStringLiteral("cancelled"));
    s.config.stage1_epochs = 200;
    s.config.stage2_epochs = 200;
    s.config.patience = 1000;
    dialog.setSettings(s);
    QSignalSpy epochs(dialog.run(), &TrainingRun::epochFinished);
    QSignalSpy cancelled(dialog.run()->job(), &BackgroundJob::cancelled);
    QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
    QVERIFY2(dialog.startTraining(), qPrintable(dialog.problemText()));
    QTRY_VERIFY_WITH_TIMEOUT(epochs.count() >= 2, scaledMs(60000));
    dialog.run()->job()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTraining() && cancelled.count() == 1, scaledMs(60000));
    QCOMPARE(trained.count(), 1);
    QVERIFY(epochs.count() < 400);
    QVERIFY(dialog.progressView()->statusText().startsWith(QStringLiteral("Cancelled")));

    QFile meta(QDir(s.outputFolder).filePath(QStringLiteral("model.json")));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), true);
    const Cache cache = Cache::open(m_cache.toStdString());
    QVERIFY(cache.model("cancelled")); // registered, loadable from the library
    const auto predicted = cache.predictionModels();
    QVERIFY(std::find(predicted.begin(), predicted.end(), "cancelled") == predicted.end());
}

// Renders the dialog after a run with three seeds; FLUXLENS_SCREENSHOT_DIR chooses where.
void TestTrainDialog::screenshot() {
    const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set FLUXLENS_SCREENSHOT_DIR to save a screenshot");
    TrainDialog dialog(m_session.get(), {QStringLiteral("tiny"), QStringLiteral("cancelled")});
    TrainSettings s = tinySettings(QStringLiteral("three seeds"));
    s.config.seeds = 3;
    s.config.stage1_epochs = 5;
    s.config.stage2_epochs = 8;
    s.config.patience = 100;
    dialog.setSettings(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(dialog.run()->job(), &BackgroundJob::finished);
    QVERIFY(dialog.startTraining());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, scaledMs(120000));
    QVERIFY(dialog.grab().save(
        QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("train_dialog.png"))));
}

QTEST_MAIN(TestTrainDialog)
#include "tst_train_dialog.moc"
