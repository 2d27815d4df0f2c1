#include "about_dialog.h"
#include "app_settings.h"
#include "cache/cache.h"
#include "import_dialog.h"
#include "import_log_widget.h"
#include "jobs/background_job.h"
#include "main_window.h"
#include "map/world_map_widget.h"
#include "message_banner.h"
#include "program_run.h"
#include "site_details_widget.h"
#include "site_list_widget.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "test_timeouts.h"

#include <QAbstractButton>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheSitesOfACache();
    void mapClickDrivesListAndDetails();
    void damagedCacheIsReportedAndNothingChanges();
    void importsFilesAndRefreshes();
    void compactsTheCacheInTheBackground();
    void compactingAMissingCacheSaysWhy();
    void windowStateIsKept();
    void offersAReloadWhenAnotherProgramChangesTheCache();
    void aboutListsLibraryVersions();

private:
    QString makeCache(const QString& name);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FluxLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    QVERIFY(m_dir.isValid());
}

QString TestMainWindow::makeCache(const QString& name) {
    const QString path = m_dir.filePath(name);
    Cache cache = Cache::open(path.toStdString());
    std::vector<Site> sites;
    const struct {
        const char* id;
        double lat, lon;
        IgbpClass igbp;
        KoppenClass koppen;
    } rows[] = {{"DE-Hai", 51.08, 10.45, IgbpClass::DBF, KoppenClass::Cfb},
                {"US-Var", 38.41, -120.95, IgbpClass::GRA, KoppenClass::Csa},
                {"AU-How", -12.49, 131.15, IgbpClass::WSA, KoppenClass::Aw}};
    for (const auto& r : rows) {
        Site s;
        s.id = r.id;
        s.name = std::string("Site ") + r.id;
        s.lat_deg = r.lat;
        s.lon_deg = r.lon;
        s.igbp = r.igbp;
        s.koppen = r.koppen;
        s.network = "FLUXNET2015";
        sites.push_back(s);
    }
    cache.upsertSites(sites);
    return path;
}

void TestMainWindow::showsTheSitesOfACache() {
    AppSettings settings;
    MainWindow window(&settings);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    const QString path = makeCache(QStringLiteral("three.sqlite"));
    window.openCache(path);
    QVERIFY(loaded.wait(scaledMs(10000)));
    QCOMPARE(loaded.first().first().toInt(), 3);
    QCOMPARE(window.siteModel()->rowCount(), 3);
    QCOMPARE(window.map()->visibleTowers().size(), std::size_t(3));
    QCOMPARE(settings.cachePath(), path);
}

void TestMainWindow::mapClickDrivesListAndDetails() {
    AppSettings settings;
    MainWindow window(&settings);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    window.openCache(makeCache(QStringLiteral("click.sqlite")));
    QVERIFY(loaded.wait(scaledMs(10000)));
    const auto pos = window.map()->markerPosition(QStringLiteral("US-Var"));
    QVERIFY(pos);
    QTest::mouseClick(window.map(), Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(window.selection()->currentId(), QStringLiteral("US-Var"));
    QCOMPARE(window.siteDetails()->shownSiteId(), QStringLiteral("US-Var"));
    const auto rows = window.siteList()->table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(SiteTableModel::SiteIdRole).toString(), QStringLiteral("US-Var"));
}

