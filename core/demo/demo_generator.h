#pragma once

#include "demo/demo_options.h"
#include "demo/demo_site.h"

#include <vector>

namespace fluxlens::demo {

// Site placement and climate parameters for a whole world: cheap, and fixed by the options.
struct DemoPlan {
    DemoOptions options;
    std::vector<PlannedSite> sites;
};

DemoPlan planDemoWorld(const DemoOptions& options);

// The full daily record of one site. Depends only on the plan's options and the site's index, so
// sites can be generated in any order, on any thread, and generated again to the same bits.
DemoSiteData generateDemoSite(const DemoPlan& plan, std::size_t siteIndex);

// The seeds of a place's independent random streams (weather, vegetation, tower, MODIS).
struct SiteStreams {
    std::uint64_t weather = 0, vegetation = 0, tower = 0, modis = 0;
};
SiteStreams siteStreams(std::uint64_t seed, std::size_t siteIndex);
// Streams of a grid pixel that holds no tower; `pixelKey` names the pixel on the global grid of
// its resolution, so overlapping grids agree where they overlap.
SiteStreams gridPixelStreams(std::uint64_t seed, std::uint64_t pixelKey);

// The process model at one place (a tower, or a grid pixel with its pixel-centre climate):
// `spanDays` days from `firstDayNumber` after a dropped spin-up year. generateDemoSite is this for
// a planned site with its own streams; tower observations cover the place's record years only.
DemoSiteData simulatePlace(const PlannedSite& place, int firstDayNumber, int spanDays,
                           const SiteStreams& streams);

// Days of the span: from firstYear-01-01 to lastYear-12-31.
int spanFirstDayNumber(const DemoOptions& options);
int spanDayCount(const DemoOptions& options);

} // namespace fluxlens::demo
