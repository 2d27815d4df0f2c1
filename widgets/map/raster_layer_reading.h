#pragma once

// What the map's raster layer reads for one date, on a worker thread: the slice of a variable, or
// its difference with a second file (the product) placed on the first file's grid by nearest
// pixel and matched by date; exact values at the towers; the colour range of the variable.
// Qt-free, so it is tested without a widget.

#include "raster_grid_file.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fluxlens {

struct RasterLayerRequest {
    RasterFileInfo file;
    std::string variable;
    int timeIndex = 0;
    std::optional<RasterFileInfo> product; // difference mode: file − product
    std::vector<std::pair<double, double>> towers_lonLat_deg;
    bool sampleRange = false; // also read a sample of dates for the colour range
    int maxEdge = 2048;
};

struct RasterLayerData {
    RasterSlice slice;              // the values shown (differences in difference mode)
    std::vector<float> towerValues; // per tower of the request, NaN outside or missing
    std::vector<float> rangeSample; // values of up to 6 dates, decimated; empty unless asked
    std::optional<int> day;         // the date shown, days since 1970-01-01
    std::string productVariable;    // difference mode: the product's variable used
    std::string units;
};

// The product's variable for `variable`: the same name, else the same flux under another name
// (RECO and TER). Throws InputError naming the product file and the variable when there is none.
std::string matchingVariable(const RasterFileInfo& product, const std::string& variable);

// Throws InputError naming the file and the variable (the product's too) when a read fails, the
// product has no date matching the slice's, or units cannot be made comparable.
RasterLayerData readRasterLayer(const RasterLayerRequest& request);

} // namespace fluxlens
