#pragma once

#include "demo/demo_site.h"

#include <cstdint>

namespace fluxlens::demo {

// The climate of a grid pixel that holds no tower, at its centre: the parameters a tower of the
// region box nearest to the pixel would be given (README.md, "Gridded drivers"), with the box's
// latitude gradient of mean temperature continued outside the box, and what the box leaves open
// (elevation, continentality, rain, humidity, wind) taken from smooth random fields on a 2-degree
// lattice instead of one draw per tower, so that neighbouring pixels have similar climates.
// The same seed and place give the same parameters whatever grid the pixel belongs to.
PlannedSite gridPixelPlace(std::uint64_t seed, double lat_deg, double lon_deg);

// The index of the region box nearest to a place (distance to the box's edge, longitude
// degrees shrunk by the cosine of latitude); 0 inside the box.
std::size_t nearestRegion(double lat_deg, double lon_deg);

// A key naming a pixel on the global grid of its resolution, for gridPixelStreams.
std::uint64_t gridPixelKey(double lat_deg, double lon_deg, double resolution_deg);

} // namespace fluxlens::demo
