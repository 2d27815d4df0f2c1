#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace fluxlens {

// Colours and sizes of the map. The screen style follows the UI palette (light or dark); the
// print style is fixed so exported figures look the same whatever the desktop theme.
struct MapStyle {
    QColor background;
    QColor ocean;
    QColor land;
    QColor landEdge;
    QColor graticule;
    QColor outline;
    QColor text;
    QColor legendBackground;
    QColor selection;
    QFont font;
    double markerRadius_px = 4.5;

    static MapStyle screen(const QPalette& palette);
    static MapStyle print();
};

} // namespace fluxlens
