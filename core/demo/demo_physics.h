#pragma once

namespace fluxlens::demo {

// Pure functions of the demo world's process model. Equations and sources are in README.md.

// Extraterrestrial (top-of-atmosphere) radiation, FAO-56 eq. 21, MJ m-2 d-1.
double extraterrestrialRadiation_MJ_m2_d(double latitude_deg, int dayOfYear);
// Cosine of the solar zenith angle at a local solar hour (0..24), clamped at 0 below the horizon.
double cosSolarZenith(double latitude_deg, int dayOfYear, double solarHour);

// Saturation vapour pressure over water (Tetens, FAO-56 eq. 11), hPa.
double saturationVapourPressure_hPa(double airTemp_degC);
// Dew point from actual vapour pressure, inverse of the Tetens formula, °C.
double dewPoint_degC(double vapourPressure_hPa);

// Net radiation (FAO-56 eqs. 38-40), MJ m-2 d-1, from shortwave in, albedo, air temperature,
// vapour pressure and the ratio of shortwave in to clear-sky shortwave.
double netRadiation_MJ_m2_d(double shortwave_MJ_m2_d, double albedo, double airTemp_degC,
                            double vapourPressure_hPa, double relativeShortwave);
// Priestley–Taylor potential evapotranspiration, mm d-1 (never negative).
double priestleyTaylorPet_mm_d(double netRadiation_MJ_m2_d, double airTemp_degC,
                               double elevation_m);

// Lloyd & Taylor (1994) temperature response, 1 at 15 °C; E0 in K.
double lloydTaylor(double airTemp_degC, double e0_K);

// Light-use-efficiency scalars, each in [0, 1].
double temperatureScalar(double airTemp_degC, double tMin_degC, double tOpt_degC, double tMax_degC);
double vpdScalar(double vpd_hPa, double vpdLow_hPa, double vpdHigh_hPa);
double waterScalar(double relativeSoilWater, double criticalRelativeWater);

} // namespace fluxlens::demo
