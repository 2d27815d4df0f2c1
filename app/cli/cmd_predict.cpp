// fluxlens-cli predict: runs a saved model on every cached site and stores its predictions
// (ensemble mean and standard deviation of GPP, RECO and NEE) under the model's name.
#include "args.h"
#include "command.h"
#include "fluxlens_config.h"
#include "xgboost_commands.h"

#if FLUXLENS_HAVE_ML
#include "cache/cache.h"
#include "ml/cache_source.h"
#include "ml/flux_model.h"
#include "ml/model_error.h"

#include <filesystem>
#include <iostream>
#include <sstream>

namespace fluxlens::cli {
namespace {
std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

int runPredict(std::span<const std::string> argv) {
    const Args args(argv, {});
    const std::filesystem::path folder = args.required("--model");
    if (isXgboostModelDir(folder))
        return predictXgboost(args, folder);
    args.rejectUnknown({"--cache", "--model", "--name", "--sites", "--device", "--threads"});
    const std::string cachePath = args.required("--cache");
    const int threads = args.intValue("--threads", 1);
    if (threads < 1)
        throw UsageError("--threads must be positive");
    ml::FluxModel model = ml::FluxModel::load(folder);
    model.setDevice(args.value("--device").value_or("auto"), threads);
    const std::string name = args.value("--name").value_or(model.name());

    Cache cache = Cache::openExisting(cachePath);
    const std::vector<std::string> wanted =
        args.value("--sites") ? splitList(*args.value("--sites")) : std::vector<std::string>{};
    const std::vector<ml::SiteSeries> sites =
        ml::loadSiteSeries(cache, model.config().features, wanted);
    std::size_t stored = 0, days = 0;
    for (const ml::SiteSeries& site : sites) {
        const ml::SitePrediction prediction = model.predict(site);
        ml::storePrediction(cache, name, prediction);
        ++stored;
        days += prediction.dayNumbers.size();
        std::cout << site.id << ": " << prediction.dayNumbers.size() << " days" << std::endl;
    }
    ModelRecord record;
    record.name = name;
    record.kind = std::string(ml::modelKindCode(model.kind()));
    record.folder = std::filesystem::absolute(folder).string();
    record.metadataJson = model.metadataJson();
    cache.registerModel(record);
    std::cout << "Stored " << days << " site-days for " << stored << " site(s) under '" << name
              << "'" << std::endl;
    return 0;
}

const CommandRegistration registration{
    {"predict", "store a trained model's predictions for every cached site",
     "Usage: fluxlens-cli predict --cache FILE --model DIR [--name NAME] [--sites ID,ID,...]\n"
     "         [--device auto|cpu|cuda] [--threads N]\n"
     "  --name   name to store predictions under (default: the model's, e.g. TAM-RL, CT-LSTM,\n"
     "           TAMLSTM, XGBoost)",
     runPredict}};
} // namespace
} // namespace fluxlens::cli
#endif
