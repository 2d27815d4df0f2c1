#include "demo/demo_physics.h"

#include <algorithm>
#include <cmath>

namespace fluxlens::demo {
namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kSolarConstant_MJ_m2_min = 0.0820;

double solarDeclination_rad(int dayOfYear) {
    return 0.409 * std::sin(2.0 * kPi * dayOfYear / 365.0 - 1.39);
}
} // namespace

double extraterrestrialRadiation_MJ_m2_d(double latitude_deg, int dayOfYear) {
    const double phi = latitude_deg * kPi / 180.0;
    const double dr = 1.0 + 0.033 * std::cos(2.0 * kPi * dayOfYear / 365.0);
    const double delta = solarDeclination_rad(dayOfYear);
    const double x = std::clamp(-std::tan(phi) * std::tan(delta), -1.0, 1.0);
    const double omegaS = std::acos(x); // sunset hour angle: 0 in polar night, pi in polar day
    const double ra = 24.0 * 60.0 / kPi * kSolarConstant_MJ_m2_min * dr *
                      (omegaS * std::sin(phi) * std::sin(delta) +
                       std::cos(phi) * std::cos(delta) * std::sin(omegaS));
    return std::max(0.0, ra);
}

double cosSolarZenith(double latitude_deg, int dayOfYear, double solarHour) {
    const double phi = latitude_deg * kPi / 180.0;
    const double delta = solarDeclination_rad(dayOfYear);
    const double omega = (solarHour - 12.0) * kPi / 12.0;
    const double c =
        std::sin(phi) * std::sin(delta) + std::cos(phi) * std::cos(delta) * std::cos(omega);
    return std::max(0.0, c);
}

double saturationVapourPressure_hPa(double airTemp_degC) {
    return 6.108 * std::exp(17.27 * airTemp_degC / (airTemp_degC + 237.3));
}

double dewPoint_degC(double vapourPressure_hPa) {
    const double g = std::log(std::max(vapourPressure_hPa, 1e-3) / 6.108);
    return 237.3 * g / (17.27 - g);
}

double netRadiation_MJ_m2_d(double shortwave_MJ_m2_d, double albedo, double airTemp_degC,
                            double vapourPressure_hPa, double relativeShortwave) {
    constexpr double kStefanBoltzmann_MJ_K4_m2_d = 4.903e-9;
    const double tK = airTemp_degC + 273.16;
    const double ea_kPa = vapourPressure_hPa / 10.0;
    const double cloudFactor = 1.35 * std::clamp(relativeShortwave, 0.25, 1.0) - 0.35;
    const double longwaveNet = kStefanBoltzmann_MJ_K4_m2_d * tK * tK * tK * tK *
                               (0.34 - 0.14 * std::sqrt(std::max(ea_kPa, 0.0))) * cloudFactor;
    return (1.0 - albedo) * shortwave_MJ_m2_d - longwaveNet;
}

double priestleyTaylorPet_mm_d(double netRadiation_MJ_m2_d, double airTemp_degC,
                               double elevation_m) {
    const double t = airTemp_degC;
    const double es_kPa = 0.6108 * std::exp(17.27 * t / (t + 237.3));
    const double slope = 4098.0 * es_kPa / ((t + 237.3) * (t + 237.3));
    const double pressure_kPa = 101.3 * std::pow((293.0 - 0.0065 * elevation_m) / 293.0, 5.26);
    const double gamma = 0.000665 * pressure_kPa;
    const double latentHeat_MJ_kg = 2.45;
    const double pet = 1.26 * slope / (slope + gamma) * netRadiation_MJ_m2_d / latentHeat_MJ_kg;
    return std::max(0.0, pet);
}

double lloydTaylor(double airTemp_degC, double e0_K) {
    constexpr double kReference_K = 288.15; // 15 °C
    constexpr double kT0_K = 227.13;
    const double t_K = std::max(airTemp_degC, -40.0) + 273.15;
    return std::exp(e0_K * (1.0 / (kReference_K - kT0_K) - 1.0 / (t_K - kT0_K)));
}

double temperatureScalar(double airTemp_degC, double tMin_degC, double tOpt_degC,
                         double tMax_degC) {
    if (airTemp_degC <= tMin_degC || airTemp_degC >= tMax_degC)
        return 0.0;
    if (airTemp_degC <= tOpt_degC)
        return (airTemp_degC - tMin_degC) / (tOpt_degC - tMin_degC);
    return (tMax_degC - airTemp_degC) / (tMax_degC - tOpt_degC);
}

double vpdScalar(double vpd_hPa, double vpdLow_hPa, double vpdHigh_hPa) {
    if (vpd_hPa <= vpdLow_hPa)
        return 1.0;
    return std::clamp((vpdHigh_hPa - vpd_hPa) / (vpdHigh_hPa - vpdLow_hPa), 0.1, 1.0);
}

double waterScalar(double relativeSoilWater, double criticalRelativeWater) {
    return std::clamp(relativeSoilWater / criticalRelativeWater, 0.0, 1.0);
}

} // namespace fluxlens::demo
