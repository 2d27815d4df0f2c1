#pragma once

#include "cache/import_batch.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

class CsvReader;

// A site metadata table, one row per site. Columns (names matched case-insensitively):
//   site_id | id  (required)      lat | latitude  (required)      lon | long | longitude (required)
//   igbp, koppen, elevation_m | elev | elevation, name | site_name, network  (optional)
// Coordinates outside ±90/±180, unknown IGBP or Köppen codes and repeated site IDs are errors
// naming the line.
ImportBatch importSiteTable(std::string_view text, const std::string& label,
                            const ImportControl& control, char delimiter = ',');

// True when the header names an id, a latitude and a longitude column.
bool looksLikeSiteTable(const CsvReader& reader);

} // namespace fluxlens
