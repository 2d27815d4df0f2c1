#include "experiment/experiment_runner.h"

#include "cache/cache.h"
#include "common/join.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "experiment/experiment_report.h"
#include "experiment/heldout_split.h"
#include "fluxlens_config.h"
#include "ml/cache_source.h"
#include "ml/driver_availability.h"
#include "ml/xgboost/xgb_cache_source.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fluxlens::experiment {
namespace {
namespace fs = std::filesystem;

std::vector<double> toDoubles(const std::vector<float>& values) {
    return {values.begin(), values.end()};
}

// A member's (or XGBoost's) prediction in the evaluation's form.
eval::PredictedSite toPredictedSite(const std::vector<int>& days, const std::vector<float>& gpp,
                                    const std::vector<float>& nee, const std::vector<float>& reco) {
    eval::PredictedSite site;
    site.dayNumbers = days;
    site.flux(eval::Target::Gpp) = toDoubles(gpp);
    site.flux(eval::Target::Nee) = toDoubles(nee);
    site.flux(eval::Target::Reco) = toDoubles(reco);
    return site;
}

// The observed sites of `input` with one source: predictions by site id (missing: none there).
eval::EvaluationInput alone(const eval::EvaluationInput& input, const std::string& name,
                            const std::map<std::string, eval::PredictedSite>& predicted) {
    eval::EvaluationInput one;
    one.sites = input.sites;
    eval::PredictionSource source;
    source.name = name;
    for (const eval::ObservedSite& site : input.sites) {
        const auto it = predicted.find(site.id);
        source.sites.push_back(it == predicted.end() ? eval::PredictedSite{} : it->second);
    }
    one.sources.push_back(std::move(source));
    return one;
}

// The sites not held out that options.trainingSites leaves out of training: the complement of
// a stratified draw of trainingSites of them (the same systematic sampling as the held-out split).
std::vector<std::string> unusedTrainingSites(const std::vector<const ml::SiteSeries*>& sites,
                                             const std::set<std::string>& heldOut,
                                             const ExperimentOptions& options) {
    std::vector<const ml::SiteSeries*> candidates;
    for (const ml::SiteSeries* s : sites)
        if (!heldOut.count(s->id))
            candidates.push_back(s);
    const auto n = static_cast<int>(candidates.size());
    if (options.trainingSites == 0 || options.trainingSites == n)
        return {};
    if (options.trainingSites > n)
        throw std::runtime_error("--training-sites " + std::to_string(options.trainingSites) +
                                 ": only " + std::to_string(n) + " sites are not held out");
    // Drawing the sites to leave out keeps the strata of the ones that train proportional too.
    return koppenIgbpHoldout(candidates, static_cast<double>(n - options.trainingSites) / n,
                             options.splitSeed);
}

// What must agree for a report folder to be resumed: everything but devices and threads.
std::string resumeFingerprint(ExperimentOptions options, const std::string& dataVersion,
                              const std::vector<std::string>& heldOut) {
    options.network.device = "auto";
    options.network.threads = 1;
    options.xgboost.threads = 0;
    nlohmann::json j = nlohmann::json::parse(optionsToJson(options));
    j.erase("cache");
    j["data_version"] = dataVersion;
    j["heldout_sites"] = heldOut;
    return j.dump(2);
}

void guardResume(const fs::path& dir, const std::string& fingerprint) {
    const fs::path file = dir / "experiment.json";
    if (fs::exists(file)) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        if (text.str() != fingerprint + "\n")
            throw std::runtime_error(dir.string() +
                                     " holds an experiment with other settings, split or data "
                                     "(experiment.json differs); choose another report folder");
        return;
    }
    writeTextFile(file, [&](std::ostream& out) { out << fingerprint << "\n"; });
}

void registerModel(Cache& cache, const std::string& name, const std::string& kind,
                   const fs::path& folder, const std::string& metadataJson) {
    ModelRecord record;
    record.name = name;
    record.kind = kind;
    record.folder = fs::absolute(folder).string();
    record.metadataJson = metadataJson;
    cache.registerModel(record);
}

