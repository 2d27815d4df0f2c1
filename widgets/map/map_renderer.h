#pragma once

#include "map_style.h"

#include <QColor>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

class QImage;

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
// The legend box's size on a map of `size`; collapsed: its title row only.
QSizeF legendSize(const QSizeF& size, const MapLegend& legend, const MapStyle& style,
                  bool collapsed = false);
// The legend box with its top left corner at `topLeft` (none: the lower left corner); a
// collapsed one shows its title with a ▸ marker, an expanded one on screen a ▾ marker.
void paintLegend(QPainter& painter, const QSizeF& size, const MapLegend& legend,
                 const MapStyle& style, std::optional<QPointF> topLeft = std::nullopt,
                 bool collapsed = false, bool marker = false);
// Where the legend covers the least land on `base` (the rendered base map: land is
// `style.land`): the corners first, then the middle of the left and right edges.
QPointF legendPlaceOverOcean(const QImage& base, const QSizeF& legendSize, const MapStyle& style);
} // namespace MapRenderer

} // namespace fluxlens
