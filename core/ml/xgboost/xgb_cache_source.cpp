#include "ml/xgboost/xgb_cache_source.h"

#include "cache/variables.h"
#include "ml/model_error.h"
#include "ml/xgboost/xgb_features.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fluxlens::xgb {
std::vector<ml::SiteSeries> loadXgbSites(const Cache& cache,
                                         const std::vector<std::string>& siteIds) {
    std::vector<Site> sites = cache.sites();
    if (!siteIds.empty()) {
        std::vector<Site> chosen;
        for (const std::string& id : siteIds) {
            const auto it =
                std::find_if(sites.begin(), sites.end(), [&](const Site& s) { return s.id == id; });
            if (it == sites.end())
                throw ml::ModelError("site '" + id + "' is not in the cache " + cache.path());
            chosen.push_back(*it);
        }
        sites = std::move(chosen);
    }
    std::vector<std::string> drivers;
    for (const std::string& name : baseDriverNames())
        if (name != "DOY_SIN" && name != "DOY_COS")
            drivers.push_back(name);

    std::vector<ml::SiteSeries> out;
    for (const Site& site : sites) {
        const DailyTable reanalysis = cache.loadDaily(site.id, DailyKind::Reanalysis);
        const DailyTable remote = cache.loadDaily(site.id, DailyKind::RemoteSensing);
        const DailyTable flux = cache.loadDaily(site.id, DailyKind::Flux);
        std::vector<int> days = reanalysis.dayNumbers;
        days.insert(days.end(), remote.dayNumbers.begin(), remote.dayNumbers.end());
        if (days.empty())
            continue; // no drivers: nothing to learn from or predict
        days.insert(days.end(), flux.dayNumbers.begin(), flux.dayNumbers.end());
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());

        ml::SiteSeries s;
        s.id = site.id;
        s.igbp = site.igbp;
        s.koppen = site.koppen;
        s.dayNumbers = days;
        for (const std::string& name : drivers) {
            const bool isReanalysis = findDailyVariable(DailyKind::Reanalysis, name) != nullptr;
            s.featureNames.push_back(name);
            s.features.push_back((isReanalysis ? reanalysis : remote).columnOnDays(name, days));
        }
        if (!flux.dayNumbers.empty()) {
            s.gpp_gC_m2_d = flux.columnOnDays(var::GPP_NT_VUT_USTAR50, days);
            s.nee_gC_m2_d = flux.columnOnDays(var::NEE_VUT_USTAR50, days);
            s.reco_gC_m2_d = flux.columnOnDays(var::RECO_NT_VUT_USTAR50, days);
            s.neeQc = flux.columnOnDays(var::NEE_VUT_USTAR50_QC, days);
            for (std::size_t i = 0; i < days.size(); ++i)
                if (!std::isfinite(s.reco_gC_m2_d[i]))
                    s.reco_gC_m2_d[i] = s.nee_gC_m2_d[i] + s.gpp_gC_m2_d[i]; // NaN if either is
        }
        out.push_back(std::move(s));
    }
    return out;
}

void storeXgbPrediction(Cache& cache, const std::string& modelName,
                        const XgbPrediction& prediction) {
    DailyTable table;
    table.kind = DailyKind::Prediction;
    table.siteId = prediction.siteId;
    table.product = modelName;
    table.dayNumbers = prediction.dayNumbers;
    const std::vector<double> noSpread(prediction.dayNumbers.size(),
                                       std::numeric_limits<double>::quiet_NaN());
    const std::pair<std::string_view, const std::vector<float>*> columns[] = {
        {var::GPP_mean, &prediction.gpp},
        {var::RECO_mean, &prediction.reco},
        {var::NEE_mean, &prediction.nee}};
    for (const auto& [name, values] : columns) {
        table.columnNames.emplace_back(name);
        table.columns.emplace_back(values->begin(), values->end());
    }
    for (std::string_view sd : {var::GPP_sd, var::RECO_sd, var::NEE_sd}) {
        table.columnNames.emplace_back(sd);
        table.columns.push_back(noSpread);
    }
    cache.storePredictions(modelName, prediction.siteId, table);
}

} // namespace fluxlens::xgb
