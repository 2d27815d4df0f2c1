#include "chart_palette.h"

#include <array>
#include <cmath>

namespace fluxlens {

QColor seriesColor(int index) {
    static const std::array<QRgb, 7> colors = {0xD55E00, 0x0072B2, 0x009E73, 0xE69F00,
                                               0xCC79A7, 0x56B4E9, 0x8C6D1F};
    const auto i = static_cast<std::size_t>(index < 0 ? 0 : index) % colors.size();
    return QColor::fromRgb(colors[i]);
}

QColor divergingColor(double t) {
    if (!std::isfinite(t))
        return QColor(190, 190, 190);
    // RdBu 11-class, from red (−1) to blue (+1).
    static const std::array<QRgb, 11> stops = {0x67001F, 0xB2182B, 0xD6604D, 0xF4A582,
                                               0xFDDBC7, 0xF7F7F7, 0xD1E5F0, 0x92C5DE,
                                               0x4393C3, 0x2166AC, 0x053061};
    const double clamped = std::fmax(-1.0, std::fmin(1.0, t));
    const double pos = (clamped + 1.0) / 2.0 * static_cast<double>(stops.size() - 1);
    const auto i = static_cast<std::size_t>(std::floor(pos));
    if (i + 1 >= stops.size())
        return QColor::fromRgb(stops.back());
    const double f = pos - static_cast<double>(i);
    const QColor a = QColor::fromRgb(stops[i]);
    const QColor b = QColor::fromRgb(stops[i + 1]);
    return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
}

QColor textColorOn(const QColor& background) {
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace fluxlens
