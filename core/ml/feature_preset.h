#pragma once

// Named sets of input drivers for every model (TAM-RL, CT-LSTM, TAMLSTM and XGBoost) and the one
// place a preset name or a comma-separated feature list becomes the feature list a model trains
// on. Torch-free and cache-free: the caller says which driver columns each site holds
// (driver_availability.h reads that from the cache).
//
//   tower   FLUXNET tower meteorology TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT and DOY_SIN/DOY_COS,
//           plus LW_IN_F, PA_F and WS_F when every site used has them
//   remote  ERA5-Land and MODIS (defaultFeatures(), the engine's default)
//   era5    the FLUXNET product's ERA5 downscaled to the site (ERA5_DD member): TA_ERA,
//           SW_IN_ERA, VPD_ERA, P_ERA and DOY_SIN/DOY_COS, plus SW_IN_POT, LW_IN_ERA, PA_ERA and
//           WS_ERA when every site used has them

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace fluxlens::ml {

inline constexpr const char* kCustomFeaturePreset = "custom"; // an explicit list of names

// "tower", "remote", "era5".
std::vector<std::string> featurePresetNames();
// One line saying what the preset holds, for help texts and tooltips.
std::string featurePresetDescription(const std::string& preset);
// The preset's drivers that every site must have, and those taken only when every site has them.
struct FeaturePresetDefinition {
    std::vector<std::string> required;
    std::vector<std::string> optional;
};
// Throws std::invalid_argument for a name that is not a preset.
FeaturePresetDefinition featurePresetDefinition(const std::string& preset);

// The driver columns one site holds (at least one finite value), by cache column name.
struct SiteDrivers {
    std::string siteId;
    std::set<std::string> variables;
};

struct FeatureSelection {
    std::string preset;                // "tower", "remote", "era5" or kCustomFeaturePreset
    std::vector<std::string> features; // in model order, DOY_SIN/DOY_COS included when asked for
    std::vector<std::string> sites;    // sites holding every feature: the ones to use
    std::vector<std::string> leftOut;  // sites holding none of the features' drivers
};

// `presetOrList` is a preset name or a comma-separated list of feature names (DOY_SIN and DOY_COS
// are derived from the date and need no column). `isDriverColumn` says whether a name is a driver
// column the cache can hold at all. Sites holding none of the drivers are left out (a cache may
// mix tower sites with remote-sensing ones); a site holding some but not all required drivers is
// an error, as is a selection no site can serve. Errors (std::invalid_argument) name the preset,
// the sites and the variables.
FeatureSelection
resolveFeaturePreset(const std::string& presetOrList, const std::vector<SiteDrivers>& sites,
                     const std::function<bool(const std::string&)>& isDriverColumn);

// True for DOY_SIN and DOY_COS, computed by the engines from the date.
bool isDerivedFeature(const std::string& name);

// The preset whose features these are ("tower", "remote", "era5"), else kCustomFeaturePreset.
// Optional drivers may be absent.
std::string presetOfFeatures(const std::vector<std::string>& features);

} // namespace fluxlens::ml
