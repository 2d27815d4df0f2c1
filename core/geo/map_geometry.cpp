#include "geo/map_geometry.h"

#include <algorithm>
#include <cmath>

namespace fluxlens {
namespace {
// Longitudes made continuous along the ring (a step of more than 180° is a wrap-around).
std::vector<XY> unwrapLongitudes(const std::vector<XY>& ring) {
    std::vector<XY> out;
    out.reserve(ring.size());
    double shift = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        if (i > 0) {
            const double step = ring[i].x - ring[i - 1].x;
            if (step > 180)
                shift -= 360;
            else if (step < -180)
                shift += 360;
        }
        out.push_back({ring[i].x + shift, ring[i].y});
    }
    return out;
}

// Sutherland–Hodgman against the half-plane lon <= limit (keepBelow) or lon >= limit.
std::vector<XY> clipAtLongitude(const std::vector<XY>& ring, double limit, bool keepBelow) {
    auto inside = [&](const XY& p) { return keepBelow ? p.x <= limit : p.x >= limit; };
    std::vector<XY> out;
    if (ring.empty())
        return out;
    XY prev = ring.back();
    for (const XY& cur : ring) {
        const bool curIn = inside(cur), prevIn = inside(prev);
        if (curIn != prevIn) {
            const double t = (limit - prev.x) / (cur.x - prev.x);
            out.push_back({limit, prev.y + t * (cur.y - prev.y)});
        }
        if (curIn)
            out.push_back(cur);
        prev = cur;
    }
    return out;
}

std::vector<XY> densify(const std::vector<XY>& ring, double maxEdge_deg) {
    std::vector<XY> out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const XY& a = ring[i];
        const XY& b = ring[(i + 1) % ring.size()];
        out.push_back(a);
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        const int pieces = static_cast<int>(std::ceil(length / maxEdge_deg));
        for (int k = 1; k < pieces; ++k) {
            const double t = static_cast<double>(k) / pieces;
            out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
        }
    }
    return out;
}

ProjectedRing project(std::vector<XY> lonLat, const Projector& projector) {
    for (auto& p : lonLat)
        p.x = std::clamp(p.x, -180.0, 180.0);
    projector.forwardMany(lonLat);
    std::erase_if(lonLat, [](const XY& p) { return std::isnan(p.x); });
    return lonLat;
}
} // namespace

std::vector<std::vector<XY>> cutAtAntimeridian(const std::vector<XY>& lonLatRing,
                                               double maxEdge_deg) {
    std::vector<XY> ring = lonLatRing;
    if (ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y)
        ring.pop_back();
    if (ring.size() < 3)
        return {};
    ring = unwrapLongitudes(ring);
    const auto [minIt, maxIt] = std::minmax_element(
        ring.begin(), ring.end(), [](const XY& a, const XY& b) { return a.x < b.x; });
    const double minLon = minIt->x, maxLon = maxIt->x;

    std::vector<std::vector<XY>> parts;
    // The ring may lie in any 360° window; cut out its pieces that fall in each copy of [-180,
    // 180].
    for (double offset = -360; offset <= 360; offset += 360) {
        if (maxLon + offset < -180 || minLon + offset > 180)
            continue;
        std::vector<XY> shifted = ring;
        for (auto& p : shifted)
            p.x += offset;
        shifted = clipAtLongitude(shifted, 180, true);
        shifted = clipAtLongitude(shifted, -180, false);
        if (shifted.size() >= 3)
            parts.push_back(densify(shifted, maxEdge_deg));
    }
    return parts;
}

ProjectedLand projectLand(const LandPolygons& land, const Projector& projector) {
    ProjectedLand out;
    for (const Ring& ring : land.rings)
        for (auto& part : cutAtAntimeridian(ring.lonLat, 1.0)) {
            ProjectedRing projected = project(std::move(part), projector);
            if (projected.size() >= 3)
                (ring.isHole ? out.holes : out.outer).push_back(std::move(projected));
        }
    return out;
}

std::vector<ProjectedRing> projectGraticule(const Projector& projector, double step_deg) {
    std::vector<ProjectedRing> lines;
    for (double lon = -180; lon <= 180 + 1e-9; lon += step_deg) {
        std::vector<XY> line;
        for (double lat = -90; lat <= 90 + 1e-9; lat += 1)
            line.push_back({lon, lat});
        lines.push_back(project(std::move(line), projector));
    }
    for (double lat = -90 + step_deg; lat < 90 - 1e-9; lat += step_deg) {
        std::vector<XY> line;
        for (double lon = -180; lon <= 180 + 1e-9; lon += 1)
            line.push_back({lon, lat});
        lines.push_back(project(std::move(line), projector));
    }
    return lines;
}

ProjectedRing projectWorldOutline(const Projector& projector) {
    std::vector<XY> ring;
    for (double lat = -90; lat <= 90; lat += 1)
        ring.push_back({-180, lat});
    for (double lat = 90; lat >= -90; lat -= 1)
        ring.push_back({180, lat});
    return project(std::move(ring), projector);
}

} // namespace fluxlens
