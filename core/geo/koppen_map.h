#pragma once

#include "geo/koppen.h"

#include <array>
#include <memory>
#include <optional>
#include <string>

namespace fluxlens {

// The class at a place and how far (in pixels) from the place's own pixel it was found.
struct KoppenMapHit {
    KoppenClass koppen = KoppenClass::Unknown;
    int distancePixels = 0;
};

// A raster in longitude/latitude whose first band holds the Beck et al. (2018) codes (1..30,
// 0 = ocean or no land class), read with GDAL: the 0.083° map FluxLens ships, the 1-km original or
// the 1991–2020 map of Beck et al. (2023). Not thread-safe (one GDAL dataset).
class KoppenMap {
public:
    // Throws InputError naming `path` when GDAL cannot open it, it has no geotransform, its
    // coordinate system is projected, or its first band is not an integer band.
    static KoppenMap open(const std::string& path);
    KoppenMap(KoppenMap&&) noexcept;
    KoppenMap& operator=(KoppenMap&&) noexcept;
    ~KoppenMap();

    const std::string& path() const { return m_path; }

    // The class of the pixel holding (lon, lat); when that pixel is ocean or no data, the class
    // of the nearest land pixel within `searchRadiusPixels` (Euclidean pixel distance, ties to
    // the first in row order). std::nullopt outside the map or when no land pixel is that near.
    std::optional<KoppenMapHit> classAt(double lon_deg, double lat_deg,
                                        int searchRadiusPixels = 3) const;

private:
    struct DatasetCloser {
        void operator()(void* dataset) const;
    };
    KoppenMap() = default;
    std::string m_path;
    std::unique_ptr<void, DatasetCloser> m_dataset;
    std::array<double, 6> m_geoTransform{};
    int m_width = 0;
    int m_height = 0;
    std::optional<double> m_noData;
};

} // namespace fluxlens
