#pragma once

#include <QMainWindow>
#include <QPointer>
#include <vector>

class QLabel;
class QActionGroup;

namespace fluxlens {

class AppSettings;
class SiteTableModel;
class SiteFilter;
class SiteSelection;
class WorldMapWidget;
class SiteListWidget;
class SiteDetailsWidget;
class ImportLogWidget;
class ImportDialog;
class MessageBanner;
class AnalysisDocks;
class BackgroundJob;
class CacheSession;
class DemoController;
class JobsIndicator;
class RasterLayerPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Makes `path` the session's cache (created when absent); every view follows it.
    void openCache(const QString& path);
    bool isLoading() const;
    // Imports files and folders into the open cache; gridded files are stored as `productName`.
    void startImport(const QStringList& paths, const QString& productName = {});
    // Generates and imports the synthetic demo world (once), then opens it.
    void openDemoWorld();
    // File ▸ Compact cache: rewrites the open cache without free pages in the background and
    // reports the size before and after in the status bar.
    void compactCache();
    BackgroundJob* compactJob() const { return m_compactJob; }
    CacheSession* session() const { return m_session; }
    JobsIndicator* jobs() const { return m_jobs; }
    DemoController* demo() const { return m_demo; }
    bool isBusy() const;                // a cache read or a background job is running
    void selectSite(const QString& id); // makes it the selection and the current site

    WorldMapWidget* map() const { return m_map; }
    RasterLayerPanel* rasterLayerPanel() const { return m_layerPanel; }
    SiteListWidget* siteList() const { return m_siteList; }
    SiteDetailsWidget* siteDetails() const { return m_details; }
    ImportLogWidget* importLog() const { return m_importLog; }
    MessageBanner* banner() const { return m_banner; }
    AnalysisDocks* analysis() const { return m_analysis; }
    ImportDialog* importDialog() const;
    SiteTableModel* siteModel() const { return m_sites; }
    SiteSelection* selection() const { return m_selection; }
    SiteFilter* filter() const { return m_filter; }

Q_SIGNALS:
    void sitesLoaded(int count);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createDocks();
    void readSites();
    void onCacheOpened(const QString& path);
    void onOpenFailed(const QString& path, const QString& message);
    void offerReload(const QString& description);
    void chooseCache(bool createNew);
    void chooseBasemap();
    void chooseImport(bool folder);
    void showMessage(const QString& message);
    void updateSiteCount();
    void offerDataWhenEmpty();

    AppSettings* m_settings;
    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    WorldMapWidget* m_map;
    SiteListWidget* m_siteList;
    SiteDetailsWidget* m_details;
    ImportLogWidget* m_importLog;
    MessageBanner* m_banner;
    CacheSession* m_session;
    JobsIndicator* m_jobs;
    DemoController* m_demo;
    AnalysisDocks* m_analysis = nullptr;
    BackgroundJob* m_compactJob = nullptr;
    bool m_readingSites = false;
    int m_siteReads = 0;                   // only the newest read's sites are shown
    QPointer<ImportDialog> m_importDialog; // the latest one; deletes itself when closed
    QLabel* m_cacheLabel;
    QLabel* m_countLabel;
    RasterLayerPanel* m_layerPanel = nullptr; // the map's raster layer controls
};

} // namespace fluxlens
