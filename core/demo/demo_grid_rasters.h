#pragma once

#include "demo/demo_grid_options.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::demo {

// The land fraction of every pixel of `grid` ([row][col], 0..1): the share of the pixels of a
// Beck et al. Köppen–Geiger map (0 = sea) whose centres fall inside it; a pixel finer than the map
// takes the map pixel under its centre. Throws InputError naming the map when GDAL cannot read it.
std::vector<float> landFractionFromKoppenMap(const DemoGridOptions& grid,
                                             const std::string& koppenMapPath);

// A one-band byte GeoTIFF in EPSG:4326 on the grid ([row][col] values), deflate-compressed.
struct ClassRaster {
    std::string description; // band description, e.g. "LC_Type1"
    int noData = -1;         // -1: none
    std::vector<std::pair<std::string, std::string>> metadata;
};
// Throws std::runtime_error naming the file when GDAL fails.
void writeClassGeoTiff(const DemoGridOptions& grid, const std::vector<std::uint8_t>& values,
                       const ClassRaster& raster, const std::filesystem::path& path);

} // namespace fluxlens::demo
