#pragma once

class QMenu;
class QString;
class QWidget;

namespace fluxlens {

class CacheSession;
class MessageBanner;
class RasterLayerPanel;
class WorldMapWidget;

// View ▸ Open raster layer… and the layer's control panel (returned, for the window to place
// above the map); the layer's errors go to `banner`, its tooltips read the session's towers.
RasterLayerPanel* installRasterLayer(QMenu* view, WorldMapWidget* map, CacheSession* session,
                                     MessageBanner* banner, QWidget* parent);
// Asks for a gridded file and opens it in the map's layer.
void chooseRasterLayerFile(WorldMapWidget* map, QWidget* parent);
// The map and its layer as a figure (File ▸ Export ▸ Map…); returns the status-bar message.
QString exportMapFigure(WorldMapWidget* map, QWidget* parent);

} // namespace fluxlens
