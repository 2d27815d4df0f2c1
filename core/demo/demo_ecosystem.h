#pragma once

#include "demo/demo_site.h"
#include "demo/demo_vegetation.h"

#include <vector>

namespace fluxlens::demo {

// Daily drivers of the ecosystem model.
struct EcosystemDrivers {
    double lat_deg = 0, elevation_m = 0;
    std::vector<int> dayOfYear;
    std::vector<double> airTemp_degC, shortwave_MJ_m2_d, vpd_hPa, precip_mm, vapourPressure_hPa;
};

// What the model makes of them, day by day.
struct EcosystemSeries {
    std::vector<double> gpp_gC_m2_d, relativeSoilWater, fapar, snow_mm, latentHeat_W_m2,
        sensibleHeat_W_m2;
};

// The bucket soil, snow pack, phenology and light-use-efficiency GPP of README.md, run from day 0
// with the given parameters (the caller drops a spin-up period). `wetland` keeps the soil wet.
EcosystemSeries runEcosystem(const EcosystemDrivers& drivers, const VegetationClassParameters& v,
                             const HiddenParameters& hidden, bool wetland);

// RECO's soil-water scalar (heterotrophic respiration slows in dry soil).
double respirationWaterScalar(double relativeSoilWater);

// RECO = Rref f_LT(T) f_W + k GPP.
double ecosystemRespiration(double airTemp_degC, double relativeSoilWater, double gpp_gC_m2_d,
                            const HiddenParameters& hidden);

// Rref such that RECO / GPP over days [from, to) equals hidden.respirationToGpp.
double balancedReferenceRespiration(const EcosystemDrivers& drivers, const EcosystemSeries& series,
                                    const HiddenParameters& hidden, std::size_t from,
                                    std::size_t to);

} // namespace fluxlens::demo
