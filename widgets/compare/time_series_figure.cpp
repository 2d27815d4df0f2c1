// The time series view as a publication figure (File ▸ Export, fluxlens --export timeseries).
#include "cache/cache.h"
#include "chart_palette.h"
#include "chart_theme.h"
#include "class_bars_chart.h"
#include "common/dates.h"
#include "compare_data.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "figure_support.h"
#include "koppen_colors.h"
#include "relative_rmse_model.h"
#include "site_scatter_chart.h"
#include "table1_model.h"
#include "time_series_chart.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>

namespace fluxlens {
using namespace figure_support;

ViewFigure timeSeriesFigure(std::shared_ptr<const SiteTimeSeries> data,
                            const FigureChoices& choices) {
    if (!data)
        fail(FigureExports::tr("no site chosen for the time series"));
    if (!data->error.isEmpty())
        fail(data->error);
    if (data->isEmpty())
        fail(FigureExports::tr("%1: no daily data in the cache").arg(data->siteId));
    const double first = std::isfinite(choices.firstDay) ? choices.firstDay : data->firstDay();
    const double last = std::isfinite(choices.lastDay) ? choices.lastDay : data->lastDay() + 1.0;
    QStringList names;
    for (const FluxSeries& s : data->series(choices.target))
        if (!choices.hiddenSeries.contains(s.name))
            names << s.name;
    ViewFigure f;
    f.title =
        FigureExports::tr("%1 %2 at %3")
            .arg(fluxTargetName(choices.target), FigureExports::tr("time series"), data->siteId);
    f.description = FigureExports::tr("Site %1; series: %2; period %3 to %4; metric: %5 %6 (%7)")
                        .arg(data->siteId, names.join(QStringLiteral(", ")), isoDate(first),
                             isoDate(std::max(first, last - 1.0)), fluxTargetName(choices.target),
                             aggregationName(choices.aggregation), fluxUnit());
    f.paint = [data, choices, first, last](QPainter& p, const QSizeF& size,
                                           const FigureSpec& spec) {
        TimeSeriesChart chart;
        chart.setTarget(choices.target);
        chart.setAggregation(choices.aggregation);
        chart.setData(data);
        for (const QString& name : choices.hiddenSeries)
            chart.setSeriesVisible(name, false);
        chart.setDayRange(first, last);
        // The date axis places its calendar ticks by the width the figure gives it.
        const ChartTheme theme = printTheme(spec);
        applyChartTheme(chart, theme);
        renderChart(chart, p, QRectF(QPointF(0, 0), size), theme);
    };
    f.writeCsv = [data, choices, first, last](const QString& path) {
        // One row per period in the range: each shown series' mean, and its ±1σ where it has one.
        struct Column {
            QString name;
            std::map<int, double> values;
        };
        std::vector<Column> columns;
        std::map<int, int> lengths;
        for (const FluxSeries& s : data->series(choices.target)) {
            if (choices.hiddenSeries.contains(s.name))
                continue;
            const auto add = [&](const QString& name, const std::vector<double>& values) {
                const AggregatedSeries a = aggregate(s.days, values, choices.aggregation);
                Column column{name, {}};
                for (std::size_t i = 0; i < a.startDays.size(); ++i) {
                    if (a.startDays[i] + a.lengths[i] <= first || a.startDays[i] >= last)
                        continue;
                    column.values[a.startDays[i]] = a.values[i];
                    lengths[a.startDays[i]] = a.lengths[i];
                }
                columns.push_back(std::move(column));
            };
            add(s.name, s.mean);
            if (s.hasBand())
                add(s.name + QStringLiteral(" sd"), s.sd);
        }
        const bool daily = choices.aggregation == Aggregation::Daily;
        writeText(path, [&](QTextStream& out) {
            out << "period_start,period_days";
            for (const Column& c : columns)
                out << ',' << csvField(c.name);
            if (daily)
                out << ",low_qc";
            out << '\n';
            for (const auto& [start, length] : lengths) {
                out << isoDate(start) << ',' << length;
                for (const Column& c : columns) {
                    const auto it = c.values.find(start);
                    out << ',' << (it == c.values.end() ? QString() : csvNumber(it->second));
                }
                if (daily)
                    out << ','
                        << (std::binary_search(data->lowQcDays.begin(), data->lowQcDays.end(),
                                               start)
                                ? 1
                                : 0);
                out << '\n';
            }
        });
    };
    return f;
}

} // namespace fluxlens
