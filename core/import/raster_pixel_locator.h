#pragma once

#include <array>
#include <gdal.h>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace fluxlens {

// Finds the pixel of a GDAL raster that holds a longitude/latitude: through the inverse
// geotransform, after transforming WGS 84 to the raster's coordinate system when that is
// projected, and on 0..360° longitude grids for western sites.
class RasterPixelLocator {
public:
    // Throws InputError naming `path` when the raster has no usable georeferencing.
    RasterPixelLocator(const std::string& path, GDALDatasetH dataset);
    // A grid given by its geotransform, size and coordinate system (nullptr: longitude/latitude),
    // as built from a multidimensional array's coordinate variables.
    RasterPixelLocator(const std::string& path, const std::array<double, 6>& geoTransform,
                       int width, int height, OGRSpatialReferenceH srs);

    // Column and row of the pixel holding (lon, lat); std::nullopt outside the raster.
    std::optional<std::pair<int, int>> locate(double lon_deg, double lat_deg) const;
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    void init(const std::string& path, const double* geoTransform, OGRSpatialReferenceH srs);
    struct SrsDeleter {
        void operator()(void* srs) const;
    };
    struct TransformDeleter {
        void operator()(void* transform) const;
    };
    double m_inverse[6] = {};
    int m_width = 0;
    int m_height = 0;
    bool m_shiftWest = false;
    std::unique_ptr<void, SrsDeleter> m_wgs84;
    std::unique_ptr<void, TransformDeleter> m_transform;
};

} // namespace fluxlens
