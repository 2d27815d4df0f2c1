#pragma once

#include "demo/demo_options.h"

#include <QString>

namespace fluxlens {

class CacheConnector;
class JobReporter;

// Where the GUI keeps the demo world: <user data folder>/demo-world/{files/, fluxlens-demo.sqlite}.
QString demoWorldFolder();
QString demoWorldCachePath();
// How the window names a cache: "Demo world" for the demo's (its folder is an implementation
// detail, a temporary one under tests), the path for any other.
QString cacheDisplayName(const QString& cachePath);

// Generates the demo world and imports it into `demoCache` (for a BackgroundJob; the GUI passes
// demoWorldCachePath()). Returns an error message, empty on success. A cache that already holds
// the demo sites is left as it is.
QString buildDemoWorld(const CacheConnector& demoCache, const demo::DemoOptions& options,
                       JobReporter& reporter);

} // namespace fluxlens
