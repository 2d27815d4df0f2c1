#pragma once

class QMenu;
class QWidget;

namespace fluxlens {

class CacheSession;
class JobsIndicator;
class MessageBanner;
class WorldMapWidget;

// Models ▸ Upscale…: the dialog, the run as a job in the jobs indicator, and when it is done an
// offer in the banner to show the map in the raster layer. Disabled, saying why, in builds
// without the upscaling engine.
void addUpscaleAction(QMenu* models, CacheSession* session, WorldMapWidget* map,
                      JobsIndicator* jobs, MessageBanner* banner, QWidget* parent);

} // namespace fluxlens
