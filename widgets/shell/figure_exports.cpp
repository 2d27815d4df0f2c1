#include "figure_exports.h"

#include "cache/cache.h"
#include "chart_palette.h"
#include "chart_theme.h"
#include "class_bars_chart.h"
#include "common/dates.h"
#include "compare_data.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "map/koppen_colors.h"
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
namespace {
// Charts and tables are laid out in pixels, this many per point, then scaled onto the figure:
// whole-pixel fonts and pen widths then come out at fractional point sizes.
constexpr double kChartPxPerPt = 2.0;
constexpr double kTablePxPerPt = 4.0;

// A class, so that lupdate files the strings of this file's free functions under the
// context tr() looks them up with.
struct FigureExports {
    Q_DECLARE_TR_FUNCTIONS(FigureExports)
};

[[noreturn]] void fail(const QString& message) {
    throw std::runtime_error(message.toStdString());
}

QString isoDate(double day) {
    return QString::fromStdString(
        formatIsoDate(Day{std::chrono::days{static_cast<int>(std::floor(day))}}));
}

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

QString csvNumber(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 8) : QString();
}

// Opens `path` for writing, runs `write`, checks every byte went out.
void writeText(const QString& path, const std::function<void(QTextStream&)>& write) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    write(out);
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        fail(QStringLiteral("%1: write failed: %2").arg(path, file.errorString()));
}

QString qcText(QcChoice qc) {
    return qc == QcChoice::AllDays ? FigureExports::tr("all days")
                                   : FigureExports::tr("QC = 1 days");
}

QString aggregationName(Aggregation a) {
    switch (a) {
    case Aggregation::Daily:
        return FigureExports::tr("daily");
    case Aggregation::EightDay:
        return FigureExports::tr("8-day means");
    case Aggregation::Monthly:
        return FigureExports::tr("monthly means");
    }
    return {};
}

// A legend entry taken from the chart: Qt Charts' own legend truncates labels that do not fit on
// one row; the figure's legend wraps onto as many rows as it needs instead.
struct LegendEntry {
    QBrush brush;
    QPen pen;
    QString label;
    QColor text;
};

std::vector<LegendEntry> takeLegend(QChart& chart) {
    std::vector<LegendEntry> entries;
    for (QLegendMarker* marker : chart.legend()->markers()) {
        if (!marker->isVisible())
            continue;
        // Labels are rich text ("&lt;").
        entries.push_back({marker->brush(), marker->pen(),
                           QTextDocumentFragment::fromHtml(marker->label()).toPlainText(),
                           marker->labelBrush().color()});
    }
    chart.legend()->setVisible(false);
    return entries;
}

// Lays the entries out in centred rows of `width`; returns the rows' total height, and paints
// them at `top` when a painter is given.
double layOutLegend(const std::vector<LegendEntry>& entries, const QFont& font, double width,
                    QPainter* painter = nullptr, double top = 0.0) {
    if (entries.empty())
        return 0.0;
    const QFontMetricsF fm(font);
    const double box = fm.height() * 0.7, gap = fm.height() * 0.3, spacing = fm.height() * 0.9;
    const double rowHeight = fm.height() * 1.3;
    std::vector<std::vector<std::pair<const LegendEntry*, double>>> rows(1);
    double rowWidth = 0.0;
    for (const LegendEntry& e : entries) {
        const double w = box + gap + fm.horizontalAdvance(e.label);
        if (!rows.back().empty() && rowWidth + spacing + w > width) {
            rows.emplace_back();
            rowWidth = 0.0;
        }
        rowWidth += (rows.back().empty() ? 0.0 : spacing) + w;
        rows.back().push_back({&e, w});
    }
    if (painter) {
        painter->setFont(font);
        double y = top + fm.height() * 0.2;
        for (const auto& row : rows) {
            double total = 0.0;
            for (const auto& [e, w] : row)
                total += w;
            total += spacing * static_cast<double>(row.size() - 1);
            double x = (width - total) / 2.0;
            for (const auto& [e, w] : row) {
                const QRectF square(x, y + (rowHeight - box) / 2.0, box, box);
                painter->setPen(e->pen.style() == Qt::NoPen ? QPen(e->brush.color())
                                                            : QPen(e->pen.color(), 1.0));
                painter->setBrush(e->brush);
                painter->drawRect(square);
                painter->setPen(e->text);
                painter->drawText(QRectF(x + box + gap, y, w, rowHeight),
                                  Qt::AlignLeft | Qt::AlignVCenter, e->label);
                x += w + spacing;
            }
            y += rowHeight;
        }
    }
    return rowHeight * static_cast<double>(rows.size()) + fm.height() * 0.4;
}

