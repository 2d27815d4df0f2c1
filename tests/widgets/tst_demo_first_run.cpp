// A new user's first screen: File ▸ Open the demo world (a small world here) trains the demo
// models in the background while the jobs indicator says so; when they are ready Table 1, the
// scatter, the class bars, the heatmap and the FiLM lab show them without any refresh, Table 1
// scored on the held-out sites. FLUXLENS_SCREENSHOT_DIR=<folder> saves that first screen.
#include "analysis_docks.h"
#include "app_settings.h"
#include "class_bars_chart.h"
#include "class_bars_view.h"
#include "compare_data.h"
#include "demo_baselines.h"
#include "demo_controller.h"
#include "film_lab_widget.h"
#include "jobs/background_job.h"
#include "jobs/jobs_indicator.h"
#include "main_window.h"
#include "message_banner.h"
#include "metric_choice_bar.h"
#include "relative_rmse_model.h"
#include "relative_rmse_view.h"
#include "site_scatter_chart.h"
#include "site_scatter_view.h"
#include "site_selection.h"
#include "table1_model.h"
#include "table1_view.h"
#include "test_timeouts.h"
#include "time_series_chart.h"
#include "time_series_view.h"

#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <set>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

class TestDemoFirstRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void viewsFollowTheDemoModels();

private:
    QTemporaryDir m_dir;
};

void TestDemoFirstRun::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The demo world, its models and the settings in a scratch home of their own.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("FluxLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_demo_first_run"));
}

void TestDemoFirstRun::viewsFollowTheDemoModels() {
    AppSettings settings;
    MainWindow window(&settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    demo::DemoOptions small;
    small.siteCount = 12;
    small.firstYear = 2001;
    small.lastYear = 2004;
    window.demo()->setWorldOptions(small);
    QSignalSpy ready(window.demo(), &DemoController::modelsReady);
    QSignalSpy failed(window.demo(), &DemoController::failed);
    // What the jobs indicator says while the models train.
    QStringList said;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { said << window.jobs()->entryTexts(); });
    watch.start(100);
    window.openDemoWorld();
    QVERIFY(
        QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, scaledMs(900000)));
    watch.stop();
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY2(
        said.filter(QStringLiteral("Training the demo models (2 of %1)").arg(demoBaselineCount()))
                .size() > 0,
        qPrintable(said.join(u'\n')));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Demo models ready: see Table 1")),
             qPrintable(window.banner()->text()));

    QStringList models{QStringLiteral("CT-LSTM"), QStringLiteral("TAM-RL"),
                       QStringLiteral("TAMLSTM")};
    if (demoBaselineCount() == 4)
        models << QStringLiteral("XGBoost");
    AnalysisDocks* views = window.analysis();
    // No refresh anywhere: each view follows the session.
    QTRY_VERIFY_WITH_TIMEOUT(views->compareData()->models() == models, scaledMs(20000));
    QCOMPARE(views->compareData()->siteSet(), SiteSet::HeldOut);

    const Table1Model* table = views->table1()->model();
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->headerData(r, Qt::Vertical).toString();
    for (const QString& m : models) {
        QVERIFY2(rows.contains(m), qPrintable(rows.join(u", ")));
        const int r = static_cast<int>(rows.indexOf(m));
        QVERIFY(std::isfinite(table->index(r, 0).data(Table1Model::ValueRole).toDouble()));
    }

    for (const QString& m : models) {
        views->scatter()->choices()->setModel(m);
        QCOMPARE(views->scatter()->choices()->model(), m);
        QVERIFY2(!views->scatter()->rmseChart()->points().empty(), qPrintable(m));
    }
    std::set<QString> barModels, heatmapModels;
    for (const ClassStat& s : views->classBars()->chart()->stats())
        barModels.insert(s.model);
    for (const RelativeRmseCell& c : views->heatmap()->model()->cells())
        heatmapModels.insert(c.model);
    for (const QString& m : models) {
        QVERIFY2(barModels.count(m), qPrintable(m));
        QVERIFY2(heatmapModels.count(m), qPrintable(m));
    }
    // The time series opens on the last two years of a site's record.
    QSignalSpy shown(views->timeSeries(), &TimeSeriesView::siteShown);
    const QString site =
        window.selection()->currentId().isEmpty()
            ? QString::fromStdString(views->compareData()->sites().begin()->site.id)
            : window.selection()->currentId();
    window.selectSite(site);
    QTRY_VERIFY_WITH_TIMEOUT(views->timeSeries()->shownSite() == site, scaledMs(20000));
    const TimeSeriesChart* chart = views->timeSeries()->chart();
    QCOMPARE(chart->visibleLastDay() - chart->visibleFirstDay(), 730.0);

    const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        views->showTable1();
        QTest::qWait(1500); // the charts settle
        QVERIFY(window.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("main-window.png"))));
        for (QDockWidget* dock : views->docks())
            if (dock->isAncestorOf(views->timeSeries()))
                dock->raise();
        QTest::qWait(1500);
        QVERIFY(window.grab().save(QDir(QString::fromLocal8Bit(dir))
                                       .filePath(QStringLiteral("main-window-time-series.png"))));
    }
    // The FiLM lab opened the TAM-RL model by itself and draws the current site.
    QTRY_VERIFY_WITH_TIMEOUT(views->filmLab()->hasEngine() && !views->filmLab()->isBusy(),
                             scaledMs(60000));
    QCOMPARE(views->filmLab()->modelName(), QStringLiteral("TAM-RL"));
    QVERIFY2(views->filmLab()->shownResult(),
             qPrintable(views->filmLab()->site() + QStringLiteral(": ") +
                        views->filmLab()->errorText()));
    QVERIFY(views->filmLab()->errorText().isEmpty());

    if (!dir.isEmpty()) {
        views->showFilmLab();
        QTest::qWait(1500);
        QVERIFY(views->filmLabDock()->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("film-lab.png"))));
    }
}

QTEST_MAIN(TestDemoFirstRun)
#include "tst_demo_first_run.moc"
