#include "import/gridded_importer.h"

#include "common/dates.h"
#include "common/input_error.h"
#include "import/cf_time.h"
#include "import/gdal_multidim.h"
#include "import/gridded_multidim_reader.h"
#include "import/gridded_series.h"
#include "import/raster_pixel_locator.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cpl_error.h>
#include <cstdlib>
#include <filesystem>
#include <gdal.h>
#include <limits>
#include <map>
#include <memory>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct DatasetCloser {
    void operator()(void* ds) const {
        if (ds)
            GDALClose(ds);
    }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string lastGdalError() {
    const char* message = CPLGetLastErrorMsg();
    return message && *message ? std::string(": ") + message : std::string();
}

struct VariableSource {
    std::string gdalName; // what GDALOpen gets: the file or a NETCDF:"file":var subdataset
    std::string fileVariable;
    std::string_view canonical;
};

std::vector<VariableSource> findVariables(const std::string& path, GDALDatasetH ds,
                                          std::vector<std::string>& warnings) {
    std::vector<VariableSource> found;
    std::vector<std::string> others;
    auto add = [&](std::string gdalName, std::string fileVariable) {
        auto canonical = canonicalGriddedVariable(fileVariable);
        if (!canonical) {
            others.push_back(fileVariable);
            return;
        }
        for (const auto& f : found)
            if (f.canonical == *canonical) {
                warnings.push_back("variable '" + fileVariable + "' ignored: '" + f.fileVariable +
                                   "' already gives " + std::string(*canonical));
                return;
            }
        found.push_back({std::move(gdalName), std::move(fileVariable), *canonical});
    };
    if (char** subdatasets = GDALGetMetadata(ds, "SUBDATASETS")) {
        for (char** item = subdatasets; *item; ++item) {
            const std::string entry(*item);
            const auto eq = entry.find('=');
            if (eq == std::string::npos || entry.rfind("_NAME") != eq - 5)
                continue;
            const std::string name = entry.substr(eq + 1);
            const auto colon = name.rfind(':');
            add(name, colon == std::string::npos ? name : name.substr(colon + 1));
        }
    } else if (GDALGetRasterCount(ds) > 0) {
        GDALRasterBandH band = GDALGetRasterBand(ds, 1);
        std::string name;
        if (const char* v = GDALGetMetadataItem(band, "NETCDF_VARNAME", nullptr))
            name = v;
        if (name.empty() || !canonicalGriddedVariable(name)) {
            // GeoTIFF and friends: the variable is named in the file name (fluxcom_GPP_2015.tif).
            const std::string stem = std::filesystem::path(path).stem().string();
            std::string token;
            for (std::size_t i = 0; i <= stem.size(); ++i) {
                if (i < stem.size() && std::isalnum(static_cast<unsigned char>(stem[i]))) {
                    token += stem[i];
                    continue;
                }
                if (canonicalGriddedVariable(token)) {
                    name = token;
                    break;
                }
                token.clear();
            }
        }
        add(path, name.empty() ? std::string("(unnamed)") : name);
    }
    if (found.empty()) {
        std::string list;
        for (const auto& o : others)
            list += (list.empty() ? "" : ", ") + o;
        throw InputError(path, "none of the variables GPP, NEE, RECO (or TER) is in the file" +
                                   (list.empty() ? std::string() : " (found: " + list + ")"));
    }
    return found;
}

std::string unitsOf(GDALDatasetH ds, GDALRasterBandH band, const std::string& variable) {
    if (const char* u = GDALGetRasterUnitType(band); u && *u)
        return u;
    if (const char* u = GDALGetMetadataItem(ds, (variable + "#units").c_str(), nullptr))
        return u;
    if (const char* u = GDALGetMetadataItem(band, "units", nullptr))
        return u;
    return {};
}

