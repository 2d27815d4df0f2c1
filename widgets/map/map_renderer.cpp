#include "map_renderer.h"

#include "map_scene.h"
#include "map_viewport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

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

void paintLegend(QPainter& painter, const QSizeF& size, const MapLegend& legend,
                 const MapStyle& style) {
    if (legend.entries.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = style.font;
    painter.setFont(font);
    const QFontMetricsF fm(font);
    QFont titleFont = font;
    titleFont.setBold(true);
    const QFontMetricsF titleFm(titleFont);

    const double pad = 6, swatch = fm.height() * 0.75, rowH = fm.height() + 2;
    double labelW = 0;
    for (const auto& e : legend.entries)
        labelW = std::max(labelW, fm.horizontalAdvance(e.label));
    const double columnW = swatch + 6 + labelW + 10;
    // As many rows as fit in the lower third; fewer, wider columns only up to the map's width.
    const int n = static_cast<int>(legend.entries.size());
    const int maxRows =
        std::max(1, static_cast<int>((size.height() * 0.3 - titleFm.height()) / rowH));
    const int maxColumns = std::max(1, static_cast<int>((size.width() * 0.9 - 2 * pad) / columnW));
    const int columns = std::min(maxColumns, (n + maxRows - 1) / maxRows);
    const int rows = (n + columns - 1) / columns;
    const double boxW =
        std::max(columns * columnW, titleFm.horizontalAdvance(legend.title)) + 2 * pad;
    const double boxH = titleFm.height() + 4 + rows * rowH + 2 * pad;
    const QRectF box(10, size.height() - boxH - 10, boxW, boxH);

    painter.setPen(QPen(style.outline, 0.8));
    painter.setBrush(style.legendBackground);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(style.text);
    painter.setFont(titleFont);
    painter.drawText(QPointF(box.left() + pad, box.top() + pad + titleFm.ascent()), legend.title);
    painter.setFont(font);
    const double top = box.top() + pad + titleFm.height() + 4;
    for (int i = 0; i < n; ++i) {
        const int col = i / rows, row = i % rows;
        const double x = box.left() + pad + col * columnW;
        const double y = top + row * rowH;
        const auto& e = legend.entries[static_cast<std::size_t>(i)];
        painter.setPen(QPen(QColor(40, 40, 40), 0.6));
        painter.setBrush(e.color);
        painter.drawRect(QRectF(x, y + (rowH - swatch) / 2, swatch, swatch));
        painter.setPen(style.text);
        painter.drawText(QPointF(x + swatch + 6, y + (rowH + fm.ascent() - fm.descent()) / 2),
                         e.label);
    }
    painter.restore();
}

} // namespace fluxlens::MapRenderer
