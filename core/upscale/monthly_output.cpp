// Monthly means of a finished run: <stem>_monthly.nc (CF-1.8, time = first day of the month with
// time_bnds) and one GeoTIFF per month with bands GPP, RECO, NEE.
#include "common/dates.h"
#include "upscale/netcdf_file.h"
#include "upscale/tile_file.h"
#include "upscale/tile_layout.h"
#include "upscale/upscale_output.h"

#include <cmath>
#include <gdal_priv.h>
#include <limits>
#include <ogr_spatialref.h>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
struct Month {
    int firstDay = 0; // absolute day numbers, clipped to the run's period
    int lastDay = 0;
    std::string label; // YYYY-MM
};

std::vector<Month> monthsOf(const RunSettings& s) {
    std::vector<Month> months;
    for (int day = s.firstDay; day <= s.lastDay; ++day) {
        const Day date = fromDayNumber(day);
        const std::string label = formatIsoDate(date).substr(0, 7);
        if (months.empty() || months.back().label != label)
            months.push_back({day, day, label});
        months.back().lastDay = day;
    }
    return months;
}

// Mean over the month's days with a value, for one variable, over the whole grid (rows × cols).
std::vector<float> monthlyMean(const RunSettings& s, const std::filesystem::path& parts,
                               const std::vector<grid::PixelWindow>& tiles, int variable,
                               const Month& month) {
    const int cols = s.grid.columns();
    std::vector<float> sum(static_cast<std::size_t>(s.grid.rows()) * cols, 0.0f);
    std::vector<int> count(sum.size(), 0);
    std::vector<float> plane;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const grid::PixelWindow& w = tiles[i];
        TileReader reader(tileFile(parts, static_cast<int>(i)));
        plane.resize(static_cast<std::size_t>(w.pixelCount()));
        for (int day = month.firstDay; day <= month.lastDay; ++day) {
            reader.readPlane(variable, day - s.firstDay, plane.data());
            for (int r = 0; r < w.rows; ++r)
                for (int c = 0; c < w.cols; ++c) {
                    const float v = plane[static_cast<std::size_t>(r) * w.cols + c];
                    if (!std::isfinite(v))
                        continue;
                    const std::size_t at = static_cast<std::size_t>(w.row0 + r) * cols + w.col0 + c;
                    sum[at] += v;
                    ++count[at];
                }
        }
    }
    for (std::size_t i = 0; i < sum.size(); ++i)
        sum[i] = count[i] ? sum[i] / static_cast<float>(count[i])
                          : std::numeric_limits<float>::quiet_NaN();
    return sum;
}

void writeGeotiff(const RunSettings& s, const std::filesystem::path& file,
                  const std::vector<std::vector<float>>& bands) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        throw std::runtime_error(file.string() + ": GDAL has no GTiff driver");
    CPLStringList options;
    options.SetNameValue("COMPRESS", "DEFLATE");
    options.SetNameValue("TILED", "YES");
    std::unique_ptr<GDALDataset> dataset(driver->Create(
        file.string().c_str(), s.grid.columns(), s.grid.rows(), 3, GDT_Float32, options.List()));
    if (!dataset)
        throw std::runtime_error(file.string() + ": cannot create: " + CPLGetLastErrorMsg());
    double transform[6] = {s.grid.west_deg,       s.grid.resolution_deg, 0.0, s.grid.north_deg, 0.0,
                           -s.grid.resolution_deg};
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    if (dataset->SetGeoTransform(transform) != CE_None || dataset->SetSpatialRef(&srs) != CE_None)
        throw std::runtime_error(file.string() +
                                 ": cannot set the georeferencing: " + CPLGetLastErrorMsg());
    for (int b = 0; b < 3; ++b) {
        GDALRasterBand* band = dataset->GetRasterBand(b + 1);
        band->SetDescription(kOutputVariables[b]);
        band->SetUnitType("gC m-2 d-1");
        band->SetNoDataValue(std::numeric_limits<double>::quiet_NaN());
        if (band->RasterIO(GF_Write, 0, 0, s.grid.columns(), s.grid.rows(),
                           const_cast<float*>(bands[static_cast<std::size_t>(b)].data()),
                           s.grid.columns(), s.grid.rows(), GDT_Float32, 0, 0) != CE_None)
            throw std::runtime_error(file.string() + ": cannot write band " + kOutputVariables[b] +
                                     ": " + CPLGetLastErrorMsg());
    }
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure)
        throw std::runtime_error(file.string() + ": cannot finish: " + CPLGetLastErrorMsg());
}
} // namespace

