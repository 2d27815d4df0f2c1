#pragma once

// One variable of a driver source across the source's files (one file per year, say): which file
// and band hold each day, the packing (scale, offset, fill value) and the units attribute.

#include "grid/driver_map.h"
#include "grid/grid_spec.h"

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <string>
#include <vector>

namespace fluxlens::grid {

class GriddedVariable {
public:
    // Opens `variable` in the files of `source`: a NetCDF variable (`NETCDF:"file":variable`, one
    // band per step of its `valid_time` or `time` axis) or a GeoTIFF with one band per date (band
    // description or DATE metadata YYYY-MM-DD) whose VARIABLE metadata or file name names the
    // variable. Files concatenate in time. `timeless` variables (land cover, land-sea mask) take
    // their first band. Throws InputError naming the file and the variable for a missing file or
    // variable, a missing or unreadable time axis, mismatching units between files, a day held by
    // two files, or a file that is not on a longitude/latitude grid.
    static GriddedVariable open(const DriverSource& source, const std::string& variable,
                                bool timeless);

    const std::string& name() const { return m_name; }
    const std::string& units() const { return m_units; }
    int firstDay() const { return m_firstDay; }
    int lastDay() const { return m_lastDay; }
    // "era5_2019.nc" or "era5_2019.nc … era5_2020.nc" (file names only).
    std::string filesLabel() const;

    // Unpacked values (scale and offset applied, units as in the file) on days firstDay..lastDay,
    // laid out [day][row][col]; NaN for fill values, days no file holds and pixels outside the
    // files' extent.
    std::vector<double> readDays(const GridSpec& grid, const PixelWindow& window, int firstDay,
                                 int lastDay, GDALResampleAlg algorithm) const;
    // The first band, [row][col] (a timeless variable).
    std::vector<double> readFirst(const GridSpec& grid, const PixelWindow& window,
                                  GDALResampleAlg algorithm) const;

private:
    struct Segment {
        std::string path;
        std::string label; // the file and the variable, for errors
        GDALDatasetUniquePtr dataset;
        std::vector<int> dayOfBand; // index: band − 1; empty for a timeless variable
        double scale = 1.0;
        double offset = 0.0;
        std::optional<double> noData;
    };
    std::vector<double> unpacked(const Segment& segment, std::vector<double> raw) const;

    std::string m_name;
    std::string m_units;
    std::vector<Segment> m_segments;
    int m_firstDay = 0;
    int m_lastDay = -1;
};

} // namespace fluxlens::grid
