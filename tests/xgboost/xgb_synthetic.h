#pragma once

// A small synthetic world for the XGBoost tests: GPP driven by radiation and NDVI, RECO by
// temperature, NEE = RECO - GPP, plus noise.
#include "ml/site_series.h"
#include "ml/xgboost/xgb_features.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace fluxlens::test {

inline std::vector<ml::SiteSeries> xgbWorld(int siteCount, int days, std::uint64_t seed = 3) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<ml::SiteSeries> sites;
    for (int s = 0; s < siteCount; ++s) {
        ml::SiteSeries site;
        site.id = "XG-" + std::to_string(100 + s);
        site.igbp = s % 2 ? IgbpClass::DBF : IgbpClass::GRA;
        site.koppen = KoppenClass::Cfb;
        const double warmth = 5 + 15 * unit(rng);
        const double greenness = 0.3 + 0.5 * unit(rng);
        for (const std::string& name : xgb::baseDriverNames())
            if (name != "DOY_SIN" && name != "DOY_COS") {
                site.featureNames.push_back(name);
                site.features.emplace_back();
            }
        auto feature = [&](const std::string& n) -> std::vector<float>& {
            for (std::size_t i = 0; i < site.featureNames.size(); ++i)
                if (site.featureNames[i] == n)
                    return site.features[i];
            throw std::logic_error(n);
        };
        for (int d = 0; d < days; ++d) {
            const int day = 12784 + d; // 2005-01-01
            site.dayNumbers.push_back(day);
            const double season = std::sin(2 * M_PI * (d - 80) / 365.25);
            const double t2m = warmth + 10 * season + 2 * noise(rng);
            const double ssrd = std::max(10.0, 180 + 120 * season + 30 * noise(rng));
            const double ndvi = std::clamp(greenness + 0.25 * season + 0.03 * noise(rng), 0.0, 1.0);
            for (auto& f : site.features)
                f.push_back(static_cast<float>(0.1 + 0.01 * noise(rng)));
            feature("t2m_degC").back() = static_cast<float>(t2m);
            feature("ssrd_W_m2").back() = static_cast<float>(ssrd);
            feature("NDVI").back() = static_cast<float>(ndvi);
            feature("vpd_hPa").back() = static_cast<float>(std::max(0.0, 0.4 * t2m + noise(rng)));
            const double gpp = std::max(0.0, 0.04 * ssrd * ndvi + 0.3 * noise(rng));
            const double reco = std::max(0.0, 1.0 + 0.12 * std::max(0.0, t2m) + 0.3 * noise(rng));
            site.gpp_gC_m2_d.push_back(static_cast<float>(gpp));
            site.reco_gC_m2_d.push_back(static_cast<float>(reco));
            site.nee_gC_m2_d.push_back(static_cast<float>(reco - gpp));
            site.neeQc.push_back(1.0f);
        }
        sites.push_back(std::move(site));
    }
    return sites;
}

} // namespace fluxlens::test
