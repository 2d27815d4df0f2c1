#include "ml/cache_source.h"

#include "cache/variables.h"
#include "ml/driver_availability.h"
#include "ml/model_error.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>

namespace fluxlens::ml {

std::vector<SiteSeries> loadSiteSeries(const Cache& cache, const std::vector<std::string>& features,
                                       const std::vector<std::string>& siteIds) {
    std::map<DailyKind, bool> kindsNeeded;
    for (const std::string& f : features)
        if (!isDerivedFeature(f))
            kindsNeeded[driverKindOf(f)] = true;
    const std::vector<Site> sites = cachedSites(cache, siteIds);
    std::vector<SiteSeries> out;
    for (const Site& site : sites) {
        std::map<DailyKind, DailyTable> tables;
        for (const auto& [kind, needed] : kindsNeeded)
            tables[kind] = cache.loadDaily(site.id, kind);
        const DailyTable flux = cache.loadDaily(site.id, DailyKind::Flux);
        // Appended with back_inserter: GCC 14 warns -Wstringop-overflow (a false positive) on
        // vector::insert of a range at the end here.
        std::vector<int> days;
        for (const auto& [kind, table] : tables)
            std::copy(table.dayNumbers.begin(), table.dayNumbers.end(), std::back_inserter(days));
        if (days.empty())
            continue; // no drivers: nothing to learn from or predict
        std::copy(flux.dayNumbers.begin(), flux.dayNumbers.end(), std::back_inserter(days));
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());

        SiteSeries s;
        s.id = site.id;
        s.igbp = site.igbp;
        s.koppen = site.koppen;
        s.dayNumbers = days;
        for (const std::string& f : features) {
            if (isDerivedFeature(f))
                continue;
            s.featureNames.push_back(f);
            s.features.push_back(tables.at(driverKindOf(f)).columnOnDays(f, days));
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

void storePrediction(Cache& cache, const std::string& modelName, const SitePrediction& prediction) {
    DailyTable table;
    table.kind = DailyKind::Prediction;
    table.siteId = prediction.siteId;
    table.product = modelName;
    table.dayNumbers = prediction.dayNumbers;
    const std::pair<std::string_view, const std::vector<float>*> columns[] = {
        {var::GPP_mean, &prediction.gpp},   {var::GPP_sd, &prediction.gppSd},
        {var::RECO_mean, &prediction.reco}, {var::RECO_sd, &prediction.recoSd},
        {var::NEE_mean, &prediction.nee},   {var::NEE_sd, &prediction.neeSd}};
    for (const auto& [name, values] : columns) {
        table.columnNames.emplace_back(name);
        table.columns.emplace_back(values->begin(), values->end());
    }
    cache.storePredictions(modelName, prediction.siteId, table);
}

} // namespace fluxlens::ml
