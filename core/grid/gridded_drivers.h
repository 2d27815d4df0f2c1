#pragma once

// Model drivers for every pixel of an output grid, read from gridded files as users get them
// (ERA5-Land daily NetCDF from the Copernicus data store, MODIS surface-reflectance stacks as
// GeoTIFF or NetCDF), regridded by GDAL to the output grid (bilinear for continuous fields,
// nearest for classes) and converted to the model's feature units with the same rules as the
// point importers. A driver map file (JSON, see docs/upscaling.md) names which gridded variable
// feeds which model feature, including the tower-meteorology mapping (TA_F ← t2m, SW_IN_F ← ssrd,
// VPD_F ← t2m, d2m, P_F ← tp, SW_IN_POT from latitude and day) so that models trained on the
// `tower` preset can be upscaled with reanalysis.

#include "geo/igbp.h"
#include "geo/koppen.h"
#include "grid/grid_spec.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::grid {

// Drivers of a window of pixels over consecutive days. Missing values (fill values, ocean, outside
// the files' extent or period) are NaN.
struct DriverTile {
    PixelWindow window;
    int firstDay = 0; // days since 1970-01-01
    int dayCount = 0;
    std::vector<std::string> features;
    std::vector<float> values; // [feature][day][row][col], row and col relative to window
    float at(int feature, int day, int row, int col) const {
        return values[((static_cast<std::size_t>(feature) * dayCount + day) * window.rows + row) *
                          window.cols +
                      col];
    }
};

// Per-pixel static layers of a window, [row][col].
struct StaticTile {
    PixelWindow window;
    std::vector<float> landFraction; // 0..1 (from the land-sea mask named in the map, else 1 where
                                     // any driver is finite)
    std::vector<IgbpClass> igbp;     // from a land-cover raster (MCD12Q1 LC_Type1), else Unknown
    std::vector<KoppenClass> koppen; // from the Beck map (the shipped one unless the map names one)
};

class GriddedDrivers {
public:
    // Reads and checks the driver map and opens every file it names (paths relative to the map's
    // folder). Throws InputError naming the map file (and the JSON key) or the data file (and the
    // variable) for anything unusable: unknown feature or variable, unknown units, missing time
    // coordinate, a file that is not lon/lat.
    static GriddedDrivers open(const std::filesystem::path& driverMapJson);
    GriddedDrivers(GriddedDrivers&&) noexcept;
    GriddedDrivers& operator=(GriddedDrivers&&) noexcept;
    ~GriddedDrivers();

    const std::filesystem::path& mapFile() const;
    // Model feature names this map can produce (DOY_SIN/DOY_COS are always derivable).
    std::vector<std::string> features() const;
    // First and last day (days since 1970-01-01) that every mapped file covers.
    int firstDay() const;
    int lastDay() const;
    // One line per feature: "TA_F ← t2m (era5_2019.nc, K → °C, bilinear)" for logs and provenance.
    std::vector<std::string> describe() const;
    // Whether the map names a land-cover raster (statics.igbp); without one every pixel's IGBP
    // class is unknown.
    bool hasLandCover() const;
    // Every data file the map names (resolved against the map's folder), then the Köppen map in
    // use: what a run's data identity (hash of names, sizes, times) should cover.
    std::vector<std::filesystem::path> files() const;

    // The named features for `window` of `grid` on days firstDay..lastDay (both included). Throws
    // std::invalid_argument for a feature the map cannot produce, InputError for a file that fails
    // to read. Not thread-safe: one instance per thread (open() is cheap to repeat).
    DriverTile read(const GridSpec& grid, const PixelWindow& window,
                    const std::vector<std::string>& features, int firstDay, int lastDay) const;
    StaticTile readStatics(const GridSpec& grid, const PixelWindow& window) const;

private:
    struct Impl;
    explicit GriddedDrivers(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fluxlens::grid
