#include "raster_renderer.h"

#include "map_scene.h"
#include "map_viewport.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fluxlens::RasterRenderer {
namespace {
constexpr double kPad = 6;
constexpr double kBarHeight_em = 0.8;
constexpr double kBarWidth_em = 16;

QString tickLabel(double value, double step) {
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step))), 0, 6);
    return QString::number(std::abs(value) < step * 1e-6 ? 0.0 : value, 'f', decimals);
}

QString titleOf(const RasterPicture& picture) {
    return picture.scale.units.isEmpty()
               ? picture.scale.title
               : QStringLiteral("%1 (%2)").arg(picture.scale.title, picture.scale.units);
}
} // namespace

void paintRaster(QPainter& painter, const QSizeF& size, const MapScene& scene,
                 const MapViewport& viewport, const RasterPicture& picture, const MapStyle& style) {
    if (picture.isNull())
        return;
    const RasterGeometry& g = picture.geometry;
    const QTransform t = viewport.toScreen(size);
    const QRectF screen(QPointF(0, 0), size);
    const double east = std::min(180.0, g.west_deg + g.cols * g.cellLon_deg);
    const double west = std::max(-180.0, g.west_deg);
    const double firstCol = (west - g.west_deg) / g.cellLon_deg;
    const double lastCol = (east - g.west_deg) / g.cellLon_deg;
    painter.save();
    painter.setOpacity(picture.opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int row = 0; row < g.rows; ++row) {
        const double north = std::min(90.0, g.north_deg - row * g.cellLat_deg);
        const double south = std::max(-90.0, g.north_deg - (row + 1) * g.cellLat_deg);
        if (north <= south)
            continue;
        const double middle = (north + south) / 2;
        const auto left = scene.project(west, middle), right = scene.project(east, middle);
        const auto upper = scene.project(0.0, north), lower = scene.project(0.0, south);
        if (!left || !right || !upper || !lower)
            continue;
        const QPointF a = t.map(QPointF(left->x(), upper->y()));
        const QPointF b = t.map(QPointF(right->x(), lower->y()));
        // Row edges rounded the same way for both rows that share them: neighbouring rows meet
        // without hairline gaps and without overlaps (which would show at partial opacity).
        const double top = std::round(a.y()), bottom = std::round(b.y());
        if (bottom <= top)
            continue; // thinner than a pixel here: its neighbours cover the band
        const QRectF target(QPointF(a.x(), top), QPointF(b.x(), bottom));
        if (!target.intersects(screen))
            continue;
        painter.drawImage(target, picture.image, QRectF(firstCol, row, lastCol - firstCol, 1));
    }
    painter.setOpacity(1.0);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.graticule, 0.8));
    painter.drawPath(t.map(scene.graticule()));
    QColor coast = style.text;
    coast.setAlphaF(0.6);
    painter.setPen(QPen(coast, 0.7));
    painter.drawPath(t.map(scene.land()));
    painter.restore();
}

QSizeF colorBarSize(const RasterPicture& picture, const MapStyle& style) {
    QFont bold = style.font;
    bold.setBold(true);
    const QFontMetricsF fm(style.font), boldFm(bold);
    const double em = fm.height();
    double width = std::max(kBarWidth_em * em, boldFm.horizontalAdvance(titleOf(picture)));
    if (!picture.caption.isEmpty())
        width = std::max(width, fm.horizontalAdvance(picture.caption));
    const double lines = boldFm.height() + (picture.caption.isEmpty() ? 0 : fm.height());
    const double height = lines + 4 + kBarHeight_em * em + 3 + fm.height();
    return {width + 2 * kPad + em, height + 2 * kPad};
}

void paintColorBar(QPainter& painter, const QSizeF& size, const RasterPicture& picture,
                   const MapStyle& style) {
    if (picture.isNull())
        return;
    const QSizeF box = colorBarSize(picture, style);
    const QRectF frame(QPointF(size.width() - box.width() - 10, size.height() - box.height() - 10),
                       box);
    QFont bold = style.font;
    bold.setBold(true);
    const QFontMetricsF fm(style.font), boldFm(bold);
    const double em = fm.height();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(style.outline, 0.8));
    painter.setBrush(style.legendBackground);
    painter.drawRoundedRect(frame, 4, 4);
    painter.setPen(style.text);
    painter.setFont(bold);
    double y = frame.top() + kPad + boldFm.ascent();
    painter.drawText(QPointF(frame.left() + kPad, y), titleOf(picture));
    painter.setFont(style.font);
    y += boldFm.descent();
    if (!picture.caption.isEmpty()) {
        painter.drawText(QPointF(frame.left() + kPad, y + fm.ascent()), picture.caption);
        y += fm.height();
    }
    const QRectF bar(frame.left() + kPad + em / 2, y + 4, frame.width() - 2 * kPad - em,
                     kBarHeight_em * em);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 16; ++i)
        gradient.setColorAt(i / 16.0, RasterColorScale::colorAt(picture.scale.map, i / 16.0));
    painter.setPen(QPen(style.outline, 0.6));
    painter.setBrush(gradient);
    painter.drawRect(bar);
    const RasterColorScale& s = picture.scale;
    const double span = s.max - s.min;
    if (span > 0 && s.tickStep > 0) {
        painter.setPen(style.text);
        const int first = static_cast<int>(std::ceil(s.min / s.tickStep - 1e-9));
        const int last = static_cast<int>(std::floor(s.max / s.tickStep + 1e-9));
        for (int k = first; k <= last && last - first <= 40; ++k) {
            const double value = k * s.tickStep;
            const double x = bar.left() + (value - s.min) / span * bar.width();
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3));
            const QString label = tickLabel(value, s.tickStep);
            painter.drawText(
                QPointF(x - fm.horizontalAdvance(label) / 2, bar.bottom() + 3 + fm.ascent()),
                label);
        }
    }
    painter.restore();
}

} // namespace fluxlens::RasterRenderer
