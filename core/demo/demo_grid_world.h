#pragma once

#include "demo/demo_generator.h"
#include "demo/demo_grid_options.h"
#include "demo/demo_job.h"

#include <array>
#include <cstdint>
#include <vector>

namespace fluxlens::demo {

// The ERA5-Land variables of the gridded drivers, in the units the Copernicus data store
// delivers them (README.md, "Gridded drivers").
enum GridDriver : std::size_t {
    kT2m,   // 2 m temperature, K
    kD2m,   // 2 m dew point, K
    kSsrd,  // surface solar radiation downwards, J m-2 summed over the day
    kStrd,  // surface thermal radiation downwards, J m-2 summed over the day
    kTp,    // total precipitation, m of water per day
    kSwvl1, // volumetric soil water layer 1, m3 m-3
    kSp,    // surface pressure, Pa
    kU10,   // 10 m wind components, m s-1
    kV10,
    kGridDriverCount
};

// MOD09GA's fill value of the int16 reflectance (scale 1e-4): cloud, or no land.
inline constexpr std::int16_t kModisFill = -28672;

// The gridded demo world over the grid years, in memory. Daily fields are [day][row][col];
// pixels without land (and not holding a tower) are NaN or kModisFill.
struct DemoGrid {
    DemoGridOptions grid; // resolved (years filled in)
    int firstDayNumber = 0;
    int dayCount = 0;
    std::vector<float> landFraction; // [row][col], 0..1
    std::vector<IgbpClass> igbp;     // WAT where there is no land
    std::vector<KoppenClass> koppen; // Unknown where there is no land
    std::vector<int> towerSite;      // plan index of the tower a pixel holds, else -1
    std::vector<float> elevation_m;  // NaN where there is no land
    std::array<std::vector<float>, kGridDriverCount> drivers;
    std::array<std::vector<std::int16_t>, 7> reflectance; // MOD09GA bands 1..7, x 1e4
    std::vector<float> gppTrue, recoTrue;                 // the process model, gC m-2 d-1
    std::vector<float> gppReference, recoReference;       // the synthetic reference product

    std::size_t pixelCount() const { return landFraction.size(); }
    std::size_t index(int day, std::size_t pixel) const {
        return static_cast<std::size_t>(day) * pixelCount() + pixel;
    }
    bool hasData(std::size_t pixel) const {
        return landFraction[pixel] > 0 || towerSite[pixel] >= 0;
    }
};

// Runs the demo process model at every pixel of `grid` that holds land (landFraction > 0,
// [row][col]) or a tower. A pixel holding a tower of the plan is that tower (the lowest site
// number when it holds several): its drivers, reflectance and true fluxes are the tower's own,
// the values its CSV files carry. Any other land pixel is a place with its pixel-centre climate
// (gridPixelPlace) and its own random streams. Pixels run on up to `threads` threads (0: all
// cores); the result does not depend on it. Throws std::invalid_argument for bad options,
// DemoCancelled when cancelled.
DemoGrid computeDemoGrid(const DemoPlan& plan, const DemoGridOptions& grid,
                         std::vector<float> landFraction, const DemoJobControl& control = {},
                         unsigned threads = 0);

// Downward longwave radiation (W m-2): Brutsaert's clear-sky emissivity, raised towards 1 by
// cloud cover.
double downwardLongwave_W_m2(double airTemp_degC, double vapourPressure_hPa, double cloudFraction);
// Surface pressure (Pa) of the standard atmosphere at an elevation.
double surfacePressure_Pa(double elevation_m);

} // namespace fluxlens::demo
