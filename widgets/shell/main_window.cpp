#include "main_window.h"

#include "about_dialog.h"
#include "analysis_docks.h"
#include "app_settings.h"
#include "cache_compaction.h"
#include "demo_controller.h"
#include "demo_world_job.h"
#include "import_dialog.h"
#include "import_log_widget.h"
#include "jobs/background_job.h"
#include "jobs/jobs_indicator.h"
#include "language_menu.h"
#include "map/raster_layer_panel.h"
#include "map/world_map_widget.h"
#include "map_menus.h"
#include "message_banner.h"
#include "raster_layer_menu.h"
#include "session/cache_session.h"
#include "site_details_widget.h"
#include "site_filter.h"
#include "site_list_widget.h"
#include "site_loader.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "upscale_menu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fluxlens {

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sites(new SiteTableModel(this))
    , m_filter(new SiteFilter(this))
    , m_selection(new SiteSelection(this))
    , m_map(new WorldMapWidget(m_sites, m_filter, m_selection, this))
    , m_siteList(new SiteListWidget(m_sites, m_filter, m_selection, this))
    , m_details(new SiteDetailsWidget(m_sites, m_selection, this))
    , m_importLog(new ImportLogWidget(this))
    , m_banner(new MessageBanner(this))
    , m_session(new CacheSession(this))
    , m_jobs(new JobsIndicator(this))
    , m_demo(new DemoController(m_session, m_jobs, this))
    , m_cacheLabel(new QLabel(this))
    , m_countLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FluxLens"));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_map, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    statusBar()->addPermanentWidget(m_jobs);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_cacheLabel);
    createDocks();
    createMenus();

    connect(m_map, &WorldMapWidget::statusMessage, this, &MainWindow::showMessage);
    connect(m_session, &CacheSession::opened, this, &MainWindow::onCacheOpened);
    connect(m_session, &CacheSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &CacheSession::changed, this, [this](CacheChanges changes) {
        if (changes & (CacheChange::Sites | CacheChange::Drivers))
            readSites();
    });
    connect(m_session, &CacheSession::externalChange, this, &MainWindow::offerReload);
    connect(m_session, &CacheSession::writerStarted, m_jobs, &JobsIndicator::track);
    connect(m_jobs, &JobsIndicator::jobEnded, this, &MainWindow::showMessage);
    connect(m_demo, &DemoController::statusMessage, this, &MainWindow::showMessage);
    connect(m_demo, &DemoController::failed, this,
            [this](const QString& message) { m_banner->showMessage(message); });
    connect(m_demo, &DemoController::modelsReady, this, [this](const QString& message) {
        auto* show = new QAction(tr("Show Table 1"), m_banner);
        connect(show, &QAction::triggered, m_analysis, &AnalysisDocks::showTable1);
        m_banner->showMessage(message, {show});
        m_analysis->showTable1();
    });
    connect(m_filter, &SiteFilter::changed, this, &MainWindow::updateSiteCount);
    connect(m_selection, &SiteSelection::selectionChanged, this, &MainWindow::updateSiteCount);
    connect(m_settings, &AppSettings::projectionChanged, m_map, &WorldMapWidget::setProjection);
    connect(m_settings, &AppSettings::basemapPathChanged, m_map, &WorldMapWidget::loadBasemap);

    m_map->setProjection(m_settings->projection());
    m_map->loadBasemap(m_settings->basemapPath());
    if (m_map->scene().hasLand())
        showMessage(tr("Basemap: %1").arg(m_settings->basemapPath()));

    resize(1500, 980);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    updateSiteCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto* listDock = new QDockWidget(tr("Sites"), this);
    listDock->setObjectName(QStringLiteral("sitesDock"));
    listDock->setWidget(m_siteList);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);

    auto* detailsDock = new QDockWidget(tr("Site details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    resizeDocks({listDock, detailsDock}, {400, 260}, Qt::Horizontal);

    m_analysis = new AnalysisDocks(this, m_session, m_sites, m_filter, m_selection, m_map);
    m_analysis->useSettings(m_settings);
    connect(m_analysis, &AnalysisDocks::statusMessage, this, &MainWindow::showMessage);
    connect(m_analysis, &AnalysisDocks::jobStarted, m_jobs, &JobsIndicator::track);

    auto* logDock = new QDockWidget(tr("Import log"), this);
    logDock->setObjectName(QStringLiteral("importLogDock"));
    logDock->setWidget(m_importLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    if (!m_analysis->docks().isEmpty())
        tabifyDockWidget(m_analysis->docks().first(), logDock);
    else
        logDock->hide();
    if (!m_analysis->docks().isEmpty()) {
        m_analysis->docks().first()->raise();
        resizeDocks({m_analysis->docks().first()}, {330}, Qt::Vertical);
    }
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New cache…"), this, [this] { chooseCache(true); });
    file->addAction(tr("&Open cache…"), QKeySequence::Open, this, [this] { chooseCache(false); });
    file->addAction(tr("Open the &demo world"), this, &MainWindow::openDemoWorld);
    file->addSeparator();
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                    [this] { chooseImport(false); });
    file->addAction(tr("Import &folder…"), this, [this] { chooseImport(true); });
    file->addAction(tr("&Reload"), QKeySequence::Refresh, m_session, &CacheSession::reloadAll);
    file->addAction(tr("&Compact cache"), this, &MainWindow::compactCache)
        ->setStatusTip(tr("Rewrite the cache file without the free space that replaced files, "
                          "deleted models and rewritten predictions leave behind"));
    file->addSeparator();
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(tr("&Map…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                       [this] { showMessage(exportMapFigure(m_map, this)); });
    m_analysis->fillExportMenu(exports);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    fillProjectionMenu(view->addMenu(tr("&Projection")), m_settings);
    fillColourMenu(view->addMenu(tr("&Colour towers by")), m_map,
                   m_analysis->metricColouringAction());
    view->addAction(tr("&Basemap…"), this, &MainWindow::chooseBasemap);
    view->addAction(tr("&Köppen map for imports…"), this,
                    [this] { showMessage(chooseKoppenMapFile(this, m_settings)); });
    view->addMenu(new LanguageMenu(m_settings, view));
    m_layerPanel = installRasterLayer(view, m_map, m_session, m_banner, this);
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(1, m_layerPanel);
    view->addSeparator();
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_map, &WorldMapWidget::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_map, &WorldMapWidget::zoomOut);
    view->addAction(tr("Zoom to &selection"), QKeySequence(Qt::CTRL | Qt::Key_E), m_map,
                    &WorldMapWidget::zoomToSelection);
    view->addAction(tr("&Whole world"), QKeySequence(Qt::CTRL | Qt::Key_0), m_map,
                    &WorldMapWidget::resetView);

    QMenu* models = menuBar()->addMenu(tr("&Models"));
    m_analysis->fillModelsMenu(models);
    addUpscaleAction(models, m_session, m_map, m_jobs, m_banner, this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FluxLens"), this, [this] { AboutDialog(this).exec(); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openCache(const QString& path) {
    m_cacheLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_session->open(path);
}

bool MainWindow::isLoading() const {
    return m_session->isOpening() || m_readingSites;
}

ImportDialog* MainWindow::importDialog() const {
    return m_importDialog.data();
}

void MainWindow::onCacheOpened(const QString& path) {
    m_settings->setCachePath(path);
    m_cacheLabel->setText(tr("Cache: %1").arg(QFileInfo(path).fileName()));
    m_cacheLabel->setToolTip(path);
    // The session's changed(everything) that follows reads the sites.
}

void MainWindow::onOpenFailed(const QString& path, const QString& message) {
    // The sites shown so far stay; the damaged file is left untouched.
    m_cacheLabel->setText(m_sites->sites().empty() ? tr("No cache open") : m_cacheLabel->text());
    showMessage(
        tr("Cannot open the cache: %1")
            .arg(message.contains(path) ? message : QStringLiteral("%1: %2").arg(path, message)));
    updateSiteCount();
    offerDataWhenEmpty();
    Q_EMIT sitesLoaded(static_cast<int>(m_sites->sites().size()));
}

void MainWindow::readSites() {
    m_readingSites = true;
    const int serial = ++m_siteReads;
    m_session->read<LoadedSites>(
        this, &loadSiteRecords,
        [this, serial](LoadedSites loaded) {
            if (serial != m_siteReads)
                return;
            m_readingSites = false;
            m_sites->setSites(std::move(loaded.sites));
            m_importLog->setEntries(loaded.importLog);
            showMessage(
                tr("%n site(s) read from %1", nullptr, static_cast<int>(m_sites->sites().size()))
                    .arg(cacheDisplayName(loaded.cachePath)));
            updateSiteCount();
            offerDataWhenEmpty();
            Q_EMIT sitesLoaded(static_cast<int>(m_sites->sites().size()));
        },
        [this, serial](const QString& message) {
            if (serial != m_siteReads)
                return;
            m_readingSites = false;
            onOpenFailed(m_session->path(), message);
        });
}

void MainWindow::offerReload(const QString& description) {
    auto* reload = new QAction(tr("Reload"), m_banner);
    connect(reload, &QAction::triggered, m_session, &CacheSession::reloadAll);
    m_banner->showMessage(
        tr("Another program changed this cache (%1). Reload to see the changes.").arg(description),
        {reload});
}

void MainWindow::chooseCache(bool createNew) {
    const QString filter = tr("FluxLens cache (*.sqlite *.db);;All files (*)");
    const QString path =
        createNew
            ? QFileDialog::getSaveFileName(this, tr("New cache"), m_settings->cachePath(), filter)
            : QFileDialog::getOpenFileName(this, tr("Open cache"), m_settings->cachePath(), filter);
    if (!path.isEmpty())
        openCache(path);
}

void MainWindow::chooseBasemap() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Land polygons"), m_settings->basemapPath(),
        tr("Vector data (*.shp *.gpkg *.geojson *.json *.fgb);;All files (*)"));
    if (!path.isEmpty())
        m_settings->setBasemapPath(path);
}

bool MainWindow::isBusy() const {
    return isLoading() || m_demo->isPreparing() || m_session->isWriting() ||
           (m_importDialog && m_importDialog->isRunning());
}

void MainWindow::selectSite(const QString& id) {
    if (!m_sites->find(id)) {
        showMessage(tr("No site %1 in this cache").arg(id));
        return;
    }
    m_selection->select(id);
}

void MainWindow::offerDataWhenEmpty() {
    if (!m_sites->sites().empty() || m_demo->isPreparing())
        return;
    auto* demo = new QAction(tr("Open the demo world"), m_banner);
    connect(demo, &QAction::triggered, this, &MainWindow::openDemoWorld);
    auto* import = new QAction(tr("Import files…"), m_banner);
    connect(import, &QAction::triggered, this, [this] { chooseImport(false); });
    m_banner->showMessage(tr("This cache holds no sites yet. The synthetic demo world (120 made-up "
                             "towers, generated on this computer, nothing downloaded) lets you try "
                             "every view; or import your own flux files."),
                          {demo, import});
}

void MainWindow::openDemoWorld() {
    m_banner->hide();
    m_demo->open();
}

void MainWindow::compactCache() {
    if ((m_compactJob && m_compactJob->isRunning()) || m_session->isWriting() ||
        (m_importDialog && m_importDialog->isRunning()) || m_demo->isPreparing()) {
        showMessage(tr("The cache is busy; compact it when the running job has finished"));
        return;
    }
    if (!m_compactJob) {
        m_compactJob = new BackgroundJob(tr("Compact cache"), this);
        connect(m_compactJob, &BackgroundJob::failed, this, [this](const QString& message) {
            m_banner->showMessage(tr("The cache could not be compacted: %1").arg(message));
        });
    }
    // Set on the job's thread; read after finished(), which the job's future orders after it.
    auto result = std::make_shared<CacheCompaction>();
    const CacheConnector cache =
        m_session->isOpen() ? m_session->connector() : CacheConnector(m_settings->cachePath());
    const QString path = cache.path();
    connect(
        m_compactJob, &BackgroundJob::finished, this,
        [this, result, path] {
            // VACUUM runs to its end once started: a late cancel still compacted the file.
            if (result->done)
                showMessage(compactionSummary(path, *result));
            else if (m_compactJob->wasCancelled())
                showMessage(tr("Compacting the cache was cancelled; nothing changed"));
        },
        Qt::SingleShotConnection);
    // Rewriting the file changes no content; as a writer its file events are not taken for
    // another program's.
    m_session->trackWriter(m_compactJob, {});
    m_compactJob->start(
        [cache, result](JobReporter& r) { return compactCacheFile(cache, r, *result); });
}

void MainWindow::chooseImport(bool folder) {
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Import files"), {},
            tr("Flux, site, MODIS, ERA5-Land and gridded files (*.csv *.txt *.zip *.nc *.nc4 *.tif "
               "*.tiff);;All files (*)"));
    }
    if (!paths.isEmpty())
        startImport(paths);
}

