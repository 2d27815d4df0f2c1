#include "command.h"
#include "fluxlens_config.h"

#include <gdal.h>
#include <iostream>
#include <proj.h>
#include <sqlite3.h>

namespace fluxlens::cli {
namespace {
int runVersion(std::span<const std::string>) {
    std::cout << "fluxlens-cli " << FLUXLENS_VERSION << "\n"
              << "GDAL " << GDALVersionInfo("RELEASE_NAME") << "\n"
              << "PROJ " << proj_info().release << "\n"
              << "SQLite " << sqlite3_libversion() << "\n";
    return 0;
}

const CommandRegistration registration{{"version",
                                        "print the versions of FluxLens and its libraries",
                                        "Usage: fluxlens-cli version", runVersion}};
} // namespace
} // namespace fluxlens::cli
