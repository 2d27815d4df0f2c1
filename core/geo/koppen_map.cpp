#include "geo/koppen_map.h"

#include "common/input_error.h"

#include <cmath>
#include <gdal.h>
#include <limits>
#include <ogr_srs_api.h>
#include <vector>

namespace fluxlens {

void KoppenMap::DatasetCloser::operator()(void* dataset) const {
    GDALClose(static_cast<GDALDatasetH>(dataset));
}

KoppenMap::KoppenMap(KoppenMap&&) noexcept = default;
KoppenMap& KoppenMap::operator=(KoppenMap&&) noexcept = default;
KoppenMap::~KoppenMap() = default;

KoppenMap KoppenMap::open(const std::string& path) {
    GDALAllRegister();
    KoppenMap map;
    map.m_path = path;
    map.m_dataset.reset(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!map.m_dataset)
        throw InputError(path, "GDAL cannot open this file as a Köppen–Geiger raster map");
    const auto dataset = static_cast<GDALDatasetH>(map.m_dataset.get());
    if (GDALGetRasterCount(dataset) < 1)
        throw InputError(path, "the Köppen map has no raster band");
    if (GDALGetGeoTransform(dataset, map.m_geoTransform.data()) != CE_None ||
        map.m_geoTransform[2] != 0.0 || map.m_geoTransform[4] != 0.0)
        throw InputError(path, "the Köppen map has no north-up geotransform");
    if (OGRSpatialReferenceH srs = GDALGetSpatialRef(dataset); srs && !OSRIsGeographic(srs))
        throw InputError(path, "the Köppen map must be in longitude/latitude (as Beck et al. "
                               "distribute it), not a projected coordinate system");
    GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
    const GDALDataType type = GDALGetRasterDataType(band);
    if (GDALDataTypeIsFloating(type) || GDALDataTypeIsComplex(type))
        throw InputError(path, "band 1 of the Köppen map is not an integer band of class codes");
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
    if (hasNoData)
        map.m_noData = noData;
    map.m_width = GDALGetRasterXSize(dataset);
    map.m_height = GDALGetRasterYSize(dataset);
    return map;
}

std::optional<KoppenMapHit> KoppenMap::classAt(double lon_deg, double lat_deg,
                                               int searchRadiusPixels) const {
    if (!std::isfinite(lon_deg) || !std::isfinite(lat_deg))
        return std::nullopt;
    const auto& gt = m_geoTransform;
    auto pixelOf = [&](double lon) { return std::floor((lon - gt[0]) / gt[1]); };
    double column = pixelOf(lon_deg);
    // A 0..360° map holds western longitudes at lon + 360.
    if (column < 0 || column >= m_width)
        column = pixelOf(lon_deg + 360.0);
    const double row = std::floor((lat_deg - gt[3]) / gt[5]);
    if (column < 0 || column >= m_width || row < 0 || row >= m_height)
        return std::nullopt;

    const int radius = std::max(0, searchRadiusPixels);
    const int x0 = std::max(0, static_cast<int>(column) - radius);
    const int y0 = std::max(0, static_cast<int>(row) - radius);
    const int x1 = std::min(m_width - 1, static_cast<int>(column) + radius);
    const int y1 = std::min(m_height - 1, static_cast<int>(row) + radius);
    const int w = x1 - x0 + 1;
    const int h = y1 - y0 + 1;
    std::vector<std::int32_t> codes(static_cast<std::size_t>(w) * h);
    GDALRasterBandH band = GDALGetRasterBand(static_cast<GDALDatasetH>(m_dataset.get()), 1);
    if (GDALRasterIO(band, GF_Read, x0, y0, w, h, codes.data(), w, h, GDT_Int32, 0, 0) != CE_None)
        throw InputError(m_path, "GDAL could not read the Köppen map around longitude " +
                                     std::to_string(lon_deg) + ", latitude " +
                                     std::to_string(lat_deg));

    std::optional<KoppenMapHit> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::int32_t code = codes[static_cast<std::size_t>(y) * w + x];
            if (code < 1 || code > kKoppenClassCount || (m_noData && code == *m_noData))
                continue;
            const double dx = x0 + x - column;
            const double dy = y0 + y - row;
            const double distance = std::sqrt(dx * dx + dy * dy);
            if (distance > radius + 1e-9 || distance >= bestDistance)
                continue;
            bestDistance = distance;
            best = KoppenMapHit{static_cast<KoppenClass>(code),
                                static_cast<int>(std::ceil(distance - 1e-9))};
        }
    }
    return best;
}

} // namespace fluxlens