// Lays the chart out at the target's size less its legend and paints both there. The chart
// stays the caller's.
void layOutChart(QChart& chart, const QSizeF& size) {
    chart.setMinimumSize(size);
    chart.setMaximumSize(size);
    chart.resize(size);
    if (chart.layout())
        chart.layout()->activate();
    // Qt Charts lays out axes, series and legend items on posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void renderChart(QChart& chart, QPainter& painter, const QRectF& target, const ChartTheme& theme) {
    QGraphicsScene scene;
    scene.addItem(&chart);
    const double width = target.width() * kChartPxPerPt;
    // Laid out once with Qt's legend so its entries know whether they are shown, then again
    // without it in the room the wrapped legend leaves.
    layOutChart(chart, target.size() * kChartPxPerPt);
    const std::vector<LegendEntry> legend = takeLegend(chart);
    const double legendHeight = layOutLegend(legend, theme.font, width);
    const QSizeF size(width, std::max(10.0, target.height() * kChartPxPerPt - legendHeight));
    layOutChart(chart, size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter,
                 QRectF(target.topLeft(), QSizeF(target.width(), size.height() / kChartPxPerPt)),
                 scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(&chart);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(1.0 / kChartPxPerPt, 1.0 / kChartPxPerPt);
    layOutLegend(legend, theme.font, width, &painter, size.height());
    painter.restore();
}

ChartTheme printTheme(const FigureSpec& spec) {
    return ChartTheme::print(static_cast<int>(std::lround(spec.fontSize_pt * kChartPxPerPt)));
}

void requireMetrics(const CompareData& data) {
    if (data.metrics().empty())
        fail(FigureExports::tr(
            "no metrics in the cache yet: evaluate the models first (Models ▸ Evaluate all "
            "models, or fluxlens-cli evaluate)"));
}

// Which sites the figure scores, for its description.
QString scoredSitesNote(const CompareData& data) {
    return FigureExports::tr("; sites scored: %1").arg(data.scoredSitesText());
}

QString chosenReference(const CompareData& data, const FigureChoices& c) {
    const QString reference = c.reference.isEmpty() ? defaultReference(data) : c.reference;
    if (reference.isEmpty())
        fail(
            FigureExports::tr("no reference product with metrics in the cache to compare against"));
    if (!data.allNames().contains(reference))
        fail(FigureExports::tr("no metrics of '%1'; the cache has metrics of: %2")
                 .arg(reference, data.allNames().join(QStringLiteral(", "))));
    return reference;
}

QString chosenModel(const CompareData& data, const FigureChoices& c) {
    const QString model = c.model.isEmpty() ? data.primaryModel() : c.model;
    if (model.isEmpty())
        fail(FigureExports::tr(
            "no model with metrics in the cache yet: train and evaluate a model first"));
    if (!data.allNames().contains(model))
        fail(FigureExports::tr("no metrics of a model '%1'; the cache has metrics of: %2")
                 .arg(model, data.allNames().join(QStringLiteral(", "))));
    return model;
}

// A table model drawn as a table: header row, row names, cells with their background and
// foreground roles. Shrinks the font until the table fits `area` (layout pixels).
double paintTable(QPainter& p, const QRectF& area, const QAbstractItemModel& model, QFont font,
                  const QColor& text, const QColor& rule) {
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    const auto measure = [&](const QFont& f, std::vector<double>& widths, double& rowHeight,
                             double& headerHeight) {
        const QFontMetricsF fm(f);
        const double pad = fm.height() * 0.6;
        widths.assign(static_cast<std::size_t>(columns) + 1, 0.0);
        int headerLines = 1;
        for (int r = 0; r < rows; ++r)
            widths[0] = std::max(
                widths[0], fm.horizontalAdvance(model.headerData(r, Qt::Vertical).toString()));
        for (int c = 0; c < columns; ++c) {
            const QStringList lines =
                model.headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
            headerLines = std::max(headerLines, static_cast<int>(lines.size()));
            double w = 0.0;
            for (const QString& line : lines)
                w = std::max(w, fm.horizontalAdvance(line));
            for (int r = 0; r < rows; ++r)
                w = std::max(w, fm.horizontalAdvance(model.index(r, c).data().toString()));
            widths[static_cast<std::size_t>(c) + 1] = w;
        }
        for (double& w : widths)
            w += pad;
        rowHeight = fm.height() * 1.5;
        headerHeight = fm.height() * headerLines + fm.height() * 0.5;
    };
    std::vector<double> widths;
    double rowHeight = 0.0, headerHeight = 0.0;
    for (;;) {
        measure(font, widths, rowHeight, headerHeight);
        double total = 0.0;
        for (double w : widths)
            total += w;
        const double height = headerHeight + rowHeight * rows;
        if ((total <= area.width() && height <= area.height()) || font.pixelSize() <= 4)
            break;
        font.setPixelSize(font.pixelSize() - 1);
    }
    p.setFont(font);
    double x = area.left();
    std::vector<double> left;
    for (double w : widths) {
        left.push_back(x);
        x += w;
    }
    const double right = x;
    double y = area.top();
    p.setPen(text);
    for (int c = 0; c < columns; ++c) {
        const auto k = static_cast<std::size_t>(c) + 1;
        p.drawText(QRectF(left[k], y, widths[k], headerHeight), Qt::AlignCenter,
                   model.headerData(c, Qt::Horizontal).toString());
    }
    y += headerHeight;
    p.setPen(QPen(rule, 1.5));
    p.drawLine(QPointF(area.left(), y), QPointF(right, y));
    for (int r = 0; r < rows; ++r) {
        p.setPen(text);
        p.drawText(QRectF(left[0], y, widths[0], rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   model.headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < columns; ++c) {
            const auto k = static_cast<std::size_t>(c) + 1;
            const QModelIndex index = model.index(r, c);
            const QRectF cell(left[k], y, widths[k], rowHeight);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (background.canConvert<QBrush>())
                p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), background.value<QBrush>());
            const QVariant foreground = index.data(Qt::ForegroundRole);
            p.setPen(foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color() : text);
            p.drawText(cell.adjusted(2, 0, -2, 0), Qt::AlignCenter, index.data().toString());
        }
        y += rowHeight;
    }
    p.setPen(QPen(rule, 1.5));
    p.drawLine(QPointF(area.left(), y), QPointF(right, y));
    return y;
}

