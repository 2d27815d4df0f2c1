#include "ml/xgboost/xgb_cache_source.h"

#include "cache/variables.h"
#include "ml/cache_source.h"

#include <limits>

namespace fluxlens::xgb {
std::vector<ml::SiteSeries> loadXgbSites(const Cache& cache,
                                         const std::vector<std::string>& drivers,
                                         const std::vector<std::string>& siteIds) {
    return ml::loadSiteSeries(cache, drivers, siteIds);
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
