// Models ▸ Run the paper's experiment…: the form refuses what the CLI refuses, and a run goes to
// the background with progress and log and writes the report. FLUXLENS_SCREENSHOT_DIR set: the
// dialog after the run is saved there as experiment-dialog.png.
#include "experiment_dialog.h"
#include "session_support.h"
#include "small_demo_cache.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using fluxlens::ExperimentDialog;
using fluxlens::testing::scaledMs;

class TestExperimentDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesARunWithoutModels();
    void runsInTheBackgroundAndWritesTheReport();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestExperimentDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = makeSmallDemoCache(m_dir.path());
}

void TestExperimentDialog::refusesARunWithoutModels() {
    const auto session = fluxlens::testing::openSession(m_cache);
    QVERIFY(session);
    ExperimentDialog dialog(session.get());
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        box->setChecked(false);
    QVERIFY(!dialog.start());
    QVERIFY(!dialog.isRunning());
    bool shown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        shown = shown || label->text().contains(QStringLiteral("at least one model"));
    QVERIFY(shown);
}

void TestExperimentDialog::runsInTheBackgroundAndWritesTheReport() {
    const auto session = fluxlens::testing::openSession(m_cache);
    QVERIFY(session);
    ExperimentDialog dialog(session.get());
    QCOMPARE(dialog.reportFolder(), m_dir.filePath(QStringLiteral("experiment")));
    // XGBoost alone keeps the test short; the networks run the same code (tst_cli_experiment).
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        box->setChecked(box->text() == QStringLiteral("XGBoost"));
    QSignalSpy finished(&dialog, &ExperimentDialog::experimentFinished);
    dialog.show();
    QVERIFY(dialog.start());
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(scaledMs(240000)));
    QTRY_VERIFY(!dialog.isRunning());
    QCOMPARE(dialog.progressBar()->value(), 100);
    QVERIFY(dialog.logView()->toPlainText().contains(QStringLiteral("Report written to")));
    const QString report = finished.first().first().toString();
    QVERIFY(QFile::exists(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("| XGBoost (experiment) |"));
    const QByteArray shots = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(
            QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("experiment-dialog.png"))));
}

QTEST_MAIN(TestExperimentDialog)
#include "tst_experiment_dialog.moc"
