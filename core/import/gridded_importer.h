#pragma once

#include "cache/import_batch.h"
#include "geo/site.h"
#include "import/carbon_flux_units.h"
#include "import/import_control.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

// A gridded product read through GDAL (NetCDF, GeoTIFF, anything with one band per time step),
// sampled at each of `sites`: the pixel containing the site, or the mean of the valid pixels of
// the window × window block centred on it. Variables GPP, NEE, RECO (TER is read as RECO) are
// found case-insensitively among a NetCDF's variables, a band's NETCDF_VARNAME or the file name.
// Times come from NETCDF_DIM_time with the CF `time#units` ("days since 1970-01-01", hours,
// minutes, seconds; standard calendars), or from band descriptions holding a date. Sub-daily steps
// are averaged to days (a day needs every step of the day valid). Values are converted from the
// variable's `units` (gC m-2 d-1, g m-2 d-1, gC m-2 s-1, kgC m-2 s-1, µmol m-2 s-1, mol m-2 s-1)
// to gC m-2 d-1. Stored as DailyKind::Reference tables under `productName`.
// Throws InputError naming the file and the variable for missing variables, unknown units,
// missing times; sites outside the grid are skipped with a warning.
ImportBatch importGridded(const std::string& path, const std::string& productName,
                          const std::vector<Site>& sites, int window, const ImportControl& control);

// True for file names GDAL reads as gridded products here (.nc, .nc4, .tif, .tiff, ...).
bool looksLikeGriddedFile(std::string_view path);

} // namespace fluxlens