void MainWindow::startImport(const QStringList& paths, const QString& productName) {
    if (m_importDialog && m_importDialog->isRunning()) {
        showMessage(tr("An import is still running; wait for it or cancel it first"));
        m_importDialog->raise();
        return;
    }
    QString product = productName;
    const bool gridded = std::any_of(paths.begin(), paths.end(), &ImportDialog::looksGridded);
    if (gridded && product.isEmpty()) {
        bool ok = false;
        product =
            QInputDialog::getText(this, tr("Gridded product"),
                                  tr("Store the gridded files' values at the sites as product\n"
                                     "(empty: the name in the file's product or title attribute):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const CacheConnector cache =
        m_session->isOpen() ? m_session->connector() : CacheConnector(m_settings->cachePath());
    m_importDialog = new ImportDialog(cache, paths, product.trimmed(), this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog->setKoppenMapPath(m_settings->koppenMapPath());
    if (m_session->isOpen())
        m_session->trackWriter(m_importDialog->job(),
                               CacheChange::Sites | CacheChange::Drivers | CacheChange::Products);
    else // the first import creates the cache: open it when done
        connect(m_importDialog, &ImportDialog::importFinished, this,
                [this, path = cache.path()] { openCache(path); });
    m_importDialog->show();
    m_importDialog->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    startImport(paths);
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message, 15000);
}

void MainWindow::updateSiteCount() {
    const int total = static_cast<int>(m_sites->sites().size());
    int shown = 0;
    for (const SiteRecord& r : m_sites->sites())
        shown += m_filter->accepts(r) ? 1 : 0;
    m_countLabel->setText(tr("%1 of %2 sites shown, %3 selected")
                              .arg(shown)
                              .arg(total)
                              .arg(m_selection->selectedIds().size()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings->saveWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace fluxlens
