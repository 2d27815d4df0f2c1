#pragma once

#include <QString>

namespace fluxlens {

// Where the GUI keeps the demo world: <user data folder>/demo-world/{files/, fluxlens-demo.sqlite}.
QString demoWorldFolder();
QString demoWorldCachePath();

// How the window names a cache: "Demo world" for the demo's (its folder is an implementation
// detail, a temporary one under tests and screenshots), the path for any other.
QString cacheDisplayName(const QString& cachePath);
// A file of the demo world as "Demo world › files/demo_sites.csv"; any other path as it is.
QString displayPath(const QString& path);

} // namespace fluxlens
