#include "geo/projection.h"

#include <cmath>
#include <limits>
#include <proj.h>
#include <stdexcept>

namespace fluxlens {
namespace {
const char* crsDefinition(MapProjection p) {
    switch (p) {
    case MapProjection::EqualEarth:
        return "EPSG:8857";
    case MapProjection::Robinson:
        return "ESRI:54030";
    case MapProjection::PlateCarree:
        return "+proj=eqc +lat_ts=0 +lon_0=0 +datum=WGS84 +units=m +no_defs +type=crs";
    }
    return "EPSG:8857";
}
} // namespace

std::string_view projectionName(MapProjection p) {
    switch (p) {
    case MapProjection::EqualEarth:
        return "Equal Earth (EPSG:8857)";
    case MapProjection::Robinson:
        return "Robinson (ESRI:54030)";
    case MapProjection::PlateCarree:
        return "Plate Carrée";
    }
    return "";
}

std::string_view projectionKey(MapProjection p) {
    switch (p) {
    case MapProjection::EqualEarth:
        return "equal-earth";
    case MapProjection::Robinson:
        return "robinson";
    case MapProjection::PlateCarree:
        return "plate-carree";
    }
    return "equal-earth";
}

MapProjection projectionFromKey(std::string_view key, MapProjection fallback) {
    for (auto p : {MapProjection::EqualEarth, MapProjection::Robinson, MapProjection::PlateCarree})
        if (projectionKey(p) == key)
            return p;
    return fallback;
}

struct Projector::Impl {
    MapProjection projection;
    PJ_CONTEXT* context = nullptr;
    PJ* transform = nullptr;

    ~Impl() {
        if (transform)
            proj_destroy(transform);
        if (context)
            proj_context_destroy(context);
    }
};

Projector::Projector(MapProjection projection)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->projection = projection;
    m_impl->context = proj_context_create();
    PJ* raw =
        proj_create_crs_to_crs(m_impl->context, "EPSG:4326", crsDefinition(projection), nullptr);
    if (!raw)
        throw std::runtime_error(
            std::string("PROJ cannot create the transformation to ") + crsDefinition(projection) +
            ": " + proj_context_errno_string(m_impl->context, proj_context_errno(m_impl->context)));
    // Longitude first, latitude second, whatever the CRS's axis order says.
    m_impl->transform = proj_normalize_for_visualization(m_impl->context, raw);
    proj_destroy(raw);
    if (!m_impl->transform)
        throw std::runtime_error("PROJ cannot normalise the axis order of the map projection");
}

Projector::~Projector() = default;
Projector::Projector(Projector&&) noexcept = default;
Projector& Projector::operator=(Projector&&) noexcept = default;

MapProjection Projector::projection() const {
    return m_impl->projection;
}

bool Projector::forward(double lon_deg, double lat_deg, XY& xy) const {
    PJ_COORD in = proj_coord(lon_deg, lat_deg, 0, 0);
    PJ_COORD out = proj_trans(m_impl->transform, PJ_FWD, in);
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return false;
    xy = {out.xy.x, out.xy.y};
    return true;
}

bool Projector::inverse(const XY& xy, double& lon_deg, double& lat_deg) const {
    PJ_COORD in = proj_coord(xy.x, xy.y, 0, 0);
    PJ_COORD out = proj_trans(m_impl->transform, PJ_INV, in);
    if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi) || out.lp.lam == HUGE_VAL)
        return false;
    lon_deg = out.lp.lam;
    lat_deg = out.lp.phi;
    return true;
}

void Projector::forwardMany(std::vector<XY>& points) const {
    if (points.empty())
        return;
    proj_trans_generic(m_impl->transform, PJ_FWD, &points[0].x, sizeof(XY), points.size(),
                       &points[0].y, sizeof(XY), points.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (auto& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL)
            p = {std::numeric_limits<double>::quiet_NaN(),
                 std::numeric_limits<double>::quiet_NaN()};
}

} // namespace fluxlens
