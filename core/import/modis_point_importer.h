#pragma once

#include "cache/import_batch.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

class CsvReader;

// MOD09GA surface reflectance extracted at sites: site_id, date (YYYY-MM-DD), sur_refl_b01 ...
// sur_refl_b07 (b01-b03 required) and optionally LC_Type1 (MCD12Q1). Bands are integers scaled
// by 0.0001 with -28672 or an empty cell for missing; files with reflectances already scaled to
// 0..1 are recognised (no band value beyond ±2). Values outside the valid range (-100..16000
// scaled) count as missing with a warning. Derives NDVI, EVI = 2.5 (N - R) / (N + 6R - 7.5B + 1)
// and NIRv = NDVI × N from red (b01), near infrared (b02) and blue (b03).
ImportBatch importModisPoints(std::string_view text, const std::string& label,
                              const ImportControl& control);

bool looksLikeModisPoints(const CsvReader& reader);

} // namespace fluxlens
