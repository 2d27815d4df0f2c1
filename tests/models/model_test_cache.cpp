#include "model_test_cache.h"

#include "cache/cache.h"
#include "ml/cache_source.h"
#include "synthetic_world.h"

#include <stdexcept>

namespace fluxlens::testing {

namespace {
DailyTable table(DailyKind kind, const ml::SiteSeries& s,
                 const std::vector<std::pair<std::string, const std::vector<float>*>>& columns) {
    DailyTable t;
    t.kind = kind;
    t.siteId = s.id;
    t.dayNumbers = s.dayNumbers;
    for (const auto& [name, values] : columns) {
        t.columnNames.push_back(name);
        t.columns.emplace_back(values->begin(), values->end());
    }
    return t;
}
} // namespace

std::vector<ml::SiteSeries> writeSyntheticCache(const std::string& path, int sites, int years) {
    ml::testing::SyntheticWorldOptions options;
    options.sites = sites;
    options.years = years;
    const std::vector<ml::SiteSeries> world =
        ml::testing::seriesOf(ml::testing::makeSyntheticWorld(options));
    Cache cache = Cache::open(path);
    for (const ml::SiteSeries& s : world) {
        ImportBatch batch;
        batch.filePath = "/synthetic/" + s.id + ".csv";
        batch.sha256 = "synthetic-" + s.id;
        batch.importer = "test";
        Site site;
        site.id = s.id;
        site.name = "synthetic " + s.id;
        site.lat_deg = 30.0 + 0.5 * double(&s - world.data());
        site.lon_deg = 10.0;
        site.igbp = s.igbp;
        site.koppen = s.koppen;
        site.network = "test";
        batch.sites.push_back(site);
        batch.tables.push_back(table(DailyKind::Reanalysis, s,
                                     {{"t2m_degC", s.feature("t2m_degC")},
                                      {"ssrd_W_m2", s.feature("ssrd_W_m2")},
                                      {"tp_mm_d", s.feature("tp_mm_d")},
                                      {"swvl1_m3_m3", s.feature("swvl1_m3_m3")}}));
        batch.tables.push_back(table(DailyKind::RemoteSensing, s, {{"NDVI", s.feature("NDVI")}}));
        batch.tables.push_back(table(DailyKind::Flux, s,
                                     {{"GPP_NT_VUT_USTAR50", &s.gpp_gC_m2_d},
                                      {"RECO_NT_VUT_USTAR50", &s.reco_gC_m2_d},
                                      {"NEE_VUT_USTAR50", &s.nee_gC_m2_d},
                                      {"NEE_VUT_USTAR50_QC", &s.neeQc}}));
        for (const DailyTable& t : batch.tables)
            for (const auto& c : t.columns)
                if (c.size() != t.dayNumbers.size())
                    throw std::logic_error("synthetic feature missing for " + s.id);
        cache.storeBatch(batch);
    }
    return ml::loadSiteSeries(cache, ml::testing::syntheticFeatures());
}

ml::MlConfig tinyConfig() {
    return ml::testing::tinyConfig();
}

} // namespace fluxlens::testing
