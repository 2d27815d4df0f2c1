#pragma once

#include "cache/import_batch.h"
#include "import/era5_conversions.h" // saturationVapourPressure_hPa, shared with gridded drivers
#include "import/import_control.h"

#include <string>
#include <string_view>

namespace fluxlens {

class CsvReader;

// ERA5-Land daily aggregates extracted at sites, as Earth Engine exports
// ECMWF/ERA5_LAND/DAILY_AGGR: site_id, date and any of temperature_2m (K, also _min/_max),
// dewpoint_temperature_2m (K), surface_solar_radiation_downwards_sum and
// surface_thermal_radiation_downwards_sum (J m-2 per day), total_precipitation_sum (m per day),
// volumetric_soil_water_layer_1/2 (m3 m-3), soil_temperature_level_1 (K), surface_pressure (Pa),
// snow_depth (m), u/v_component_of_wind_10m (m s-1). Converted to the cache's units (°C, W m-2
// daily mean, mm d-1, kPa); VPD (hPa) from temperature and dewpoint with the Magnus formula;
// wind speed from the two components.
// Units are validated from the magnitudes: temperatures that are not in kelvin, radiation that is
// not a daily sum in J m-2, precipitation in mm instead of m... are errors naming file, line and
// column; nothing is guessed.
ImportBatch importEra5Points(std::string_view text, const std::string& label,
                             const ImportControl& control);

bool looksLikeEra5Points(const CsvReader& reader);

} // namespace fluxlens
