#pragma once

// A small cache for the comparison view tests and benchmark: sites, flux observations with QC,
// predictions of two models (one with an ensemble sd), a reference product and per-site
// metrics, all from closed-form values the tests can recompute.
#include "cache/cache.h"
#include "cache/variables.h"
#include "common/dates.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace fluxlens::comparetest {

inline constexpr const char* kTamRl = "TAM-RL";
inline constexpr const char* kXgb = "XGBoost";
inline constexpr const char* kReference = "FLUXCOM-X-BASE";
inline constexpr const char* kQcStorage = "NEE_VUT_USTAR50_QC=1;NEE_VUT_REF_QC=1";

// 2001-01-01
inline int firstDay() {
    return toDayNumber(*parseIsoDate("2001-01-01"));
}

// Observed GPP on a day (gC m-2 d-1); NaN every 50th day.
inline double observedGpp(int siteIndex, int day) {
    if (day % 50 == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return 5.0 + 4.0 * std::sin(2.0 * M_PI * (day % 365) / 365.0) + 0.1 * siteIndex;
}
inline double observedNee(int siteIndex, int day) {
    return -0.4 * observedGpp(siteIndex, day) + 1.0;
}
inline double observedReco(int siteIndex, int day) {
    return 0.6 * observedGpp(siteIndex, day) + 1.0;
}
// NEE_VUT_USTAR50_QC: 0.3 (mostly gap-filled, shaded) every 5th day, 1 otherwise.
inline double qcOf(int day) {
    return day % 5 == 0 ? 0.3 : 1.0;
}

struct WorldSite {
    std::string id;
    IgbpClass igbp;
    KoppenClass koppen;
    double lat, lon;
};

inline std::vector<WorldSite> defaultSites() {
    return {{"A1", IgbpClass::DBF, KoppenClass::Cfb, 51.0, 10.0},
            {"A2", IgbpClass::DBF, KoppenClass::Cfb, 48.0, 8.0},
            {"B1", IgbpClass::ENF, KoppenClass::Dfc, 61.8, 24.3},
            {"B2", IgbpClass::ENF, KoppenClass::Dfb, 45.0, -75.0},
            {"C1", IgbpClass::GRA, KoppenClass::Csa, 38.4, -121.0},
            {"D1", IgbpClass::EBF, KoppenClass::Am, -2.9, -55.0}};
}

// The metric values the cache holds: RMSE grows with the site index; TAM-RL is best, XGBoost in
// between, the reference worst; QC = 1 figures are 10 % lower.
inline double metricRmse(int siteIndex, const std::string& model, bool qc) {
    const double base = 1.0 + 0.2 * siteIndex;
    const double factor = model == kTamRl ? 1.0 : model == kXgb ? 1.2 : 1.5;
    return base * factor * (qc ? 0.9 : 1.0);
}
inline double metricR2(int siteIndex, const std::string& model, bool qc) {
    const double base = 0.8 - 0.05 * siteIndex;
    const double drop = model == kTamRl ? 0.0 : model == kXgb ? 0.05 : 0.1;
    return base - drop + (qc ? 0.02 : 0.0);
}

// Fills the cache at `path` with `sites` and `days` days of data from 2001-01-01.
inline void buildWorld(const std::string& path, const std::vector<WorldSite>& sites, int days) {
    Cache cache = Cache::open(path);
    std::vector<Site> list;
    for (const WorldSite& w : sites) {
        Site s;
        s.id = w.id;
        s.name = "Site " + w.id;
        s.lat_deg = w.lat;
        s.lon_deg = w.lon;
        s.igbp = w.igbp;
        s.koppen = w.koppen;
        s.network = w.igbp == IgbpClass::ENF ? "ICOS" : "FLUXNET2015";
        list.push_back(s);
    }
    cache.upsertSites(list);
    const int first = firstDay();
    std::vector<MetricRecord> metrics;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const int si = static_cast<int>(i);
        const std::string& id = sites[i].id;
        DailyTable flux;
        flux.kind = DailyKind::Flux;
        flux.siteId = id;
        flux.columnNames = {std::string(var::GPP_NT_VUT_USTAR50),
                            std::string(var::RECO_NT_VUT_USTAR50),
                            std::string(var::NEE_VUT_USTAR50), std::string(var::NEE_VUT_USTAR50_QC),
                            std::string(var::NEE_VUT_REF_QC)};
        flux.columns.resize(5);
        DailyTable reference = flux;
        reference.kind = DailyKind::Reference;
        reference.product = kReference;
        reference.columnNames = {std::string(var::GPP), std::string(var::NEE),
                                 std::string(var::RECO)};
        reference.columns.assign(3, {});
        DailyTable tam;
        tam.kind = DailyKind::Prediction;
        tam.siteId = id;
        tam.columnNames = {std::string(var::GPP_mean),  std::string(var::GPP_sd),
                           std::string(var::NEE_mean),  std::string(var::NEE_sd),
                           std::string(var::RECO_mean), std::string(var::RECO_sd)};
        tam.columns.assign(6, {});
        DailyTable xgb = tam;
        xgb.columnNames = {std::string(var::GPP_mean), std::string(var::NEE_mean),
                           std::string(var::RECO_mean)};
        xgb.columns.assign(3, {});
        for (int d = first; d < first + days; ++d) {
            flux.dayNumbers.push_back(d);
            reference.dayNumbers.push_back(d);
            tam.dayNumbers.push_back(d);
            xgb.dayNumbers.push_back(d);
            const double gpp = observedGpp(si, d);
            const double smooth = 5.0 + 4.0 * std::sin(2.0 * M_PI * (d % 365) / 365.0) + 0.1 * si;
            flux.columns[0].push_back(gpp);
            flux.columns[1].push_back(observedReco(si, d));
            flux.columns[2].push_back(observedNee(si, d));
            flux.columns[3].push_back(qcOf(d));
            flux.columns[4].push_back(1.0);
            reference.columns[0].push_back(smooth * 0.85);
            reference.columns[1].push_back(-0.4 * smooth * 0.85 + 1.0);
            reference.columns[2].push_back(0.6 * smooth * 0.85 + 1.0);
            tam.columns[0].push_back(smooth * 1.02);
            tam.columns[1].push_back(0.3);
            tam.columns[2].push_back(-0.4 * smooth + 1.1);
            tam.columns[3].push_back(0.2);
            tam.columns[4].push_back(0.6 * smooth + 1.0);
            tam.columns[5].push_back(0.25);
            xgb.columns[0].push_back(smooth * 0.95);
            xgb.columns[1].push_back(-0.4 * smooth * 0.95 + 1.0);
            xgb.columns[2].push_back(0.6 * smooth * 0.95 + 1.0);
        }
        ImportBatch batch;
        batch.filePath = "/test/flux_" + id + ".csv";
        batch.sha256 = "sha-flux-" + id;
        batch.importer = "test";
        batch.tables = {flux};
        cache.storeBatch(batch);
        ImportBatch refBatch;
        refBatch.filePath = "/test/ref_" + id + ".csv";
        refBatch.sha256 = "sha-ref-" + id;
        refBatch.importer = "test";
        refBatch.tables = {reference};
        cache.storeBatch(refBatch);
        cache.storePredictions(kTamRl, id, tam);
        cache.storePredictions(kXgb, id, xgb);
        for (const char* model : {kTamRl, kXgb, kReference})
            for (const char* target : {"GPP_NT_VUT_USTAR50", "NEE_VUT_USTAR50"})
                for (bool qc : {false, true}) {
                    MetricRecord r;
                    r.modelName = model;
                    r.target = target;
                    r.qcMask = qc ? kQcStorage : "";
                    r.siteId = id;
                    r.rmse = metricRmse(si, model, qc) * (target[0] == 'N' ? 0.5 : 1.0);
                    r.r2 = metricR2(si, model, qc);
                    r.n = days - days / 50 - (qc ? days / 5 : 0);
                    metrics.push_back(r);
                }
    }
    // A pooled record and one for an unknown target: the views must leave both out.
    MetricRecord pooled;
    pooled.modelName = kTamRl;
    pooled.target = "GPP_NT_VUT_USTAR50";
    pooled.rmse = 99.0;
    metrics.push_back(pooled);
    MetricRecord le;
    le.modelName = kTamRl;
    le.target = "LE_F_MDS";
    le.siteId = sites.front().id;
    le.rmse = 99.0;
    metrics.push_back(le);
    cache.storeMetrics(metrics);
}

} // namespace fluxlens::comparetest
