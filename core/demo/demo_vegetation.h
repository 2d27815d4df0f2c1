#pragma once

#include "demo/demo_random.h"
#include "geo/igbp.h"
#include "geo/koppen.h"

namespace fluxlens::demo {

// Class-mean vegetation parameters of the demo process model (README.md lists them with units).
struct VegetationClassParameters {
    double faparMax;                           // fAPAR of a full canopy at peak greenness
    double canopyDensityMin, canopyDensityMax; // range of the hidden canopy density in the class
    double lightUseEfficiency_gC_MJ;           // class-mean epsilon (per MJ of absorbed PAR)
    double tMin_degC, tOpt_degC, tMax_degC;
    double vpdLow_hPa, vpdHigh_hPa;
    double criticalRelativeWater;     // f(water) = 1 above this relative soil water
    double evergreenFloor;            // greenness kept through the dormant season
    double greenUpTemp_degC;          // 10-day mean temperature that starts leaf-out
    double growthRespirationFraction; // share of GPP respired at once (RECO's GPP term)
    double respirationToGpp;          // class-mean long-term RECO / GPP
    double albedo;
};

const VegetationClassParameters& vegetationParameters(IgbpClass igbp);

// A land-cover class that fits a Köppen class (drawn with the weights a real network shows).
// `longitude_deg` separates the larch forests of eastern Siberia from other boreal forests.
IgbpClass chooseIgbpForClimate(KoppenClass koppen, double longitude_deg, DemoRandom& random);

} // namespace fluxlens::demo