void TestMainWindow::damagedCacheIsReportedAndNothingChanges() {
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray garbage(4096, '\x5a');
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    AppSettings settings;
    const QString before = settings.cachePath();
    MainWindow window(&settings);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    window.openCache(path);
    QVERIFY(loaded.wait(scaledMs(10000)));
    QCOMPARE(window.siteModel()->rowCount(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(path));
    QCOMPARE(settings.cachePath(), before);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void TestMainWindow::importsFilesAndRefreshes() {
    AppSettings settings;
    MainWindow window(&settings);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    window.openCache(makeCache(QStringLiteral("import.sqlite")));
    QVERIFY(loaded.wait(scaledMs(10000)));
    QCOMPARE(window.siteModel()->rowCount(), 3);

    const QString good = m_dir.filePath(QStringLiteral("sites.csv"));
    const QString bad = m_dir.filePath(QStringLiteral("bad_sites.csv"));
    for (const auto& [path, text] :
         {std::pair{good,
                    QByteArray(
                        "site_id,lat,lon,igbp\nFI-Hyy,61.85,24.29,ENF\nBR-Sa1,-2.86,-54.96,EBF\n")},
          std::pair{bad,
                    QByteArray("site_id,lat,lon,igbp\nXX-One,45,10,GRA\nXX-Two,145,10,GRA\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    loaded.clear();
    window.startImport({good, bad});
    QVERIFY(window.importDialog());
    QSignalSpy finished(window.importDialog(), &ImportDialog::importFinished);
    QVERIFY(finished.wait(scaledMs(20000)));
    const ImportDialog::Counts counts = window.importDialog()->counts();
    QCOMPARE(counts.imported, 1);
    QCOMPARE(counts.failed, 1);
    // The failure names the file and the line of the impossible latitude.
    QVERIFY2(window.importDialog()->logText().contains(bad + QStringLiteral(":3")),
             qPrintable(window.importDialog()->logText()));
    // The reload may already have finished while the import's last signals were delivered.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), scaledMs(10000));
    QCOMPARE(window.siteModel()->rowCount(), 5);
    QVERIFY(window.siteModel()->find(QStringLiteral("FI-Hyy")));
    QVERIFY(!window.siteModel()->find(QStringLiteral("XX-One")));
    QCOMPARE(window.importLog()->rowCount(), 1);
}

void TestMainWindow::compactsTheCacheInTheBackground() {
    // Predictions stored and removed again leave free pages that compacting gives back.
    const QString path = makeCache(QStringLiteral("compact.sqlite"));
    {
        Cache cache = Cache::open(path.toStdString());
        DailyTable predictions;
        predictions.kind = DailyKind::Prediction;
        predictions.columnNames = {"GPP_mean", "GPP_sd", "NEE_mean", "NEE_sd"};
        for (int day = 0; day < 6000; ++day)
            predictions.dayNumbers.push_back(11000 + day);
        // Values that do not compress, so that the predictions take many pages of the file.
        std::mt19937_64 random(3);
        std::uniform_real_distribution<double> value(-5.0, 5.0);
        for (std::size_t c = 0; c < predictions.columnNames.size(); ++c) {
            predictions.columns.emplace_back();
            for (std::size_t d = 0; d < predictions.dayNumbers.size(); ++d)
                predictions.columns.back().push_back(value(random));
        }
        for (const char* site : {"DE-Hai", "US-Var", "AU-How"})
            cache.storePredictions("scratch", site, predictions);
        QVERIFY(cache.removeModel("scratch"));
    }
    const double before = double(Cache::bytesOnDisk(path.toStdString()));

    AppSettings settings;
    MainWindow window(&settings);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    window.openCache(path);
    QVERIFY(loaded.wait(scaledMs(10000)));
    window.compactCache();
    QVERIFY(window.compactJob());
    QSignalSpy finished(window.compactJob(), &BackgroundJob::finished);
    QVERIFY(finished.wait(scaledMs(30000)));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Compacted compact.sqlite: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" before, ")), qPrintable(message));
    const double after = double(Cache::bytesOnDisk(path.toStdString()));
    QVERIFY2(after < 0.5 * before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    const Cache cache = Cache::open(path.toStdString());
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
    QCOMPARE(cache.sites().size(), std::size_t(3));
}

void TestMainWindow::compactingAMissingCacheSaysWhy() {
    // The cache setting names a file that is not there (deleted, or on an unmounted disk). The
    // window is not asked to read it, so none of its views opens (and so creates) it meanwhile.
    const QString path = m_dir.filePath(QStringLiteral("vanished.sqlite"));
    AppSettings settings;
    settings.setCachePath(path);
    MainWindow window(&settings);
    window.compactCache();
    QVERIFY(window.compactJob());
    QSignalSpy finished(window.compactJob(), &BackgroundJob::finished);
    QVERIFY(finished.wait(scaledMs(30000)));
    QVERIFY2(window.banner()->text().contains(path + QStringLiteral(": no such cache file")),
             qPrintable(window.banner()->text()));
    QVERIFY(!QFile::exists(path)); // compacting never creates a cache
}

void TestMainWindow::windowStateIsKept() {
    AppSettings settings;
    // From Qt 6.8 on a restored window is fitted into its screen (the offscreen screen is
    // 800 x 800), so the size left lies well inside the screen; the window's minimum size may
    // widen it, and it must differ from the default 1500 x 980.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QSize kept;
    {
        MainWindow window(&settings);
        window.resize(screen.width() * 2 / 3 + 11, screen.height() * 2 / 3 + 7);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        kept = window.size();
        window.close();
    }
    QVERIFY(kept != QSize(1500, 980));
    QVERIFY(screen.contains(QRect(screen.topLeft(), kept)));
    QVERIFY(!settings.windowGeometry().isEmpty());
    QVERIFY(!settings.windowState().isEmpty());
    MainWindow again(&settings);
    QCOMPARE(again.size(), kept);
}

void TestMainWindow::aboutListsLibraryVersions() {
    const QString html = AboutDialog::libraryVersionsHtml();
    for (const char* name : {"Qt", "LibTorch", "GDAL", "PROJ", "SQLite", "XGBoost"})
        QVERIFY2(html.contains(QLatin1String(name)), name);
    QVERIFY(html.contains(QString::fromLatin1(qVersion())));
    QVERIFY(AboutDialog::dataLicencesHtml().contains(QStringLiteral("GSHHG")));
}

void TestMainWindow::offersAReloadWhenAnotherProgramChangesTheCache() {
    AppSettings settings;
    MainWindow window(&settings);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::sitesLoaded);
    const QString path = makeCache(QStringLiteral("shared-with-cli.sqlite"));
    window.openCache(path);
    QVERIFY(loaded.wait(scaledMs(10000)));
    QCOMPARE(window.siteModel()->rowCount(), 3);

    // fluxlens-cli imports a site list into the same cache while the window shows it.
    const testing::ProgramRun cli = testing::importOneSiteWithCli(path, m_dir.path());
    QVERIFY2(cli.succeeded(), qPrintable(cli.describe()));

    QTRY_VERIFY_WITH_TIMEOUT(
        window.banner()->text().contains(QStringLiteral("Another program changed this cache")),
        scaledMs(10000));
    QVERIFY2(window.banner()->text().contains(QStringLiteral("sites")),
             qPrintable(window.banner()->text()));
    QCOMPARE(window.siteModel()->rowCount(), 3); // nothing changes behind the user's back
    // The banner's Reload brings every view up to date.
    loaded.clear();
    QAbstractButton* reload = nullptr;
    for (QAbstractButton* b : window.banner()->findChildren<QAbstractButton*>())
        if (b->isVisible() && b->text().remove(u'&') == QStringLiteral("Reload"))
            reload = b;
    QVERIFY(reload);
    reload->click();
    QVERIFY(loaded.wait(scaledMs(10000)));
    QCOMPARE(window.siteModel()->rowCount(), 4);
    QVERIFY(window.siteModel()->find(QStringLiteral("FI-Hyy")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
