#include "map_viewport.h"

#include <algorithm>

namespace fluxlens {

void MapViewport::setWorld(const QRectF& worldBounds) {
    if (worldBounds.isValid())
        m_world = worldBounds;
    reset();
}

void MapViewport::reset() {
    m_center = m_world.center();
    m_zoom = 1.0;
}

double MapViewport::pixelsPerMetre(const QSizeF& screen) const {
    const double margin = 0.96; // a little air around the globe
    const double fit =
        std::min(screen.width() / m_world.width(), screen.height() / m_world.height());
    return fit * margin * m_zoom;
}

QTransform MapViewport::toScreen(const QSizeF& screen) const {
    const double s = pixelsPerMetre(screen);
    QTransform t;
    t.translate(screen.width() / 2.0, screen.height() / 2.0);
    t.scale(s, -s);
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

QPointF MapViewport::toWorld(const QPointF& screenPoint, const QSizeF& screen) const {
    return toScreen(screen).inverted().map(screenPoint);
}

void MapViewport::zoomAt(const QPointF& screenPoint, const QSizeF& screen, double factor) {
    const QPointF anchor = toWorld(screenPoint, screen);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    // Keep the world point under the cursor where it was.
    const QPointF moved = toWorld(screenPoint, screen);
    m_center += anchor - moved;
}

void MapViewport::panBy(const QPointF& screenDelta, const QSizeF& screen) {
    const double s = pixelsPerMetre(screen);
    m_center += QPointF(-screenDelta.x() / s, screenDelta.y() / s);
    // Never lose the world entirely.
    m_center.setX(std::clamp(m_center.x(), m_world.left(), m_world.right()));
    m_center.setY(std::clamp(m_center.y(), m_world.top(), m_world.bottom()));
}

void MapViewport::fitWorldRect(const QRectF& worldRect, const QSizeF& screen) {
    // Small selections (one tower) still get a regional view of about 1500 km.
    QRectF r = worldRect.normalized();
    const double minimumExtent = 1.5e6;
    if (r.width() < minimumExtent)
        r.adjust(-(minimumExtent - r.width()) / 2, 0, (minimumExtent - r.width()) / 2, 0);
    if (r.height() < minimumExtent)
        r.adjust(0, -(minimumExtent - r.height()) / 2, 0, (minimumExtent - r.height()) / 2);
    m_center = r.center();
    const double fitAll =
        std::min(screen.width() / m_world.width(), screen.height() / m_world.height());
    const double fitRect = std::min(screen.width() / r.width(), screen.height() / r.height());
    m_zoom = std::clamp(fitRect / fitAll * 0.9, kMinZoom, kMaxZoom);
}

} // namespace fluxlens
