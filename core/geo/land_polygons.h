#pragma once

#include "geo/projection.h"

#include <string>
#include <vector>

namespace fluxlens {

// One closed ring of a land polygon in longitude/latitude degrees. Holes (lakes in GSHHS level 2)
// are separate rings with isHole set.
struct Ring {
    std::vector<XY> lonLat;
    bool isHole = false;
};

struct LandPolygons {
    std::vector<Ring> rings;
    std::string sourcePath;
    std::size_t vertexCount() const;
};

// The GSHHS crude land layer that Debian's python-cartopy-data installs.
std::string defaultLandPolygonPath();

// Reads every polygon of the first layer of any OGR data source (shapefile, GeoPackage, ...),
// transformed to WGS 84 longitude/latitude when the layer has another CRS.
// Throws InputError naming the file when it cannot be opened or holds no polygons.
LandPolygons readLandPolygons(const std::string& path);

} // namespace fluxlens
