#pragma once

// GriddedDrivers' state, shared by gridded_drivers.cpp (features) and static_layers.cpp.

#include "geo/koppen_map.h"
#include "grid/driver_map.h"
#include "grid/gridded_drivers.h"
#include "grid/gridded_variable.h"
#include "import/era5_conversions.h"

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace fluxlens::grid {

// A feature ready to compute: its recipe, the opened input variables and their conversions.
struct FeaturePlan {
    FeatureRecipe recipe;
    std::vector<const GriddedVariable*> inputs;
    std::vector<UnitConversion> conversions; // one per input
};

struct GriddedDrivers::Impl {
    DriverMap map;
    // (source, variable) -> the variable across the source's files; std::map keeps the pointers
    // in FeaturePlan valid.
    std::map<std::pair<std::string, std::string>, GriddedVariable> variables;
    std::vector<FeaturePlan> plans;
    std::optional<GriddedVariable> igbp;
    std::optional<GriddedVariable> landFraction;
    std::optional<KoppenMap> koppen;
    int firstDay = 0;
    int lastDay = -1;

    const FeaturePlan* findPlan(const std::string& feature) const;
};

// Throws std::invalid_argument unless `window` lies inside `grid`.
void requireWindowInGrid(const GridSpec& grid, const PixelWindow& window);

} // namespace fluxlens::grid
