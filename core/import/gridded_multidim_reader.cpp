#include "import/gridded_multidim_reader.h"

#include "common/input_error.h"
#include "import/gdal_multidim.h"
#include "import/raster_pixel_locator.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <limits>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

GDALDatasetUniquePtr openMultidim(const std::string& path) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(
        path.c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

// Positions of the time, y and x dimensions of an array, and of an hour-of-day dimension.
struct Layout {
    std::size_t time = 0, y = 0, x = 0;
    std::optional<std::size_t> hour;
};

std::optional<Layout> layoutOf(const GDALMDArray& array) {
    const auto& dims = array.GetDimensions();
    std::optional<std::size_t> time, y, x, hour;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        std::optional<std::size_t>* slot = nullptr;
        switch (gridAxisOf(*dims[i])) {
        case GridAxis::Time:
            slot = &time;
            break;
        case GridAxis::Y:
            slot = &y;
            break;
        case GridAxis::X:
            slot = &x;
            break;
        case GridAxis::Hour:
            slot = &hour;
            break;
        case GridAxis::Other:
            if (dims[i]->GetSize() != 1)
                return std::nullopt;
            continue;
        }
        if (slot->has_value())
            return std::nullopt;
        *slot = i;
    }
    if (!time || !y || !x)
        return std::nullopt;
    return Layout{*time, *y, *x, hour};
}

struct FoundVariable {
    std::shared_ptr<GDALMDArray> array;
    std::string name;
    std::string_view canonical;
    Layout layout;
};

void collectVariables(const GDALGroup& group, std::vector<FoundVariable>& found,
                      std::vector<std::string>& warnings, int depth) {
    for (const std::string& name : group.GetMDArrayNames()) {
        const auto canonical = canonicalGriddedVariable(name);
        if (!canonical)
            continue;
        auto array = group.OpenMDArray(name);
        if (!array)
            continue;
        const auto layout = layoutOf(*array);
        if (!layout)
            continue;
        const auto same = std::find_if(found.begin(), found.end(), [&](const FoundVariable& f) {
            return f.canonical == *canonical;
        });
        if (same != found.end()) {
            warnings.push_back("variable '" + name + "' ignored: '" + same->name +
                               "' already gives " + std::string(*canonical));
            continue;
        }
        found.push_back({std::move(array), name, *canonical, *layout});
    }
    if (depth < 4)
        for (const std::string& name : group.GetGroupNames())
            if (const auto sub = group.OpenGroup(name))
                collectVariables(*sub, found, warnings, depth + 1);
}

// First cell edge and cell size along a regularly spaced coordinate.
std::pair<double, double> regularAxis(const std::string& path, const std::string& variable,
                                      const std::string& axisName,
                                      const std::vector<double>& values) {
    if (values.size() < 2)
        throw InputError(path, "variable " + variable + ": coordinate " + axisName +
                                   " has fewer than 2 values, the cell size is unknown");
    const double step = (values.back() - values.front()) / double(values.size() - 1);
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!(std::abs(values[i] - values[i - 1] - step) <= 1e-6 * std::abs(step) + 1e-9))
            throw InputError(path, "variable " + variable + ": coordinate " + axisName +
                                       " is not regularly spaced (at index " + std::to_string(i) +
                                       ")");
    if (step == 0.0)
        throw InputError(path,
                         "variable " + variable + ": coordinate " + axisName + " does not change");
    return {values.front() - step / 2.0, step};
}

std::vector<StepTime> stepTimes(const std::string& path, const FoundVariable& v) {
    return readStepTimes(path, v.name, *v.array->GetDimensions()[v.layout.time]);
}

// [step][hour][pixel] -> [step][pixel]: the mean of the hours of each step (a monthly diurnal
// cycle becomes the month's mean). Scale and offset are linear and applied later; a step with a
// missing hour (NaN or the no-data value) is missing.
std::vector<double> meanOverHours(const std::vector<double>& buffer, std::size_t steps,
                                  std::size_t hours, std::size_t pixels,
                                  std::optional<double> noData) {
    std::vector<double> means(steps * pixels, kNaN);
    for (std::size_t s = 0; s < steps; ++s)
        for (std::size_t p = 0; p < pixels; ++p) {
            double sum = 0.0;
            bool complete = true;
            for (std::size_t h = 0; h < hours && complete; ++h) {
                const double v = buffer[(s * hours + h) * pixels + p];
                complete = !std::isnan(v) && !(noData && v == *noData);
                sum += v;
            }
            if (complete)
                means[s * pixels + p] = sum / static_cast<double>(hours);
        }
    return means;
}

RasterPixelLocator locatorOf(const std::string& path, const FoundVariable& v) {
    const auto& dims = v.array->GetDimensions();
    const auto xs = readCoordinateValues(path, v.name, *dims[v.layout.x]);
    const auto ys = readCoordinateValues(path, v.name, *dims[v.layout.y]);
    const auto [x0, dx] = regularAxis(path, v.name, dims[v.layout.x]->GetName(), xs);
    const auto [y0, dy] = regularAxis(path, v.name, dims[v.layout.y]->GetName(), ys);
    const std::array<double, 6> gt{x0, dx, 0.0, y0, 0.0, dy};
    const auto srs = v.array->GetSpatialRef();
    return RasterPixelLocator(path, gt, static_cast<int>(xs.size()), static_cast<int>(ys.size()),
                              srs ? OGRSpatialReference::ToHandle(srs.get()) : nullptr);
}
} // namespace

