#pragma once

// What the figures of the comparison views share: CSV writing, chart layout and rendering in
// the print theme, the wrapped legend and table painting. Private to the figure code
// (*_figure.cpp beside each view).

#include "chart_theme.h"
#include "view_figures.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QPen>
#include <QTextStream>
#include <functional>
#include <vector>

class QAbstractItemModel;
class QChart;
class QPainter;
class QRectF;

namespace fluxlens::figure_support {

// Charts and tables are laid out in pixels, this many per point, then scaled onto the figure:
// whole-pixel fonts and pen widths then come out at fractional point sizes.
constexpr double kChartPxPerPt = 2.0;
constexpr double kTablePxPerPt = 4.0;

// A class, so that lupdate files the strings of this file's free functions under the
// context tr() looks them up with.
struct FigureExports {
    Q_DECLARE_TR_FUNCTIONS(FigureExports)
};

[[noreturn]] void fail(const QString& message);

// A legend entry taken from the chart: Qt Charts' own legend truncates labels that do not fit on
// one row; the figure's legend wraps onto as many rows as it needs instead.
struct LegendEntry {
    QBrush brush;
    QPen pen;
    QString label;
    QColor text;
};

QString isoDate(double day);

QString csvField(QString text);

QString csvNumber(double v);

void writeText(const QString& path, const std::function<void(QTextStream&)>& write);

QString qcText(QcChoice qc);

QString aggregationName(Aggregation a);

std::vector<LegendEntry> takeLegend(QChart& chart);

double layOutLegend(const std::vector<LegendEntry>& entries, const QFont& font, double width,
                    QPainter* painter = nullptr, double top = 0.0);

void layOutChart(QChart& chart, const QSizeF& size);

void renderChart(QChart& chart, QPainter& painter, const QRectF& target, const ChartTheme& theme);

ChartTheme printTheme(const FigureSpec& spec);

void requireMetrics(const CompareData& data);

QString scoredSitesNote(const CompareData& data);

QString chosenReference(const CompareData& data, const FigureChoices& c);

QString chosenModel(const CompareData& data, const FigureChoices& c);

double paintTable(QPainter& p, const QRectF& area, const QAbstractItemModel& model, QFont font,
                  const QColor& text, const QColor& rule);

void paintTableFigure(QPainter& p, const QSizeF& size_pt, const FigureSpec& spec,
                      const QString& title, const QStringList& footer,
                      const std::function<double(QPainter&, const QRectF&, const QFont&)>& body);

} // namespace fluxlens::figure_support