std::filesystem::path monthlyNetcdfPath(const std::filesystem::path& output) {
    return output.parent_path() / (output.stem().string() + "_monthly.nc");
}

std::filesystem::path monthlyGeotiffFolder(const std::filesystem::path& output) {
    return output.parent_path() / (output.stem().string() + "_tif");
}

void writeMonthlyOutputs(const RunSettings& s, const std::filesystem::path& parts,
                         const std::filesystem::path& output, bool netcdf, bool geotiff,
                         const std::function<void(const std::string&)>& log) {
    GDALAllRegister();
    const std::vector<Month> months = monthsOf(s);
    const std::vector<grid::PixelWindow> tiles = tileWindows(s.grid, s.tilePixels);
    const std::size_t rows = static_cast<std::size_t>(s.grid.rows());
    const std::size_t cols = static_cast<std::size_t>(s.grid.columns());
    const int variables = netcdf ? kOutputVariableCount : 3;

    std::unique_ptr<NetcdfFile> file;
    std::vector<std::shared_ptr<GDALMDArray>> arrays;
    if (netcdf) {
        file = std::make_unique<NetcdfFile>(monthlyNetcdfPath(output), "CF-1.8");
        auto timeDim = file->dimension("time", GDAL_DIM_TYPE_TEMPORAL, "", months.size());
        auto boundsDim = file->dimension("nv", "", "", 2);
        auto latDim = file->dimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH", rows);
        auto lonDim = file->dimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST", cols);
        std::vector<double> starts, bounds, lats, lons;
        for (const Month& m : months) {
            starts.push_back(m.firstDay);
            bounds.push_back(m.firstDay);
            bounds.push_back(m.lastDay + 1);
        }
        for (int r = 0; r < s.grid.rows(); ++r)
            lats.push_back(s.grid.latOfRow(r));
        for (int c = 0; c < s.grid.columns(); ++c)
            lons.push_back(s.grid.lonOfColumn(c));
        auto time = file->coordinate(timeDim, starts, "days since 1970-01-01", "time", "T");
        file->text(time, "calendar", "standard");
        file->text(time, "bounds", "time_bnds");
        auto timeBounds =
            file->floatVariable("time_bnds", {timeDim, boundsDim}, {months.size(), 2});
        file->coordinate(latDim, lats, "degrees_north", "latitude", "Y");
        file->coordinate(lonDim, lons, "degrees_east", "longitude", "X");
        file->geographicCrs();
        for (const ProvenanceAttribute& a : provenanceAttributes(s))
            file->text(a.name, a.value);
        std::vector<float> boundValues(bounds.begin(), bounds.end());
        file->write(timeBounds, {0, 0}, {months.size(), 2}, boundValues.data());
        for (int v = 0; v < variables; ++v) {
            auto array = file->floatVariable(
                kOutputVariables[v], {timeDim, latDim, lonDim},
                {1, std::min<std::size_t>(256, rows), std::min<std::size_t>(256, cols)});
            file->text(array, "units", "gC m-2 d-1");
            file->text(array, "grid_mapping", "crs");
            file->text(array, "cell_methods", "time: mean within months");
            file->text(array, "long_name",
                       v < 3 ? std::string("monthly mean of daily ") + kOutputVariables[v]
                             : std::string("monthly mean of the daily "
                                           "ensemble standard deviation ") +
                                   kOutputVariables[v]);
            arrays.push_back(std::move(array));
        }
    }
    if (geotiff)
        std::filesystem::create_directories(monthlyGeotiffFolder(output));
    for (std::size_t m = 0; m < months.size(); ++m) {
        std::vector<std::vector<float>> means;
        for (int v = 0; v < variables; ++v) {
            means.push_back(monthlyMean(s, parts, tiles, v, months[m]));
            if (file)
                file->write(arrays[static_cast<std::size_t>(v)], {m, 0, 0}, {1, rows, cols},
                            means.back().data());
        }
        if (geotiff)
            writeGeotiff(s,
                         monthlyGeotiffFolder(output) /
                             (output.stem().string() + "_" + months[m].label + ".tif"),
                         means);
        if (log)
            log("monthly means " + months[m].label);
    }
    arrays.clear();
    if (file)
        file->close();
}

} // namespace fluxlens::upscale
