#pragma once

// Reading a gridded file (CF NetCDF and whatever else GDAL's multidimensional API opens) as maps:
// its variables over lat × lon, with or without time, one time slice at a time. Qt-free, so the
// map layer can call it on worker threads; every call opens the file itself (GDAL handles are not
// shared between threads).

#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

struct RasterVariableInfo {
    std::string name;
    std::string units; // the units attribute as written, may be empty
    std::string longName;
    bool hasTime = false;
};

// A regular longitude/latitude grid, row 0 northernmost, column 0 westernmost.
struct RasterGeometry {
    int rows = 0;
    int cols = 0;
    double west_deg = 0.0;
    double north_deg = 0.0;
    double cellLon_deg = 1.0;
    double cellLat_deg = 1.0; // positive

    double lonOfColumn(int col) const { return west_deg + (col + 0.5) * cellLon_deg; }
    double latOfRow(int row) const { return north_deg - (row + 0.5) * cellLat_deg; }
    // Row and column of the pixel holding (lon, lat); std::nullopt outside the grid.
    std::optional<std::pair<int, int>> pixelOf(double lon_deg, double lat_deg) const;
};

struct RasterFileInfo {
    std::string path;
    std::vector<RasterVariableInfo> variables; // maps over lat × lon (and time), file order
    std::vector<int> days;                     // the time coordinate, days since 1970-01-01
    RasterGeometry geometry;                   // full resolution

    const RasterVariableInfo* variable(const std::string& name) const;
    // The time step showing `day`: the last step at or before it, within 31 days (a monthly
    // product's month); std::nullopt when the file has none.
    std::optional<int> timeIndexOf(int day) const;
};

// One map: values row by row (row 0 north), NaN where missing or fill value, scale and offset
// applied.
struct RasterSlice {
    RasterGeometry geometry;
    std::vector<float> values;
    std::string units;

    float at(int row, int col) const {
        return values[static_cast<std::size_t>(row) * geometry.cols + col];
    }
    // The value of the pixel holding (lon, lat), NaN outside the grid or where missing.
    float valueAt(double lon_deg, double lat_deg) const;
};

// Lists the maps of `path`. Throws InputError naming the file (and the variable) when GDAL cannot
// open it as a multidimensional dataset, when no variable has latitude and longitude dimensions,
// or when a coordinate is irregular or a time axis is not understood.
RasterFileInfo inspectRasterFile(const std::string& path);

// Reads `variable` at time step `timeIndex` (ignored without time). Grids with more than
// `maxEdge` rows or columns are read every n-th pixel (decimated, for display); latitudes
// ascending in the file come back north first, 0..360° longitudes as −180..180°.
RasterSlice readRasterSlice(const RasterFileInfo& file, const std::string& variable, int timeIndex,
                            int maxEdge = 2048);

// Exact values of single pixels at full resolution (tooltips on a decimated map), NaN outside.
std::vector<float> readRasterPoints(const RasterFileInfo& file, const std::string& variable,
                                    int timeIndex,
                                    const std::vector<std::pair<double, double>>& lonLat_deg);

} // namespace fluxlens
