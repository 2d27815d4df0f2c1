#pragma once

#include "cache/import_batch.h"
#include "import/fluxnet_file_name.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

// A FLUXNET-format daily file (FLUXNET2015, AmeriFlux FLUXNET, ICOS, Warm Winter 2020 "_DD_"):
// TIMESTAMP as YYYYMMDD, -9999 for missing values, units already daily (gC m-2 d-1, ...).
// `label` names the file in errors. Throws InputError (file and line) on any bad input.
ImportBatch importFluxnetDaily(const FluxnetFileName& name, std::string_view text,
                               const std::string& label, const ImportControl& control);

} // namespace fluxlens
