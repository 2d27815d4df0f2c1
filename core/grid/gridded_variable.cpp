#include "grid/gridded_variable.h"

#include "common/dates.h"
#include "common/input_error.h"
#include "grid/grid_warp.h"
#include "import/cf_time.h"
#include "import/gdal_multidim.h"
#include "import/vegetation_indices.h"

#include <algorithm>
#include <cmath>
#include <cpl_error.h>
#include <cpl_string.h>
#include <limits>
#include <optional>

namespace fluxlens::grid {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string lower(const std::string& text) {
    return CPLString(text).tolower();
}

std::string item(GDALMajorObject& object, const std::string& key) {
    const char* value = object.GetMetadataItem(key.c_str());
    return value ? std::string(value) : std::string();
}

std::string lastGdalError() {
    const std::string message = CPLGetLastErrorMsg();
    return message.empty() ? std::string("no reason given") : message;
}

GDALDatasetUniquePtr openRaster(const std::string& name) {
    GDALAllRegister();
    CPLErrorReset();
    return GDALDatasetUniquePtr(GDALDataset::Open(name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                                  nullptr, nullptr, nullptr));
}

bool isNetcdf(GDALDataset& dataset) {
    return dataset.GetDriver() && lower(dataset.GetDriver()->GetDescription()) == "netcdf";
}

// The NetCDF variable's own dataset (a subdataset when the file holds several variables).
GDALDatasetUniquePtr openNetcdfVariable(GDALDataset& file, const std::string& path,
                                        const std::string& variable) {
    std::vector<std::string> names;
    std::string match;
    if (char** subdatasets = file.GetMetadata("SUBDATASETS"))
        for (char** entry = subdatasets; *entry; ++entry) {
            const std::string text(*entry);
            const auto equals = text.find('=');
            if (text.find("_NAME=") == std::string::npos || equals == std::string::npos)
                continue;
            const std::string name = text.substr(equals + 1);
            const std::string var = name.substr(name.rfind(':') + 1);
            names.push_back(var);
            if (var == variable)
                match = name;
        }
    if (names.empty() && file.GetRasterCount() > 0) {
        const std::string only = item(*file.GetRasterBand(1), "NETCDF_VARNAME");
        names.push_back(only);
        if (only == variable)
            return openRaster(path);
    }
    if (match.empty()) {
        std::string list;
        for (const std::string& n : names)
            list += (list.empty() ? "" : ", ") + n;
        throw InputError(path,
                         "variable '" + variable + "' is not in the file (it has: " + list + ")");
    }
    GDALDatasetUniquePtr dataset = openRaster(match);
    if (!dataset)
        throw InputError(path, "variable '" + variable + "' cannot be opened: " + lastGdalError());
    return dataset;
}

// The time dimension among the NetCDF variable's extra (non-spatial) dimensions.
std::optional<std::string> netcdfTimeDimension(GDALDataset& dataset, const std::string& label) {
    std::string extra = item(dataset, "NETCDF_DIM_EXTRA");
    extra.erase(std::remove_if(extra.begin(), extra.end(),
                               [](char c) { return c == '{' || c == '}' || c == ' '; }),
                extra.end());
    std::vector<std::string> dims;
    for (std::size_t start = 0; start < extra.size();) {
        const std::size_t comma = std::min(extra.find(',', start), extra.size());
        dims.push_back(extra.substr(start, comma - start));
        start = comma + 1;
    }
    for (const char* name : {"valid_time", "time"})
        if (std::find(dims.begin(), dims.end(), name) != dims.end())
            return std::string(name);
    if (dims.size() == 1 &&
        lower(item(dataset, dims[0] + "#units")).find("since") != std::string::npos)
        return dims[0];
    if (!dims.empty())
        throw InputError(label, "its dimensions besides latitude and longitude (" + extra +
                                    ") include no time axis named valid_time or time");
    return std::nullopt;
}

std::vector<int> netcdfDays(GDALDataset& dataset, const std::string& label) {
    const auto dim = netcdfTimeDimension(dataset, label);
    if (!dim)
        throw InputError(label, "has no time coordinate (valid_time or time)");
    const std::string units = item(dataset, *dim + "#units");
    const std::string calendar = item(dataset, *dim + "#calendar");
    const auto axis = parseCfTimeUnits(units, calendar);
    if (!axis)
        throw InputError(label, "time coordinate " + *dim + ": units '" + units + "' (calendar '" +
                                    calendar + "') are not understood");
    std::vector<int> days;
    for (int b = 1; b <= dataset.GetRasterCount(); ++b) {
        const std::string text = item(*dataset.GetRasterBand(b), "NETCDF_DIM_" + *dim);
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !std::isfinite(value))
            throw InputError(label, "time step " + std::to_string(b) + " of " + *dim +
                                        " has no time value");
        days.push_back(static_cast<int>(std::floor((axis->toUnixSeconds(value) + 1e-3) / 86400.0)));
    }
    return days;
}

