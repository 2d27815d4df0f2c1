#include "raster_grid_file.h"

#include "common/input_error.h"
#include "import/gdal_multidim.h"
#include "import/gridded_series.h"

#include <algorithm>
#include <cmath>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <limits>

namespace fluxlens {
namespace {
constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

// Positions of the time, latitude and longitude dimensions of a map variable.
struct Layout {
    std::optional<std::size_t> time;
    std::size_t y = 0, x = 0;
};

std::optional<Layout> layoutOf(const GDALMDArray& array) {
    std::optional<std::size_t> time, y, x;
    const auto& dims = array.GetDimensions();
    for (std::size_t i = 0; i < dims.size(); ++i) {
        const GridAxis axis = gridAxisOf(*dims[i]);
        auto* slot = axis == GridAxis::Time ? &time
                     : axis == GridAxis::Y  ? &y
                     : axis == GridAxis::X  ? &x
                                            : nullptr;
        if (!slot) {
            if (dims[i]->GetSize() != 1)
                return std::nullopt;
            continue;
        }
        if (slot->has_value())
            return std::nullopt;
        *slot = i;
    }
    if (!y || !x)
        return std::nullopt;
    return Layout{time, *y, *x};
}

GDALDatasetUniquePtr openDataset(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        throw InputError(path,
                         std::string("GDAL cannot open it as a gridded file (NetCDF, HDF5, "
                                     "Zarr): ") +
                             (*CPLGetLastErrorMsg() ? CPLGetLastErrorMsg() : "unknown format"));
    return dataset;
}

// The cell size of a regularly spaced coordinate (negative when descending).
double regularStep(const std::string& path, const std::string& variable,
                   const std::vector<double>& values, const std::string& axisName) {
    if (values.size() < 2)
        throw InputError(path, "variable " + variable + ": coordinate " + axisName +
                                   " has fewer than 2 values, the cell size is unknown");
    const double step = (values.back() - values.front()) / double(values.size() - 1);
    for (std::size_t i = 1; i < values.size(); ++i)
        if (step == 0.0 || !(std::abs(values[i] - values[i - 1] - step) <= 1e-5 * std::abs(step)))
            throw InputError(path, "variable " + variable + ": coordinate " + axisName +
                                       " is not regularly spaced (at index " + std::to_string(i) +
                                       ")");
    return step;
}

std::vector<int> readDays(const std::string& path, const std::string& variable,
                          const GDALDimension& dim) {
    std::vector<int> days;
    for (const StepTime& t : readStepTimes(path, variable, dim))
        days.push_back(t.day);
    return days;
}

struct OpenArray {
    GDALDatasetUniquePtr dataset; // keeps the array's file open
    std::shared_ptr<GDALMDArray> array;
    Layout layout;
};

void collectMaps(const GDALGroup& group, const std::string& prefix, std::vector<std::string>& names,
                 int depth) {
    for (const std::string& name : group.GetMDArrayNames())
        if (const auto array = group.OpenMDArray(name); array && layoutOf(*array))
            names.push_back(prefix + name);
    if (depth < 3)
        for (const std::string& name : group.GetGroupNames())
            if (const auto sub = group.OpenGroup(name))
                collectMaps(*sub, prefix + name + "/", names, depth + 1);
}

OpenArray openArray(const std::string& path, const std::string& variable) {
    OpenArray open{openDataset(path), nullptr, {}};
    const auto root = open.dataset->GetRootGroup();
    open.array = root ? root->OpenMDArrayFromFullname("/" + variable) : nullptr;
    const auto layout = open.array ? layoutOf(*open.array) : std::nullopt;
    if (!layout)
        throw InputError(path,
                         "variable " + variable + " is not a map over latitude and longitude");
    open.layout = *layout;
    return open;
}

float scaled(double raw, const ValueScaling& s) {
    if (std::isnan(raw) || (s.noData && raw == *s.noData))
        return kMissing;
    return static_cast<float>(raw * s.scale + s.offset);
}
} // namespace

std::optional<std::pair<int, int>> RasterGeometry::pixelOf(double lon_deg, double lat_deg) const {
    const double col = std::floor((lon_deg - west_deg) / cellLon_deg);
    const double row = std::floor((north_deg - lat_deg) / cellLat_deg);
    if (!(col >= 0 && col < cols && row >= 0 && row < rows))
        return std::nullopt;
    return std::make_pair(static_cast<int>(row), static_cast<int>(col));
}

const RasterVariableInfo* RasterFileInfo::variable(const std::string& name) const {
    const auto it = std::find_if(variables.begin(), variables.end(),
                                 [&](const RasterVariableInfo& v) { return v.name == name; });
    return it == variables.end() ? nullptr : &*it;
}

std::optional<int> RasterFileInfo::timeIndexOf(int day) const {
    const auto after = std::upper_bound(days.begin(), days.end(), day);
    if (after == days.begin() || day - *(after - 1) > 31)
        return std::nullopt;
    return static_cast<int>(after - days.begin()) - 1;
}

float RasterSlice::valueAt(double lon_deg, double lat_deg) const {
    const auto pixel = geometry.pixelOf(lon_deg, lat_deg);
    return pixel ? at(pixel->first, pixel->second) : kMissing;
}

RasterFileInfo inspectRasterFile(const std::string& path) {
    const QuietGdalErrors quiet;
    CPLErrorReset();
    const GDALDatasetUniquePtr dataset = openDataset(path);
    const auto root = dataset->GetRootGroup();
    std::vector<std::string> names;
    if (root)
        collectMaps(*root, {}, names, 0);
    if (names.empty())
        throw InputError(path, "no variable over latitude and longitude (dimensions lat/lon or "
                               "latitude/longitude, with or without time)");
    RasterFileInfo info;
    info.path = path;
    for (const std::string& name : names) {
        const auto array = root->OpenMDArrayFromFullname("/" + name);
        const Layout layout = *layoutOf(*array);
        const auto& dims = array->GetDimensions();
        if (info.variables.empty()) {
            const auto lon = readCoordinateValues(path, name, *dims[layout.x]);
            const auto lat = readCoordinateValues(path, name, *dims[layout.y]);
            const double dLon = regularStep(path, name, lon, dims[layout.x]->GetName());
            const double dLat = regularStep(path, name, lat, dims[layout.y]->GetName());
            if (dLon < 0)
                throw InputError(path, "variable " + name + ": longitudes run east to west");
            RasterGeometry& g = info.geometry;
            g.cols = static_cast<int>(lon.size());
            g.rows = static_cast<int>(lat.size());
            g.cellLon_deg = dLon;
            g.cellLat_deg = std::abs(dLat);
            g.west_deg = lon.front() - dLon / 2;
            g.north_deg = std::max(lat.front(), lat.back()) + g.cellLat_deg / 2;
            if (g.west_deg >= 180.0) // a grid east of the antimeridian on 0..360°
                g.west_deg -= 360.0;
            else if (g.west_deg > -1e-6 && std::abs(g.cols * dLon - 360.0) < dLon / 2)
                g.west_deg = -180.0; // a global 0..360° grid, read rolled by half
        } else if (dims[layout.x]->GetSize() != static_cast<GUInt64>(info.geometry.cols) ||
                   dims[layout.y]->GetSize() != static_cast<GUInt64>(info.geometry.rows)) {
            continue; // on another grid (e.g. a coarser mask); the first variable's grid is shown
        }
        if (layout.time && info.days.empty())
            info.days = readDays(path, name, *dims[*layout.time]);
        if (layout.time && dims[*layout.time]->GetSize() != info.days.size())
            continue;
        std::string units = array->GetUnit();
        if (units.empty())
            units = gdalTextAttribute(*array, "units");
        info.variables.push_back(
            {name, units, gdalTextAttribute(*array, "long_name"), layout.time.has_value()});
    }
    return info;
}

namespace {
// Where file row/column `index` of a displayed row/column comes from: latitudes ascending are
// flipped, a global 0..360° grid is rolled by half.
struct FileIndexing {
    bool latAscending = false;
    int lonRoll = 0;
};

FileIndexing indexingOf(const RasterFileInfo& file, const OpenArray& open) {
    const auto& dims = open.array->GetDimensions();
    const auto lat =
        readCoordinateValues(file.path, dims[open.layout.y]->GetName(), *dims[open.layout.y]);
    const auto lon =
        readCoordinateValues(file.path, dims[open.layout.x]->GetName(), *dims[open.layout.x]);
    FileIndexing f;
    f.latAscending = lat.size() > 1 && lat.back() > lat.front();
    if (file.geometry.west_deg == -180.0 && lon.front() - file.geometry.cellLon_deg / 2 > -1e-6)
        f.lonRoll = file.geometry.cols / 2;
    return f;
}
// Every `step`-th row and column of one time step, in file order. Read in blocks of whole rows:
// netCDF's strided reads (nc_get_vars) are a hundred times slower than contiguous ones.
std::vector<double> readDecimated(const RasterFileInfo& file, const std::string& variable,
                                  const OpenArray& open, int timeIndex, int step) {
    const RasterGeometry& full = file.geometry;
    const int rows = (full.rows + step - 1) / step, cols = (full.cols + step - 1) / step;
    const std::size_t dimCount = open.array->GetDimensionCount();
    std::vector<GUInt64> start(dimCount, 0);
    std::vector<size_t> count(dimCount, 1);
    std::vector<GPtrDiff_t> bufferStride(dimCount, 0);
    if (open.layout.time)
        start[*open.layout.time] = static_cast<GUInt64>(timeIndex);
    count[open.layout.x] = static_cast<size_t>(full.cols);
    bufferStride[open.layout.y] = full.cols;
    bufferStride[open.layout.x] = 1;
    constexpr std::size_t kBlockValues = 4 << 20; // 32 MB of doubles at most
    // Sparse rows (a colour-range sample) are read one by one, dense ones in blocks.
    const int blockRows =
        step >= 3
            ? 1
            : std::max<int>(
                  1, static_cast<int>(kBlockValues / (static_cast<std::size_t>(full.cols) * step)));
    std::vector<double> raw(static_cast<std::size_t>(rows) * cols);
    std::vector<double> block;
    for (int r0 = 0; r0 < rows; r0 += blockRows) {
        const int firstFileRow = r0 * step;
        const int fileRows = std::min(full.rows, (r0 + blockRows - 1) * step + 1) - firstFileRow;
        start[open.layout.y] = static_cast<GUInt64>(firstFileRow);
        count[open.layout.y] = static_cast<size_t>(fileRows);
        block.resize(static_cast<std::size_t>(fileRows) * full.cols);
        if (!open.array->Read(start.data(), count.data(), nullptr, bufferStride.data(),
                              GDALExtendedDataType::Create(GDT_Float64), block.data()))
            throw InputError(file.path, "variable " + variable +
                                            ": reading the map failed: " + CPLGetLastErrorMsg());
        for (int r = r0; r < std::min(rows, r0 + blockRows); ++r)
            for (int c = 0; c < cols; ++c)
                raw[static_cast<std::size_t>(r) * cols + c] =
                    block[static_cast<std::size_t>(r * step - firstFileRow) * full.cols + c * step];
    }
    return raw;
}
} // namespace

RasterSlice readRasterSlice(const RasterFileInfo& file, const std::string& variable, int timeIndex,
                            int maxEdge) {
    const QuietGdalErrors quiet;
    CPLErrorReset();
    const OpenArray open = openArray(file.path, variable);
    const FileIndexing indexing = indexingOf(file, open);
    const RasterGeometry& full = file.geometry;
    const int step = std::max(1, (std::max(full.rows, full.cols) + maxEdge - 1) / maxEdge);
    RasterSlice slice;
    slice.geometry = full;
    slice.geometry.rows = (full.rows + step - 1) / step;
    slice.geometry.cols = (full.cols + step - 1) / step;
    slice.geometry.cellLat_deg *= step;
    slice.geometry.cellLon_deg *= step;
    slice.units = file.variable(variable) ? file.variable(variable)->units : std::string();
    if (open.layout.time &&
        (timeIndex < 0 || static_cast<std::size_t>(timeIndex) >= file.days.size()))
        throw InputError(file.path,
                         "variable " + variable + ": no time step " + std::to_string(timeIndex));
    const std::vector<double> raw = readDecimated(file, variable, open, timeIndex, step);
    const ValueScaling scaling = valueScalingOf(*open.array);
    const int rows = slice.geometry.rows, cols = slice.geometry.cols;
    const int roll = indexing.lonRoll / step;
    slice.values.resize(raw.size());
    for (int r = 0; r < rows; ++r) {
        const int fileRow = indexing.latAscending ? rows - 1 - r : r;
        for (int c = 0; c < cols; ++c)
            slice.values[static_cast<std::size_t>(r) * cols + c] =
                scaled(raw[static_cast<std::size_t>(fileRow) * cols + (c + roll) % cols], scaling);
    }
    return slice;
}

std::vector<float> readRasterPoints(const RasterFileInfo& file, const std::string& variable,
                                    int timeIndex,
                                    const std::vector<std::pair<double, double>>& lonLat_deg) {
    const QuietGdalErrors quiet;
    CPLErrorReset();
    const OpenArray open = openArray(file.path, variable);
    const FileIndexing indexing = indexingOf(file, open);
    const ValueScaling scaling = valueScalingOf(*open.array);
    const std::size_t dimCount = open.array->GetDimensionCount();
    std::vector<float> values;
    values.reserve(lonLat_deg.size());
    for (const auto& [lon, lat] : lonLat_deg) {
        const auto pixel = file.geometry.pixelOf(lon, lat);
        if (!pixel) {
            values.push_back(kMissing);
            continue;
        }
        std::vector<GUInt64> start(dimCount, 0);
        const std::vector<size_t> count(dimCount, 1);
        if (open.layout.time)
            start[*open.layout.time] = static_cast<GUInt64>(timeIndex);
        start[open.layout.y] = static_cast<GUInt64>(
            indexing.latAscending ? file.geometry.rows - 1 - pixel->first : pixel->first);
        start[open.layout.x] =
            static_cast<GUInt64>((pixel->second + indexing.lonRoll) % file.geometry.cols);
        double raw = 0;
        if (!open.array->Read(start.data(), count.data(), nullptr, nullptr,
                              GDALExtendedDataType::Create(GDT_Float64), &raw))
            throw InputError(file.path, "variable " + variable +
                                            ": reading a pixel failed: " + CPLGetLastErrorMsg());
        values.push_back(scaled(raw, scaling));
    }
    return values;
}

} // namespace fluxlens
