#pragma once

#include "geo/igbp.h"
#include "geo/koppen.h"
#include "geo/koppen_source.h"

#include <optional>
#include <string>

namespace fluxlens {

// A flux tower as the cache, the map and the models know it.
struct Site {
    std::string id; // e.g. "DE-Hai", or "ZZ-001" for the synthetic demo world
    std::string name;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    std::optional<double> elevation_m;
    IgbpClass igbp = IgbpClass::Unknown;
    KoppenClass koppen = KoppenClass::Unknown;
    KoppenSource koppen_source = KoppenSource::None; // None exactly when koppen is Unknown
    std::string network; // FLUXNET2015, AmeriFlux, ICOS, "synthetic demo", ...
    std::string source;  // file or product the site came from
};

} // namespace fluxlens
