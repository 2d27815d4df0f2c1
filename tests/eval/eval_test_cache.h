#pragma once

// A small cache for the evaluation and export tests: two sites with flux data, one model's
// predictions and one reference product, with values worked out by hand in the tests.
#include "cache/cache.h"
#include "cache/variables.h"

#include <string>
#include <vector>

namespace fluxlens::test {

inline DailyTable dailyTable(DailyKind kind, const std::string& site, int firstDay,
                             std::vector<std::string> names, std::vector<std::vector<double>> cols,
                             const std::string& product = {}) {
    DailyTable t;
    t.kind = kind;
    t.siteId = site;
    t.product = product;
    for (std::size_t i = 0; i < cols.front().size(); ++i)
        t.dayNumbers.push_back(firstDay + static_cast<int>(i));
    t.columnNames = std::move(names);
    t.columns = std::move(cols);
    return t;
}

// Site "S1" (DBF, Cfb), days 100-103: GPP 1,2,3,4; NEE -1,-2,-3,-4; QC (1,1) (1,1) (0.5,1) (1,1).
// Site "S2" (ENF, Dfb), days 100-102: GPP 2,4,6; NEE 0,1,2; QC 1.
// Model "M": S1 GPP 1.5,2,2.5,5, NEE -1,-2,-3,-4 (perfect); S2 GPP 2,4,6 (perfect), NEE 1,1,1.
// Reference "FLUXCOM-X-BASE": S1 GPP 2,3,4,5, NEE -1,-2,-3,-3; none at S2.
inline void fillEvaluationCache(Cache& cache) {
    Site s1;
    s1.id = "S1";
    s1.lat_deg = 50;
    s1.lon_deg = 10;
    s1.igbp = IgbpClass::DBF;
    s1.koppen = KoppenClass::Cfb;
    Site s2 = s1;
    s2.id = "S2";
    s2.igbp = IgbpClass::ENF;
    s2.koppen = KoppenClass::Dfb;
    ImportBatch batch;
    batch.filePath = "/test/flux.csv";
    batch.sha256 = std::string(64, 'a');
    batch.importer = "test";
    batch.sites = {s1, s2};
    const std::vector<std::string> flux = {
        std::string(var::GPP_NT_VUT_USTAR50), std::string(var::NEE_VUT_USTAR50),
        std::string(var::NEE_VUT_USTAR50_QC), std::string(var::NEE_VUT_REF_QC)};
    batch.tables.push_back(
        dailyTable(DailyKind::Flux, "S1", 100, flux,
                   {{1, 2, 3, 4}, {-1, -2, -3, -4}, {1, 1, 0.5, 1}, {1, 1, 1, 1}}));
    batch.tables.push_back(
        dailyTable(DailyKind::Flux, "S2", 100, flux, {{2, 4, 6}, {0, 1, 2}, {1, 1, 1}, {1, 1, 1}}));
    batch.tables.push_back(dailyTable(DailyKind::Reference, "S1", 100, {"GPP", "NEE"},
                                      {{2, 3, 4, 5}, {-1, -2, -3, -3}}, "FLUXCOM-X-BASE"));
    cache.storeBatch(batch);

    ModelRecord model;
    model.name = "M";
    model.kind = "xgboost";
    model.folder = "/models/m";
    model.metadataJson = R"({"heldout_sites": ["S2"]})";
    cache.registerModel(model);
    cache.storePredictions("M", "S1",
                           dailyTable(DailyKind::Prediction, "S1", 100, {"GPP_mean", "NEE_mean"},
                                      {{1.5, 2, 2.5, 5}, {-1, -2, -3, -4}}));
    cache.storePredictions("M", "S2",
                           dailyTable(DailyKind::Prediction, "S2", 100, {"GPP_mean", "NEE_mean"},
                                      {{2, 4, 6}, {1, 1, 1}}));
}

} // namespace fluxlens::test
