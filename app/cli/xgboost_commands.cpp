// The XGBoost side of `fluxlens-cli train` and `predict`.
#include "xgboost_commands.h"

#include "command.h"
#include "common/site_list_file.h"
#include "fluxlens_config.h"
#include "train_options.h"

#include <stdexcept>

#if FLUXLENS_HAVE_XGBOOST
#include "cache/cache.h"
#include "common/input_error.h"
#include "ml/ml_config.h"
#include "ml/model_error.h"
#include "ml/site_split.h"
#include "ml/xgboost/xgb_cache_source.h"
#include "ml/xgboost/xgb_features.h"
#include "ml/xgboost/xgb_model.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#endif

namespace fluxlens::cli {

#if FLUXLENS_HAVE_XGBOOST
namespace {
std::atomic<bool> g_cancel{false};

extern "C" void onXgboostInterrupt(int) {
    g_cancel = true;
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "cannot read the file");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The held-out sites another model folder (neural or XGBoost) recorded in its model.json.
std::vector<std::string> heldOutOf(const std::filesystem::path& folder) {
    const std::string file = (folder / "model.json").string();
    const auto meta = nlohmann::json::parse(readTextFile(file), nullptr, false);
    if (meta.is_discarded() || !meta.is_object() || !meta.contains("heldout_sites") ||
        !meta["heldout_sites"].is_array())
        throw InputError(file, "no 'heldout_sites' list in this model's metadata");
    std::vector<std::string> ids;
    for (const auto& id : meta["heldout_sites"]) {
        if (!id.is_string())
            throw InputError(file, "'heldout_sites' holds something that is not a site id");
        ids.push_back(id.get<std::string>());
    }
    return ids;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

void printProgress(const xgb::XgbTrainProgress& p) {
    if (p.round % 10 != 0 && !p.finished && p.round != 1)
        return;
    char line[200];
    std::snprintf(line, sizeof line, "%-4s round %4d/%-4d  rmse %.5f  best round %d%s\n",
                  p.target.c_str(), p.round, p.maxRounds, p.validationRmse, p.bestRound,
                  p.finished ? "  (done)" : "");
    std::cout << line << std::flush;
}

void registerInCache(Cache& cache, const xgb::XgbModel& model, const std::string& name,
                     const std::filesystem::path& folder) {
    ModelRecord record;
    record.name = name;
    record.kind = xgb::kXgbKind;
    record.folder = std::filesystem::absolute(folder).string();
    record.metadataJson = model.metadataJson();
    cache.registerModel(record);
}
} // namespace

int trainXgboost(const Args& args) {
    args.rejectUnknown({"--cache", "--model", "--out", "--name", "--config", "--threads",
                        "--holdout", "--holdout-fraction", "--holdout-from", "--holdout-sites",
                        "--seed", "--rounds", "--device", "--features"});
    if (args.value("--model").value_or("") != "xgboost")
        throw UsageError("trainXgboost needs --model xgboost");
    const std::string cachePath = args.required("--cache");
    const std::filesystem::path out = args.required("--out");
    const int splitOptions =
        (args.value("--holdout") ? 1 : 0) + (args.value("--holdout-fraction") ? 1 : 0) +
        (args.value("--holdout-from") ? 1 : 0) + (args.value("--holdout-sites") ? 1 : 0);
    if (splitOptions > 1)
        throw UsageError("give one of --holdout FILE, --holdout-fraction F, --holdout-from DIR, "
                         "--holdout-sites IDS");
    if (const auto device = args.value("--device"); device && *device == "cuda")
        throw UsageError("the XGBoost baseline runs on the CPU (--device auto|cpu)");

    xgb::XgbTrainRequest request;
    request.name = args.value("--name").value_or(xgb::kXgbDefaultName);
    try {
        if (const auto config = args.value("--config")) {
            const ConfigText text = inlineJsonOrFile(*config);
            request.config = xgb::xgbConfigFromJson(text.text, text.origin);
        }
        request.config.threads = args.intValue("--threads", request.config.threads);
        request.config.max_rounds = args.intValue("--rounds", request.config.max_rounds);
        if (const auto seed = args.value("--seed"))
            request.config.seed = static_cast<std::uint64_t>(args.intValue("--seed", 0));
        xgb::validateXgbConfig(request.config);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }

    Cache cache = Cache::openExisting(cachePath);
    std::cout << "Loading sites from " << cachePath << " ..." << std::endl;
    const ml::FeatureSelection selection = featureSelection(args, cache, "remote");
    printFeatureSelection(selection);
    request.drivers = selection.features;
    request.featurePreset = selection.preset;
    const std::vector<ml::SiteSeries> sites =
        xgb::loadXgbSites(cache, request.drivers, selection.sites);
    if (sites.empty())
        throw InputError(cachePath,
                         "no site has the drivers of the " + selection.preset + " features");

    if (auto listed = heldOutSitesOption(args, sites)) {
        request.heldOut = std::move(*listed);
    } else if (const auto file = args.value("--holdout")) {
        request.heldOut = readSiteListFile(*file);
    } else if (const auto folder = args.value("--holdout-from")) {
        request.heldOut = heldOutOf(*folder);
    } else if (args.value("--holdout-fraction")) {
        const double fraction = args.doubleValue("--holdout-fraction", 0.0);
        if (!(fraction >= 0.0 && fraction < 1.0))
            throw UsageError("--holdout-fraction must be in [0, 1)");
        // The neural engine's split: stratified by Köppen class, same seed (default 42 in both
        // configs), so the same fraction and seed hold out the same sites as `train --model tamrl`.
        std::vector<const ml::SiteSeries*> pointers;
        for (const auto& s : sites)
            pointers.push_back(&s);
        request.heldOut = ml::stratifiedSiteSample(pointers, fraction, request.config.seed);
    }
    std::cout << sites.size() << " site(s), " << request.heldOut.size() << " held out; XGBoost "
              << xgb::xgboostVersionString() << ", " << xgb::xgbFeatureNames(request.drivers).size()
              << " features, one booster per target (GPP, RECO, NEE); "
              << xgb::xgbConfigLabel(request.config) << std::endl;

    request.progress = printProgress;
    request.cancel = &g_cancel;
    g_cancel = false;
    const auto previous = std::signal(SIGINT, onXgboostInterrupt);
    std::optional<xgb::XgbModel> model;
    try {
        model = xgb::XgbModel::train(sites, request);
    } catch (...) {
        std::signal(SIGINT, previous);
        throw;
    }
    std::signal(SIGINT, previous);
    model->save(out);
    registerInCache(cache, *model, model->name(), out);
    std::cout << (g_cancel ? "Stopped early; best rounds kept. " : "") << "Model '" << model->name()
              << "' (rounds GPP " << model->rounds(0) << ", RECO " << model->rounds(1) << ", NEE "
              << model->rounds(2) << "; " << model->trainingSites().size() << " training, "
              << model->validationSites().size() << " validation sites) saved to " << out.string()
              << std::endl;
    return 0;
}

int predictXgboost(const Args& args, const std::filesystem::path& modelDir) {
    args.rejectUnknown({"--cache", "--model", "--name", "--sites", "--threads", "--device"});
    const std::string cachePath = args.required("--cache");
    const int threads = args.intValue("--threads", 0);
    if (threads < 0)
        throw UsageError("--threads must not be negative");
    if (const auto device = args.value("--device"); device && *device == "cuda")
        throw UsageError("the XGBoost baseline runs on the CPU (--device auto|cpu)");
    xgb::XgbModel model = xgb::XgbModel::load(modelDir);
    model.setThreads(threads);
    const std::string name = args.value("--name").value_or(model.name());
    Cache cache = Cache::openExisting(cachePath);
    const std::vector<std::string> wanted =
        args.value("--sites") ? splitList(*args.value("--sites")) : std::vector<std::string>{};
    std::size_t stored = 0, days = 0;
    for (const ml::SiteSeries& site : xgb::loadXgbSites(cache, model.drivers(), wanted)) {
        const xgb::XgbPrediction prediction = model.predict(site);
        xgb::storeXgbPrediction(cache, name, prediction);
        ++stored;
        days += prediction.dayNumbers.size();
        std::cout << site.id << ": " << prediction.dayNumbers.size() << " days" << std::endl;
    }
    registerInCache(cache, model, name, modelDir);
    std::cout << "Stored " << days << " site-days for " << stored << " site(s) under '" << name
              << "'" << std::endl;
    return 0;
}

bool isXgboostModelDir(const std::filesystem::path& modelDir) {
    return xgb::isXgboostModelFolder(modelDir);
}

#else // no libxgboost

int trainXgboost(const Args&) {
    throw std::runtime_error("this fluxlens-cli was built without XGBoost (libxgboost-dev)");
}

int predictXgboost(const Args&, const std::filesystem::path&) {
    throw std::runtime_error("this fluxlens-cli was built without XGBoost (libxgboost-dev)");
}

bool isXgboostModelDir(const std::filesystem::path&) {
    return false;
}
#endif

// Without LibTorch there is no cmd_train/cmd_predict: XGBoost still trains and predicts.
// tst_xgboost_cli compiles these fallback commands in any build (FLUXLENS_TEST_XGBOOST_FALLBACK).
#if FLUXLENS_HAVE_XGBOOST && (!FLUXLENS_HAVE_ML || defined(FLUXLENS_TEST_XGBOOST_FALLBACK))
namespace {
int runTrainXgboostOnly(std::span<const std::string> argv) {
    const Args args(argv, {});
    if (args.value("--model").value_or("") != "xgboost")
        throw UsageError("this build has no LibTorch: only --model xgboost is available");
    return trainXgboost(args);
}

int runPredictXgboostOnly(std::span<const std::string> argv) {
    const Args args(argv, {});
    const std::filesystem::path folder = args.required("--model");
    if (!isXgboostModelDir(folder))
        throw std::runtime_error(folder.string() + ": not an XGBoost model folder (this build "
                                                   "has no LibTorch for neural models)");
    return predictXgboost(args, folder);
}

const CommandRegistration trainRegistration{
    {"train", "train the XGBoost baseline on the cached sites (no LibTorch in this build)",
     "Usage: fluxlens-cli train --cache FILE --model xgboost --out DIR [--name NAME]\n"
     "         [--config JSON] [--threads N] [--rounds N] [--seed S]\n"
     "         [--features tower|remote|era5|NAME,NAME,...]\n"
     "         [--holdout FILE | --holdout-from MODEL_DIR | --holdout-sites ID,ID]",
     runTrainXgboostOnly}};
const CommandRegistration predictRegistration{
    {"predict", "store an XGBoost model's predictions for every cached site",
     "Usage: fluxlens-cli predict --cache FILE --model DIR [--name NAME] [--sites ID,ID,...]\n"
     "         [--threads N]",
     runPredictXgboostOnly}};
} // namespace
#endif

} // namespace fluxlens::cli
