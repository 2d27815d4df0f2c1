#pragma once

#include "site_loader.h"

#include <QFutureWatcher>
#include <QMainWindow>
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

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the sites of a cache in the background; the map and lists refresh when done.
    void openCache(const QString& path);
    bool isLoading() const;

    WorldMapWidget* map() const { return m_map; }
    SiteListWidget* siteList() const { return m_siteList; }
    SiteDetailsWidget* siteDetails() const { return m_details; }
    SiteTableModel* siteModel() const { return m_sites; }
    SiteSelection* selection() const { return m_selection; }
    SiteFilter* filter() const { return m_filter; }

Q_SIGNALS:
    void sitesLoaded(int count);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createDocks();
    void onSitesLoaded();
    void chooseCache(bool createNew);
    void chooseBasemap();
    void showMessage(const QString& message);
    void updateSiteCount();

    AppSettings* m_settings;
    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    WorldMapWidget* m_map;
    SiteListWidget* m_siteList;
    SiteDetailsWidget* m_details;
    QLabel* m_cacheLabel;
    QLabel* m_countLabel;
    QFutureWatcher<LoadedSites> m_loader;
};

} // namespace fluxlens
