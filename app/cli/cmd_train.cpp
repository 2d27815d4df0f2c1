// fluxlens-cli train: trains TAM-RL, CT-LSTM or TAMLSTM on the cached sites and writes a model
// folder, printing one progress line per epoch. Ctrl-C stops early and keeps the best checkpoint.
#include "args.h"
#include "command.h"
#include "common/site_list_file.h"
#include "fluxlens_config.h"
#include "train_options.h"
#include "xgboost_commands.h"

#if FLUXLENS_HAVE_ML
#include "cache/cache.h"
#include "ml/cache_source.h"
#include "ml/dataset.h"
#include "ml/flux_model.h"
#include "ml/site_split.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fluxlens::cli {
namespace {
std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int) {
    g_cancel = true;
}

ml::MlConfig readConfig(const std::string& source) {
    const ConfigText config = inlineJsonOrFile(source);
    return ml::configFromJson(config.text, config.origin);
}

// "--targets GPP,NEE": a comma-separated subset of GPP, RECO and NEE.
std::vector<std::string> parseTargets(const std::string& text) {
    std::vector<std::string> targets;
    std::stringstream in(text);
    std::string item;
    const std::vector<std::string> known = ml::allTargets();
    while (std::getline(in, item, ',')) {
        if (std::find(known.begin(), known.end(), item) == known.end())
            throw UsageError("--targets: '" + item + "' is not one of GPP, RECO, NEE");
        targets.push_back(item);
    }
    if (targets.empty())
        throw UsageError("--targets must name at least one of GPP, RECO, NEE");
    return targets;
}

void printProgress(const ml::TrainProgress& p) {
    char line[256];
    std::snprintf(
        line, sizeof line,
        "member %d/%d  %-8s epoch %3d/%-3d  train_loss %.5f  val_loss %s  %8.0f windows/s%s\n",
        p.member + 1, p.memberCount, p.stage.c_str(), p.epoch, p.epochCount, p.trainLoss,
        std::isfinite(p.validationLoss) ? std::to_string(p.validationLoss).c_str() : "-",
        p.windowsPerSecond, p.improved ? "  *best" : "");
    std::cout << line << std::flush;
}

int runTrain(std::span<const std::string> argv) {
    const Args args(argv, {});
    if (args.value("--model").value_or("") == "xgboost")
        return trainXgboost(args); // the XGBoost baseline has its own options
    args.rejectUnknown({"--cache", "--model", "--out", "--name", "--config", "--seeds", "--epochs",
                        "--device", "--threads", "--holdout", "--holdout-fraction",
                        "--holdout-sites", "--targets", "--features"});
    const std::string cachePath = args.required("--cache");
    const auto kind = ml::parseModelKind(args.required("--model"));
    if (!kind)
        throw UsageError("--model must be tamrl, ctlstm, tamlstm or xgboost");
    const std::filesystem::path out = args.required("--out");
    if ((args.value("--holdout") ? 1 : 0) + (args.value("--holdout-fraction") ? 1 : 0) +
            (args.value("--holdout-sites") ? 1 : 0) >
        1)
        throw UsageError("give one of --holdout FILE, --holdout-fraction F, --holdout-sites IDS");

    ml::TrainRequest request;
    request.kind = *kind;
    request.name = args.value("--name").value_or("");
    if (const auto config = args.value("--config"))
        request.config = readConfig(*config);
    if (const auto targets = args.value("--targets"))
        request.config.targets = parseTargets(*targets);
    request.config.seeds = args.intValue("--seeds", request.config.seeds);
    if (const auto epochs = args.value("--epochs")) {
        const int n = args.intValue("--epochs", 0);
        request.config.stage1_epochs = n; // per stage; baselines train 2 * n epochs in one stage
        request.config.stage2_epochs = n;
    }
    request.config.device = args.value("--device").value_or(request.config.device);
    request.config.threads = args.intValue("--threads", request.config.threads);
    try {
        ml::validateConfig(request.config);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }

    Cache cache = Cache::openExisting(cachePath);
    std::cout << "Loading sites from " << cachePath << " ..." << std::endl;
    std::vector<std::string> siteIds; // empty: every cached site with any of the drivers
    if (args.value("--features")) {
        const ml::FeatureSelection selection = featureSelection(args, cache, "");
        printFeatureSelection(selection);
        request.config.features = selection.features;
        request.featurePreset = selection.preset;
        siteIds = selection.sites;
    }
    const std::vector<ml::SiteSeries> sites =
        ml::loadSiteSeries(cache, request.config.features, siteIds);
    if (sites.empty())
        throw std::runtime_error(cachePath + ": no site has driver data for the model's features");

    if (auto listed = heldOutSitesOption(args, sites)) {
        request.heldOut = std::move(*listed);
    } else if (const auto file = args.value("--holdout")) {
        request.heldOut = readSiteListFile(*file);
    } else if (args.value("--holdout-fraction")) {
        const double fraction = args.doubleValue("--holdout-fraction", 0.0);
        if (!(fraction >= 0.0 && fraction < 1.0))
            throw UsageError("--holdout-fraction must be in [0, 1)");
        std::vector<const ml::SiteSeries*> pointers;
        for (const auto& s : sites)
            pointers.push_back(&s);
        request.heldOut = ml::stratifiedSiteSample(pointers, fraction, request.config.seed);
    }
    std::cout << sites.size() << " site(s), " << request.heldOut.size() << " held out; "
              << ml::torchVersionString() << ", device " << request.config.device
              << (ml::cudaAvailable() ? " (CUDA available)" : " (no CUDA)") << ", "
              << request.config.threads << " thread(s); targets";
    for (const std::string& t : request.config.targets)
        std::cout << ' ' << t;
    std::cout << std::endl;

    if (request.kind == ml::ModelKind::TamRl)
        for (const std::string& w :
             ml::heldOutSitesWithoutScoredDays(sites, request.heldOut, request.config))
            std::cerr << "Warning: " << w << std::endl;
    request.progress = printProgress;
    request.cancel = &g_cancel;
    const auto previous = std::signal(SIGINT, onInterrupt);
    ml::FluxModel model = [&] {
        try {
            return ml::FluxModel::train(sites, request);
        } catch (...) {
            std::signal(SIGINT, previous);
            throw;
        }
    }();
    std::signal(SIGINT, previous);

    model.save(out);
    ModelRecord record;
    record.name = model.name();
    record.kind = std::string(ml::modelKindCode(model.kind()));
    record.folder = std::filesystem::absolute(out).string();
    record.metadataJson = model.metadataJson();
    cache.registerModel(record);
    std::cout << (g_cancel ? "Stopped early; best checkpoint kept. " : "") << "Model '"
              << model.name() << "' (" << model.memberCount() << " member(s), "
              << model.trainingSites().size() << " training sites) saved to " << out.string()
              << std::endl;
    return 0;
}

