#pragma once

// Gridded driver files as users get them, written with GDAL for the grid tests: CDS-style
// ERA5-Land daily NetCDF (packed shorts, valid_time or time, descending latitude), MODIS
// surface-reflectance stacks (NetCDF and band-per-date GeoTIFF) and an MCD12Q1 land-cover GeoTIFF.

#include <string>
#include <vector>

namespace gridtest {

// ERA5 fixture: 10 × 10 cells of 0.1°, centres lon 10.0 + 0.1 i, lat 50.9 − 0.1 j (descending).
inline constexpr int kEraSize = 10;
double eraLon(int i);
double eraLat(int j);
// Unpacked values (file units) of the fixtures at cell (i, j) on day number `day`.
double t2m_K(int i, int j, int day);
double d2m_K(int i, int j, int day);
double ssrd_J_m2(int i, int j, int day);
double tp_m(int i, int j, int day);
double lsm(int i, int j);
// Cells i, j in 6..8 hold the fill value on the first day of every file.
bool isFilled(int i, int j, int dayIndexInFile);

struct Era5Options {
    std::string timeName = "valid_time";
    std::string timeUnits = "seconds since 1970-01-01";
    std::string t2mUnits = "K";
    bool withD2m = true;
    // As `fluxlens-cli demo --grid` writes them: every variable float32 with NaN as _FillValue,
    // an int64 time axis, lsm without a time dimension.
    bool floatsWithNaNFill = false;
};
// Days `firstDay`..firstDay+dayCount−1 (days since 1970-01-01); t2m and d2m as int16 packed with
// scale_factor/add_offset/_FillValue, ssrd and tp float with _FillValue, lsm.
void writeEra5(const std::string& path, int firstDay, int dayCount,
               const Era5Options& options = {});

// MODIS fixture on the output grid (0.05°, lon 9.95..10.95, lat 49.95..50.95, lat ascending in
// the NetCDF file): sur_refl_b01..b03 int16, scale 0.0001, fill −28672 at cell (0, 0) on every day.
inline constexpr int kModisSize = 20;
int modisRaw(int band, int col, int rowFromNorth, int dayIndex);
void writeModisNetcdf(const std::string& path, int firstDay, int dayCount);
// One GeoTIFF per band (file name sur_refl_b0N.tif in `folder`), one band per date (DATE metadata
// and band description), int16 without packing attributes as GEE exports MOD09GA.
std::vector<std::string> writeModisGeotiffs(const std::string& folder, int firstDay, int dayCount);

// MCD12Q1 LC_Type1 GeoTIFF at 0.01° over lon 9.95..10.45, lat 49.95..50.95: class of cell (i, j).
int landCoverCode(int i, int j);
void writeLandCover(const std::string& path);

void writeText(const std::string& path, const std::string& text);

} // namespace gridtest