// Paints a title, calls `body` with the area left (in table layout pixels; it returns the bottom
// of what it drew), then the footer lines below, wrapped to the width.
void paintTableFigure(QPainter& p, const QSizeF& size_pt, const FigureSpec& spec,
                      const QString& title, const QStringList& footer,
                      const std::function<double(QPainter&, const QRectF&, const QFont&)>& body) {
    p.save();
    p.scale(1.0 / kTablePxPerPt, 1.0 / kTablePxPerPt);
    const QRectF all(QPointF(0, 0), size_pt * kTablePxPerPt);
    p.fillRect(all, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(4, static_cast<int>(std::lround(spec.fontSize_pt * kTablePxPerPt))));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const double margin = fm.height() * 0.6;
    QRectF area = all.adjusted(margin, margin, -margin, -margin);
    const QColor ink(20, 20, 20);
    p.setPen(ink);
    p.setFont(bold);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF titleRect = QFontMetricsF(bold).boundingRect(area, flags, title);
    p.drawText(area, flags, title);
    area.setTop(titleRect.bottom() + fm.height() * 0.6);
    const QString footerText = footer.join(QLatin1Char('\n'));
    const double footerHeight =
        footer.isEmpty() ? 0.0 : fm.boundingRect(area, flags, footerText).height();
    area.setBottom(area.bottom() - footerHeight - fm.height() * 0.5);
    const double bottom = body(p, area, font);
    if (!footer.isEmpty()) {
        p.setFont(font);
        p.setPen(ink);
        p.drawText(QRectF(area.left(), bottom + fm.height() * 0.5, area.width(), footerHeight + 2),
                   flags, footerText);
    }
    p.restore();
}
} // namespace

