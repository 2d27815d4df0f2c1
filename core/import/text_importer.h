#pragma once

#include "cache/import_batch.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

// Detects the format of a delimited text file from its name and its header, then imports it:
//  - a FLUXNET-format name (FLX_/AMF_/ICOSETC_..._DD_/_HH_/_HR_..., FLUXNET Shuttle
//    FLUXMET/ERA5/BIF/BIFVARINFO members) -> FLUXNET daily or sub-daily, ERA5 downscaled to the
//    site, BIF metadata; a BIFVARINFO member is checked for units (throws InputError naming the
//    variable) and then skipped; weekly to yearly aggregates, ERA-Interim and auxiliary files
//    throw ImportSkipped with a reason;
//  - a README or data-policy text -> ImportSkipped;
//  - otherwise by header: BADM BIF, MODIS point extract, ERA5-Land point extract, site table.
// Sets batch.importer (and datasetKey for FLUXNET files). `label` names the file in errors,
// `baseName` is the file's name without folders. Throws InputError for unrecognised files.
ImportBatch importTextFile(const std::string& label, std::string_view baseName,
                           std::string_view text, const ImportControl& control);

} // namespace fluxlens
