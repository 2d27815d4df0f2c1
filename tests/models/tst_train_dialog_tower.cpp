// The train dialog on real tower data: a cache of the three ICOS Warm Winter 2020 daily files and
// their site table (imported with fluxlens-cli), the `tower` feature preset, BE-Lcr held out, and
// TAM-RL, CT-LSTM, TAMLSTM and XGBoost trained from the dialog one after the other, each saved,
// registered with its preset and predicted. With FLUXLENS_SCREENSHOT_DIR set, the dialog after the
// XGBoost run is saved as train_dialog_tower.png and the cache as tower.sqlite beside it (for
// `fluxlens --cache tower.sqlite --export table1 --sites heldout`).
#include "cache/cache.h"
#include "program_run.h"
#include "real_tower_import.h"
#include "session_support.h"
#include "train_dialog.h"
#include "training_progress_view.h"
#include "training_run.h"
#include "xgboost_training.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

class TestTrainDialogTower : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presetFillsTheFeatureField();
    void allFourModelsTrainOnTowerDrivers();

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QString m_heldOut;
    std::unique_ptr<CacheSession> m_session;
};

void TestTrainDialogTower::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("tower.sqlite"));
    const QStringList args = testing::realTowerImportArgs(m_cache);
    if (args.isEmpty())
        QSKIP("the three real FLUXNET daily files are not in ../shared/data/fluxnet");
    const testing::ProgramRun imported = testing::runCli(args);
    QVERIFY2(imported.succeeded(), qPrintable(imported.describe()));
    m_heldOut = m_dir.filePath(QStringLiteral("heldout.txt"));
    QFile list(m_heldOut);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("BE-Lcr\n");
    list.close();
    m_session = testing::openSession(m_cache);
    QVERIFY(m_session);
}

void TestTrainDialogTower::presetFillsTheFeatureField() {
    TrainDialog dialog(m_session.get(), {});
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("featurePreset"));
    QVERIFY(preset);
    QCOMPARE(dialog.settings().featurePreset, QStringLiteral("remote")); // today's default
    preset->setCurrentIndex(preset->findData(QStringLiteral("tower")));
    const TrainSettings s = dialog.settings();
    QCOMPARE(s.featurePreset, QStringLiteral("tower"));
    QCOMPARE(s.config.features, (std::vector<std::string>{"TA_F", "SW_IN_F", "VPD_F", "P_F",
                                                          "SW_IN_POT", "DOY_SIN", "DOY_COS"}));
    bool shown = false;
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        if (edit->text().startsWith(QStringLiteral("TA_F, SW_IN_F")) && edit->isReadOnly())
            shown = edit->text().contains(QStringLiteral("LW_IN_F, PA_F, WS_F"));
    QVERIFY(shown);
}

void TestTrainDialogTower::allFourModelsTrainOnTowerDrivers() {
    struct Kind {
        ml::ModelKind kind;
        bool xgboost;
        QString name;
    };
    std::vector<Kind> kinds = {{ml::ModelKind::TamRl, false, QStringLiteral("TAM-RL")},
                               {ml::ModelKind::CtLstm, false, QStringLiteral("CT-LSTM")},
                               {ml::ModelKind::TamLstm, false, QStringLiteral("TAMLSTM")}};
    if (xgboostAvailable())
        kinds.push_back({ml::ModelKind::TamRl, true, QStringLiteral("XGBoost")});
    QStringList existing;
    for (const Kind& k : kinds) {
        TrainDialog dialog(m_session.get(), existing);
        TrainSettings s;
        s.kind = k.kind;
        s.xgboost = k.xgboost;
        s.xgbMaxRounds = 30;
        s.name = k.name;
        s.featurePreset = QStringLiteral("tower");
        s.heldOutListFile = m_heldOut;
        s.config.hidden = 8;
        s.config.encoder_hidden = 4;
        s.config.embedding = 3;
        s.config.generator_hidden = 8;
        s.config.stage1_epochs = 1;
        s.config.stage2_epochs = 1;
        s.config.support_years = 1; // BE-Lcr: support 2019, scored 2020
        s.config.device = "cpu";
        s.outputFolder = m_dir.filePath(QStringLiteral("models/") + k.name);
        dialog.setSettings(s);
        QCOMPARE(dialog.settings().xgboost, k.xgboost);
        QCOMPARE(dialog.settings().featurePreset, QStringLiteral("tower"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy failed(dialog.run()->job(), &BackgroundJob::failed);
        QSignalSpy trained(&dialog, &TrainDialog::modelTrained);
        QVERIFY2(dialog.startTraining(), qPrintable(dialog.problemText()));
        // modelTrained arrives after the job stops running (queued from the job's finished).
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog.isTraining() && (trained.count() == 1 || !failed.isEmpty()), scaledMs(180000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString log = dialog.progressView()->logText();
        QVERIFY2(trained.count() == 1, qPrintable(k.name + QLatin1Char('\n') + log));
        QVERIFY2(log.contains(QStringLiteral("Features (tower): TA_F, SW_IN_F, VPD_F, P_F, "
                                             "SW_IN_POT, LW_IN_F, PA_F, WS_F, DOY_SIN, DOY_COS")),
                 qPrintable(log));
        if (k.xgboost)
            QVERIFY2(log.contains(QStringLiteral("FLUXCOM-X QuickEval configuration")),
                     qPrintable(log));
        QFile meta(QDir(s.outputFolder).filePath(QStringLiteral("model.json")));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("feature_preset")).toString(), QStringLiteral("tower"));
        existing << k.name;

        const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
        if (k.xgboost && !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(QString::fromLocal8Bit(dir))
                                           .filePath(QStringLiteral("train_dialog_tower.png"))));
    }
    const Cache cache = Cache::openExisting(m_cache.toStdString());
    QCOMPARE(int(cache.predictionModels().size()), int(kinds.size()));
    const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString copy =
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("tower.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_cache, copy));
    }
}

QTEST_MAIN(TestTrainDialogTower)
#include "tst_train_dialog_tower.moc"
