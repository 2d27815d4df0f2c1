#include "demo/demo_grid_rasters.h"

#include "common/input_error.h"

#include <cmath>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
struct DatasetCloser {
    void operator()(GDALDataset* d) const {
        if (d)
            GDALClose(d);
    }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;
} // namespace

std::vector<float> landFractionFromKoppenMap(const DemoGridOptions& g, const std::string& path) {
    GDALAllRegister();
    Dataset map(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!map || map->GetRasterCount() < 1)
        throw InputError(path, "GDAL cannot open this file as a Köppen–Geiger raster map");
    double gt[6];
    if (map->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0 || gt[5] >= 0)
        throw InputError(path, "the Köppen map has no north-up geotransform");
    const int width = map->GetRasterXSize(), height = map->GetRasterYSize();
    // The map pixels covering the grid's box.
    const int x0 = std::max(0, static_cast<int>(std::floor((g.west_deg - gt[0]) / gt[1])));
    const int x1 = std::min(width, static_cast<int>(std::ceil((g.east_deg - gt[0]) / gt[1])));
    const int y0 = std::max(0, static_cast<int>(std::floor((gt[3] - g.north_deg) / -gt[5])));
    const int y1 = std::min(height, static_cast<int>(std::ceil((gt[3] - g.south_deg) / -gt[5])));
    std::vector<float> fraction(static_cast<std::size_t>(g.pixelCount()), 0.0f);
    if (x1 <= x0 || y1 <= y0)
        return fraction; // the map does not reach the grid: all sea
    const int w = x1 - x0, h = y1 - y0;
    std::vector<std::uint8_t> codes(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    if (map->GetRasterBand(1)->RasterIO(GF_Read, x0, y0, w, h, codes.data(), w, h, GDT_Byte, 0,
                                        0) != CE_None)
        throw InputError(path, std::string("cannot read the Köppen map: ") + CPLGetLastErrorMsg());
    auto isLand = [&](int x, int y) {
        return codes[static_cast<std::size_t>(y - y0) * static_cast<std::size_t>(w) +
                     static_cast<std::size_t>(x - x0)] != 0;
    };
    std::vector<int> land(fraction.size(), 0), total(fraction.size(), 0);
    for (int y = y0; y < y1; ++y) {
        const double lat = gt[3] + (y + 0.5) * gt[5];
        const double row = std::floor((g.north_deg - lat) / g.resolution_deg);
        if (row < 0 || row >= g.rows())
            continue;
        for (int x = x0; x < x1; ++x) {
            const double lon = gt[0] + (x + 0.5) * gt[1];
            const double col = std::floor((lon - g.west_deg) / g.resolution_deg);
            if (col < 0 || col >= g.columns())
                continue;
            const std::size_t p =
                static_cast<std::size_t>(row) * g.columns() + static_cast<std::size_t>(col);
            ++total[p];
            land[p] += isLand(x, y) ? 1 : 0;
        }
    }
    for (int r = 0; r < g.rows(); ++r)
        for (int c = 0; c < g.columns(); ++c) {
            const std::size_t p =
                static_cast<std::size_t>(r) * g.columns() + static_cast<std::size_t>(c);
            if (total[p] > 0) {
                fraction[p] = static_cast<float>(land[p]) / static_cast<float>(total[p]);
                continue;
            }
            const int x = static_cast<int>(std::floor((g.lonOfColumn(c) - gt[0]) / gt[1]));
            const int y = static_cast<int>(std::floor((gt[3] - g.latOfRow(r)) / -gt[5]));
            if (x >= x0 && x < x1 && y >= y0 && y < y1)
                fraction[p] = isLand(x, y) ? 1.0f : 0.0f;
        }
    return fraction;
}

void writeClassGeoTiff(const DemoGridOptions& g, const std::vector<std::uint8_t>& values,
                       const ClassRaster& raster, const std::filesystem::path& path) {
    auto fail = [&](const std::string& what) {
        throw std::runtime_error(path.string() + ": " + what + ": " + CPLGetLastErrorMsg());
    };
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (!driver)
        fail("GDAL has no GeoTIFF driver");
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    CPLStringList options;
    options.SetNameValue("COMPRESS", "DEFLATE");
    Dataset out(
        driver->Create(path.string().c_str(), g.columns(), g.rows(), 1, GDT_Byte, options.List()));
    if (!out)
        fail("cannot create the GeoTIFF");
    double gt[6] = {g.west_deg, g.resolution_deg, 0, g.north_deg, 0, -g.resolution_deg};
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    if (out->SetGeoTransform(gt) != CE_None || out->SetSpatialRef(&wgs84) != CE_None)
        fail("cannot set the georeferencing");
    GDALRasterBand* band = out->GetRasterBand(1);
    band->SetDescription(raster.description.c_str());
    if (raster.noData >= 0 && band->SetNoDataValue(raster.noData) != CE_None)
        fail("cannot set the no-data value");
    for (const auto& [key, value] : raster.metadata)
        if (out->SetMetadataItem(key.c_str(), value.c_str()) != CE_None)
            fail("cannot set the metadata item " + key);
    if (band->RasterIO(GF_Write, 0, 0, g.columns(), g.rows(),
                       const_cast<std::uint8_t*>(values.data()), g.columns(), g.rows(), GDT_Byte, 0,
                       0) != CE_None)
        fail("cannot write the raster");
    CPLErrorReset();
    out.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        fail("cannot finish the GeoTIFF");
}

} // namespace fluxlens::demo
