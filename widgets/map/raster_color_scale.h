#pragma once

#include "raster_grid_file.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <vector>

namespace fluxlens {

// Sequential: viridis (perceptually uniform, readable in grey and by colour-blind readers).
// Diverging: cool–warm around zero (Moreland 2009), blue below, red above, for differences and
// fluxes of either sign such as NEE.
enum class RasterColorMap { Sequential, Diverging };

// How map values become colours, and what the colour bar says.
struct RasterColorScale {
    RasterColorMap map = RasterColorMap::Sequential;
    double min = 0.0;
    double max = 1.0;
    double tickStep = 0.2;
    QString title; // e.g. "GPP" or "GPP: model − product"
    QString units; // e.g. "gC m-2 d-1"

    QColor colorOf(double value) const; // clamped to the range; NaN: transparent
    // The colour at a position 0..1 along the bar.
    static QColor colorAt(RasterColorMap map, double position);
};

// The range of the colour scale for `values` (NaN ignored): the 2nd to 98th percentile widened to
// round ticks, symmetric around zero for a diverging map. No valid value: 0..1.
RasterColorScale fitColorScale(const std::vector<float>& values, RasterColorMap map);

// The slice's pixels as colours, transparent where missing; one image pixel per grid cell.
QImage colorizeSlice(const RasterSlice& slice, const RasterColorScale& scale);

} // namespace fluxlens
