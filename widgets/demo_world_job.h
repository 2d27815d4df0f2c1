#pragma once

#include <QString>

namespace fluxlens {

class JobReporter;

// Where the GUI keeps the demo world: <user data folder>/demo-world/{files/, fluxlens-demo.sqlite}.
QString demoWorldFolder();
QString demoWorldCachePath();

// Generates the demo world and imports it into the demo cache (for a BackgroundJob). Returns an
// error message, empty on success. A cache that already holds the demo sites is left as it is.
QString buildDemoWorld(JobReporter& reporter);

} // namespace fluxlens
