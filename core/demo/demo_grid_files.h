#pragma once

#include "demo/demo_generator.h"
#include "demo/demo_grid_options.h"
#include "demo/demo_job.h"

#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::demo {

// File names under the demo folder's grid/ (README.md, "Gridded drivers").
inline constexpr const char* kGridFolder = "grid";
inline constexpr const char* kDriverMapFileName = "drivers.json";
inline constexpr const char* kTruthFileName = "truth.nc";
inline constexpr const char* kLandCoverFileName = "mcd12q1_lc_type1.tif";
inline constexpr const char* kGridKoppenFileName = "koppen_classes.tif";
inline constexpr const char* kTowerPixelsFileName = "tower_pixels.csv";
std::string era5LandGridFileName(int year);
std::string modisGridFileName(int year);
std::string gridReferenceFileName(int firstYear, int lastYear);

struct WrittenDemoGrid {
    std::filesystem::path folder;        // <demo folder>/grid
    DemoGridOptions grid;                // resolved
    std::vector<std::string> files;      // relative to folder, in a fixed order
    long long landPixels = 0;            // pixels carrying data
    std::vector<std::string> towerSites; // the towers the grid's pixels hold
};

// Writes the gridded demo world under `demoFolder`/grid: ERA5-Land daily NetCDF and MOD09GA
// stacks per year, the land-cover and Köppen GeoTIFFs, the driver map, the synthetic reference
// product and the truth, and the list of pixels holding towers. Land comes from the Köppen map
// FluxLens ships. Throws std::invalid_argument for bad grid options, InputError when the shipped
// map is missing or unreadable, std::runtime_error naming a file that fails to write,
// DemoCancelled when cancelled. The same plan and options give the same bytes.
WrittenDemoGrid writeDemoGridFiles(const DemoPlan& plan, const DemoGridOptions& grid,
                                   const std::filesystem::path& demoFolder,
                                   const DemoJobControl& control = {}, unsigned threads = 0);

} // namespace fluxlens::demo
