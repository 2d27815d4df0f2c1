#pragma once

// GDAL reports through CPLError, which prints to stderr by default; FluxLens readers turn the last
// message into their InputError instead. Shared by the gridded importers and core/grid.

#include <cpl_error.h>

namespace fluxlens {

class QuietGdalErrors {
public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

} // namespace fluxlens
