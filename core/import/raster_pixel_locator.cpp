#include "import/raster_pixel_locator.h"

#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <cpl_error.h>
#include <ogr_srs_api.h>

namespace fluxlens {

void RasterPixelLocator::SrsDeleter::operator()(void* srs) const {
    OSRDestroySpatialReference(srs);
}

void RasterPixelLocator::TransformDeleter::operator()(void* transform) const {
    OCTDestroyCoordinateTransformation(transform);
}

RasterPixelLocator::RasterPixelLocator(const std::string& path, GDALDatasetH dataset) {
    double gt[6];
    if (GDALGetGeoTransform(dataset, gt) != CE_None)
        throw InputError(path, "the raster has no georeferencing (geotransform)");
    m_width = GDALGetRasterXSize(dataset);
    m_height = GDALGetRasterYSize(dataset);
    init(path, gt, GDALGetSpatialRef(dataset));
}

RasterPixelLocator::RasterPixelLocator(const std::string& path,
                                       const std::array<double, 6>& geoTransform, int width,
                                       int height, OGRSpatialReferenceH srs) {
    m_width = width;
    m_height = height;
    init(path, geoTransform.data(), srs);
}

void RasterPixelLocator::init(const std::string& path, const double* gt, OGRSpatialReferenceH srs) {
    double forward[6];
    std::copy(gt, gt + 6, forward);
    if (!GDALInvGeoTransform(forward, m_inverse))
        throw InputError(path, "the raster's geotransform cannot be inverted");
    if (srs && !OSRIsGeographic(srs)) {
        m_wgs84.reset(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(m_wgs84.get(), 4326);
        OSRSetAxisMappingStrategy(m_wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<void, SrsDeleter> target(OSRClone(srs));
        OSRSetAxisMappingStrategy(target.get(), OAMS_TRADITIONAL_GIS_ORDER);
        m_transform.reset(OCTNewCoordinateTransformation(m_wgs84.get(), target.get()));
        if (!m_transform)
            throw InputError(path, std::string("cannot transform longitude/latitude to the "
                                               "raster's coordinate system: ") +
                                       CPLGetLastErrorMsg());
    } else {
        const double west = gt[0];
        const double east = gt[0] + gt[1] * m_width;
        m_shiftWest = std::min(west, east) >= -1.0 && std::max(west, east) > 181.0;
    }
}

std::optional<std::pair<int, int>> RasterPixelLocator::locate(double lon_deg,
                                                              double lat_deg) const {
    double x = lon_deg, y = lat_deg;
    if (m_transform) {
        if (!OCTTransform(m_transform.get(), 1, &x, &y, nullptr))
            return std::nullopt;
    } else if (m_shiftWest && x < 0) {
        x += 360.0;
    }
    const double px = m_inverse[0] + m_inverse[1] * x + m_inverse[2] * y;
    const double py = m_inverse[3] + m_inverse[4] * x + m_inverse[5] * y;
    const double col = std::floor(px), row = std::floor(py);
    if (!(col >= 0 && col < m_width && row >= 0 && row < m_height))
        return std::nullopt;
    return std::pair{static_cast<int>(col), static_cast<int>(row)};
}

} // namespace fluxlens
