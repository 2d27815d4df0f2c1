// GriddedDrivers::readStatics: per-pixel land fraction, IGBP class and Köppen class.

#include "grid/gridded_drivers.h"
#include "grid/gridded_drivers_impl.h"

#include <algorithm>
#include <cmath>

namespace fluxlens::grid {
namespace {
IgbpClass igbpOfCode(double code) {
    // MCD12Q1 LC_Type1 numbers the IGBP classes 1..17 in IgbpClass order; 255 is unclassified.
    if (std::isnan(code) || code < 1.0 || code > kIgbpClassCount || code != std::floor(code))
        return IgbpClass::Unknown;
    return static_cast<IgbpClass>(static_cast<int>(code));
}

std::vector<std::string> fileFeatures(const std::vector<FeaturePlan>& plans) {
    std::vector<std::string> names;
    for (const FeaturePlan& plan : plans)
        if (!plan.inputs.empty())
            names.push_back(plan.recipe.feature);
    return names;
}
} // namespace

StaticTile GriddedDrivers::readStatics(const GridSpec& grid, const PixelWindow& window) const {
    validateGrid(grid);
    requireWindowInGrid(grid, window);
    const std::size_t pixels = static_cast<std::size_t>(window.pixelCount());
    StaticTile tile;
    tile.window = window;
    tile.igbp.assign(pixels, IgbpClass::Unknown);
    tile.koppen.assign(pixels, KoppenClass::Unknown);
    tile.landFraction.assign(pixels, 0.0f);

    if (m_impl->igbp) {
        const std::vector<double> codes =
            m_impl->igbp->readFirst(grid, window, GRA_NearestNeighbour);
        std::transform(codes.begin(), codes.end(), tile.igbp.begin(), igbpOfCode);
    }
    if (m_impl->koppen)
        for (int row = 0; row < window.rows; ++row)
            for (int col = 0; col < window.cols; ++col)
                if (const auto hit = m_impl->koppen->classAt(grid.lonOfColumn(window.col0 + col),
                                                             grid.latOfRow(window.row0 + row)))
                    tile.koppen[static_cast<std::size_t>(row * window.cols + col)] = hit->koppen;
    if (m_impl->landFraction) {
        const std::vector<double> fraction =
            m_impl->landFraction->readFirst(grid, window, GRA_Bilinear);
        for (std::size_t p = 0; p < pixels; ++p)
            tile.landFraction[p] = std::isnan(fraction[p])
                                       ? 0.0f
                                       : static_cast<float>(std::clamp(fraction[p], 0.0, 1.0));
        return tile;
    }
    // No land-sea mask: land is where the files give any driver on the first common day.
    const std::vector<std::string> features = fileFeatures(m_impl->plans);
    if (features.empty() || m_impl->lastDay < m_impl->firstDay) {
        std::fill(tile.landFraction.begin(), tile.landFraction.end(), 1.0f);
        return tile;
    }
    const DriverTile drivers = read(grid, window, features, m_impl->firstDay, m_impl->firstDay);
    for (std::size_t f = 0; f < features.size(); ++f)
        for (std::size_t p = 0; p < pixels; ++p)
            if (std::isfinite(drivers.values[f * pixels + p]))
                tile.landFraction[p] = 1.0f;
    return tile;
}

} // namespace fluxlens::grid
