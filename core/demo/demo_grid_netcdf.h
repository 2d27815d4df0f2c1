#pragma once

#include "demo/demo_grid_world.h"

#include <filesystem>
#include <string>

namespace fluxlens::demo {

// The gridded demo world's NetCDF files (README.md, "Gridded drivers"). Each throws
// std::runtime_error naming the file when GDAL fails; the same grid gives the same bytes.

// One year of ERA5-Land daily data as the Copernicus data store delivers it: float32 `t2m d2m
// ssrd strd tp swvl1 sp u10 v10` on valid_time (int64 seconds since 1970-01-01) x latitude
// (descending) x longitude, `_FillValue` NaN over sea, ECMWF units ("K", "J m**-2", "m",
// "m**3 m**-3", "Pa", "m s**-1"), and the land-sea mask `lsm` (0..1) on latitude x longitude.
void writeEra5LandYear(const DemoGrid& grid, int year, const std::filesystem::path& path);

// One year of MOD09GA-style surface reflectance: int16 `sur_refl_b01`..`sur_refl_b07` on time
// (days since 1970-01-01) x lat (descending) x lon, scale_factor 0.0001, _FillValue -28672 for
// clouds and sea.
void writeModisYear(const DemoGrid& grid, int year, const std::filesystem::path& path);

// GPP, RECO and NEE over the grid years in the format `fluxlens-cli upscale` writes (CF-1.8,
// float32 gC m-2 d-1 on time x lat x lon, NaN fill, `crs`, `land_fraction`), so an upscaled map
// and these files are read and compared the same way.
enum class FluxMapKind { Truth, Reference };
void writeFluxMap(const DemoGrid& grid, FluxMapKind kind, const std::string& driversFile,
                  const std::filesystem::path& path);

} // namespace fluxlens::demo
