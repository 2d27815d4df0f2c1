#include "analysis_docks.h"

#include "app_settings.h"
#include "class_bars_chart.h"
#include "class_bars_view.h"
#include "compare_data.h"
#include "fluxlens_config.h"
#include "map/world_map_widget.h"
#include "metric_choice_bar.h"
#include "metric_map_coloring.h"
#include "relative_rmse_view.h"
#include "session/cache_session.h"
#include "site_metrics_view.h"
#include "site_scatter_view.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "table1_view.h"
#include "time_series_chart.h"
#include "time_series_view.h"
#include "view_export.h"
#include "view_figures.h"
#if FLUXLENS_HAVE_ML
#include "film_lab_widget.h"
#include "model_library_widget.h"
#include "train_dialog.h"
#if FLUXLENS_HAVE_EXPERIMENT
#include "experiment_dialog.h"
#endif
#endif

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <algorithm>
#include <memory>
#include <stdexcept>

namespace fluxlens {

AnalysisDocks::AnalysisDocks(QMainWindow* window, CacheSession* session, SiteTableModel* sites,
                             SiteFilter* filter, SiteSelection* selection, WorldMapWidget* map)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_sites(sites)
    , m_filter(filter)
    , m_selection(selection)
    , m_map(map) {
    m_metricColouring = new QAction(tr("RMSE improvement over the reference"), this);
    m_metricColouring->setCheckable(true);
    connect(m_metricColouring, &QAction::triggered, this, &AnalysisDocks::applyMetricColouring);
    createCompareDocks();
    createModelDocks();
    for (int i = 1; i < m_docks.size(); ++i)
        if (m_docks[i] != m_filmLabDock)
            m_window->tabifyDockWidget(m_docks.first(), m_docks[i]);
    if (!m_docks.isEmpty())
        m_docks.first()->raise();
}

QDockWidget* AnalysisDocks::addDock(QWidget* widget, const QString& title,
                                    const QString& objectName) {
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    // Scrolling instead of imposing the view's minimum size on the whole window.
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(widget);
    dock->setWidget(scroll);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_docks.append(dock);
    return dock;
}

bool AnalysisDocks::hasModelWidgets() const {
    return m_library != nullptr;
}

void AnalysisDocks::createCompareDocks() {
    m_compare = new CompareData(m_sites, this);
    m_compare->setSession(m_session);
    connect(m_compare, &CompareData::loadFailed, this, &AnalysisDocks::statusMessage);
    connect(m_compare, &CompareData::metricsChanged, this, [this] {
        if (m_metricColouring->isChecked())
            applyMetricColouring();
    });
    m_timeSeries = new TimeSeriesView(m_compare, m_selection);
    m_scatter = new SiteScatterView(m_compare, m_selection);
    m_classBars = new ClassBarsView(m_compare);
    m_heatmap = new RelativeRmseView(m_compare);
    m_table1 = new Table1View(m_compare);
    addDock(m_timeSeries, tr("Time series"), QStringLiteral("timeSeriesDock"));
    addDock(new SiteMetricsView(m_compare, m_filter, m_selection), tr("Site metrics"),
            QStringLiteral("siteMetricsDock"));
    addDock(m_scatter, tr("Per-site scatter"), QStringLiteral("scatterDock"));
    addDock(m_classBars, tr("Class bars"), QStringLiteral("classBarsDock"));
    addDock(m_heatmap, tr("Relative RMSE"), QStringLiteral("relativeRmseDock"));
    m_table1Dock = addDock(m_table1, tr("Table 1"), QStringLiteral("table1Dock"));
}

void AnalysisDocks::createModelDocks() {
#if FLUXLENS_HAVE_ML
    m_library = new ModelLibraryWidget(m_session);
    m_filmLab = new FilmLabWidget(m_selection, m_session);
    addDock(m_library, tr("Model library"), QStringLiteral("modelLibraryDock"));
    // The FiLM lab's γ/β charts need more height than the bottom dock area has: it is a window
    // of its own (a floating dock), shown from the Models menu or the model library.
    m_filmLabDock = addDock(m_filmLab, tr("FiLM lab"), QStringLiteral("filmLabDock"));
    m_filmLabDock->setFloating(true);
    m_filmLabDock->hide();
    connect(m_library, &ModelLibraryWidget::trainRequested, this, &AnalysisDocks::openTrainDialog);
    connect(m_library, &ModelLibraryWidget::filmLabRequested, this, [this](const QString& name) {
        m_filmLab->openModel(name);
        showFilmLab();
    });
#endif
}

void AnalysisDocks::fillModelsMenu(QMenu* menu) {
#if FLUXLENS_HAVE_ML
    menu->addAction(tr("&Train a model…"), this, &AnalysisDocks::openTrainDialog);
    menu->addAction(tr("&Evaluate all models"), m_library, &ModelLibraryWidget::evaluateModels);
#if FLUXLENS_HAVE_EXPERIMENT
    menu->addAction(tr("Run the paper's e&xperiment…"), this, &AnalysisDocks::openExperimentDialog);
#endif
    menu->addSeparator();
    for (QDockWidget* dock : m_docks)
        if (dock->isAncestorOf(m_library))
            menu->addAction(dock->toggleViewAction());
    menu->addAction(tr("&FiLM lab"), this, &AnalysisDocks::showFilmLab);
#else
    menu->setToolTipsVisible(true);
    QAction* none = menu->addAction(tr("Training needs LibTorch"));
    none->setEnabled(false);
    none->setToolTip(
        tr("This build was made without LibTorch: rebuild with libtorch-dev installed"));
#endif
}

void AnalysisDocks::fillExportMenu(QMenu* menu) {
    const std::pair<QString, QString> entries[] = {{tr("&Time series…"), tr("time series")},
                                                   {tr("Per-site &scatter…"), tr("scatter")},
                                                   {tr("&Class bars…"), tr("class bars")},
                                                   {tr("Relative RMSE &heatmap…"), tr("heatmap")},
                                                   {tr("Table &1 (LaTeX, CSV)…"), tr("Table 1")},
                                                   {tr("Table 1 as a &figure…"), tr("Table 1")}};
    const char* stems[] = {"fluxlens-timeseries", "fluxlens-scatter", "fluxlens-class-bars",
                           "fluxlens-heatmap",    "fluxlens-table1",  "fluxlens-table1"};
    menu->setToolTipsVisible(true);
    for (int i = 0; i < 6; ++i) {
        QAction* action = menu->addAction(entries[i].first);
        connect(action, &QAction::triggered, this,
                [this, i, name = entries[i].second, stem = QString::fromLatin1(stems[i])] {
                    exportFigure(name, stem, i);
                });
    }
}

void AnalysisDocks::exportFigure(const QString& figureName, const QString& fileStem, int which) {
    const auto status = [this](const QString& message) { Q_EMIT statusMessage(message); };
    if (which == 4) {
        exportTable1(m_window, m_session->connector(), *m_compare, m_table1->choices()->reference(),
                     status, [this](BackgroundJob* job) { Q_EMIT jobStarted(job); });
        return;
    }
    // The figure shows what the view shows: its choices, range and legend toggles.
    const auto build = [this, which]() -> ViewFigure {
        FigureChoices c;
        c.selectedSites = m_selection->selectedIds();
        switch (which) {
        case 0: {
            const TimeSeriesChart* chart = m_timeSeries->chart();
            if (!chart->siteData())
                throw std::runtime_error(tr("Select a site first: the time series shows the "
                                            "current site")
                                             .toStdString());
            c.target = chart->target();
            c.aggregation = chart->aggregation();
            c.firstDay = chart->visibleFirstDay();
            c.lastDay = chart->visibleLastDay();
            for (const QString& name : chart->seriesNames())
                if (!chart->isSeriesVisible(name))
                    c.hiddenSeries << name;
            return timeSeriesFigure(std::make_shared<const SiteTimeSeries>(*chart->siteData()), c);
        }
        case 1:
            c.model = m_scatter->choices()->model();
            c.reference = m_scatter->choices()->reference();
            c.target = m_scatter->choices()->target();
            c.qc = m_scatter->choices()->qc();
            return scatterFigure(*m_compare, c);
        case 2:
            c.target = m_classBars->choices()->target();
            c.qc = m_classBars->choices()->qc();
            c.grouping =
                static_cast<SiteGrouping>(m_classBars->groupingChooser()->currentData().toInt());
            return classBarsFigure(*m_compare, c);
        case 3:
            c.reference = m_heatmap->choices()->reference();
            c.target = m_heatmap->choices()->target();
            c.qc = m_heatmap->choices()->qc();
            return heatmapFigure(*m_compare, c);
        default:
            c.model = m_table1->choices()->model();
            c.reference = m_table1->choices()->reference();
            return table1Figure(*m_compare, c);
        }
    };
    exportViewFigure(m_window, figureName, fileStem, build, status);
}

void AnalysisDocks::openTrainDialog() {
#if FLUXLENS_HAVE_ML
    if (!m_session->isOpen()) {
        Q_EMIT statusMessage(tr("Open a cache first: models are trained on its sites"));
        return;
    }
    m_session->read<QStringList>(
        this,
        [](const Cache& cache) {
            QStringList names;
            for (const ModelRecord& m : cache.models())
                names << QString::fromStdString(m.name);
            return names;
        },
        [this](const QStringList& names) {
            auto* dialog = new TrainDialog(m_session, names, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        },
        [this](const QString& message) { Q_EMIT statusMessage(message); });
#endif
}

void AnalysisDocks::openExperimentDialog() {
#if FLUXLENS_HAVE_EXPERIMENT
    if (!m_session->isOpen()) {
        Q_EMIT statusMessage(tr("Open a cache first"));
        return;
    }
    auto* dialog = new ExperimentDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
#endif
}

void AnalysisDocks::showTable1() {
    if (!m_table1Dock)
        return;
    m_table1Dock->show();
    m_table1Dock->raise();
}

void AnalysisDocks::showFilmLab() {
    if (!m_filmLabDock)
        return;
    if (m_filmLabDock->isFloating() && !m_filmLabDock->isVisible()) {
        // Room for the γ/β charts, within the screen the main window is on.
        const QRect screen = m_window->screen()->availableGeometry();
        const QSize size(std::min(1500, screen.width() - 40), std::min(950, screen.height() - 40));
        m_filmLabDock->resize(size);
        m_filmLabDock->move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    m_filmLabDock->show();
    m_filmLabDock->raise();
    m_filmLabDock->activateWindow();
}

void AnalysisDocks::useSettings(AppSettings* settings) {
    if (const auto set = parseSiteSet(settings->scoredSites()))
        m_compare->setSiteSet(*set);
    connect(m_compare, &CompareData::siteSetChanged, settings, [this, settings] {
        settings->setScoredSites(siteSetKey(m_compare->requestedSiteSet()));
    });
}

void AnalysisDocks::applyMetricColouring() {
    if (m_compare->models().isEmpty() || m_compare->references().isEmpty()) {
        Q_EMIT statusMessage(
            tr("No metrics of a model and a reference product yet: train and evaluate "
               "models first (Models menu)"));
        if (m_map->colorMode() == MapColorMode::Custom)
            m_map->setColorMode(MapColorMode::Koppen);
        m_metricColouring->setChecked(false);
        return;
    }
    MetricMapColoring::Choice choice;
    choice.model = m_compare->primaryModel();
    choice.reference = m_compare->references().first();
    auto coloring = std::make_shared<MetricMapColoring>(m_compare->metrics(), choice);
    m_map->setCustomColoring(
        {[coloring](const SiteRecord& r) { return coloring->color(r.id()); }, coloring->legend()});
    m_metricColouring->setChecked(true);
    Q_EMIT statusMessage(tr("Towers coloured by the GPP RMSE improvement of %1 over %2")
                             .arg(choice.model, choice.reference));
}

} // namespace fluxlens
