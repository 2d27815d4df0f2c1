#pragma once

class QAction;
class QMenu;
class QString;
class QWidget;

namespace fluxlens {

class AppSettings;
class WorldMapWidget;

// View ▸ Projection: the map projections, the checked one kept in `settings`.
void fillProjectionMenu(QMenu* menu, AppSettings* settings);
// View ▸ Colour towers by: Köppen–Geiger class, IGBP land cover and `metricColouring` (which
// declines without metrics; the menu then falls back to Köppen).
void fillColourMenu(QMenu* menu, WorldMapWidget* map, QAction* metricColouring);
// View ▸ Köppen map for imports…: asks for a raster with Beck et al. class codes (cancel: the
// shipped map), keeps it in `settings` and returns the status-bar message saying which is used.
QString chooseKoppenMapFile(QWidget* parent, AppSettings* settings);

} // namespace fluxlens
