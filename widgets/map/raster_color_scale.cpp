#include "raster_color_scale.h"

#include "common/nice_ticks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fluxlens {
namespace {
using Stop = std::array<int, 3>;
// viridis at 10 evenly spaced positions (matplotlib's table)
constexpr std::array<Stop, 10> kViridis{{{68, 1, 84},
                                         {72, 40, 120},
                                         {62, 74, 137},
                                         {49, 104, 142},
                                         {38, 130, 142},
                                         {31, 158, 137},
                                         {53, 183, 121},
                                         {109, 205, 89},
                                         {180, 222, 44},
                                         {253, 231, 37}}};
// cool–warm at 9 evenly spaced positions
constexpr std::array<Stop, 9> kCoolWarm{{{59, 76, 192},
                                         {98, 130, 234},
                                         {141, 176, 254},
                                         {184, 208, 249},
                                         {221, 221, 221},
                                         {245, 196, 173},
                                         {244, 154, 123},
                                         {222, 96, 77},
                                         {180, 4, 38}}};

template <std::size_t N>
QColor interpolate(const std::array<Stop, N>& stops, double position) {
    const double x = std::clamp(position, 0.0, 1.0) * (N - 1);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(x), N - 2);
    const double f = x - static_cast<double>(i);
    auto channel = [&](int c) {
        return static_cast<int>(std::lround(stops[i][c] + f * (stops[i + 1][c] - stops[i][c])));
    };
    return QColor(channel(0), channel(1), channel(2));
}
} // namespace

QColor RasterColorScale::colorAt(RasterColorMap map, double position) {
    return map == RasterColorMap::Sequential ? interpolate(kViridis, position)
                                             : interpolate(kCoolWarm, position);
}

QColor RasterColorScale::colorOf(double value) const {
    if (std::isnan(value))
        return Qt::transparent;
    return colorAt(map, max > min ? (value - min) / (max - min) : 0.5);
}

RasterColorScale fitColorScale(const std::vector<float>& values, RasterColorMap map) {
    std::vector<float> valid;
    valid.reserve(values.size());
    std::copy_if(values.begin(), values.end(), std::back_inserter(valid),
                 [](float v) { return std::isfinite(v); });
    RasterColorScale scale;
    scale.map = map;
    if (valid.empty())
        return scale;
    auto percentile = [&](double p) {
        const auto k = static_cast<std::size_t>(std::lround(p * (valid.size() - 1)));
        std::nth_element(valid.begin(), valid.begin() + static_cast<std::ptrdiff_t>(k),
                         valid.end());
        return static_cast<double>(valid[k]);
    };
    double lo = percentile(0.02), hi = percentile(0.98);
    if (map == RasterColorMap::Diverging) {
        hi = std::max(std::abs(lo), std::abs(hi));
        lo = -hi;
    }
    const TickRange ticks = niceTickRange(lo, hi, 5);
    scale.min = ticks.min;
    scale.max = ticks.max;
    scale.tickStep = ticks.step;
    if (map == RasterColorMap::Diverging) { // keep zero in the middle after rounding
        const double m = std::max(std::abs(scale.min), std::abs(scale.max));
        scale.min = -m;
        scale.max = m;
    }
    return scale;
}

QImage colorizeSlice(const RasterSlice& slice, const RasterColorScale& scale) {
    const int rows = slice.geometry.rows, cols = slice.geometry.cols;
    QImage image(cols, rows, QImage::Format_ARGB32);
    // A lookup table: colouring a 2048 × 1024 slice stays a few milliseconds.
    constexpr int kLevels = 256;
    std::array<QRgb, kLevels> table{};
    for (int i = 0; i < kLevels; ++i)
        table[static_cast<std::size_t>(i)] =
            RasterColorScale::colorAt(scale.map, i / double(kLevels - 1)).rgba();
    const double span = scale.max > scale.min ? scale.max - scale.min : 1.0;
    for (int r = 0; r < rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            const float v = slice.at(r, c);
            if (std::isnan(v)) {
                line[c] = qRgba(0, 0, 0, 0);
                continue;
            }
            const double f = std::clamp((v - scale.min) / span, 0.0, 1.0);
            line[c] = table[static_cast<std::size_t>(std::lround(f * (kLevels - 1)))];
        }
    }
    return image;
}

} // namespace fluxlens
