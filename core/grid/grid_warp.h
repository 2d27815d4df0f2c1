#pragma once

// GDAL warping of some bands of a lon/lat raster onto a window of the output grid.

#include "grid/grid_spec.h"

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens::grid {

// Resamples `bands` (1-based) of `source` onto the pixels of `window` of `grid` with `algorithm`
// (GRA_Bilinear for continuous fields, GRA_NearestNeighbour for classes). GDAL reads only the
// source area the window needs. Returns raw values (before scale and offset) laid out
// [band][row][col], NaN where the source has no value (its no-data value, outside its extent).
// A source on 0..360° longitudes is read for windows west of Greenwich too. Throws InputError
// naming `label` when GDAL fails.
std::vector<double> warpToWindow(GDALDataset& source, const std::vector<int>& bands,
                                 const GridSpec& grid, const PixelWindow& window,
                                 GDALResampleAlg algorithm, std::optional<double> sourceNoData,
                                 const std::string& label);

// Throws InputError naming `label` unless `dataset` has a geotransform without rotation and a
// geographic (or no) coordinate system.
void requireLonLat(GDALDataset& dataset, const std::string& label);

} // namespace fluxlens::grid
