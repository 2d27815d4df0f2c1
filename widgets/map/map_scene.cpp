#include "map_scene.h"

#include "geo/land_polygons.h"
#include "geo/map_geometry.h"
#include "site_record.h"

#include <cmath>

namespace fluxlens {
namespace {
QPolygonF toPolygon(const ProjectedRing& ring) {
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(ring.size()) + 1);
    for (const XY& p : ring)
        polygon.append(QPointF(p.x, p.y));
    if (!polygon.isEmpty())
        polygon.append(polygon.first());
    return polygon;
}
} // namespace

MapScene::MapScene()
    : m_projector(std::make_unique<Projector>(m_projection)) {
    reproject();
}

MapScene::~MapScene() = default;

void MapScene::loadBasemap(const QString& path) {
    m_basemapPath = path;
    m_basemapError.clear();
    m_lonLatLand.reset();
    try {
        m_lonLatLand = std::make_unique<LandPolygons>(readLandPolygons(path.toStdString()));
    } catch (const std::exception& e) {
        m_basemapError = QString::fromUtf8(e.what());
    }
    reproject();
}

void MapScene::setProjection(MapProjection projection) {
    if (projection == m_projection)
        return;
    m_projection = projection;
    m_projector = std::make_unique<Projector>(projection);
    reproject();
    projectTowers();
}

void MapScene::setSites(const std::vector<SiteRecord>& sites) {
    m_siteLonLat.clear();
    m_siteLonLat.reserve(sites.size());
    for (const auto& r : sites)
        m_siteLonLat.emplace_back(r.id(), QPointF(r.site.lon_deg, r.site.lat_deg));
    projectTowers();
}

std::optional<QPointF> MapScene::project(double lon_deg, double lat_deg) const {
    XY xy;
    if (!std::isfinite(lon_deg) || !std::isfinite(lat_deg) || std::abs(lat_deg) > 90 ||
        std::abs(lon_deg) > 180 || !m_projector->forward(lon_deg, lat_deg, xy))
        return std::nullopt;
    return QPointF(xy.x, xy.y);
}

std::optional<QPointF> MapScene::unproject(const QPointF& p) const {
    if (!m_outline.contains(p))
        return std::nullopt;
    double lon = 0, lat = 0;
    if (!m_projector->inverse({p.x(), p.y()}, lon, lat) || std::abs(lon) > 180 ||
        std::abs(lat) > 90)
        return std::nullopt;
    return QPointF(lon, lat);
}

void MapScene::reproject() {
    m_land = QPainterPath();
    m_land.setFillRule(Qt::OddEvenFill);
    if (m_lonLatLand) {
        const ProjectedLand land = projectLand(*m_lonLatLand, *m_projector);
        for (const auto& ring : land.outer)
            m_land.addPolygon(toPolygon(ring));
        for (const auto& ring : land.holes)
            m_land.addPolygon(toPolygon(ring));
    }
    m_graticule = QPainterPath();
    for (const auto& line : projectGraticule(*m_projector, 30.0)) {
        QPolygonF polyline;
        for (const XY& p : line)
            polyline.append(QPointF(p.x, p.y));
        m_graticule.addPolygon(polyline);
    }
    m_outline = QPainterPath();
    m_outline.addPolygon(toPolygon(projectWorldOutline(*m_projector)));
}

void MapScene::projectTowers() {
    m_towers.clear();
    m_towers.reserve(static_cast<qsizetype>(m_siteLonLat.size()));
    for (const auto& [id, lonLat] : m_siteLonLat)
        if (auto xy = project(lonLat.x(), lonLat.y()))
            m_towers.insert(id, *xy);
}

} // namespace fluxlens
