#pragma once

#include "cache/import_batch.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

class CsvReader;

// FLUXNET/AmeriFlux BADM Interchange Format (BIF): one row per value,
//   SITE_ID,GROUP_ID,VARIABLE_GROUP,VARIABLE,DATAVALUE
// Reads LOCATION_LAT, LOCATION_LONG, LOCATION_ELEV, IGBP, SITE_NAME, CLIMATE_KOEPPEN and
// NETWORK of every site; other variables are ignored. A site without both coordinates is skipped
// with a warning; impossible values are errors naming the line. `delimiter` ';' is the BIF as a
// spreadsheet saves it in locales with a decimal comma: numbers may then use one ("51,11").
ImportBatch importBadmBif(std::string_view text, const std::string& label,
                          const std::string& defaultNetwork, const ImportControl& control,
                          char delimiter = ',');

bool looksLikeBadmBif(const CsvReader& reader);

} // namespace fluxlens