const CommandRegistration registration{
    {"train", "train a TAM-RL, CT-LSTM, TAMLSTM or XGBoost model on the cached sites",
     "Usage: fluxlens-cli train --cache FILE --model tamrl|ctlstm|tamlstm|xgboost --out DIR\n"
     "         [--name NAME] [--config JSON] [--seeds K] [--epochs N] [--targets GPP,RECO,NEE]\n"
     "         [--features tower|remote|era5|NAME,NAME,...] [--device auto|cpu|cuda]\n"
     "         [--threads N] [--holdout FILE | --holdout-fraction F | --holdout-sites ID,ID]\n"
     "  --model xgboost takes the XGBoost baseline's options instead (--rounds, --seed,\n"
     "               --holdout-from MODEL_DIR; see core/ml/xgboost); --features and\n"
     "               --holdout-sites work for it too\n"
     "  --features   the model's inputs: a preset or cache column names (default: the config's\n"
     "               features, the remote preset unless --config says otherwise)\n"
     "               tower   TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT, DOY_SIN, DOY_COS, plus\n"
     "                       LW_IN_F, PA_F, WS_F when every site has them\n"
     "               remote  ERA5-Land t2m, ssrd, vpd, tp, swvl1 and MODIS b1-b7, NDVI, EVI,\n"
     "                       NIRv, DOY_SIN, DOY_COS\n"
     "               era5    FLUXNET ERA5_DD TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA, DOY_SIN,\n"
     "                       DOY_COS, plus SW_IN_POT, LW_IN_ERA, PA_ERA, WS_ERA when every\n"
     "                       site has them\n"
     "               Sites without any of the drivers are left out; a site lacking some is an\n"
     "               error naming it and them\n"
     "  --config     a JSON file (or inline JSON) overriding the defaults of the ML config\n"
     "  --epochs     epochs per stage (TAM-RL: pre-training and joint; baselines: 2N in one "
     "stage)\n"
     "  --targets    fluxes to train, a comma-separated subset of GPP,RECO,NEE (default all;\n"
     "               an untrained flux is derived from NEE = RECO - GPP when the other two are\n"
     "               trained, else left missing)\n"
     "  --holdout    file with one site id per line, never used in training\n"
     "  --holdout-fraction  share of sites held out, stratified by Koppen class\n"
     "  --holdout-sites     comma-separated site ids held out (TAM-RL scores them after their\n"
     "               first support_years calendar years: they need a longer record)\n"
     "Prints one line per epoch; Ctrl-C stops and keeps the best checkpoint so far.",
     runTrain}};
} // namespace
} // namespace fluxlens::cli
#endif
