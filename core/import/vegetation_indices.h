#pragma once

// Vegetation indices from MOD09GA surface reflectances (0..1), shared by the MODIS point importer
// and the gridded drivers of upscaling. NaN when a band is missing or the denominator is zero.

#include <limits>

namespace fluxlens {

// MOD09GA sur_refl_b01..b07 as stored: int16 with this scale factor and fill value.
inline constexpr double kMod09gaScale = 0.0001;
inline constexpr double kMod09gaFill = -28672.0;

inline double ndviFromBands(double red, double nir) {
    return (nir + red) != 0.0 ? (nir - red) / (nir + red)
                              : std::numeric_limits<double>::quiet_NaN();
}

// MODIS EVI (Huete et al. 2002): G = 2.5, C1 = 6, C2 = 7.5, L = 1.
inline double eviFromBands(double red, double nir, double blue) {
    const double denominator = nir + 6.0 * red - 7.5 * blue + 1.0;
    return denominator != 0.0 ? 2.5 * (nir - red) / denominator
                              : std::numeric_limits<double>::quiet_NaN();
}

// NIRv (Badgley et al. 2017): NDVI times near-infrared reflectance.
inline double nirvFromBands(double red, double nir) {
    return ndviFromBands(red, nir) * nir;
}

} // namespace fluxlens
