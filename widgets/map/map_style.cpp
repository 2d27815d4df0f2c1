#include "map_style.h"

#include <QGuiApplication>
#include <QPalette>

namespace fluxlens {

MapStyle MapStyle::screen(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    MapStyle s;
    s.background = palette.color(QPalette::Window);
    if (dark) {
        s.ocean = QColor(28, 38, 52);
        s.land = QColor(70, 74, 70);
        s.landEdge = QColor(95, 100, 95);
        s.graticule = QColor(255, 255, 255, 40);
        s.outline = QColor(140, 150, 160);
        s.legendBackground = QColor(30, 30, 30, 220);
    } else {
        s.ocean = QColor(214, 230, 242);
        s.land = QColor(236, 232, 222);
        s.landEdge = QColor(170, 165, 150);
        s.graticule = QColor(0, 0, 0, 35);
        s.outline = QColor(110, 120, 130);
        s.legendBackground = QColor(255, 255, 255, 225);
    }
    s.text = palette.color(QPalette::WindowText);
    s.selection = palette.color(QPalette::Highlight);
    s.font = QGuiApplication::font();
    return s;
}

MapStyle MapStyle::print() {
    MapStyle s;
    s.background = Qt::white;
    s.ocean = QColor(226, 238, 247);
    s.land = QColor(238, 236, 230);
    s.landEdge = QColor(150, 146, 135);
    s.graticule = QColor(0, 0, 0, 45);
    s.outline = QColor(60, 60, 60);
    s.text = Qt::black;
    s.legendBackground = QColor(255, 255, 255, 235);
    s.selection = QColor(0, 0, 0);
    s.font = QFont(QStringLiteral("DejaVu Sans"), 8);
    return s;
}

} // namespace fluxlens
