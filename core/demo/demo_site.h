#pragma once

#include "demo/demo_regions.h"
#include "geo/koppen_classifier.h"
#include "geo/site.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace fluxlens::demo {

// The parameters of a site's process model that no file states. They shape the fluxes and leave
// traces only in the multi-year history of the drivers (README.md, "Hidden parameters"):
//  - canopy density sets both the peak reflectance contrast (NIR - red) and epsilon;
//  - the soil's water capacity sets soil-water levels and, through the long-term
//    respiration/GPP ratio, the reference respiration;
//  - the soil organic index sets the soil brightness seen between canopies and E0.
struct HiddenParameters {
    double lightUseEfficiency_gC_MJ = 0;     // epsilon, per MJ of absorbed PAR
    double referenceRespiration_gC_m2_d = 0; // Lloyd–Taylor respiration at 15 °C, unstressed
    double temperatureSensitivityE0_K = 0;   // Lloyd–Taylor E0
    double canopyDensity = 0;                // 0..1, scales fAPAR
    double soilWaterCapacity_mm = 0;         // bucket size
    double soilOrganicIndex = 0;             // 0..1
    double respirationToGpp = 0;             // long-term RECO / GPP
    double growthRespirationFraction = 0;    // RECO's GPP-linked share
};

// Where a site stands and the climate it was given, before any weather is drawn.
struct PlannedSite {
    std::string id; // "ZZ-001"
    std::size_t regionIndex = 0;
    double lat_deg = 0, lon_deg = 0, elevation_m = 0;
    double meanTemp_degC = 0;
    double amplitude_degC = 0;
    double precip_mm_y = 0;
    RainRegime regime = RainRegime::Uniform;
    double rainSeasonality = 0;
    double humidity = 0;
    double windMean_m_s = 0;
    double windDirection_rad = 0;
    int recordFirstYear = 0; // tower record; drivers cover the whole span
    int recordLastYear = 0;
};

// Daily series over the whole span (first year 1 Jan .. last year 31 Dec). Values are already
// rounded to the precision written to the files, so what a reader parses is what the model used.
// NaN marks a gap (flux gaps, cloudy reflectance days, days outside the tower record).
struct DemoDailySeries {
    int firstDayNumber = 0; // days since 1970-01-01 of the first day
    // Drivers (the truth; ERA5-Land and the tower's gap-filled meteorology both report it)
    std::vector<double> airTemp_degC, dewPoint_degC, shortwave_W_m2, vpd_hPa, precip_mm;
    std::vector<double> soilWater_m3_m3, windU_m_s, windV_m_s;
    std::vector<double> relativeSoilWater, fapar, snow_mm;
    std::vector<double> cloudFraction; // 0..1, sets shortwave and the MODIS cloud gaps
    // True fluxes of the process model (gC m-2 d-1; W m-2 for LE and H)
    std::vector<double> gppTrue, recoTrue, latentHeatTrue_W_m2, sensibleHeatTrue_W_m2;
    // Tower observations within the record (FLUXNET2015 columns)
    std::vector<double> gppNt, gppDt, recoNt, neeObserved, neeQc, latentHeat_W_m2,
        sensibleHeat_W_m2;
    // MOD09GA-like surface reflectance, bands 1..7, 0..1 (NaN = cloud)
    std::array<std::vector<double>, 7> reflectance;

    std::size_t size() const { return airTemp_degC.size(); }
};

struct DemoSiteData {
    Site site;
    PlannedSite plan;
    HiddenParameters hidden;
    MonthlyClimate climate; // over the whole span, from the generated daily weather
    DemoDailySeries daily;
};

} // namespace fluxlens::demo
