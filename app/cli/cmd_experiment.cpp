// fluxlens-cli experiment: the paper's zero-shot protocol end to end on one cache, written to a
// report folder (core/experiment). Ctrl-C stops; a rerun resumes with the finished members.
#include "args.h"
#include "command.h"
#include "fluxlens_config.h"

#if FLUXLENS_HAVE_EXPERIMENT
#include "experiment/experiment_runner.h"

#include <atomic>
#include <csignal>
#include <iostream>

namespace fluxlens::cli {
namespace {
std::atomic<bool> g_cancel{false};

extern "C" void onExperimentInterrupt(int) {
    g_cancel = true;
}

experiment::ExperimentOptions readOptions(const Args& args) {
    experiment::ExperimentOptions options;
    options.cachePath = args.required("--cache");
    options.outDir = args.required("--out");
    try {
        if (const auto config = args.value("--config")) {
            const ConfigText text = inlineJsonOrFile(*config);
            options.network = ml::configFromJson(text.text, text.origin);
        }
        if (const auto models = args.value("--models"))
            options.models = experiment::parseModelList(*models);
        if (const auto features = args.value("--features"))
            options.features = *features;
        options.seeds = args.intValue("--seeds", options.seeds);
        options.holdoutFraction = args.doubleValue("--holdout-fraction", options.holdoutFraction);
        options.splitSeed = static_cast<std::uint64_t>(
            args.intValue("--split-seed", static_cast<int>(options.splitSeed)));
        options.trainingSites = args.intValue("--training-sites", options.trainingSites);
        if (args.value("--epochs")) {
            const int n = args.intValue("--epochs", 0);
            options.network.stage1_epochs = n;
            options.network.stage2_epochs = n;
        }
        options.network.device = args.value("--device").value_or(options.network.device);
        options.network.threads = args.intValue("--threads", options.network.threads);
        options.xgboost.threads = options.network.threads;
        options.xgboost.max_rounds = args.intValue("--xgb-rounds", options.xgboost.max_rounds);
        experiment::validateOptions(options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    return options;
}

int runExperimentCommand(std::span<const std::string> argv) {
    const Args args(argv, {});
    args.rejectUnknown({"--cache", "--out", "--seeds", "--holdout-fraction", "--models",
                        "--features", "--threads", "--device", "--config", "--epochs",
                        "--split-seed", "--xgb-rounds", "--training-sites"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const experiment::ExperimentOptions options = readOptions(args);

    experiment::ExperimentReporter reporter;
    reporter.log = [](const std::string& line) { std::cout << line << std::endl; };
    reporter.cancel = &g_cancel;
    const auto previous = std::signal(SIGINT, onExperimentInterrupt);
    try {
        const experiment::ExperimentRecord record = experiment::runExperiment(options, reporter);
        std::signal(SIGINT, previous);
        std::cout << "Held-out sites: " << record.heldOut.size() << " of " << record.siteCount
                  << "; report: " << (options.outDir / "report.md").string() << std::endl;
        return 0;
    } catch (const experiment::ExperimentCancelled& e) {
        std::signal(SIGINT, previous);
        std::cerr << "fluxlens-cli experiment: " << e.what()
                  << "; run the same command again to resume\n";
        return 130;
    } catch (...) {
        std::signal(SIGINT, previous);
        throw;
    }
}

const CommandRegistration registration{
    {"experiment", "run the paper's zero-shot experiment and write a report folder",
     "Usage: fluxlens-cli experiment --cache FILE --out DIR [--seeds K] [--holdout-fraction F]\n"
     "         [--models tamrl,ctlstm,tamlstm,xgboost] [--features tower|remote|era5|NAME,...]\n"
     "         [--threads N] [--device auto|cpu|cuda] [--config JSON] [--epochs N]\n"
     "         [--split-seed S] [--xgb-rounds N] [--training-sites N]\n"
     "  Holds out a share of the sites (stratified by Koppen and IGBP class), trains TAM-RL,\n"
     "  CT-LSTM and TAMLSTM as mean ensembles of K seeds and the XGBoost baseline on the rest,\n"
     "  stores their predictions in the cache as '<model> (experiment)', scores them and every\n"
     "  reference product on the held-out sites (as 'evaluate --sites heldout') and writes\n"
     "  report.md, Table 1, per-site metrics, the seeds' spread, figures (SVG), config.json and\n"
     "  the data hash to DIR.\n"
     "  --seeds K             ensemble members per network (default 5; the paper uses 10)\n"
     "  --holdout-fraction F  share of sites held out (default 0.28: the paper's 164 of 579)\n"
     "  --models LIST         which models to train (default all four)\n"
     "  --features F          every model's input drivers: a preset (tower, remote, era5; default\n"
     "                        remote) or a list of cache variable names, as for train\n"
     "  --config JSON         the networks' ML config (file or inline JSON), as for train\n"
     "  --epochs N            epochs per training stage of the networks\n"
     "  --split-seed S        seed of the held-out split (default 42)\n"
     "  --xgb-rounds N        XGBoost boosting rounds at most (default 1000)\n"
     "  --training-sites N    train on N of the sites not held out, drawn stratified by Koppen\n"
     "                        and IGBP class (learning curves; default: all of them)\n"
     "Ctrl-C stops; running the same command again keeps every finished member.",
     runExperimentCommand}};
} // namespace
} // namespace fluxlens::cli
#endif
