#pragma once

#include "geo/igbp.h"
#include "geo/koppen.h"

#include <string>
#include <vector>

namespace fluxlens::ml {

// One site's daily record as the ML engine consumes it: no cache, no torch. The cache adapter
// (cache_source.h), the demo world and the tests fill it.
//
// All vectors indexed by day share dayNumbers' length. NaN marks a missing value. Days need not be
// contiguous: the engine places them on a contiguous daily axis and treats gaps as missing.
struct SiteSeries {
    std::string id;
    IgbpClass igbp = IgbpClass::Unknown;
    KoppenClass koppen = KoppenClass::Unknown;
    std::vector<int> dayNumbers; // days since 1970-01-01, strictly increasing

    // Drivers by name (canonical cache column names, e.g. "TA_ERA", "NDVI"). The derived features
    // "DOY_SIN" and "DOY_COS" are computed by the engine and need not be present.
    std::vector<std::string> featureNames;
    std::vector<std::vector<float>> features; // features[i][day]

    // Targets in gC m-2 d-1; empty when the site has no flux record (prediction only).
    std::vector<float> gpp_gC_m2_d;  // GPP_NT_VUT_USTAR50
    std::vector<float> reco_gC_m2_d; // RECO_NT_VUT_USTAR50, or NEE + GPP where absent
    std::vector<float> nee_gC_m2_d;  // NEE_VUT_USTAR50
    std::vector<float> neeQc;        // NEE_VUT_USTAR50_QC: fraction of good half-hours, 0..1

    const std::vector<float>* feature(const std::string& name) const {
        for (std::size_t i = 0; i < featureNames.size(); ++i)
            if (featureNames[i] == name)
                return &features[i];
        return nullptr;
    }
};

} // namespace fluxlens::ml
