#include "cache/variables.h"

#include "common/input_error.h"

#include <array>

namespace fluxlens {
namespace {
constexpr std::string_view kCarbon = "gC m-2 d-1";
constexpr std::string_view kFraction = "fraction 0-1";
constexpr std::string_view kWm2 = "W m-2";

constexpr std::array kFlux = {
    VariableInfo{var::GPP_NT_VUT_USTAR50, kCarbon, "GPP, night-time partitioning, USTAR50"},
    VariableInfo{var::GPP_DT_VUT_USTAR50, kCarbon, "GPP, daytime partitioning, USTAR50"},
    VariableInfo{var::GPP_NT_VUT_REF, kCarbon, "GPP, night-time partitioning, reference"},
    VariableInfo{var::GPP_DT_VUT_REF, kCarbon, "GPP, daytime partitioning, reference"},
    VariableInfo{var::RECO_NT_VUT_USTAR50, kCarbon, "ecosystem respiration, night-time, USTAR50"},
    VariableInfo{var::RECO_DT_VUT_USTAR50, kCarbon, "ecosystem respiration, daytime, USTAR50"},
    VariableInfo{var::RECO_NT_VUT_REF, kCarbon, "ecosystem respiration, night-time, reference"},
    VariableInfo{var::RECO_DT_VUT_REF, kCarbon, "ecosystem respiration, daytime, reference"},
    VariableInfo{var::NEE_VUT_USTAR50, kCarbon, "net ecosystem exchange, USTAR50"},
    VariableInfo{var::NEE_VUT_USTAR50_QC, kFraction, "NEE_VUT_USTAR50 good-quality fraction"},
    VariableInfo{var::NEE_VUT_REF, kCarbon, "net ecosystem exchange, reference"},
    VariableInfo{var::NEE_VUT_REF_QC, kFraction, "NEE_VUT_REF good-quality fraction"},
    VariableInfo{var::LE_F_MDS, kWm2, "latent heat flux, gap-filled"},
    VariableInfo{var::LE_F_MDS_QC, kFraction, "LE_F_MDS good-quality fraction"},
    VariableInfo{var::LE_CORR, kWm2, "latent heat flux, energy-balance corrected"},
    VariableInfo{var::H_F_MDS, kWm2, "sensible heat flux, gap-filled"},
    VariableInfo{var::H_F_MDS_QC, kFraction, "H_F_MDS good-quality fraction"},
    VariableInfo{var::H_CORR, kWm2, "sensible heat flux, energy-balance corrected"},
};

constexpr std::array kTowerMet = {
    VariableInfo{var::TA_F, "degC", "air temperature"},
    VariableInfo{var::TA_F_QC, kFraction, "TA_F good-quality fraction"},
    VariableInfo{var::SW_IN_F, kWm2, "incoming shortwave radiation"},
    VariableInfo{var::SW_IN_F_QC, kFraction, "SW_IN_F good-quality fraction"},
    VariableInfo{var::SW_IN_POT, kWm2, "potential (top of atmosphere) shortwave radiation"},
    VariableInfo{var::LW_IN_F, kWm2, "incoming longwave radiation"},
    VariableInfo{var::VPD_F, "hPa", "vapour pressure deficit"},
    VariableInfo{var::VPD_F_QC, kFraction, "VPD_F good-quality fraction"},
    VariableInfo{var::P_F, "mm d-1", "precipitation"},
    VariableInfo{var::PA_F, "kPa", "air pressure"},
    VariableInfo{var::WS_F, "m s-1", "wind speed"},
    VariableInfo{var::CO2_F_MDS, "umol mol-1", "CO2 mole fraction"},
    VariableInfo{var::NETRAD, kWm2, "net radiation"},
    VariableInfo{var::G_F_MDS, kWm2, "soil heat flux"},
    VariableInfo{var::PPFD_IN, "umol m-2 s-1", "incoming photosynthetic photon flux density"},
    VariableInfo{var::TS_F_MDS_1, "degC", "soil temperature, shallowest layer"},
    VariableInfo{var::SWC_F_MDS_1, "%", "soil water content, shallowest layer"},
    VariableInfo{var::TA_ERA, "degC", "air temperature, ERA5 downscaled to the tower"},
    VariableInfo{var::TA_ERA_DAY, "degC", "daytime air temperature, ERA5 downscaled"},
    VariableInfo{var::TA_ERA_NIGHT, "degC", "night-time air temperature, ERA5 downscaled"},
    VariableInfo{var::SW_IN_ERA, kWm2, "incoming shortwave radiation, ERA5 downscaled"},
    VariableInfo{var::LW_IN_ERA, kWm2, "incoming longwave radiation, ERA5 downscaled"},
    VariableInfo{var::VPD_ERA, "hPa", "vapour pressure deficit, ERA5 downscaled"},
    VariableInfo{var::PA_ERA, "kPa", "air pressure, ERA5 downscaled"},
    VariableInfo{var::P_ERA, "mm d-1", "precipitation, ERA5 downscaled"},
    VariableInfo{var::WS_ERA, "m s-1", "wind speed, ERA5 downscaled"},
};

constexpr std::array kReanalysis = {
    VariableInfo{var::t2m_degC, "degC", "2 m air temperature, daily mean"},
    VariableInfo{var::t2m_min_degC, "degC", "2 m air temperature, daily minimum"},
    VariableInfo{var::t2m_max_degC, "degC", "2 m air temperature, daily maximum"},
    VariableInfo{var::d2m_degC, "degC", "2 m dewpoint temperature"},
    VariableInfo{var::vpd_hPa, "hPa", "vapour pressure deficit"},
    VariableInfo{var::ssrd_W_m2, kWm2, "surface solar radiation downwards, daily mean"},
    VariableInfo{var::strd_W_m2, kWm2, "surface thermal radiation downwards, daily mean"},
    VariableInfo{var::tp_mm_d, "mm d-1", "total precipitation"},
    VariableInfo{var::e_mm_d, "mm d-1", "total evaporation (positive upwards)"},
    VariableInfo{var::swvl1_m3_m3, "m3 m-3", "volumetric soil water, layer 1 (0-7 cm)"},
    VariableInfo{var::swvl2_m3_m3, "m3 m-3", "volumetric soil water, layer 2 (7-28 cm)"},
    VariableInfo{var::stl1_degC, "degC", "soil temperature, layer 1"},
    VariableInfo{var::sp_kPa, "kPa", "surface pressure"},
    VariableInfo{var::wind_m_s, "m s-1", "10 m wind speed"},
    VariableInfo{var::snow_depth_m, "m", "snow depth"},
};

constexpr std::array kRemoteSensing = {
    VariableInfo{var::b1, kFraction, "MOD09GA band 1 (red, 620-670 nm) surface reflectance"},
    VariableInfo{var::b2, kFraction, "MOD09GA band 2 (NIR, 841-876 nm) surface reflectance"},
    VariableInfo{var::b3, kFraction, "MOD09GA band 3 (blue, 459-479 nm) surface reflectance"},
    VariableInfo{var::b4, kFraction, "MOD09GA band 4 (green, 545-565 nm) surface reflectance"},
    VariableInfo{var::b5, kFraction, "MOD09GA band 5 (1230-1250 nm) surface reflectance"},
    VariableInfo{var::b6, kFraction, "MOD09GA band 6 (1628-1652 nm) surface reflectance"},
    VariableInfo{var::b7, kFraction, "MOD09GA band 7 (2105-2155 nm) surface reflectance"},
    VariableInfo{var::NDVI, "1", "normalized difference vegetation index (b2-b1)/(b2+b1)"},
    VariableInfo{var::EVI, "1", "enhanced vegetation index"},
    VariableInfo{var::NIRv, "1", "near-infrared reflectance of vegetation, NDVI*b2"},
    VariableInfo{var::lc_type1, "class", "MCD12Q1 land cover type 1 (IGBP class number 1-17)"},
};

constexpr std::array kReference = {
    VariableInfo{var::GPP, kCarbon, "gross primary production"},
    VariableInfo{var::NEE, kCarbon, "net ecosystem exchange"},
    VariableInfo{var::RECO, kCarbon, "ecosystem respiration"},
    VariableInfo{var::ET, "mm d-1", "evapotranspiration"},
    VariableInfo{var::LE, kWm2, "latent heat flux"},
    VariableInfo{var::H, kWm2, "sensible heat flux"},
};

constexpr std::array kPrediction = {
    VariableInfo{var::GPP_mean, kCarbon, "predicted GPP, mean"},
    VariableInfo{var::GPP_sd, kCarbon, "predicted GPP, standard deviation"},
    VariableInfo{var::RECO_mean, kCarbon, "predicted ecosystem respiration, mean"},
    VariableInfo{var::RECO_sd, kCarbon, "predicted ecosystem respiration, standard deviation"},
    VariableInfo{var::NEE_mean, kCarbon, "predicted NEE, mean"},
    VariableInfo{var::NEE_sd, kCarbon, "predicted NEE, standard deviation"},
};

constexpr std::array kAllKinds = {DailyKind::Flux,       DailyKind::TowerMet,
                                  DailyKind::Reanalysis, DailyKind::RemoteSensing,
                                  DailyKind::Reference,  DailyKind::Prediction};
} // namespace

std::span<const VariableInfo> dailyVariables(DailyKind kind) {
    switch (kind) {
    case DailyKind::Flux:
        return kFlux;
    case DailyKind::TowerMet:
        return kTowerMet;
    case DailyKind::Reanalysis:
        return kReanalysis;
    case DailyKind::RemoteSensing:
        return kRemoteSensing;
    case DailyKind::Reference:
        return kReference;
    case DailyKind::Prediction:
        return kPrediction;
    }
    return {};
}

const VariableInfo* findDailyVariable(DailyKind kind, std::string_view name) {
    for (const VariableInfo& v : dailyVariables(kind))
        if (v.name == name)
            return &v;
    return nullptr;
}

const VariableInfo& requireDailyVariable(DailyKind kind, std::string_view name,
                                         const std::string& file, std::int64_t line) {
    if (const VariableInfo* v = findDailyVariable(kind, name))
        return *v;
    std::string known;
    for (const VariableInfo& v : dailyVariables(kind)) {
        if (!known.empty())
            known += ", ";
        known += v.name;
    }
    throw InputError(file, line,
                     "unknown " + std::string(dailyKindName(kind)) + " column '" +
                         std::string(name) + "' (known: " + known + ")");
}

std::string_view dailyKindName(DailyKind kind) {
    switch (kind) {
    case DailyKind::Flux:
        return "flux";
    case DailyKind::TowerMet:
        return "tower meteorology";
    case DailyKind::Reanalysis:
        return "reanalysis";
    case DailyKind::RemoteSensing:
        return "remote sensing";
    case DailyKind::Reference:
        return "reference";
    case DailyKind::Prediction:
        return "prediction";
    }
    return "unknown";
}

std::string_view dailyTableName(DailyKind kind) {
    switch (kind) {
    case DailyKind::Flux:
        return "flux_daily";
    case DailyKind::TowerMet:
        return "met_daily";
    case DailyKind::Reanalysis:
        return "reanalysis_daily";
    case DailyKind::RemoteSensing:
        return "rs_daily";
    case DailyKind::Reference:
        return "reference_daily";
    case DailyKind::Prediction:
        return "prediction_daily";
    }
    return "";
}

std::span<const DailyKind> allDailyKinds() {
    return kAllKinds;
}

} // namespace fluxlens