std::optional<GriddedSamples> readGriddedMultidim(const std::string& path,
                                                  const std::vector<Site>& sites, int window,
                                                  const ImportControl& control) {
    const QuietGdalErrors quiet;
    CPLErrorReset();
    const GDALDatasetUniquePtr dataset = openMultidim(path);
    if (!dataset)
        return std::nullopt;
    const auto root = dataset->GetRootGroup();
    if (!root)
        return std::nullopt;
    GriddedSamples samples;
    std::vector<FoundVariable> variables;
    collectVariables(*root, variables, samples.warnings, 0);
    if (variables.empty())
        return std::nullopt;

    for (const auto& v : variables)
        samples.columnNames.emplace_back(v.canonical);
    samples.perSite.resize(sites.size());
    const int before = (window - 1) / 2;
    std::vector<double> buffer;
    for (std::size_t v = 0; v < variables.size(); ++v) {
        const FoundVariable& source = variables[v];
        std::string units = source.array->GetUnit();
        if (units.empty())
            units = gdalTextAttribute(*source.array, "units");
        const double factor = griddedUnitFactor(path, source.name, trimmed(units));
        const std::vector<StepTime> times = stepTimes(path, source);
        const DailySteps steps = dailySteps(times);
        if (v == 0) {
            samples.droppedDays = steps.incompleteDays;
            samples.monthly = hasMonthlySteps(times);
        }
        const std::vector<ValueScaling> scaling{valueScalingOf(*source.array)};
        const RasterPixelLocator locator = locatorOf(path, source);
        const std::size_t dimCount = source.array->GetDimensionCount();
        const std::size_t hours =
            source.layout.hour ? static_cast<std::size_t>(
                                     source.array->GetDimensions()[*source.layout.hour]->GetSize())
                               : 1;
        for (std::size_t s = 0; s < sites.size(); ++s) {
            control.step((static_cast<double>(v) + static_cast<double>(s) / sites.size()) /
                         variables.size());
            const Site& site = sites[s];
            if (std::isnan(site.lat_deg) || std::isnan(site.lon_deg))
                continue;
            const auto pixel = locator.locate(site.lon_deg, site.lat_deg);
            if (!pixel) {
                if (v == 0)
                    ++samples.sitesOutside;
                continue;
            }
            const int x0 = std::max(0, pixel->first - before);
            const int y0 = std::max(0, pixel->second - before);
            const int x1 = std::min(locator.width(), pixel->first - before + window);
            const int y1 = std::min(locator.height(), pixel->second - before + window);
            const std::size_t w = static_cast<std::size_t>(x1 - x0);
            const std::size_t h = static_cast<std::size_t>(y1 - y0);
            // One read of the whole time series of the window, laid out [step][row][column].
            std::vector<GUInt64> start(dimCount, 0);
            std::vector<size_t> count(dimCount, 1);
            std::vector<GPtrDiff_t> stride(dimCount, 1);
            start[source.layout.y] = static_cast<GUInt64>(y0);
            start[source.layout.x] = static_cast<GUInt64>(x0);
            // With an hour dimension: [step][hour][row][column].
            count[source.layout.time] = times.size();
            count[source.layout.y] = h;
            count[source.layout.x] = w;
            stride[source.layout.time] = static_cast<GPtrDiff_t>(hours * w * h);
            stride[source.layout.y] = static_cast<GPtrDiff_t>(w);
            stride[source.layout.x] = 1;
            if (source.layout.hour) {
                count[*source.layout.hour] = hours;
                stride[*source.layout.hour] = static_cast<GPtrDiff_t>(w * h);
            }
            buffer.assign(times.size() * hours * w * h, kNaN);
            if (!source.array->Read(start.data(), count.data(), nullptr, stride.data(),
                                    GDALExtendedDataType::Create(GDT_Float64), buffer.data()))
                throw InputError(path, "variable " + source.name + ": reading the pixels of site " +
                                           site.id + " failed: " + CPLGetLastErrorMsg());
            if (source.layout.hour)
                buffer = meanOverHours(buffer, times.size(), hours, w * h, scaling[0].noData);
            addDailyMeans(buffer, w * h, times, scaling, steps, factor, v, variables.size(),
                          samples.perSite[s]);
        }
    }
    return samples;
}

std::optional<std::string> griddedProductAttribute(const std::string& path) {
    const QuietGdalErrors quiet;
    if (const GDALDatasetUniquePtr dataset = openMultidim(path))
        if (const auto root = dataset->GetRootGroup())
            for (const char* name : {"product", "title"})
                if (std::string value = trimmed(gdalTextAttribute(*root, name)); !value.empty())
                    return value;
    const GDALDatasetUniquePtr classic(GDALDataset::Open(
        path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!classic)
        return std::nullopt;
    for (const char* key : {"NC_GLOBAL#product", "product", "NC_GLOBAL#title", "title"})
        if (const char* value = classic->GetMetadataItem(key))
            if (std::string text = trimmed(value); !text.empty())
                return text;
    return std::nullopt;
}

} // namespace fluxlens
