#include "eval/evaluation_store.h"

#include "cache/variables.h"
#include "common/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace fluxlens::eval {
namespace {
class Fnv1a64 {
public:
    void add(const std::string& s) {
        for (unsigned char c : s)
            mix(c);
        mix(0xff); // separator: ("ab","c") differs from ("a","bc")
    }
    void add(std::int64_t v) { add(std::to_string(v)); }
    std::string hex() const {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx",
                      static_cast<unsigned long long>(m_hash));
        return buffer;
    }

private:
    void mix(unsigned char c) {
        m_hash ^= c;
        m_hash *= 0x100000001b3ULL;
    }
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::vector<double> columnOrEmpty(const DailyTable& table, std::string_view name) {
    const auto* c = table.column(name);
    return c ? *c : std::vector<double>{};
}

// Keeps the days from `firstDay` on.
void dropDaysBefore(ObservedSite& site, int firstDay) {
    const auto keepFrom = static_cast<std::size_t>(
        std::lower_bound(site.dayNumbers.begin(), site.dayNumbers.end(), firstDay) -
        site.dayNumbers.begin());
    auto trim = [keepFrom](auto& values) {
        if (!values.empty())
            values.erase(values.begin(), values.begin() + std::ptrdiff_t(keepFrom));
    };
    trim(site.dayNumbers);
    for (auto& flux : site.fluxes)
        trim(flux);
    trim(site.neeUstar50Qc);
    trim(site.neeRefQc);
    site.scoredFromDay = firstDay;
}

PredictedSite predictedFrom(DailyTable table, const std::vector<Target>& targets, bool reference) {
    PredictedSite site;
    if (table.dayNumbers.empty())
        return site;
    site.dayNumbers = std::move(table.dayNumbers);
    for (Target t : targets)
        site.flux(t) = columnOrEmpty(table, reference ? referenceColumn(t) : predictionColumn(t));
    return site;
}
} // namespace

EvaluationInput loadEvaluationInput(const Cache& cache, const LoadOptions& options) {
    EvaluationInput input;
    input.dataVersion = dataVersion(cache);
    std::vector<std::string> ids = cache.sitesWithDaily(DailyKind::Flux);
    if (!options.siteIds.empty()) {
        const std::set<std::string> wanted(options.siteIds.begin(), options.siteIds.end());
        std::erase_if(ids, [&](const std::string& id) { return !wanted.contains(id); });
    }
    std::map<std::string, Site> sites;
    for (Site& s : cache.sites())
        sites.emplace(s.id, std::move(s));

    for (const std::string& id : ids) {
        ObservedSite site;
        site.id = id;
        if (const auto it = sites.find(id); it != sites.end()) {
            site.igbp = it->second.igbp;
            site.koppen = it->second.koppen;
        }
        DailyTable flux = cache.loadDaily(id, DailyKind::Flux);
        for (Target t : options.targets)
            site.flux(t) = columnOrEmpty(flux, observedColumn(t));
        site.neeUstar50Qc = columnOrEmpty(flux, var::NEE_VUT_USTAR50_QC);
        site.neeRefQc = columnOrEmpty(flux, var::NEE_VUT_REF_QC);
        site.dayNumbers = std::move(flux.dayNumbers);
        input.sites.push_back(std::move(site));
    }
    std::map<std::string, int> firstObservedDay, scoredFrom;
    for (const ObservedSite& site : input.sites)
        if (!site.dayNumbers.empty())
            firstObservedDay[site.id] = site.dayNumbers.front();
    for (const ModelRecord& model : cache.models())
        for (const auto& [site, day] : heldOutScoredFrom(model, firstObservedDay))
            if (const auto [it, inserted] = scoredFrom.emplace(site, day); !inserted)
                it->second = std::max(it->second, day); // the latest, for every model alike
    for (ObservedSite& site : input.sites)
        if (const auto it = scoredFrom.find(site.id); it != scoredFrom.end())
            dropDaysBefore(site, it->second);

    for (const std::string& model : cache.predictionModels()) {
        PredictionSource source;
        source.name = model;
        const auto record = cache.model(model);
        source.version = record ? modelVersion(*record) : std::string("unregistered");
        for (const ObservedSite& site : input.sites)
            source.sites.push_back(
                predictedFrom(cache.loadPredictions(model, site.id), options.targets, false));
        input.sources.push_back(std::move(source));
    }
    if (options.includeReferences) {
        for (const std::string& product : cache.referenceProducts()) {
            PredictionSource source;
            source.name = product;
            source.isReference = true;
            source.version = "reference:" + product;
            for (const ObservedSite& site : input.sites)
                source.sites.push_back(
                    predictedFrom(cache.loadDaily(site.id, DailyKind::Reference, product),
                                  options.targets, true));
            input.sources.push_back(std::move(source));
        }
    }
    return input;
}

