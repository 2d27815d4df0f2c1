#pragma once

#include "compare_types.h"
#include "export/figure_spec.h"
#include "metric_aggregation.h"
#include "series_aggregation.h"
#include "time_series_data.h"

#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

class QPainter;

namespace fluxlens {

class Cache;

class CompareData;

// A comparison view as a publication figure: how to paint it at any size (in points, print
// theme), its plotted data as CSV, and the SVG/PDF title and description (site, model, period,
// metric). The GUI's File ▸ Export and the headless `fluxlens --export` build it alike.
struct ViewFigure {
    QString title;
    QString description;
    std::function<void(QPainter& painter, const QSizeF& size_pt, const FigureSpec& spec)> paint;
    std::function<void(const QString& csvPath)> writeCsv; // throws std::runtime_error
};

// What the views let the user choose; the headless export uses the defaults unless told.
struct FigureChoices {
    QString model;     // empty: CompareData::primaryModel()
    QString reference; // empty: FLUXCOM-X-BASE when present, else the first reference
    FluxTarget target = FluxTarget::Gpp;
    QcChoice qc = QcChoice::AllDays;
    Aggregation aggregation = Aggregation::Daily;
    SiteGrouping grouping = SiteGrouping::Igbp;
    double firstDay = std::numeric_limits<double>::quiet_NaN(); // NaN: the whole record
    double lastDay = std::numeric_limits<double>::quiet_NaN();
    QStringList hiddenSeries; // time series entries switched off in the legend
    QSet<QString> selectedSites;
};

// The reference the metric figures compare against when none is chosen.
QString defaultReference(const CompareData& data);

// Each throws std::runtime_error with a message for the user (no metrics yet, unknown model...).
ViewFigure timeSeriesFigure(std::shared_ptr<const SiteTimeSeries> data,
                            const FigureChoices& choices);
ViewFigure scatterFigure(const CompareData& data, const FigureChoices& choices);
ViewFigure classBarsFigure(const CompareData& data, const FigureChoices& choices);
ViewFigure heatmapFigure(const CompareData& data, const FigureChoices& choices);
// Table 1 drawn as a table (PNG/SVG/PDF); its CSV is the one of writeTable1().
ViewFigure table1Figure(const CompareData& data, const FigureChoices& choices);

// Table 1 as LaTeX (.tex) or CSV (.csv) through core/eval's report writers: the evaluation of
// `cache` over the sites that have stored metrics, against `reference` (empty: none). Throws
// std::runtime_error naming the file on failure.
void writeTable1(const QString& path, const Cache& cache, const CompareData& data,
                 const QString& reference);

// The same in steps, for a worker thread: what Table 1 covers, read from the views on the GUI
// thread (throws when there are no metrics yet); the report's text for `path`'s format, computed
// from the cache alone; the file written.
struct Table1Scope {
    std::vector<std::string> siteIds; // the sites with stored metrics
    bool heldOut = false;             // scored on the held-out sites only
    QString reference;                // empty: none
};
Table1Scope table1Scope(const CompareData& data, const QString& reference);
std::string table1Report(const QString& path, const Cache& cache, const Table1Scope& scope);
void writeReportFile(const QString& path, const std::string& bytes);

} // namespace fluxlens
