#pragma once

#include "map_style.h"

#include <QColor>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <vector>

class QPainter;

namespace fluxlens {

class MapScene;
class MapViewport;

struct TowerMarker {
    QString id;
    QPointF world; // projected metres
    QColor color;
    bool selected = false;
};

struct LegendEntry {
    QColor color;
    QString label;
    QString tooltip;
};

struct MapLegend {
    QString title;
    std::vector<LegendEntry> entries;
};

// Draws the map; shared by the widget, the figure export and the benchmark.
namespace MapRenderer {
// Ocean, land, graticule and the globe's outline.
void paintBase(QPainter& painter, const QSizeF& size, const MapScene& scene,
               const MapViewport& viewport, const MapStyle& style);
// Towers over the base; selected ones on top with a ring; the hovered one enlarged.
void paintTowers(QPainter& painter, const QSizeF& size, const MapViewport& viewport,
                 const std::vector<TowerMarker>& towers, const MapStyle& style,
                 const QString& hoveredId = {});
// The legend box in the lower left corner.
void paintLegend(QPainter& painter, const QSizeF& size, const MapLegend& legend,
                 const MapStyle& style);
} // namespace MapRenderer

} // namespace fluxlens
