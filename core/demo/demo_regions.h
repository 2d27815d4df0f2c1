#pragma once

#include <span>
#include <string_view>

namespace fluxlens::demo {

// When the rain falls: all year, in the warm season (monsoon), or in the cool season
// (Mediterranean).
enum class RainRegime { Uniform, SummerWet, WinterWet };

// A box well inside a continent where synthetic towers are placed, with the climate the box has.
// The weights reproduce the bias of real flux networks: many temperate and boreal sites in
// Europe and North America, few tropical and arid ones.
struct DemoRegion {
    std::string_view name;
    double latMin_deg, latMax_deg, lonMin_deg, lonMax_deg;
    double weight; // relative share of the sites
    // Annual mean air temperature at the box's equatorward and poleward edges (at elevMin_m).
    double meanTempEquatorward_degC, meanTempPoleward_degC;
    // Half the annual range of monthly mean temperature (continentality).
    double amplitudeMin_degC, amplitudeMax_degC;
    double precipMin_mm_y, precipMax_mm_y;
    RainRegime regime;
    double seasonalityMin, seasonalityMax; // strength of the rain seasonality, 0 = none
    double humidity;                       // mean relative humidity on dry days, 0..1
    double elevMin_m, elevMax_m;
};

std::span<const DemoRegion> demoRegions();

} // namespace fluxlens::demo
