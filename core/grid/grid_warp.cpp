#include "grid/grid_warp.h"

#include "common/input_error.h"

#include <array>
#include <cmath>
#include <gdalwarper.h>
#include <limits>
#include <memory>

namespace fluxlens::grid {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct WarpOptionsDeleter {
    void operator()(GDALWarpOptions* options) const { GDALDestroyWarpOptions(options); }
};

struct TransformerDeleter {
    void operator()(void* transformer) const { GDALDestroyGenImgProjTransformer(transformer); }
};

GDALDatasetUniquePtr memoryTarget(GDALDataset& source, int bandCount, const GridSpec& grid,
                                  const PixelWindow& window, double lonShift_deg) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr target(
        driver->Create("", window.cols, window.rows, bandCount, GDT_Float64, nullptr));
    std::array<double, 6> gt{grid.west_deg + window.col0 * grid.resolution_deg + lonShift_deg,
                             grid.resolution_deg,
                             0.0,
                             grid.north_deg - window.row0 * grid.resolution_deg,
                             0.0,
                             -grid.resolution_deg};
    target->SetGeoTransform(gt.data());
    if (const OGRSpatialReference* srs = source.GetSpatialRef())
        target->SetSpatialRef(srs);
    for (int b = 1; b <= bandCount; ++b) {
        target->GetRasterBand(b)->SetNoDataValue(kNaN);
        target->GetRasterBand(b)->Fill(kNaN);
    }
    return target;
}

std::vector<double> warpOnce(GDALDataset& source, const std::vector<int>& bands,
                             const GridSpec& grid, const PixelWindow& window,
                             GDALResampleAlg algorithm, std::optional<double> sourceNoData,
                             double lonShift_deg, const std::string& label) {
    const int count = static_cast<int>(bands.size());
    GDALDatasetUniquePtr target = memoryTarget(source, count, grid, window, lonShift_deg);
    std::unique_ptr<void, TransformerDeleter> transformer(GDALCreateGenImgProjTransformer2(
        GDALDataset::ToHandle(&source), GDALDataset::ToHandle(target.get()), nullptr));
    if (!transformer)
        throw InputError(label, std::string("GDAL cannot map the file onto the output grid: ") +
                                    CPLGetLastErrorMsg());
    std::unique_ptr<GDALWarpOptions, WarpOptionsDeleter> options(GDALCreateWarpOptions());
    options->hSrcDS = GDALDataset::ToHandle(&source);
    options->hDstDS = GDALDataset::ToHandle(target.get());
    options->eResampleAlg = algorithm;
    options->eWorkingDataType = GDT_Float64;
    options->nBandCount = count;
    options->panSrcBands = static_cast<int*>(CPLMalloc(sizeof(int) * count));
    options->panDstBands = static_cast<int*>(CPLMalloc(sizeof(int) * count));
    options->padfSrcNoDataReal = static_cast<double*>(CPLMalloc(sizeof(double) * count));
    options->padfDstNoDataReal = static_cast<double*>(CPLMalloc(sizeof(double) * count));
    for (int i = 0; i < count; ++i) {
        options->panSrcBands[i] = bands[static_cast<std::size_t>(i)];
        options->panDstBands[i] = i + 1;
        // NaN as source no-data also keeps NaN cells of float files out of the interpolation.
        options->padfSrcNoDataReal[i] = sourceNoData.value_or(kNaN);
        options->padfDstNoDataReal[i] = kNaN;
    }
    options->papszWarpOptions = CSLSetNameValue(options->papszWarpOptions, "INIT_DEST", "NO_DATA");
    options->pfnTransformer = GDALGenImgProjTransform;
    options->pTransformerArg = transformer.get();
    GDALWarpOperation operation;
    if (operation.Initialize(options.get()) != CE_None ||
        operation.ChunkAndWarpImage(0, 0, window.cols, window.rows) != CE_None)
        throw InputError(label,
                         std::string("reading and regridding failed: ") + CPLGetLastErrorMsg());
    const std::size_t pixels = static_cast<std::size_t>(window.pixelCount());
    std::vector<double> values(pixels * bands.size(), kNaN);
    for (int b = 0; b < count; ++b)
        if (target->GetRasterBand(b + 1)->RasterIO(
                GF_Read, 0, 0, window.cols, window.rows, values.data() + pixels * b, window.cols,
                window.rows, GDT_Float64, 0, 0, nullptr) != CE_None)
            throw InputError(label, std::string("reading the regridded values failed: ") +
                                        CPLGetLastErrorMsg());
    return values;
}
} // namespace

void requireLonLat(GDALDataset& dataset, const std::string& label) {
    std::array<double, 6> gt{};
    if (dataset.GetGeoTransform(gt.data()) != CE_None)
        throw InputError(label, "has no georeferencing (no regular longitude/latitude axes)");
    if (gt[2] != 0.0 || gt[4] != 0.0)
        throw InputError(label, "is a rotated grid; FluxLens needs a longitude/latitude grid");
    if (const OGRSpatialReference* srs = dataset.GetSpatialRef(); srs && !srs->IsGeographic())
        throw InputError(label, "is in a projected coordinate system; FluxLens needs "
                                "longitude/latitude (EPSG:4326) drivers");
}

std::vector<double> warpToWindow(GDALDataset& source, const std::vector<int>& bands,
                                 const GridSpec& grid, const PixelWindow& window,
                                 GDALResampleAlg algorithm, std::optional<double> sourceNoData,
                                 const std::string& label) {
    if (bands.empty() || window.pixelCount() <= 0)
        return {};
    std::vector<double> values =
        warpOnce(source, bands, grid, window, algorithm, sourceNoData, 0.0, label);
    std::array<double, 6> gt{};
    source.GetGeoTransform(gt.data());
    const double sourceEast = gt[0] + gt[1] * source.GetRasterXSize();
    const double windowWest = grid.west_deg + window.col0 * grid.resolution_deg;
    if (sourceEast > 180.0 + 1e-9 && windowWest < 0.0) {
        const std::vector<double> shifted =
            warpOnce(source, bands, grid, window, algorithm, sourceNoData, 360.0, label);
        for (std::size_t i = 0; i < values.size(); ++i)
            if (std::isnan(values[i]))
                values[i] = shifted[i];
    }
    return values;
}

} // namespace fluxlens::grid