QString defaultReference(const CompareData& data) {
    const QStringList references = data.references();
    if (references.contains(QStringLiteral("FLUXCOM-X-BASE")))
        return QStringLiteral("FLUXCOM-X-BASE");
    return references.value(0);
}

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

ViewFigure scatterFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QString model = chosenModel(data, choices);
    const QString reference = chosenReference(data, choices);
    auto rmse = std::make_shared<std::vector<ScatterPoint>>(
        scatterPoints(data.metrics(), data.sites(), model, reference, choices.target, choices.qc,
                      ScatterMetric::Rmse));
    auto r2 = std::make_shared<std::vector<ScatterPoint>>(
        scatterPoints(data.metrics(), data.sites(), model, reference, choices.target, choices.qc,
                      ScatterMetric::R2));
    if (rmse->empty())
        fail(FigureExports::tr("no site has %1 metrics of both %2 and %3")
                 .arg(fluxTargetName(choices.target), model, reference));
    ViewFigure f;
    f.title = FigureExports::tr("%1 against %2 per site").arg(model, reference);
    f.description =
        FigureExports::tr(
            "Sites: %1 with metrics of both; model %2 against %3; period: each site's "
            "evaluated days (%4); metric: %5 RMSE (%6) and R²")
            .arg(rmse->size())
            .arg(model, reference, qcText(choices.qc), fluxTargetName(choices.target), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [=](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        const double half = size.width() / 2.0;
        int panel = 0;
        for (const auto& [metric, points] :
             {std::pair{ScatterMetric::Rmse, rmse}, std::pair{ScatterMetric::R2, r2}}) {
            SiteScatterChart chart(metric);
            chart.setSelectedSites(choices.selectedSites);
            chart.setPoints(*points, model, reference, choices.target);
            const ChartTheme theme = printTheme(spec);
            applyChartTheme(chart, theme);
            renderChart(chart, p, QRectF(half * panel++, 0, half, size.height()), theme);
        }
    };
    f.writeCsv = [=](const QString& path) {
        std::map<QString, const ScatterPoint*> byR2;
        for (const ScatterPoint& point : *r2)
            byR2[point.siteId] = &point;
        writeText(path, [&](QTextStream& out) {
            out << "site_id,koppen,target,qc,model,reference,model_rmse,reference_rmse,model_r2,"
                   "reference_r2,selected\n";
            for (const ScatterPoint& point : *rmse) {
                const auto it = byR2.find(point.siteId);
                const std::string_view koppen = koppenCode(point.koppen);
                out << csvField(point.siteId) << ','
                    << QString::fromUtf8(koppen.data(), static_cast<qsizetype>(koppen.size()))
                    << ',' << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ',' << csvField(model)
                    << ',' << csvField(reference) << ',' << csvNumber(point.modelValue) << ','
                    << csvNumber(point.referenceValue) << ','
                    << (it == byR2.end() ? QString() : csvNumber(it->second->modelValue)) << ','
                    << (it == byR2.end() ? QString() : csvNumber(it->second->referenceValue)) << ','
                    << (choices.selectedSites.contains(point.siteId) ? 1 : 0) << '\n';
            }
        });
    };
    return f;
}

