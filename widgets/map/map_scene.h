#pragma once

#include "geo/projection.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

namespace fluxlens {

struct SiteRecord;
struct LandPolygons;

// Everything the map draws, in projected metres (y up). Land, graticule and outline are projected
// once per projection or basemap change; tower positions once per site-set or projection change.
class MapScene {
public:
    MapScene();
    ~MapScene();

    // Reads the basemap; on failure the scene keeps no land and basemapError() says why.
    void loadBasemap(const QString& path);
    void setProjection(MapProjection projection);
    void setSites(const std::vector<SiteRecord>& sites);

    MapProjection projection() const { return m_projection; }
    const QPainterPath& land() const { return m_land; }
    const QPainterPath& graticule() const { return m_graticule; }
    const QPainterPath& outline() const { return m_outline; }
    QRectF worldBounds() const { return m_outline.boundingRect(); }
    const QHash<QString, QPointF>& towerPositions() const { return m_towers; }
    QString basemapPath() const { return m_basemapPath; }
    QString basemapError() const { return m_basemapError; }
    bool hasLand() const { return !m_land.isEmpty(); }

    // Projected position of a geographic point, or nullopt outside the projection's domain.
    std::optional<QPointF> project(double lon_deg, double lat_deg) const;
    // Geographic position of a projected point, or nullopt off the globe.
    std::optional<QPointF> unproject(const QPointF& xy) const;

private:
    void reproject();
    void projectTowers();

    MapProjection m_projection = MapProjection::EqualEarth;
    std::unique_ptr<Projector> m_projector;
    std::unique_ptr<LandPolygons> m_lonLatLand;
    std::vector<std::pair<QString, QPointF>> m_siteLonLat;
    QPainterPath m_land;
    QPainterPath m_graticule;
    QPainterPath m_outline;
    QHash<QString, QPointF> m_towers;
    QString m_basemapPath;
    QString m_basemapError;
};

} // namespace fluxlens
