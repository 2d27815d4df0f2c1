#pragma once

#include "cache/import_batch.h"
#include "import/fluxnet_file_name.h"
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

// A FLUXNET-format half-hourly ("_HH_") or hourly ("_HR_") file, aggregated to daily values the
// ONEFlux way. A record belongs to the day of its TIMESTAMP_START (YYYYMMDDHHMM).
//  - carbon fluxes (GPP_*, RECO_*, NEE_*): mean of the day's µmol CO2 m-2 s-1 records
//    × 12.011e-6 g/µmol × 86400 s/d -> gC m-2 d-1;
//  - *_QC: fraction of the day's records flagged 0 (measured) or 1 (good-quality gap-fill);
//  - P_F: sum of the day's records (mm d-1); everything else: mean of the records.
// A day's value needs every record of that day (48 or 24) valid, else it is missing; days with
// fewer records than that (a file starting mid-day) are left out with a warning.
ImportBatch importFluxnetSubDaily(const FluxnetFileName& name, std::string_view text,
                                  const std::string& label, const ImportControl& control);

} // namespace fluxlens
