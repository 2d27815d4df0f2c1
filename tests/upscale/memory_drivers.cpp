#include "memory_drivers.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace fluxlens::upscale::testing {

MemoryDrivers::MemoryDrivers(std::vector<ml::SiteSeries> sites, const grid::GridSpec& grid)
    : m_sites(std::move(sites))
    , m_grid(grid) {}

int MemoryDrivers::siteOfPixel(int row, int col) const {
    const int pixel = row * m_grid.columns() + col;
    if (pixel % 5 == 4)
        return -1;
    return pixel % static_cast<int>(m_sites.size());
}

std::vector<std::string> MemoryDrivers::features() const {
    return m_sites.front().featureNames;
}

std::pair<int, int> MemoryDrivers::period() const {
    return {m_sites.front().dayNumbers.front(), m_sites.front().dayNumbers.back()};
}

grid::DriverTile MemoryDrivers::read(const grid::GridSpec&, const grid::PixelWindow& window,
                                     const std::vector<std::string>& features, int firstDay,
                                     int lastDay) {
    ++m_reads;
    grid::DriverTile tile;
    tile.window = window;
    tile.firstDay = firstDay;
    tile.dayCount = lastDay - firstDay + 1;
    tile.features = features;
    tile.values.assign(features.size() * tile.dayCount * window.pixelCount(),
                       std::numeric_limits<float>::quiet_NaN());
    for (std::size_t f = 0; f < features.size(); ++f)
        for (int r = 0; r < window.rows; ++r)
            for (int c = 0; c < window.cols; ++c) {
                const int site = siteOfPixel(window.row0 + r, window.col0 + c);
                if (site < 0)
                    continue;
                const ml::SiteSeries& s = m_sites[static_cast<std::size_t>(site)];
                const std::vector<float>* values = s.feature(features[f]);
                if (!values)
                    throw std::invalid_argument("no feature " + features[f]);
                for (int d = 0; d < tile.dayCount; ++d) {
                    const int index = firstDay + d - s.dayNumbers.front();
                    if (index < 0 || index >= static_cast<int>(values->size()))
                        continue;
                    tile.values[((f * tile.dayCount + d) * window.rows + r) * window.cols + c] =
                        (*values)[static_cast<std::size_t>(index)];
                }
            }
    return tile;
}

grid::StaticTile MemoryDrivers::readStatics(const grid::GridSpec&,
                                            const grid::PixelWindow& window) {
    grid::StaticTile tile;
    tile.window = window;
    for (int r = 0; r < window.rows; ++r)
        for (int c = 0; c < window.cols; ++c) {
            const int site = siteOfPixel(window.row0 + r, window.col0 + c);
            tile.landFraction.push_back(site < 0 ? 0.0f : 1.0f - 0.01f * (c % 3));
            tile.igbp.push_back(site < 0 ? IgbpClass::Unknown
                                         : m_sites[static_cast<std::size_t>(site)].igbp);
            tile.koppen.push_back(site < 0 ? KoppenClass::Unknown
                                           : m_sites[static_cast<std::size_t>(site)].koppen);
        }
    return tile;
}

} // namespace fluxlens::upscale::testing
