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

// Days of the span: from firstYear-01-01 to lastYear-12-31.
int spanFirstDayNumber(const DemoOptions& options);
int spanDayCount(const DemoOptions& options);

} // namespace fluxlens::demo
