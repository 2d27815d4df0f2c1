#pragma once

#include "site_loader.h"

#include <QFutureWatcher>
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
class JobStatusWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the sites of a cache in the background; the map and lists refresh when done.
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
    bool isBusy() const;                // a cache read or a background job is running
    void selectSite(const QString& id); // makes it the selection and the current site

    WorldMapWidget* map() const { return m_map; }
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
    void onSitesLoaded();
    void chooseCache(bool createNew);
    void chooseBasemap();
    void chooseKoppenMap();
    void chooseImport(bool folder);
    void exportMap();
    void showMessage(const QString& message);
    void updateSiteCount();
    void offerDataWhenEmpty();
    void trainDemoBaselinesInBackground();

    AppSettings* m_settings;
    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    WorldMapWidget* m_map;
    SiteListWidget* m_siteList;
    SiteDetailsWidget* m_details;
    ImportLogWidget* m_importLog;
    MessageBanner* m_banner;
    AnalysisDocks* m_analysis = nullptr;
    JobStatusWidget* m_jobStatus;
    BackgroundJob* m_demoJob = nullptr;
    BackgroundJob* m_baselineJob = nullptr; // trains the demo world's baseline models
    BackgroundJob* m_compactJob = nullptr;
    QPointer<ImportDialog> m_importDialog; // the latest one; deletes itself when closed
    QLabel* m_cacheLabel;
    QLabel* m_countLabel;
    QFutureWatcher<LoadedSites> m_loader;
};

} // namespace fluxlens