std::string defaultReferenceProduct(const Cache& cache) {
    const auto products = cache.referenceProducts();
    if (products.empty())
        return {};
    const auto fluxcom = std::find(products.begin(), products.end(), "FLUXCOM-X-BASE");
    return fluxcom != products.end() ? *fluxcom : products.front();
}

std::string dataVersion(const Cache& cache) {
    Fnv1a64 hash;
    std::vector<ImportLogEntry> log = cache.importLog();
    std::sort(log.begin(), log.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const ImportLogEntry& e : log) {
        hash.add(e.id);
        hash.add(e.sha256);
        hash.add(e.datasetKey);
        hash.add(e.superseded ? 1 : 0);
    }
    return hash.hex();
}

std::string modelVersion(const ModelRecord& model) {
    Fnv1a64 hash;
    hash.add(model.kind);
    hash.add(model.folder);
    hash.add(model.metadataJson);
    hash.add(model.createdAtUnixSeconds);
    return hash.hex();
}

std::optional<std::vector<std::string>> recordedHeldOutSites(const ModelRecord& model) {
    const auto meta = nlohmann::json::parse(model.metadataJson, nullptr, false);
    if (meta.is_discarded() || !meta.is_object())
        return std::nullopt;
    const auto it = meta.find("heldout_sites");
    if (it == meta.end() || !it->is_array())
        return std::nullopt;
    std::vector<std::string> ids;
    for (const auto& id : *it)
        if (id.is_string())
            ids.push_back(id.get<std::string>());
    return ids;
}

std::map<std::string, int> heldOutScoredFrom(const ModelRecord& model,
                                             const std::map<std::string, int>& firstObservedDay) {
    std::map<std::string, int> out;
    const auto meta = nlohmann::json::parse(model.metadataJson, nullptr, false);
    if (model.kind != "tamrl" || meta.is_discarded() || !meta.is_object())
        return out;
    if (const auto recorded = meta.find("heldout_scored_from");
        recorded != meta.end() && recorded->is_object()) {
        for (const auto& [site, date] : recorded->items())
            if (date.is_string())
                if (const auto day = parseIsoDate(date.get<std::string>()))
                    out[site] = toDayNumber(*day);
        return out;
    }
    const auto heldOut = recordedHeldOutSites(model);
    const auto config = meta.find("config");
    if (!heldOut || config == meta.end() || !config->is_object())
        return out;
    const int supportYears = config->value("support_years", 0);
    for (const std::string& site : *heldOut)
        if (const auto first = firstObservedDay.find(site);
            first != firstObservedDay.end() && supportYears > 0)
            out[site] = firstDayOfYearsLater(first->second, supportYears);
    return out;
}

std::vector<MetricRecord> metricRecords(const EvaluationResult& result,
                                        const EvaluationInput& input) {
    std::map<std::string, std::string> versions;
    for (const PredictionSource& s : input.sources)
        versions[s.name] = s.version;
    auto record = [&](const std::string& model, Target t, QcMask m, const std::string& site,
                      const ErrorStats& stats) {
        MetricRecord r;
        r.modelName = model;
        r.target = std::string(observedColumn(t));
        r.qcMask = std::string(qcMaskStorageName(m));
        r.siteId = site;
        r.rmse = stats.rmse;
        r.r2 = stats.r2;
        r.bias = stats.bias;
        r.mae = stats.mae;
        r.n = stats.n;
        r.modelVersion = versions[model];
        r.dataVersion = input.dataVersion;
        return r;
    };
    std::vector<MetricRecord> records;
    records.reserve(result.sites.size() + result.summary.size());
    for (const SiteMetric& m : result.sites)
        records.push_back(record(m.model, m.target, m.mask, m.siteId, m.stats));
    for (const SummaryRow& row : result.summary)
        if (row.pooled.n > 0)
            records.push_back(record(row.model, row.target, row.mask, {}, row.pooled));
    return records;
}

void storeEvaluation(Cache& cache, const EvaluationResult& result, const EvaluationInput& input) {
    for (const PredictionSource& s : input.sources) {
        if (!s.isReference || cache.model(s.name))
            continue;
        ModelRecord model;
        model.name = s.name;
        model.kind = "reference";
        model.metadataJson = nlohmann::json{{"reference_product", s.name}}.dump();
        cache.registerModel(model);
    }
    cache.storeMetrics(metricRecords(result, input));
}

} // namespace fluxlens::eval
