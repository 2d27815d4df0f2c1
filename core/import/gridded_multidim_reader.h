#pragma once

#include "geo/site.h"
#include "import/gridded_series.h"
#include "import/import_control.h"

#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

// Reads a gridded product through GDAL's multidimensional API (NetCDF, HDF5, Zarr...): the
// variables GPP, NEE, RECO (TER) over time × y × x (any order; other dimensions of size 1), the
// whole time series of a site's pixel or window in one read, whatever the number of time steps.
// Georeferencing comes from regularly spaced coordinate variables, time from the time
// coordinate's CF units. std::nullopt when the file has no multidimensional view holding such a
// variable (the caller then reads it as a band-per-step raster). Throws InputError naming the file
// and the variable for unknown units, missing times or irregular coordinates.
std::optional<GriddedSamples> readGriddedMultidim(const std::string& path,
                                                  const std::vector<Site>& sites, int window,
                                                  const ImportControl& control);

// The file's global `product` attribute, else its `title` (NetCDF/HDF5 global attributes, or
// NC_GLOBAL#/dataset metadata of a classic raster); std::nullopt when it has neither.
std::optional<std::string> griddedProductAttribute(const std::string& path);

} // namespace fluxlens
