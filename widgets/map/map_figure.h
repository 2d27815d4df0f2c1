#pragma once

#include "export/figure_spec.h"
#include "map/map_renderer.h"
#include "map/raster_renderer.h"

#include <QString>
#include <vector>

namespace fluxlens {

class MapScene;
class MapViewport;
struct SiteRecord;

// The map as a publication figure: print colours whatever the UI theme, sizes in points.
struct MapFigure {
    const MapScene* scene = nullptr;
    const MapViewport* viewport = nullptr;
    std::vector<TowerMarker> towers;
    MapLegend legend;
    RasterPicture raster; // the gridded layer under the towers, with its colour bar; may be null
    std::vector<const SiteRecord*> sites; // the towers' records, for the CSV

    void paint(QPainter& painter, const QSizeF& size_pt, const FigureSpec& spec) const;
    // One row per tower shown: id, name, lat, lon, igbp, koppen, koppen_source, network, selected.
    void writeCsv(const QString& path) const; // throws std::runtime_error naming the file
    QString description() const;
};

} // namespace fluxlens
