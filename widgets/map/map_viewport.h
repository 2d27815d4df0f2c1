#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace fluxlens {

// Which part of the projected world is on screen: a centre and a zoom factor relative to
// "whole world fits". Pure geometry, so widgets, export and benchmarks share it.
class MapViewport {
public:
    void setWorld(const QRectF& worldBounds);
    void reset();

    QTransform toScreen(const QSizeF& screen) const; // projected metres (y up) -> pixels (y down)
    QPointF toWorld(const QPointF& screenPoint, const QSizeF& screen) const;

    void zoomAt(const QPointF& screenPoint, const QSizeF& screen, double factor);
    void panBy(const QPointF& screenDelta, const QSizeF& screen);
    void fitWorldRect(const QRectF& worldRect, const QSizeF& screen); // zoom to a selection

    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }

    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 200.0;

private:
    double pixelsPerMetre(const QSizeF& screen) const;

    QRectF m_world{-1.8e7, -9e6, 3.6e7, 1.8e7};
    QPointF m_center;
    double m_zoom = 1.0;
};

} // namespace fluxlens
