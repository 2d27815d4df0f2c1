#pragma once

class QAction;
class QMenu;

namespace fluxlens {

class AppSettings;
class WorldMapWidget;

// View ▸ Projection: the map projections, the checked one kept in `settings`.
void fillProjectionMenu(QMenu* menu, AppSettings* settings);
// View ▸ Colour towers by: Köppen–Geiger class, IGBP land cover and `metricColouring` (which
// declines without metrics; the menu then falls back to Köppen).
void fillColourMenu(QMenu* menu, WorldMapWidget* map, QAction* metricColouring);

} // namespace fluxlens
