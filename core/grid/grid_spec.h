#pragma once

// A regular longitude/latitude output grid and rectangular windows (tiles) of it. Row 0 is the
// northernmost row (latitude descending, as ERA5-Land and X-BASE store it); column 0 the
// westernmost. Pixel (row, col) covers [west + col·res, west + (col+1)·res] × [north − (row+1)·res,
// north − row·res] and its coordinate is the pixel centre.

#include <string>

namespace fluxlens::grid {

struct GridSpec {
    double west_deg = 0.0;
    double south_deg = 0.0;
    double east_deg = 0.0;
    double north_deg = 0.0;
    double resolution_deg = 0.25;

    int columns() const;               // round((east − west) / resolution)
    int rows() const;                  // round((north − south) / resolution)
    double lonOfColumn(int col) const; // pixel centre
    double latOfRow(int row) const;    // pixel centre, descending with row
};

// Throws std::invalid_argument naming the problem (west ≥ east, outside ±180/±90, resolution ≤ 0,
// extent not a whole number of pixels within 1e-6 of a pixel).
void validateGrid(const GridSpec& grid);
// "W,S,E,N" as the CLI takes it; throws std::invalid_argument naming the text.
GridSpec parseBbox(const std::string& wsen, double resolution_deg);

// A rectangle of pixels: rows row0..row0+rows−1, columns col0..col0+cols−1.
struct PixelWindow {
    int row0 = 0;
    int col0 = 0;
    int rows = 0;
    int cols = 0;
    int pixelCount() const { return rows * cols; }
};

} // namespace fluxlens::grid
