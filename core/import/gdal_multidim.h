#pragma once

// What the readers of gridded files through GDAL's multidimensional API share: the gridded
// importer (gridded_multidim_reader) and the map's raster layer (widgets/map/raster_grid_file).

#include "import/gridded_series.h"

#include <gdal_priv.h>
#include <string>
#include <vector>

namespace fluxlens {

// Silences GDAL's error printing for its lifetime; errors are reported with their file instead.
class QuietGdalErrors {
public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

// A text attribute, empty when absent.
std::string gdalTextAttribute(const GDALIHasAttribute& owner, const std::string& name);

// Hour: the hour-of-day dimension of a monthly diurnal-cycle file (FLUXCOM-X-BASE).
enum class GridAxis { Time, Y, X, Hour, Other };
// By the dimension's type, else by its name (time, valid_time, t; lat, latitude, y; lon,
// longitude, x; hour, hour_of_day).
GridAxis gridAxisOf(const GDALDimension& dim);

// The values of a dimension's coordinate variable. Throws InputError naming `path` and
// `variable` when it has none or it cannot be read.
std::vector<double> readCoordinateValues(const std::string& path, const std::string& variable,
                                         const GDALDimension& dim);

// The time of each step of a time dimension, from its coordinate's CF units and calendar. Throws
// InputError naming `path` and `variable` for a missing coordinate, units not understood or a step
// without a time value.
std::vector<StepTime> readStepTimes(const std::string& path, const std::string& variable,
                                    const GDALDimension& dim);

// scale_factor, add_offset and _FillValue (else missing_value) of an array.
ValueScaling valueScalingOf(const GDALMDArray& array);

} // namespace fluxlens
