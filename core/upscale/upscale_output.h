#pragma once

// The files a finished run leaves: the daily CF-1.8 NetCDF assembled from the parts folder and,
// when asked for, monthly means as NetCDF and as one GeoTIFF per month.

#include "upscale/run_settings.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace fluxlens::upscale {

// Tile indices of the run whose part is missing or belongs to other settings.
std::vector<int> missingTiles(const RunSettings& settings, const std::filesystem::path& parts);

// Writes `output` (CF-1.8 NetCDF-4, see docs/upscaling.md) from the finished tiles in `parts`,
// through a temporary file renamed into place. Memory: one block of at most kAssemblyBufferMiB.
// Throws std::runtime_error naming missing tiles or the failing file.
inline constexpr double kAssemblyBufferMiB = 64.0;
void writeDailyNetcdf(const RunSettings& settings, const std::filesystem::path& parts,
                      const std::filesystem::path& output,
                      const std::function<void(const std::string&)>& log = {});

// <stem>_monthly.nc beside `output`, and <stem>_tif/<stem>_YYYY-MM.tif with bands GPP, RECO, NEE
// (monthly means of the days with a value).
std::filesystem::path monthlyNetcdfPath(const std::filesystem::path& output);
std::filesystem::path monthlyGeotiffFolder(const std::filesystem::path& output);
void writeMonthlyOutputs(const RunSettings& settings, const std::filesystem::path& parts,
                         const std::filesystem::path& output, bool netcdf, bool geotiff,
                         const std::function<void(const std::string&)>& log = {});

// Global attributes common to the daily and monthly files.
struct ProvenanceAttribute {
    std::string name, value;
};
std::vector<ProvenanceAttribute> provenanceAttributes(const RunSettings& settings);

} // namespace fluxlens::upscale