// Day number and position within the day (seconds) of every band.
std::vector<StepTime> bandTimes(const std::string& path, GDALDatasetH ds,
                                const std::string& variable) {
    const int bandCount = GDALGetRasterCount(ds);
    std::vector<StepTime> times;
    std::optional<CfTimeAxis> axis;
    if (const char* units = GDALGetMetadataItem(ds, "time#units", nullptr)) {
        const char* calendar = GDALGetMetadataItem(ds, "time#calendar", nullptr);
        axis = parseCfTimeUnits(units, calendar ? calendar : "");
        if (!axis)
            throw InputError(path, "variable " + variable + ": time units '" + units +
                                       "' (calendar '" + (calendar ? calendar : "") +
                                       "') are not understood");
    }
    for (int b = 1; b <= bandCount; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        const char* t = GDALGetMetadataItem(band, "NETCDF_DIM_time", nullptr);
        std::optional<double> seconds;
        if (t && axis) {
            char* end = nullptr;
            const double value = std::strtod(t, &end);
            if (end != t)
                seconds = axis->toUnixSeconds(value);
        } else if (const char* description = GDALGetDescription(band);
                   description && *description) {
            std::string_view d(description);
            std::optional<Day> day = d.size() >= 10 ? parseIsoDate(d.substr(0, 10)) : std::nullopt;
            if (!day)
                day = parseCompactDate(d);
            if (day)
                seconds = static_cast<double>(toDayNumber(*day)) * 86400.0;
        }
        if (!seconds)
            throw InputError(path, "variable " + variable + ": band " + std::to_string(b) +
                                       " has no time (no NETCDF_DIM_time with CF units, no date "
                                       "as band description)");
        times.push_back(stepTimeOfUnixSeconds(*seconds));
    }
    return times;
}

std::vector<ValueScaling> bandScalings(GDALDatasetH ds) {
    std::vector<ValueScaling> scaling(static_cast<std::size_t>(GDALGetRasterCount(ds)));
    for (std::size_t b = 0; b < scaling.size(); ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, static_cast<int>(b) + 1);
        int has = 0;
        const double scale = GDALGetRasterScale(band, &has);
        scaling[b].scale = has ? scale : 1.0;
        const double offset = GDALGetRasterOffset(band, &has);
        scaling[b].offset = has ? offset : 0.0;
        const double noData = GDALGetRasterNoDataValue(band, &has);
        if (has)
            scaling[b].noData = noData;
    }
    return scaling;
}

// The number of time steps the netCDF driver says the file has, when it says so
// (NETCDF_DIM_time_DEF = "{size,type}").
std::optional<long long> netcdfTimeSteps(GDALDatasetH ds) {
    const char* def = GDALGetMetadataItem(ds, "NETCDF_DIM_time_DEF", nullptr);
    if (!def || *def != '{')
        return std::nullopt;
    char* end = nullptr;
    const long long size = std::strtoll(def + 1, &end, 10);
    return end != def + 1 ? std::optional<long long>(size) : std::nullopt;
}

// GeoTIFF and other band-per-step rasters: one band per time step, read band-interleaved.
GriddedSamples readGriddedClassic(const std::string& path, const std::vector<Site>& sites,
                                  int window, const ImportControl& control) {
    CPLErrorReset();
    DatasetPtr container(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!container)
        throw InputError(path, "GDAL cannot read it as a raster" + lastGdalError());
    GriddedSamples samples;
    const auto variables = findVariables(path, container.get(), samples.warnings);
    for (const auto& v : variables)
        samples.columnNames.emplace_back(v.canonical);
    samples.perSite.resize(sites.size());

    for (std::size_t v = 0; v < variables.size(); ++v) {
        const VariableSource& source = variables[v];
        DatasetPtr owned;
        GDALDatasetH ds = container.get();
        if (source.gdalName != path) {
            owned.reset(GDALOpenEx(source.gdalName.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                   nullptr, nullptr, nullptr));
            if (!owned)
                throw InputError(path, "variable " + source.fileVariable + ": GDAL cannot read it" +
                                           lastGdalError());
            ds = owned.get();
        }
        const int bandCount = GDALGetRasterCount(ds);
        if (bandCount < 1)
            throw InputError(path, "variable " + source.fileVariable + " has no data");
        if (const auto stepCount = netcdfTimeSteps(ds); stepCount && *stepCount > bandCount)
            throw InputError(path, "variable " + source.fileVariable + ": the time axis has " +
                                       std::to_string(*stepCount) + " steps but GDAL shows only " +
                                       std::to_string(bandCount) +
                                       " bands; FluxLens would lose the rest");
        const double factor = griddedUnitFactor(
            path, source.fileVariable, unitsOf(ds, GDALGetRasterBand(ds, 1), source.fileVariable));
        const auto times = bandTimes(path, ds, source.fileVariable);
        const std::vector<ValueScaling> scaling = bandScalings(ds);
        const DailySteps steps = dailySteps(times);
        if (v == 0)
            samples.droppedDays = steps.incompleteDays;

        const RasterPixelLocator locator(path, ds);
        const int before = (window - 1) / 2;
        std::vector<double> buffer;
        for (std::size_t s = 0; s < sites.size(); ++s) {
            control.step((static_cast<double>(v) + static_cast<double>(s) / sites.size()) /
                         variables.size());
            const Site& site = sites[s];
            if (std::isnan(site.lat_deg) || std::isnan(site.lon_deg))
                continue;
            auto pixel = locator.locate(site.lon_deg, site.lat_deg);
            if (!pixel) {
                if (v == 0)
                    ++samples.sitesOutside;
                continue;
            }
            const int x0 = std::max(0, pixel->first - before);
            const int y0 = std::max(0, pixel->second - before);
            const int x1 = std::min(locator.width(), pixel->first - before + window);
            const int y1 = std::min(locator.height(), pixel->second - before + window);
            const int w = x1 - x0, h = y1 - y0;
            buffer.assign(static_cast<std::size_t>(w) * h * bandCount, kNaN);
            if (GDALDatasetRasterIO(ds, GF_Read, x0, y0, w, h, buffer.data(), w, h, GDT_Float64,
                                    bandCount, nullptr, 0, 0, 0) != CE_None)
                throw InputError(path, "variable " + source.fileVariable +
                                           ": reading the pixels of site " + site.id + " failed" +
                                           lastGdalError());
            addDailyMeans(buffer, static_cast<std::size_t>(w) * h, times, scaling, steps, factor, v,
                          variables.size(), samples.perSite[s]);
        }
    }
    return samples;
}
} // namespace

