#pragma once

#include "demo/demo_options.h"
#include "demo_world_paths.h"

#include <QString>

namespace fluxlens {

class CacheConnector;
class JobReporter;

// Generates the demo world and imports it into `demoCache` (for a BackgroundJob; the GUI passes
// demoWorldCachePath()). Returns an error message, empty on success. A cache that already holds
// the demo sites is left as it is.
QString buildDemoWorld(const CacheConnector& demoCache, const demo::DemoOptions& options,
                       JobReporter& reporter);

} // namespace fluxlens