ViewFigure classBarsFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    QStringList names = data.allNames();
    if (!choices.model.isEmpty())
        names = QStringList{chosenModel(data, choices)} + data.references();
    names.removeDuplicates();
    auto stats = std::make_shared<std::vector<ClassStat>>(classStats(
        data.metrics(), data.sites(), names, choices.target, choices.qc, choices.grouping));
    if (stats->empty())
        fail(FigureExports::tr("no site with %1 metrics of %2")
                 .arg(fluxTargetName(choices.target), names.join(QStringLiteral(", "))));
    const QString groupName = choices.grouping == SiteGrouping::Igbp ? FigureExports::tr("IGBP")
                                                                     : FigureExports::tr("Köppen");
    ViewFigure f;
    f.title = FigureExports::tr("Mean %1 RMSE by %2 class")
                  .arg(fluxTargetName(choices.target), groupName);
    f.description =
        FigureExports::tr("Sites: all with metrics, by %1 class; models: %2; period: each site's "
                          "evaluated days (%3); metric: mean %4 RMSE (%5) ± 1 sd across sites")
            .arg(groupName, names.join(QStringLiteral(", ")), qcText(choices.qc),
                 fluxTargetName(choices.target), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [=](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        ClassBarsChart chart;
        chart.setStats(*stats, names, choices.grouping, choices.target, choices.qc);
        const ChartTheme theme = printTheme(spec);
        applyChartTheme(chart, theme);
        renderChart(chart, p, QRectF(QPointF(0, 0), size), theme);
    };
    f.writeCsv = [=](const QString& path) {
        writeText(path, [&](QTextStream& out) {
            out << "grouping,class,model,target,qc,sites,mean_rmse,sd_rmse,mean_r2,days\n";
            for (const ClassStat& s : *stats)
                out << (choices.grouping == SiteGrouping::Igbp ? "igbp" : "koppen") << ','
                    << csvField(siteClassLabel(s.classCode, choices.grouping)) << ','
                    << csvField(s.model) << ',' << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ',' << s.sites << ','
                    << csvNumber(s.meanRmse) << ',' << csvNumber(s.sdRmse) << ','
                    << csvNumber(s.meanR2) << ',' << s.samples << '\n';
        });
    };
    return f;
}