bool looksLikeGriddedFile(std::string_view path) {
    const std::string extension = lower(std::filesystem::path(path).extension().string());
    return extension == ".nc" || extension == ".nc4" || extension == ".cdf" ||
           extension == ".tif" || extension == ".tiff" || extension == ".grib" ||
           extension == ".grb" || extension == ".grib2" || extension == ".h5" ||
           extension == ".hdf" || extension == ".zarr" || extension == ".vrt";
}

ImportBatch importGridded(const std::string& path, const std::string& productName,
                          const std::vector<Site>& sites, int window,
                          const ImportControl& control) {
    if (productName.empty())
        throw InputError(path, "a gridded product needs a product name to be stored under");
    if (window < 1)
        throw InputError(path, "the sampling window must be at least 1 pixel");
    GDALAllRegister();
    const QuietGdalErrors quiet;
    // NetCDF and other multidimensional files: a site's whole time series in one read, with no
    // limit on the number of steps; rasters with a band per date through the classic API.
    std::optional<GriddedSamples> read = readGriddedMultidim(path, sites, window, control);
    GriddedSamples samples =
        read ? std::move(*read) : readGriddedClassic(path, sites, window, control);

    ImportBatch batch;
    batch.warnings = std::move(samples.warnings);
    // Monthly values are not daily ones: their own, labelled product, never mixed with a daily
    // product of the same name.
    const std::string product = samples.monthly && productName.find("monthly") == std::string::npos
                                    ? productName + " (monthly)"
                                    : productName;
    if (samples.monthly)
        batch.warnings.push_back(
            "monthly time steps: stored as product '" + product +
            "', one value per month on the day of its time stamp; compare them only with monthly "
            "means of the towers");
    for (std::size_t s = 0; s < sites.size(); ++s) {
        if (samples.perSite[s].empty())
            continue;
        DailyTable table;
        table.kind = DailyKind::Reference;
        table.product = product;
        table.siteId = sites[s].id;
        table.columnNames = samples.columnNames;
        table.columns.assign(table.columnNames.size(), {});
        for (const auto& [day, values] : samples.perSite[s]) {
            table.dayNumbers.push_back(day);
            for (std::size_t c = 0; c < values.size(); ++c)
                table.columns[c].push_back(values[c]);
        }
        batch.tables.push_back(std::move(table));
    }
    if (samples.sitesOutside > 0)
        batch.warnings.push_back(std::to_string(samples.sitesOutside) +
                                 " sites lie outside the grid and were skipped");
    if (samples.droppedDays > 0)
        batch.warnings.push_back(std::to_string(samples.droppedDays) +
                                 " days with fewer time steps than the others were left out");
    if (batch.tables.empty())
        throw InputError(path, sites.empty() ? "no site in the cache to sample the grid at: "
                                               "import site metadata first"
                                             : "no cached site lies inside the grid");
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
