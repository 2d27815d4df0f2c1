#pragma once

// Private to fluxlens_xgboost_model: the state behind XgbModel.

#include "ml/xgboost/xgb_handles.h"
#include "ml/xgboost/xgb_model.h"

namespace fluxlens::xgb {

struct XgbModel::Impl {
    std::string name;
    std::string createdUtc;
    XgbConfig config;
    std::vector<std::string> drivers; // the inputs the features are derived from
    std::string featurePreset;        // tower, remote, era5, custom; "" for folders before presets
    std::vector<std::string> features;
    std::vector<std::string> trainingSites, validationSites, heldOutSites;
    std::string dataHash;
    std::array<detail::Booster, 3> boosters; // GPP, RECO, NEE
    std::array<int, 3> rounds{};
};

} // namespace fluxlens::xgb