std::vector<int> geotiffDays(GDALDataset& dataset, const std::string& label) {
    std::vector<int> days;
    for (int b = 1; b <= dataset.GetRasterCount(); ++b) {
        GDALRasterBand& band = *dataset.GetRasterBand(b);
        std::optional<Day> day;
        for (const std::string& text : {item(band, "DATE"), std::string(band.GetDescription())})
            if (!day && text.size() >= 10)
                day = parseIsoDate(text.substr(0, 10));
        if (!day)
            throw InputError(label, "band " + std::to_string(b) +
                                        " has no date (band description or DATE metadata "
                                        "YYYY-MM-DD, one band per date)");
        days.push_back(toDayNumber(*day));
    }
    return days;
}

// A GeoTIFF holds the variable when its VARIABLE metadata or its file name names it.
bool geotiffHolds(GDALDataset& dataset, const std::string& path, const std::string& variable) {
    const std::string wanted = lower(variable);
    for (const char* key : {"VARIABLE", "variable"})
        if (lower(item(dataset, key)) == wanted ||
            (dataset.GetRasterCount() > 0 && lower(item(*dataset.GetRasterBand(1), key)) == wanted))
            return true;
    return lower(std::filesystem::path(path).filename().string()).find(wanted) != std::string::npos;
}

std::string unitsOf(GDALDataset& dataset, const std::string& variable) {
    GDALRasterBand& band = *dataset.GetRasterBand(1);
    std::string units = band.GetUnitType();
    if (units.empty())
        units = item(dataset, variable + "#units");
    if (units.empty())
        units = item(band, "units");
    return units;
}
} // namespace

