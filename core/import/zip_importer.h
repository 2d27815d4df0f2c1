#pragma once

#include "cache/import_batch.h"
#include "import/import_control.h"

#include <string>

namespace fluxlens {

// A zip archive as FLUXNET, AmeriFlux and ICOS distribute them (one site's _DD_, _HH_, _WW_ ...
// files, ERA-Interim and auxiliary files, sometimes a BIF). Imports, as one batch, the daily file
// of each site (the half-hourly or hourly one when the archive has no daily file) and any site
// table or BIF; the other entries are skipped with a warning. An archive holding exactly one flux
// series takes that series' datasetKey, so a newer release of the archive replaces it.
ImportBatch importZipArchive(const std::string& path, const ImportControl& control);

} // namespace fluxlens
