#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

enum class MapProjection { EqualEarth, Robinson, PlateCarree };

std::string_view projectionName(MapProjection p); // "Equal Earth (EPSG:8857)"
std::string_view projectionKey(MapProjection p);  // "equal-earth", for settings and the CLI
MapProjection projectionFromKey(std::string_view key, MapProjection fallback);

struct XY {
    double x = 0;
    double y = 0;
};

// Geographic longitude/latitude (degrees, WGS 84) to projected metres through PROJ.
// Owns its PROJ context, so one Projector per thread.
class Projector {
public:
    explicit Projector(MapProjection projection); // throws std::runtime_error if PROJ fails
    ~Projector();
    Projector(const Projector&) = delete;
    Projector& operator=(const Projector&) = delete;
    Projector(Projector&&) noexcept;
    Projector& operator=(Projector&&) noexcept;

    MapProjection projection() const;
    // Returns false (and leaves xy untouched) for points PROJ cannot project.
    bool forward(double lon_deg, double lat_deg, XY& xy) const;
    bool inverse(const XY& xy, double& lon_deg, double& lat_deg) const;
    // Projects in place; points PROJ rejects become NaN.
    void forwardMany(std::vector<XY>& lonLatInXyOut) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fluxlens