// Steps of the progress bar: each network member and XGBoost count one; storing each model's
// predictions and the evaluation a quarter each.
struct ProgressPlan {
    const ExperimentReporter& reporter;
    double total = 1.0;
    double done = 0.0;
    void report(double within) const {
        if (reporter.progress)
            reporter.progress(std::min(1.0, (done + within) / total));
    }
    void finish(double units) {
        done += units;
        report(0.0);
        if (reporter.cancelled())
            throw ExperimentCancelled();
    }
};
} // namespace

ExperimentRecord runExperiment(const ExperimentOptions& requested,
                               const ExperimentReporter& reporter) {
    validateOptions(requested);
    Cache cache = Cache::openExisting(requested.cachePath.string());
    reporter.say("Loading sites from " + requested.cachePath.string());
    // Every model trains on the same resolved drivers and sites; the report records them.
    const ml::FeatureSelection selection = ml::resolveFeaturePreset(requested.features, cache, {});
    ExperimentOptions options = requested;
    options.network.features = selection.features;
    reporter.say("Features (" + selection.preset + "): " + joined(selection.features) +
                 (selection.leftOut.empty()
                      ? std::string()
                      : "; sites without these drivers left out: " + joined(selection.leftOut)));

    ExperimentRecord record;
    record.optionsJson = optionsToJson(options);
    fs::create_directories(options.outDir / "members");
    fs::create_directories(options.outDir / "models");
    record.dataVersion = eval::dataVersion(cache);
    const std::vector<ml::SiteSeries> sites =
        ml::loadSiteSeries(cache, options.network.features, selection.sites);
    if (sites.size() < 2)
        throw std::runtime_error(options.cachePath.string() +
                                 ": the experiment needs at least two sites with driver data");
    std::vector<const ml::SiteSeries*> pointers;
    for (const ml::SiteSeries& s : sites)
        pointers.push_back(&s);
    record.siteCount = static_cast<int>(sites.size());
    record.heldOut = koppenIgbpHoldout(pointers, options.holdoutFraction, options.splitSeed);
    guardResume(options.outDir, resumeFingerprint(options, record.dataVersion, record.heldOut));
    writeTextFile(options.outDir / "heldout_sites.txt", [&](std::ostream& out) {
        for (const std::string& id : record.heldOut)
            out << id << "\n";
    });
    reporter.say(std::to_string(sites.size()) + " sites, " + std::to_string(record.heldOut.size()) +
                 " held out (stratified by Koppen and IGBP class)");
    const std::set<std::string> heldOutSet(record.heldOut.begin(), record.heldOut.end());
    record.unused = unusedTrainingSites(pointers, heldOutSet, options);
    const std::set<std::string> unusedSet(record.unused.begin(), record.unused.end());
    std::vector<ml::SiteSeries> subset; // copies only when some sites are left unused
    if (!unusedSet.empty()) {
        for (const ml::SiteSeries& s : sites)
            if (!unusedSet.count(s.id))
                subset.push_back(s);
        reporter.say(std::to_string(options.trainingSites) +
                     " training sites (stratified); left unused: " + joined(record.unused));
    }
    const std::vector<ml::SiteSeries>& modelSites = unusedSet.empty() ? sites : subset;

    ProgressPlan plan{reporter};
    plan.total = 0.5;
    for (const std::string& code : options.models)
        plan.total += (code == kXgboostCode ? 1.0 : options.seeds) + 0.25;

    std::map<std::string,
             std::vector<std::pair<std::uint64_t, std::map<std::string, eval::PredictedSite>>>>
        memberPredictions;
    std::vector<std::string> modelNames;
    std::map<std::string, eval::PredictedSite> filmOff;
    for (const std::string& code : options.models) {
        const std::string name = experimentModelName(options, code);
        modelNames.push_back(name);
        if (code == kXgboostCode) {
            std::vector<ml::SiteSeries> xgbSites =
                xgb::loadXgbSites(cache, selection.features, selection.sites);
            std::erase_if(xgbSites,
                          [&](const ml::SiteSeries& s) { return unusedSet.count(s.id) > 0; });
            const fs::path folder = options.outDir / "members" / code;
            xgb::XgbModel model = trainOrResumeXgboost(xgbSites, options.xgboost, selection,
                                                       record.heldOut, folder, reporter);
            plan.finish(1.0);
            for (const ml::SiteSeries& site : xgbSites)
                xgb::storeXgbPrediction(cache, name, model.predict(site));
            registerModel(cache, name, xgb::kXgbKind, folder, model.metadataJson());
            record.trainingHashes[name] = model.dataHash();
            plan.finish(0.25);
            continue;
        }
        const ml::ModelKind kind = *ml::parseModelKind(code);
        std::vector<ml::FluxModel> parts;
        for (int k = 0; k < options.seeds; ++k) {
            const fs::path folder = options.outDir / "members" /
                                    (code + "-seed" + std::to_string(options.network.seed + k));
            parts.push_back(trainOrResumeMember(modelSites, kind, options.network, k,
                                                record.heldOut, folder, reporter,
                                                [&](double f) { plan.report(f); }));
            std::map<std::string, eval::PredictedSite> predicted;
            for (const ml::SiteSeries& site : sites)
                if (heldOutSet.count(site.id)) {
                    const ml::SitePrediction p = parts.back().predict(site);
                    predicted[site.id] = toPredictedSite(p.dayNumbers, p.gpp, p.nee, p.reco);
                }
            memberPredictions[name].emplace_back(options.network.seed + k, std::move(predicted));
            plan.finish(1.0);
        }
        ml::FluxModel ensemble = ml::FluxModel::ensemble(std::move(parts));
        const fs::path folder = options.outDir / "models" / code;
        ensemble.save(folder);
        if (kind == ml::ModelKind::TamRl) // FiLM scale 0: what the task embedding adds
            for (const ml::SiteSeries& site : sites)
                if (heldOutSet.count(site.id)) {
                    const ml::SitePrediction p = ensemble.predictBare(site);
                    filmOff[site.id] = toPredictedSite(p.dayNumbers, p.gpp, p.nee, p.reco);
                }
        for (const ml::SiteSeries& site : sites)
            ml::storePrediction(cache, name, ensemble.predict(site));
        registerModel(cache, name, code, folder, ensemble.metadataJson());
        record.trainingHashes[name] = ensemble.dataHash();
        plan.finish(0.25);
    }

    reporter.say("Evaluating on the held-out sites");
    eval::LoadOptions load;
    load.siteIds = record.heldOut;
    eval::EvaluationInput input = eval::loadEvaluationInput(cache, load);
    std::erase_if(input.sources, [&](const eval::PredictionSource& s) {
        return !s.isReference &&
               std::find(modelNames.begin(), modelNames.end(), s.name) == modelNames.end();
    });
    eval::EvaluationOptions evalOptions;
    evalOptions.reference = eval::defaultReferenceProduct(cache);
    record.reference = evalOptions.reference;
    record.result = eval::evaluate(input, evalOptions);
    eval::storeEvaluation(cache, record.result, input);

    for (const auto& [name, members] : memberPredictions)
        for (const auto& [seed, predicted] : members)
            record.members.push_back(
                {name, seed, eval::evaluate(alone(input, name, predicted), {}).summary});
    record.spread = seedSpread(record.members);
    if (!filmOff.empty())
        record.filmOff =
            eval::evaluate(
                alone(input, experimentModelName(options, "tamrl") + " FiLM off", filmOff), {})
                .summary;

    writeTextFile(options.outDir / "config.json", [&](std::ostream& out) {
        nlohmann::json j = nlohmann::json::parse(record.optionsJson);
        j["data_version"] = record.dataVersion;
        j["training_data_sha256"] = record.trainingHashes;
        j["heldout_sites"] = record.heldOut;
        j["reference"] = record.reference;
        j["fluxlens_version"] = FLUXLENS_VERSION;
        j["libtorch"] = ml::torchVersionString();
        j["xgboost"] = xgb::xgboostVersionString();
        out << j.dump(2) << "\n";
    });
    writeTextFile(options.outDir / "evaluation.csv", [&](std::ostream& out) {
        eval::writeReport(out, record.result, eval::ReportFormat::Csv);
    });
    writeExperimentCsvs(options.outDir, record);
    record.figures = writeFigures(options.outDir, record);
    writeReportMarkdown(options.outDir / "report.md", record);
    plan.finish(0.5);
    reporter.say("Report written to " + (options.outDir / "report.md").string());
    return record;
}

} // namespace fluxlens::experiment
