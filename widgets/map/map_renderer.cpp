#include "map_renderer.h"

#include "map_scene.h"
#include "map_viewport.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fluxlens::MapRenderer {

void paintBase(QPainter& painter, const QSizeF& size, const MapScene& scene,
               const MapViewport& viewport, const MapStyle& style) {
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), style.background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform t = viewport.toScreen(size);
    // Mapping the paths once here is cheaper than drawing through a painter transform, because the
    // stroke then stays a cosmetic 1-pixel line.
    const QPainterPath outline = t.map(scene.outline());
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.ocean);
    painter.drawPath(outline);
    if (scene.hasLand()) {
        painter.setBrush(style.land);
        painter.setPen(QPen(style.landEdge, 0.6));
        painter.drawPath(t.map(scene.land()));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.graticule, 0.8));
    painter.drawPath(t.map(scene.graticule()));
    painter.setPen(QPen(style.outline, 1.2));
    painter.drawPath(outline);
    painter.restore();
}

void paintTowers(QPainter& painter, const QSizeF& size, const MapViewport& viewport,
                 const std::vector<TowerMarker>& towers, const MapStyle& style,
                 const QString& hoveredId) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform t = viewport.toScreen(size);
    const QRectF visible = QRectF(QPointF(0, 0), size).adjusted(-10, -10, 10, 10);
    const double r = style.markerRadius_px;
    const QPen edge(QColor(40, 40, 40, 200), 0.8);
    auto draw = [&](const TowerMarker& m, bool emphasised) {
        const QPointF p = t.map(m.world);
        if (!visible.contains(p))
            return;
        const double radius = emphasised ? r * 1.5 : r;
        if (m.selected) {
            // In proportion to the marker, so the ring stays light in small printed figures.
            painter.setPen(QPen(style.selection, 0.45 * r));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, radius + 0.65 * r, radius + 0.65 * r);
        }
        painter.setPen(edge);
        painter.setBrush(m.color);
        painter.drawEllipse(p, radius, radius);
    };
    const TowerMarker* hovered = nullptr;
    for (const auto& m : towers) {
        if (m.id == hoveredId)
            hovered = &m;
        else if (!m.selected)
            draw(m, false);
    }
    for (const auto& m : towers)
        if (m.selected && m.id != hoveredId)
            draw(m, false);
    if (hovered)
        draw(*hovered, true);
    painter.restore();
}

namespace {
// The legend's layout: entries in as many rows as fit in the lower third, in columns up to the
// map's width.
struct LegendLayout {
    QFont font, titleFont;
    double pad = 6, swatch = 0, rowH = 0, columnW = 0, titleH = 0;
    int rows = 0, columns = 0;
    QSizeF box;
};

LegendLayout layOutLegend(const QSizeF& size, const MapLegend& legend, const MapStyle& style,
                          bool collapsed) {
    LegendLayout l;
    l.font = style.font;
    l.titleFont = style.font;
    l.titleFont.setBold(true);
    const QFontMetricsF fm(l.font), titleFm(l.titleFont);
    l.swatch = fm.height() * 0.75;
    l.rowH = fm.height() + 2;
    l.titleH = titleFm.height();
    double labelW = 0;
    for (const auto& e : legend.entries)
        labelW = std::max(labelW, fm.horizontalAdvance(e.label));
    l.columnW = l.swatch + 6 + labelW + 10;
    const int n = static_cast<int>(legend.entries.size());
    const int maxRows = std::max(1, static_cast<int>((size.height() * 0.3 - l.titleH) / l.rowH));
    const int maxColumns =
        std::max(1, static_cast<int>((size.width() * 0.9 - 2 * l.pad) / l.columnW));
    l.columns = std::max(1, std::min(maxColumns, (n + maxRows - 1) / maxRows));
    l.rows = (n + l.columns - 1) / l.columns;
    const double titleW = titleFm.horizontalAdvance(QStringLiteral("▾ ") + legend.title);
    const double width = collapsed ? titleW : std::max(l.columns * l.columnW, titleW);
    const double height = collapsed ? l.titleH : l.titleH + 4 + l.rows * l.rowH;
    l.box = QSizeF(width + 2 * l.pad, height + 2 * l.pad);
    return l;
}
} // namespace

QSizeF legendSize(const QSizeF& size, const MapLegend& legend, const MapStyle& style,
                  bool collapsed) {
    return legend.entries.empty() ? QSizeF() : layOutLegend(size, legend, style, collapsed).box;
}

void paintLegend(QPainter& painter, const QSizeF& size, const MapLegend& legend,
                 const MapStyle& style, std::optional<QPointF> topLeft, bool collapsed,
                 bool marker) {
    if (legend.entries.empty())
        return;
    const LegendLayout l = layOutLegend(size, legend, style, collapsed);
    const QRectF box(topLeft.value_or(QPointF(10, size.height() - l.box.height() - 10)), l.box);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(style.outline, 0.8));
    painter.setBrush(style.legendBackground);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(style.text);
    painter.setFont(l.titleFont);
    const QString title =
        marker ? (collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + legend.title
               : legend.title;
    painter.drawText(
        QPointF(box.left() + l.pad, box.top() + l.pad + QFontMetricsF(l.titleFont).ascent()),
        title);
    if (!collapsed) {
        painter.setFont(l.font);
        const QFontMetricsF fm(l.font);
        const double top = box.top() + l.pad + l.titleH + 4;
        for (int i = 0; i < static_cast<int>(legend.entries.size()); ++i) {
            const int col = i / l.rows, row = i % l.rows;
            const double x = box.left() + l.pad + col * l.columnW;
            const double y = top + row * l.rowH;
            const auto& e = legend.entries[static_cast<std::size_t>(i)];
            painter.setPen(QPen(QColor(40, 40, 40), 0.6));
            painter.setBrush(e.color);
            painter.drawRect(QRectF(x, y + (l.rowH - l.swatch) / 2, l.swatch, l.swatch));
            painter.setPen(style.text);
            painter.drawText(
                QPointF(x + l.swatch + 6, y + (l.rowH + fm.ascent() - fm.descent()) / 2), e.label);
        }
    }
    painter.restore();
}

QPointF legendPlaceOverOcean(const QImage& base, const QSizeF& legendSize, const MapStyle& style) {
    const double margin = 10;
    const double w = base.width() / std::max(1.0, base.devicePixelRatio());
    const double h = base.height() / std::max(1.0, base.devicePixelRatio());
    const double right = w - legendSize.width() - margin, bottom = h - legendSize.height() - margin;
    const double middle = (h - legendSize.height()) / 2;
    const QPointF candidates[] = {{margin, bottom}, {right, bottom},  {margin, margin},
                                  {right, margin},  {margin, middle}, {right, middle}};
    const QRgb land = style.land.rgb();
    QPointF best = candidates[0];
    int bestLand = std::numeric_limits<int>::max();
    for (const QPointF& c : candidates) {
        int landSamples = 0;
        const double dpr = std::max(1.0, base.devicePixelRatio());
        for (double y = c.y(); y < c.y() + legendSize.height(); y += 4)
            for (double x = c.x(); x < c.x() + legendSize.width(); x += 4) {
                const QPoint px(static_cast<int>(x * dpr), static_cast<int>(y * dpr));
                if (base.valid(px) && base.pixel(px) == land)
                    ++landSamples;
            }
        if (landSamples < bestLand) {
            bestLand = landSamples;
            best = c;
        }
    }
    return best;
}

} // namespace fluxlens::MapRenderer