ViewFigure heatmapFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QString reference = chosenReference(data, choices);
    QStringList models =
        choices.model.isEmpty() ? data.models() : QStringList{chosenModel(data, choices)};
    models.removeAll(reference);
    if (models.isEmpty())
        fail(FigureExports::tr("no model other than %1 with metrics to compare").arg(reference));
    auto cells = std::make_shared<std::vector<RelativeRmseCell>>(
        relativeRmseByClass(data.metrics(), data.sites(), models, reference, choices.target,
                            choices.qc, SiteGrouping::Igbp));
    if (cells->empty())
        fail(
            FigureExports::tr("no IGBP class with %1 metrics of both %2 and %3")
                .arg(fluxTargetName(choices.target), models.join(QStringLiteral(", ")), reference));
    ViewFigure f;
    f.title = FigureExports::tr("Relative %1 RMSE against %2 by IGBP class")
                  .arg(fluxTargetName(choices.target), reference);
    f.description =
        FigureExports::tr("Sites: all with metrics of both, by IGBP class; models: %1 against %2; "
                          "period: each site's evaluated days (%3); metric: relative %4 RMSE, "
                          "(RMSE_ref − RMSE_model) / RMSE_ref")
            .arg(models.join(QStringLiteral(", ")), reference, qcText(choices.qc),
                 fluxTargetName(choices.target)) +
        scoredSitesNote(data);
    f.paint = [=, title = f.title](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        RelativeRmseModel model;
        model.setCells(*cells, models, reference, SiteGrouping::Igbp);
        const QStringList footer = {
            FigureExports::tr("(RMSE_ref − RMSE_model) / RMSE_ref, %1; blue: the model is better")
                .arg(qcText(choices.qc))};
        paintTableFigure(
            p, size, spec, title, footer,
            [&](QPainter& painter, const QRectF& area, const QFont& font) {
                // The table, then its colour key below it.
                const QFontMetricsF fm(font);
                const double keyHeight = fm.height() * 1.2;
                const double tableBottom =
                    paintTable(painter, area.adjusted(0, 0, 0, -keyHeight - fm.height() * 0.6),
                               model, font, QColor(20, 20, 20), QColor(60, 60, 60));
                const QString lo =
                    QStringLiteral("−%1 %").arg(RelativeRmseModel::kSaturation * 100);
                const QString hi =
                    QStringLiteral("+%1 %").arg(RelativeRmseModel::kSaturation * 100);
                const QRectF key(area.left() + fm.horizontalAdvance(lo) + fm.height() * 0.3,
                                 tableBottom + fm.height() * 0.6,
                                 std::min(area.width() / 3.0, fm.height() * 14.0), keyHeight * 0.7);
                const int steps = 64;
                for (int i = 0; i < steps; ++i) {
                    const double t = 2.0 * (i + 0.5) / steps - 1.0;
                    painter.fillRect(QRectF(key.left() + key.width() * i / steps, key.top(),
                                            key.width() / steps + 0.5, key.height()),
                                     divergingColor(t));
                }
                painter.setFont(font);
                painter.setPen(QColor(20, 20, 20));
                painter.drawText(QRectF(area.left(), key.top() - keyHeight, area.width(),
                                        key.height() + 2 * keyHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, lo);
                painter.drawText(QRectF(key.right() + fm.height() * 0.3, key.top() - keyHeight,
                                        area.width(), key.height() + 2 * keyHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, hi);
                return key.bottom();
            });
    };
    f.writeCsv = [=](const QString& path) {
        writeText(path, [&](QTextStream& out) {
            out << "class,model,reference,target,qc,relative_rmse,sites,days\n";
            for (const RelativeRmseCell& c : *cells)
                out << csvField(siteClassLabel(c.classCode, SiteGrouping::Igbp)) << ','
                    << csvField(c.model) << ',' << csvField(reference) << ','
                    << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ','
                    << csvNumber(c.relativeRmse) << ',' << c.sites << ',' << c.samples << '\n';
        });
    };
    return f;
}

ViewFigure table1Figure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QStringList names = data.allNames();
    const MetricSet* metrics = &data.metrics();
    auto table = std::make_shared<Table1Model>();
    table->setMetrics(*metrics, names);
    QStringList headlines;
    const QString reference =
        choices.reference.isEmpty() ? defaultReference(data) : choices.reference;
    if (!reference.isEmpty())
        headlines = table->headlines(choices.model.isEmpty() ? data.primaryModel() : choices.model,
                                     reference);
    ViewFigure f;
    f.title = data.siteSet() == SiteSet::HeldOut
                  ? FigureExports::tr("Table 1: RMSE and R² averaged across held-out sites")
                  : FigureExports::tr("Table 1: RMSE and R² averaged across sites");
    f.description =
        FigureExports::tr("Sites: %1 with metrics; models: %2; period: each site's evaluated days "
                          "(all days and QC = 1 days); metric: mean GPP and NEE RMSE (%3) and R²")
            .arg(metrics->sites().size())
            .arg(names.join(QStringLiteral(", ")), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [table, headlines, title = f.title](QPainter& p, const QSizeF& size,
                                                  const FigureSpec& spec) {
        paintTableFigure(p, size, spec, title, headlines,
                         [&](QPainter& painter, const QRectF& area, const QFont& font) {
                             return paintTable(painter, area, *table, font, QColor(20, 20, 20),
                                               QColor(60, 60, 60));
                         });
    };
    return f;
}

void writeTable1(const QString& path, const Cache& cache, const CompareData& data,
                 const QString& reference) {
    const QString cachePath = QString::fromStdString(cache.path());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("tex") && suffix != QLatin1String("csv"))
        fail(FigureExports::tr("%1: Table 1 is written as .tex (LaTeX) or .csv").arg(path));
    requireMetrics(data);
    std::ostringstream text;
    try {
        eval::LoadOptions load;
        for (const QString& site : data.metrics().sites())
            load.siteIds.push_back(site.toStdString());
        const eval::EvaluationInput input = eval::loadEvaluationInput(cache, load);
        if (input.sources.empty() || input.sites.empty())
            fail(FigureExports::tr(
                     "%1: nothing to evaluate: no predictions or no flux observations at the "
                     "sites with metrics")
                     .arg(cachePath));
        eval::EvaluationOptions options;
        for (const eval::PredictionSource& s : input.sources)
            if (QString::fromStdString(s.name) == reference)
                options.reference = s.name;
        const eval::EvaluationResult result = eval::evaluate(input, options);
        // In English like the rest of the report (and `fluxlens-cli evaluate --sites heldout`).
        const std::string scored =
            data.siteSet() == SiteSet::HeldOut
                ? "held-out sites only (" + std::to_string(input.sites.size()) + ")"
                : std::string();
        eval::writeReport(text, result,
                          suffix == QLatin1String("tex") ? eval::ReportFormat::Latex
                                                         : eval::ReportFormat::Csv,
                          scored);
    } catch (const std::invalid_argument& e) {
        fail(QStringLiteral("%1: %2").arg(cachePath, QString::fromUtf8(e.what())));
    }
    const std::string bytes = text.str();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.flush())
        fail(QStringLiteral("%1: write failed: %2").arg(path, file.errorString()));
}

} // namespace fluxlens
