#pragma once

#include "map_style.h"
#include "raster_color_scale.h"
#include "raster_grid_file.h"

#include <QImage>
#include <QSizeF>
#include <QString>

class QPainter;

namespace fluxlens {

class MapScene;
class MapViewport;

// A coloured map layer ready to draw: one image pixel per grid cell, where the grid lies, how its
// values were coloured and what the colour bar says under its title (the date, the files).
struct RasterPicture {
    QImage image;
    RasterGeometry geometry;
    RasterColorScale scale;
    QString caption;
    double opacity = 0.85;

    bool isNull() const { return image.isNull(); }
};

// Draws the raster layer and its colour bar; shared by the widget and the figure export.
namespace RasterRenderer {
// Row by row: the map's projections are pseudocylindrical, so a grid row is a horizontal band in
// which x is linear in longitude. Coastlines and graticule are drawn again over it.
void paintRaster(QPainter& painter, const QSizeF& size, const MapScene& scene,
                 const MapViewport& viewport, const RasterPicture& picture, const MapStyle& style);
QSizeF colorBarSize(const RasterPicture& picture, const MapStyle& style);
// The colour bar in the lower right corner: title with units, caption, gradient and ticks.
void paintColorBar(QPainter& painter, const QSizeF& size, const RasterPicture& picture,
                   const MapStyle& style);
} // namespace RasterRenderer

} // namespace fluxlens
