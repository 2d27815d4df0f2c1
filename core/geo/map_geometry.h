#pragma once

#include "geo/land_polygons.h"
#include "geo/projection.h"

#include <vector>

namespace fluxlens {

using ProjectedRing = std::vector<XY>; // projected metres, closed implicitly

// Land rings projected once per projection change. Rings that cross the antimeridian are cut at
// ±180° and their edges densified to 1°, so that no fill or stroke spans the whole map.
struct ProjectedLand {
    std::vector<ProjectedRing> outer;
    std::vector<ProjectedRing> holes;
};

ProjectedLand projectLand(const LandPolygons& land, const Projector& projector);

// Meridians and parallels every step_deg degrees as projected polylines.
std::vector<ProjectedRing> projectGraticule(const Projector& projector, double step_deg);

// The edge of the projected world (the ±180° meridians and the poles), as a closed ring.
ProjectedRing projectWorldOutline(const Projector& projector);

// Splits a lon/lat ring at the antimeridian and densifies its edges (exposed for tests).
std::vector<std::vector<XY>> cutAtAntimeridian(const std::vector<XY>& lonLatRing,
                                               double maxEdge_deg);

} // namespace fluxlens
