#include "demo/demo_ecosystem.h"

#include "demo/demo_physics.h"

#include <algorithm>
#include <cmath>

namespace fluxlens::demo {
namespace {
constexpr double kSecondsPerDay = 86400.0;
}

double respirationWaterScalar(double relativeSoilWater) {
    return 0.25 + 0.75 * std::min(1.0, relativeSoilWater / 0.4);
}

double ecosystemRespiration(double airTemp_degC, double relativeSoilWater, double gpp_gC_m2_d,
                            const HiddenParameters& h) {
    return h.referenceRespiration_gC_m2_d *
               lloydTaylor(airTemp_degC, h.temperatureSensitivityE0_K) *
               respirationWaterScalar(relativeSoilWater) +
           h.growthRespirationFraction * gpp_gC_m2_d;
}

double balancedReferenceRespiration(const EcosystemDrivers& d, const EcosystemSeries& s,
                                    const HiddenParameters& h, std::size_t from, std::size_t to) {
    double gppSum = 0, responseSum = 0;
    for (std::size_t i = from; i < to; ++i) {
        gppSum += s.gpp_gC_m2_d[i];
        responseSum += lloydTaylor(d.airTemp_degC[i], h.temperatureSensitivityE0_K) *
                       respirationWaterScalar(s.relativeSoilWater[i]);
    }
    return std::max(0.02, (h.respirationToGpp - h.growthRespirationFraction) * gppSum /
                              std::max(responseSum, 1e-9));
}

EcosystemSeries runEcosystem(const EcosystemDrivers& d, const VegetationClassParameters& v,
                             const HiddenParameters& h, bool wetland) {
    const std::size_t days = d.airTemp_degC.size();
    EcosystemSeries out;
    for (auto* series : {&out.gpp_gC_m2_d, &out.relativeSoilWater, &out.fapar, &out.snow_mm,
                         &out.latentHeat_W_m2, &out.sensibleHeat_W_m2})
        series->resize(days);
    double bucket = 0.7 * h.soilWaterCapacity_mm, snow = 0, greenness = 0.5;
    double temp10 = days ? d.airTemp_degC[0] : 0.0, water30 = 0.7;
    for (std::size_t i = 0; i < days; ++i) {
        const double t = d.airTemp_degC[i];
        const double sw = d.shortwave_MJ_m2_d[i];
        const bool snowing = t < 0.5;
        const double rain = snowing ? 0.0 : d.precip_mm[i];
        snow += snowing ? d.precip_mm[i] : 0.0;
        const double melt = std::min(snow, 3.0 * std::max(0.0, t));
        snow -= melt;
        const double faparToday = v.faparMax * h.canopyDensity * greenness;
        const double albedo = snow > 5.0 ? 0.6 - 0.3 * faparToday : v.albedo;
        const double clearSky = 0.75 * extraterrestrialRadiation_MJ_m2_d(d.lat_deg, d.dayOfYear[i]);
        const double relativeShortwave = std::min(1.0, sw / std::max(clearSky, 1e-6));
        const double rn =
            netRadiation_MJ_m2_d(sw, albedo, t, d.vapourPressure_hPa[i], relativeShortwave);
        const double pet = priestleyTaylorPet_mm_d(rn, t, d.elevation_m) * (t < 0 ? 0.2 : 1.0);
        const double relative = bucket / h.soilWaterCapacity_mm;
        const double supply = wetland ? 1.0 : std::min(1.0, relative / 0.6);
        const double et =
            std::min(bucket, pet * supply * (0.3 + 0.7 * std::min(1.0, faparToday / 0.8)));
        bucket = std::min(h.soilWaterCapacity_mm, bucket + rain + melt - et);
        if (wetland)
            bucket = std::max(bucket, 0.6 * h.soilWaterCapacity_mm);
        const double wRel = bucket / h.soilWaterCapacity_mm;

        temp10 += 0.1 * (t - temp10);
        water30 += (wRel - water30) / 30.0;
        const double heatReady = std::clamp((temp10 - v.greenUpTemp_degC) / 6.0, 0.0, 1.0);
        const double waterReady = wetland ? 1.0 : std::clamp((water30 - 0.12) / 0.3, 0.0, 1.0);
        const double target = v.evergreenFloor + (1.0 - v.evergreenFloor) * heatReady * waterReady;
        greenness += (target - greenness) / (target > greenness ? 12.0 : 20.0);

        const double fapar = v.faparMax * h.canopyDensity * greenness;
        const double par = 0.48 * sw;
        out.gpp_gC_m2_d[i] = h.lightUseEfficiency_gC_MJ * fapar * par *
                             temperatureScalar(t, v.tMin_degC, v.tOpt_degC, v.tMax_degC) *
                             vpdScalar(d.vpd_hPa[i], v.vpdLow_hPa, v.vpdHigh_hPa) *
                             waterScalar(wRel, v.criticalRelativeWater);
        out.relativeSoilWater[i] = wRel;
        out.fapar[i] = fapar;
        out.snow_mm[i] = snow;
        out.latentHeat_W_m2[i] = et * 2.45e6 / kSecondsPerDay;
        out.sensibleHeat_W_m2[i] = rn * 1e6 / kSecondsPerDay - out.latentHeat_W_m2[i];
    }
    return out;
}

} // namespace fluxlens::demo
