#pragma once

#include <QColor>
#include <QFont>

class QChart;
class QChartView;
class QPalette;

namespace fluxlens {

// Colours and fonts of a comparison chart. The screen theme follows the UI palette (light or
// dark); the print theme is fixed (white background, dark text) so exported figures look the
// same whatever the desktop theme.
struct ChartTheme {
    QColor background;
    QColor text;
    QColor mutedText; // hidden legend entries
    QColor axisLine;
    QColor grid;
    QFont font;      // labels and legend
    QFont titleFont; // chart title

    static ChartTheme screen(const QPalette& palette);
    // Fonts of `fontSize_px` pixels: the figure export lays charts out in pixels of a known size.
    static ChartTheme print(int fontSize_px);
};

// Applies the theme to the chart's background, title, legend and axes. Series colours (the
// colour-blind-safe palette) are left as they are.
void applyChartTheme(QChart& chart, const ChartTheme& theme);
// Applies the screen theme of the view's palette to its chart now and whenever the palette
// changes (light or dark desktop theme).
void followPaletteTheme(QChartView* view);

} // namespace fluxlens
