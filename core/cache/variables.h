#pragma once

#include "cache/import_batch.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

// The canonical daily variables the cache stores, with their units: the single source of truth
// for importers (which convert to these units), the cache schema and the models. A column name
// not listed here for its DailyKind is an error.
namespace fluxlens {

struct VariableInfo {
    std::string_view name;
    std::string_view unit;
    std::string_view description;
};

namespace var {
// Flux (DailyKind::Flux). Carbon fluxes in gC m-2 d-1, QC as fraction 0..1 of measured or
// good-quality gap-filled records, energy fluxes in W m-2.
inline constexpr std::string_view GPP_NT_VUT_USTAR50 = "GPP_NT_VUT_USTAR50";
inline constexpr std::string_view GPP_DT_VUT_USTAR50 = "GPP_DT_VUT_USTAR50";
inline constexpr std::string_view GPP_NT_VUT_REF = "GPP_NT_VUT_REF";
inline constexpr std::string_view GPP_DT_VUT_REF = "GPP_DT_VUT_REF";
inline constexpr std::string_view RECO_NT_VUT_USTAR50 = "RECO_NT_VUT_USTAR50";
inline constexpr std::string_view RECO_DT_VUT_USTAR50 = "RECO_DT_VUT_USTAR50";
inline constexpr std::string_view RECO_NT_VUT_REF = "RECO_NT_VUT_REF";
inline constexpr std::string_view RECO_DT_VUT_REF = "RECO_DT_VUT_REF";
inline constexpr std::string_view NEE_VUT_USTAR50 = "NEE_VUT_USTAR50";
inline constexpr std::string_view NEE_VUT_USTAR50_QC = "NEE_VUT_USTAR50_QC";
inline constexpr std::string_view NEE_VUT_REF = "NEE_VUT_REF";
inline constexpr std::string_view NEE_VUT_REF_QC = "NEE_VUT_REF_QC";
inline constexpr std::string_view LE_F_MDS = "LE_F_MDS";
inline constexpr std::string_view LE_F_MDS_QC = "LE_F_MDS_QC";
inline constexpr std::string_view LE_CORR = "LE_CORR";
inline constexpr std::string_view H_F_MDS = "H_F_MDS";
inline constexpr std::string_view H_F_MDS_QC = "H_F_MDS_QC";
inline constexpr std::string_view H_CORR = "H_CORR";

// Tower meteorology (DailyKind::TowerMet), FLUXNET names and daily units.
inline constexpr std::string_view TA_F = "TA_F";
inline constexpr std::string_view TA_F_QC = "TA_F_QC";
inline constexpr std::string_view SW_IN_F = "SW_IN_F";
inline constexpr std::string_view SW_IN_F_QC = "SW_IN_F_QC";
inline constexpr std::string_view SW_IN_POT = "SW_IN_POT";
inline constexpr std::string_view LW_IN_F = "LW_IN_F";
inline constexpr std::string_view VPD_F = "VPD_F";
inline constexpr std::string_view VPD_F_QC = "VPD_F_QC";
inline constexpr std::string_view P_F = "P_F";
inline constexpr std::string_view PA_F = "PA_F";
inline constexpr std::string_view WS_F = "WS_F";
inline constexpr std::string_view CO2_F_MDS = "CO2_F_MDS";
inline constexpr std::string_view NETRAD = "NETRAD";
inline constexpr std::string_view G_F_MDS = "G_F_MDS";
inline constexpr std::string_view PPFD_IN = "PPFD_IN";
inline constexpr std::string_view TS_F_MDS_1 = "TS_F_MDS_1";
inline constexpr std::string_view SWC_F_MDS_1 = "SWC_F_MDS_1";
// ERA5 downscaled to the tower by ONEFlux (FLUXMET _ERA columns, FLUXNET Shuttle ERA5_DD).
inline constexpr std::string_view TA_ERA = "TA_ERA";
inline constexpr std::string_view TA_ERA_DAY = "TA_ERA_DAY";
inline constexpr std::string_view TA_ERA_NIGHT = "TA_ERA_NIGHT";
inline constexpr std::string_view SW_IN_ERA = "SW_IN_ERA";
inline constexpr std::string_view LW_IN_ERA = "LW_IN_ERA";
inline constexpr std::string_view VPD_ERA = "VPD_ERA";
inline constexpr std::string_view PA_ERA = "PA_ERA";
inline constexpr std::string_view P_ERA = "P_ERA";
inline constexpr std::string_view WS_ERA = "WS_ERA";

// Reanalysis drivers (DailyKind::Reanalysis), ERA5-Land style, daily means (sums for water).
inline constexpr std::string_view t2m_degC = "t2m_degC";
inline constexpr std::string_view t2m_min_degC = "t2m_min_degC";
inline constexpr std::string_view t2m_max_degC = "t2m_max_degC";
inline constexpr std::string_view d2m_degC = "d2m_degC";
inline constexpr std::string_view vpd_hPa = "vpd_hPa";
inline constexpr std::string_view ssrd_W_m2 = "ssrd_W_m2";
inline constexpr std::string_view strd_W_m2 = "strd_W_m2";
inline constexpr std::string_view tp_mm_d = "tp_mm_d";
inline constexpr std::string_view e_mm_d = "e_mm_d";
inline constexpr std::string_view swvl1_m3_m3 = "swvl1_m3_m3";
inline constexpr std::string_view swvl2_m3_m3 = "swvl2_m3_m3";
inline constexpr std::string_view stl1_degC = "stl1_degC";
inline constexpr std::string_view sp_kPa = "sp_kPa";
inline constexpr std::string_view wind_m_s = "wind_m_s";
inline constexpr std::string_view snow_depth_m = "snow_depth_m";

// Remote sensing (DailyKind::RemoteSensing): MOD09GA surface reflectance bands 1-7 (0..1),
// indices derived from them, MCD12Q1 land-cover type 1 (IGBP class number 1..17).
inline constexpr std::string_view b1 = "b1";
inline constexpr std::string_view b2 = "b2";
inline constexpr std::string_view b3 = "b3";
inline constexpr std::string_view b4 = "b4";
inline constexpr std::string_view b5 = "b5";
inline constexpr std::string_view b6 = "b6";
inline constexpr std::string_view b7 = "b7";
inline constexpr std::string_view NDVI = "NDVI";
inline constexpr std::string_view EVI = "EVI";
inline constexpr std::string_view NIRv = "NIRv";
inline constexpr std::string_view lc_type1 = "lc_type1";

// Reference products (DailyKind::Reference), e.g. FLUXCOM-X-BASE sampled at a site.
inline constexpr std::string_view GPP = "GPP";
inline constexpr std::string_view NEE = "NEE";
inline constexpr std::string_view RECO = "RECO";
inline constexpr std::string_view ET = "ET";
inline constexpr std::string_view LE = "LE";
inline constexpr std::string_view H = "H";

// Model predictions (DailyKind::Prediction): mean and standard deviation, gC m-2 d-1.
inline constexpr std::string_view GPP_mean = "GPP_mean";
inline constexpr std::string_view GPP_sd = "GPP_sd";
inline constexpr std::string_view RECO_mean = "RECO_mean";
inline constexpr std::string_view RECO_sd = "RECO_sd";
inline constexpr std::string_view NEE_mean = "NEE_mean";
inline constexpr std::string_view NEE_sd = "NEE_sd";
} // namespace var

// The columns of one kind, in storage order.
std::span<const VariableInfo> dailyVariables(DailyKind kind);
// nullptr when `name` is not a column of `kind` (names are case-sensitive).
const VariableInfo* findDailyVariable(DailyKind kind, std::string_view name);
// Throws InputError(file, line, "unknown <kind> column 'X' (known: ...)") when not a column.
const VariableInfo& requireDailyVariable(DailyKind kind, std::string_view name,
                                         const std::string& file, std::int64_t line = 0);

// "flux", "tower meteorology", "reanalysis", "remote sensing", "reference", "prediction".
std::string_view dailyKindName(DailyKind kind);
// The SQLite table holding `kind`: "flux_daily", "met_daily", ...
std::string_view dailyTableName(DailyKind kind);
std::span<const DailyKind> allDailyKinds();

} // namespace fluxlens
