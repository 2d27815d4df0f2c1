#pragma once

#include "jobs/background_job.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace fluxlens {

class AppSettings;
class CacheSession;
class ClassBarsView;
class CompareData;
class FilmLabWidget;
class RelativeRmseView;
class SiteScatterView;
class Table1View;
class TimeSeriesView;
class ModelLibraryWidget;
class SiteFilter;
class SiteSelection;
class SiteTableModel;
class WorldMapWidget;

// The docks built on models and metrics: comparison views (time series, metrics table, scatter,
// class bars, relative RMSE heatmap, Table 1) and the model library and FiLM lab, with the Models
// menu. Each part exists only when its library was built (LibTorch for the model widgets). Every
// view follows the CacheSession: nothing here refreshes a view by hand.
class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    AnalysisDocks(QMainWindow* window, CacheSession* session, SiteTableModel* sites,
                  SiteFilter* filter, SiteSelection* selection, WorldMapWidget* map);

    // The comparison views score the site set stored in `settings` and store the user's choice.
    void useSettings(AppSettings* settings);
    QList<QDockWidget*> docks() const { return m_docks; }
    void fillModelsMenu(QMenu* menu);
    // File ▸ Export entries for the comparison views (time series, scatter, class bars, heatmap,
    // Table 1): each exports what its view shows.
    void fillExportMenu(QMenu* menu);
    // The "RMSE improvement over the reference" entry of View ▸ Colour towers by.
    QAction* metricColouringAction() const { return m_metricColouring; }
    bool hasModelWidgets() const;
    CompareData* compareData() const { return m_compare; }
    // The views, for tests and the figure exports (null when not built).
    TimeSeriesView* timeSeries() const { return m_timeSeries; }
    SiteScatterView* scatter() const { return m_scatter; }
    ClassBarsView* classBars() const { return m_classBars; }
    RelativeRmseView* heatmap() const { return m_heatmap; }
    Table1View* table1() const { return m_table1; }
    ModelLibraryWidget* library() const { return m_library; }
    FilmLabWidget* filmLab() const { return m_filmLab; }
    QDockWidget* filmLabDock() const { return m_filmLabDock; }

public Q_SLOTS:
    void showTable1();  // raises the Table 1 dock
    void showFilmLab(); // shows the FiLM lab in its own window

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A job of the views (an export) for the jobs indicator.
    void jobStarted(fluxlens::BackgroundJob* job);

private:
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName);
    void createCompareDocks();
    void createModelDocks();
    void applyMetricColouring();
    void openTrainDialog();
    void openExperimentDialog();
    void exportFigure(const QString& figureName, const QString& fileStem, int which);

    QMainWindow* m_window;
    CacheSession* m_session;
    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    WorldMapWidget* m_map;
    QList<QDockWidget*> m_docks;
    QAction* m_metricColouring = nullptr;
    CompareData* m_compare = nullptr;
    TimeSeriesView* m_timeSeries = nullptr;
    SiteScatterView* m_scatter = nullptr;
    ClassBarsView* m_classBars = nullptr;
    RelativeRmseView* m_heatmap = nullptr;
    Table1View* m_table1 = nullptr;
    ModelLibraryWidget* m_library = nullptr;
    FilmLabWidget* m_filmLab = nullptr;
    QDockWidget* m_filmLabDock = nullptr;
    QDockWidget* m_table1Dock = nullptr;
};

} // namespace fluxlens
