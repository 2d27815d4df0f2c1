#pragma once

#include "demo/demo_options.h"

#include <string>

namespace fluxlens::demo {

// The region, resolution and years of the demo world's gridded drivers (`demo --grid`). Row 0 is
// the northernmost row, column 0 the westernmost; a pixel's coordinate is its centre (the layout
// of grid/grid_spec.h, which the upscaling reads).
struct DemoGridOptions {
    double west_deg = 5.0;
    double south_deg = 45.0;
    double east_deg = 15.0;
    double north_deg = 55.0;
    double resolution_deg = 0.25;
    int firstYear = 0; // 0: the last two years of the demo span
    int lastYear = 0;

    int columns() const;
    int rows() const;
    double lonOfColumn(int col) const;
    double latOfRow(int row) const;
    int pixelCount() const { return rows() * columns(); }
};

// The most pixel-days one run holds in memory (about 80 bytes each: ~2 GB).
inline constexpr long long kMaxDemoGridPixelDays = 25'000'000;

// Fills in the default years and checks the grid against the demo options: throws
// std::invalid_argument naming the problem (an extent that is not whole pixels, years outside the
// demo span, a grid too large for memory).
DemoGridOptions resolveGridOptions(const DemoGridOptions& grid, const DemoOptions& demo);

// "W,S,E,N" in degrees; throws std::invalid_argument naming the text.
DemoGridOptions parseGridBox(const std::string& wsen, double resolution_deg);

} // namespace fluxlens::demo
