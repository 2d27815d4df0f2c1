#pragma once

#include "demo/demo_generator.h"

#include <vector>

namespace fluxlens::demo {

// The synthetic stand-in for FLUXCOM-X-BASE: the demo's process model with class-mean parameters
// on the grid cell's smoothed drivers, at sub-daily steps, over the cells that hold sites.
struct ReferenceOptions {
    double cellSize_deg = 2.0; // must divide 180
    // Must divide 24; 0 picks the finest step (1, 2, 3, 4, 6, 8, 12 or 24 hours) that keeps the
    // time axis within kMaxReferenceSteps: hourly up to 7 years, 3-hourly for 2001-2020.
    int stepHours = 0;
};

// The size budget of the default step: at most 65 536 time steps keeps the file of the default
// 120 sites (95 cells) near 20 MB. (The importer reads the whole time axis of a cell in one call,
// through GDAL's multidimensional API: no limit on the steps there.)
inline constexpr int kMaxReferenceSteps = 65536;

// The step the options give for a span of `days` days.
int referenceStepHours(const ReferenceOptions& options, int days);

inline constexpr const char* kReferenceProductName = "reference (synthetic)";

struct ReferenceCell {
    int latIndex = 0, lonIndex = 0;      // into the grid's latitude and longitude axes
    std::vector<std::size_t> sites;      // plan indices of the sites inside
    IgbpClass igbp = IgbpClass::Unknown; // the cell's most common class (ties: lowest code)
};

struct ReferenceGrid {
    ReferenceOptions options;
    int firstYear = 0;
    int latCount = 0, lonCount = 0;
    int stepsPerDay = 0;
    int dayCount = 0;
    std::vector<ReferenceCell> cells; // sorted by (latIndex, lonIndex)

    double latitude(int index) const { return -90.0 + (index + 0.5) * options.cellSize_deg; }
    double longitude(int index) const { return -180.0 + (index + 0.5) * options.cellSize_deg; }
    std::size_t stepCount() const {
        return static_cast<std::size_t>(dayCount) * static_cast<std::size_t>(stepsPerDay);
    }
};

// `sites` are the generated sites in plan order (their IGBP classes pick each cell's class).
// Throws std::invalid_argument for a cell size or step that does not divide the globe or the day.
ReferenceGrid planReferenceGrid(const DemoPlan& plan, const std::vector<Site>& sites,
                                const ReferenceOptions& options);

// Rates in gC m-2 d-1 per step (the mean rate over [t, t + step)), rounded to multiples of 2^-10
// so that NEE = RECO - GPP holds exactly in single precision.
struct ReferenceCellSeries {
    std::vector<float> gpp, reco, nee;
};

ReferenceCellSeries computeReferenceCell(const DemoPlan& plan, const ReferenceGrid& grid,
                                         const ReferenceCell& cell);

// The reference product's daily mean rates at one place, for the gridded reference (`demo
// --grid`): the class-mean process model on the place's own drivers (days [from, from + count) of
// `daily`) smoothed over a week, R_ref balanced over those days, RECO averaged over the daily
// temperature cycle of the sub-daily product. Rounded like the cells' rates.
struct ReferencePlaceSeries {
    std::vector<float> gpp, reco;
};
ReferencePlaceSeries computeReferencePlace(const DemoDailySeries& daily, std::size_t from,
                                           std::size_t count, double lat_deg, double elevation_m,
                                           IgbpClass igbp);

} // namespace fluxlens::demo
