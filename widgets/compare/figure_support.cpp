#include "figure_support.h"

#include "cache/cache.h"
#include "chart_palette.h"
#include "chart_theme.h"
#include "class_bars_chart.h"
#include "common/dates.h"
#include "compare_data.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
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
namespace figure_support {
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
                    QPainter* painter, double top) {
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
} // namespace figure_support

QString defaultReference(const CompareData& data) {
    const QStringList references = data.references();
    if (references.contains(QStringLiteral("FLUXCOM-X-BASE")))
        return QStringLiteral("FLUXCOM-X-BASE");
    return references.value(0);
}

} // namespace fluxlens