GriddedVariable GriddedVariable::open(const DriverSource& source, const std::string& variable,
                                      bool timeless) {
    const QuietGdalErrors quiet;
    GriddedVariable result;
    result.m_name = variable;
    std::vector<std::string> skipped;
    for (const auto& file : source.paths) {
        const std::string path = file.string();
        const std::string label = path + " (variable " + variable + ")";
        if (!std::filesystem::exists(file))
            throw InputError(path,
                             "the file does not exist (named by source '" + source.name + "')");
        GDALDatasetUniquePtr opened = openRaster(path);
        if (!opened)
            throw InputError(path, "GDAL cannot read it as NetCDF or GeoTIFF (truncated or another "
                                   "format?): " +
                                       lastGdalError());
        Segment segment;
        segment.path = path;
        segment.label = label;
        const bool netcdf = isNetcdf(*opened);
        if (netcdf) {
            segment.dataset = openNetcdfVariable(*opened, path, variable);
        } else if (source.paths.size() == 1 || geotiffHolds(*opened, path, variable)) {
            segment.dataset = std::move(opened);
        } else {
            skipped.push_back(file.filename().string());
            continue;
        }
        GDALDataset& dataset = *segment.dataset;
        if (dataset.GetRasterCount() < 1)
            throw InputError(label, "has no raster bands");
        requireLonLat(dataset, label);
        GDALRasterBand& band = *dataset.GetRasterBand(1);
        int has = 0;
        segment.scale = band.GetScale(&has);
        const bool scaled = has;
        if (!has)
            segment.scale = 1.0;
        segment.offset = band.GetOffset(&has);
        if (!has)
            segment.offset = 0.0;
        const double noData = band.GetNoDataValue(&has);
        if (has)
            segment.noData = noData;
        const bool integer = GDALDataTypeIsInteger(band.GetRasterDataType());
        if (source.kind == SourceKind::ModisStack && !netcdf && integer && !scaled) {
            // A MOD09GA band exported as GeoTIFF loses its packing attributes; they are fixed.
            segment.scale = kMod09gaScale;
            if (!segment.noData)
                segment.noData = kMod09gaFill;
        }
        const std::string units = unitsOf(dataset, variable);
        if (result.m_segments.empty())
            result.m_units = units;
        else if (units != result.m_units)
            throw InputError(label, "units '" + units + "' differ from '" + result.m_units +
                                        "' in " + result.m_segments.front().path);
        if (!timeless)
            segment.dayOfBand = netcdf ? netcdfDays(dataset, label) : geotiffDays(dataset, label);
        result.m_segments.push_back(std::move(segment));
        if (timeless)
            break;
    }
    if (result.m_segments.empty()) {
        std::string list;
        for (const std::string& s : skipped)
            list += (list.empty() ? "" : ", ") + s;
        throw InputError(source.paths.front().string(),
                         "no file of source '" + source.name + "' holds variable '" + variable +
                             "' (GeoTIFFs name it in VARIABLE metadata or the file name; looked "
                             "at: " +
                             list + ")");
    }
    std::vector<std::pair<int, std::size_t>> days; // day, segment
    for (std::size_t s = 0; s < result.m_segments.size(); ++s)
        for (int day : result.m_segments[s].dayOfBand)
            days.emplace_back(day, s);
    std::sort(days.begin(), days.end());
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i].first == days[i - 1].first)
            throw InputError(result.m_segments[days[i].second].label,
                             "day " + formatIsoDate(fromDayNumber(days[i].first)) + " is also in " +
                                 result.m_segments[days[i - 1].second].path +
                                 " (files of a source must not overlap in time)");
    if (!days.empty()) {
        result.m_firstDay = days.front().first;
        result.m_lastDay = days.back().first;
    }
    return result;
}

std::string GriddedVariable::filesLabel() const {
    const auto name = [](const Segment& s) {
        return std::filesystem::path(s.path).filename().string();
    };
    if (m_segments.size() == 1)
        return name(m_segments.front());
    return name(m_segments.front()) + " … " + name(m_segments.back());
}

std::vector<double> GriddedVariable::unpacked(const Segment& segment,
                                              std::vector<double> raw) const {
    for (double& v : raw)
        if (!std::isnan(v))
            v = v * segment.scale + segment.offset;
    return raw;
}

std::vector<double> GriddedVariable::readDays(const GridSpec& grid, const PixelWindow& window,
                                              int firstDay, int lastDay,
                                              GDALResampleAlg algorithm) const {
    const QuietGdalErrors quiet;
    const std::size_t pixels = static_cast<std::size_t>(window.pixelCount());
    const int dayCount = std::max(0, lastDay - firstDay + 1);
    std::vector<double> values(pixels * static_cast<std::size_t>(dayCount), kNaN);
    for (const Segment& segment : m_segments) {
        std::vector<int> bands;
        std::vector<int> slots;
        for (std::size_t b = 0; b < segment.dayOfBand.size(); ++b)
            if (segment.dayOfBand[b] >= firstDay && segment.dayOfBand[b] <= lastDay) {
                bands.push_back(static_cast<int>(b) + 1);
                slots.push_back(segment.dayOfBand[b] - firstDay);
            }
        if (bands.empty())
            continue;
        const std::vector<double> read =
            unpacked(segment, warpToWindow(*segment.dataset, bands, grid, window, algorithm,
                                           segment.noData, segment.label));
        for (std::size_t i = 0; i < slots.size(); ++i)
            std::copy_n(read.begin() + static_cast<std::ptrdiff_t>(i * pixels), pixels,
                        values.begin() + static_cast<std::ptrdiff_t>(slots[i] * pixels));
    }
    return values;
}

std::vector<double> GriddedVariable::readFirst(const GridSpec& grid, const PixelWindow& window,
                                               GDALResampleAlg algorithm) const {
    const QuietGdalErrors quiet;
    const Segment& segment = m_segments.front();
    return unpacked(segment, warpToWindow(*segment.dataset, {1}, grid, window, algorithm,
                                          segment.noData, segment.label));
}

} // namespace fluxlens::grid
