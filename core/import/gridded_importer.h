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

// A gridded product read through GDAL, sampled at each of `sites`. NetCDF (and any format GDAL
// opens as multidimensional) is read through the multidimensional API, one read of a site's whole
// time series, with no limit on the number of steps (gridded_multidim_reader.h); GeoTIFF and
// other rasters with one band per time step through the classic API (a netCDF file whose time
// axis has more steps than GDAL shows bands is refused, never cut short). Sampled: the pixel
// containing the site, or the mean of the valid pixels of the window × window block centred on it.
// Variables GPP, NEE, RECO (TER is read as RECO) are found case-insensitively among a NetCDF's
// variables, a band's NETCDF_VARNAME or the file name. Times come from NETCDF_DIM_time with the CF
// `time#units` ("days since 1970-01-01", hours, minutes, seconds; standard calendars), or from band
// descriptions holding a date. Sub-daily steps are averaged to days (a day needs every step of the
// day valid). Values are converted from the variable's `units` (gC m-2 d-1, g m-2 d-1, gC m-2 s-1,
// kgC m-2 s-1, µmol m-2 s-1, mol m-2 s-1) to gC m-2 d-1. Stored as DailyKind::Reference tables
// under `productName`. Throws InputError naming the file and the variable for missing variables,
// unknown units, missing times, an empty `productName` (import_job.h takes the file's `product` or
// `title`); sites outside the grid are skipped with a warning.
ImportBatch importGridded(const std::string& path, const std::string& productName,
                          const std::vector<Site>& sites, int window, const ImportControl& control);

// True for file names GDAL reads as gridded products here (.nc, .nc4, .tif, .tiff, ...).
bool looksLikeGriddedFile(std::string_view path);

} // namespace fluxlens
