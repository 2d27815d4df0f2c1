// bench_ml: how fast the TAM-RL engine trains with the default config.
//  1. C++ (LibTorch): seconds per epoch and windows/s for stage 1 (decoder pre-training) and
//     stage 2 (joint training with support/query sets) on N CPU threads, and on CUDA when present.
//  2. The same windows exported to a folder, and bench/ml/tamrl_reference.py (Python PyTorch, same
//     LibTorch version) running the same model and optimiser on them: the ratio per epoch.
//  3. Peak memory (RSS) after preparing a 579-site x 23-year world for training.
// Usage: bench_ml [--sites N] [--years Y] [--epochs E] [--threads T] [--python PATH]
//                 [--device cpu|cuda|all] [--batch B] [--no-python] [--no-memory]
// --batch sets the stage-1 batch (windows) and scales the stage-2 sites per batch with it; by
// default 32 windows on the CPU (the engine's default) and 256 on CUDA, which needs larger batches
// to be busy.
#include "ml/dataset.h"
#include "ml/flux_model.h"
#include "synthetic_world.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <sys/resource.h>

using namespace fluxlens;
using namespace fluxlens::ml;
namespace fs = std::filesystem;

namespace {
struct Options {
    int sites = 40;
    int years = 5;
    int epochs = 2;
    int threads = 2;
    std::string python = "/usr/bin/python3";
    std::string device = "all"; // all: the CPU, and CUDA when present
    int batch = 0;              // 0: the default of each device
    bool runPython = true;
    bool memory = true;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--sites")
            o.sites = std::stoi(next());
        else if (a == "--years")
            o.years = std::stoi(next());
        else if (a == "--epochs")
            o.epochs = std::stoi(next());
        else if (a == "--threads")
            o.threads = std::stoi(next());
        else if (a == "--python")
            o.python = next();
        else if (a == "--device")
            o.device = next();
        else if (a == "--batch")
            o.batch = std::stoi(next());
        else if (a == "--no-python")
            o.runPython = false;
        else if (a == "--no-memory")
            o.memory = false;
        else {
            std::cerr << "unknown option " << a << "\n";
            std::exit(2);
        }
    }
    if (o.device != "all" && o.device != "cpu" && o.device != "cuda") {
        std::cerr << "--device must be cpu, cuda or all\n";
        std::exit(2);
    }
    return o;
}

// The batch a device gets: --batch when given, else 32 windows on the CPU and 256 on CUDA.
MlConfig onDevice(MlConfig config, const std::string& device, int batch) {
    const int windows = batch > 0 ? batch : (device == "cuda" ? 256 : config.batch_windows);
    config.sites_per_batch = std::max(1, config.sites_per_batch * windows / config.batch_windows);
    config.batch_windows = windows;
    config.device = device;
    return config;
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// The synthetic world with the default feature names: the default drivers are filled from the
// synthetic ones (plus noise), so the default config runs unchanged.
std::vector<SiteSeries> defaultFeatureWorld(int sites, int years, std::uint64_t seed) {
    testing::SyntheticWorldOptions options;
    options.sites = sites;
    options.years = years;
    options.seed = seed;
    std::vector<SiteSeries> world = testing::seriesOf(testing::makeSyntheticWorld(options));
    std::mt19937 rng(static_cast<unsigned>(seed));
    std::normal_distribution<float> noise(0.0f, 0.05f);
    for (SiteSeries& s : world) {
        std::vector<std::string> names;
        std::vector<std::vector<float>> columns;
        int k = 0;
        for (const std::string& name : defaultFeatures()) {
            if (name == "DOY_SIN" || name == "DOY_COS")
                continue;
            std::vector<float> column = s.features[static_cast<std::size_t>(k++ % 5)];
            for (float& v : column)
                v += noise(rng);
            names.push_back(name);
            columns.push_back(std::move(column));
        }
        s.featureNames = std::move(names);
        s.features = std::move(columns);
    }
    return world;
}

struct StageTiming {
    double secondsPerEpoch = 0;
    double windowsPerSecond = 0;
    int epochs = 0;
    double cpuSeconds = 0; // process CPU time over cpuEpochs epochs
    int cpuEpochs = 0;
};

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           1e-6 * (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

std::map<std::string, StageTiming> timeTraining(const std::vector<SiteSeries>& world,
                                                const MlConfig& config) {
    std::map<std::string, StageTiming> timing;
    TrainRequest request;
    request.kind = ModelKind::TamRl;
    request.config = config;
    double lastCpu = -1.0;
    request.progress = [&](const TrainProgress& p) {
        StageTiming& t = timing[p.stage];
        // Windows per epoch are fixed; seconds follow from the engine's own windows/s.
        t.windowsPerSecond += p.windowsPerSecond;
        ++t.epochs;
        // CPU time between consecutive epoch reports (the very first has no start: skipped).
        const double now = processCpuSeconds();
        if (lastCpu >= 0) {
            t.cpuSeconds += now - lastCpu;
            ++t.cpuEpochs;
        }
        lastCpu = now;
    };
    FluxModel::train(world, request);
    return timing;
}

// Exports the stage-1 training windows exactly as the engine builds them (normalisation and class
// weights over all sites, windows with at least one observed target).
std::size_t exportWindows(const std::vector<SiteSeries>& world, const MlConfig& config,
                          const fs::path& folder) {
    fs::create_directories(folder);
    std::vector<const SiteSeries*> all;
    for (const auto& s : world)
        all.push_back(&s);
    const Normalisation norm = fitNormalisation(all, config.features);
    const ClassWeights weights = inverseFrequencyWeights(all);
    const int W = config.window_days, F = static_cast<int>(config.features.size());
    std::ofstream x(folder / "x.f32", std::ios::binary), y(folder / "y.f32", std::ios::binary),
        mask(folder / "mask.f32", std::ios::binary),
        weight(folder / "weight.f32", std::ios::binary),
        site(folder / "site.i32", std::ios::binary);
    std::vector<float> bx(std::size_t(W) * F), by(std::size_t(W) * 3), bm(std::size_t(W) * 3),
        bw(static_cast<std::size_t>(W));
    std::size_t count = 0;
    for (std::size_t s = 0; s < world.size(); ++s) {
        const PreparedSite p = prepareSite(world[s], norm, config, &weights);
        for (int start : trainingWindowStarts(p.days, W, config.stride_days)) {
            if (!windowHasTargets(p, start, W))
                continue;
            fillWindow(p, start, W, bx.data(), by.data(), bm.data(), bw.data());
            x.write(reinterpret_cast<const char*>(bx.data()), std::streamsize(bx.size() * 4));
            y.write(reinterpret_cast<const char*>(by.data()), std::streamsize(by.size() * 4));
            mask.write(reinterpret_cast<const char*>(bm.data()), std::streamsize(bm.size() * 4));
            weight.write(reinterpret_cast<const char*>(bw.data()), std::streamsize(bw.size() * 4));
            const std::int32_t index = static_cast<std::int32_t>(s);
            site.write(reinterpret_cast<const char*>(&index), 4);
            ++count;
        }
    }
    nlohmann::json meta = nlohmann::json::parse(configToJson(config));
    meta["windows"] = count;
    meta["feature_count"] = F;
    std::ofstream(folder / "meta.json") << meta.dump(2);
    if (!x || !y || !mask || !weight || !site)
        throw std::runtime_error(folder.string() + ": cannot write the exported windows");
    return count;
}

// Runs the Python reference; returns its JSON lines by stage (empty when it cannot run).
std::map<std::string, nlohmann::json> runPython(const Options& o, const fs::path& folder) {
    std::map<std::string, nlohmann::json> out;
    const std::string script = std::string(FLUXLENS_SOURCE_DIR) + "/bench/ml/tamrl_reference.py";
    const std::string check = o.python + " -c 'import torch' >/dev/null 2>&1";
    if (std::system(check.c_str()) != 0) {
        std::cout << "Python reference skipped: " << o.python << " cannot import torch\n";
        return out;
    }
    // The same BLAS thread count as the engine gives OpenBLAS (see applyThreads).
    const std::string command = "OPENBLAS_NUM_THREADS=" + std::to_string(o.threads) + " " +
                                o.python + " '" + script + "' '" + folder.string() +
                                "' --threads " + std::to_string(o.threads) + " --epochs " +
                                std::to_string(o.epochs);
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), &pclose);
    if (!pipe)
        return out;
    char line[4096];
    while (std::fgets(line, sizeof line, pipe.get())) {
        try {
            const auto j = nlohmann::json::parse(line);
            out[j.at("stage").get<std::string>()] = j;
        } catch (const std::exception&) {
            std::cout << "python: " << line;
        }
    }
    return out;
}
} // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    MlConfig config; // the defaults, apart from what a benchmark must fix
    config.threads = o.threads;
    config.validation_fraction = 0.0;
    config.stage1_epochs = o.epochs;
    config.stage2_epochs = o.epochs;
    const std::vector<SiteSeries> world = defaultFeatureWorld(o.sites, o.years, 5);
    std::printf(
        "bench_ml: %d sites x %d years, default config (hidden %d, %zu features, window %d, "
        "stride %d), %s\n",
        o.sites, o.years, config.hidden, config.features.size(), config.window_days,
        config.stride_days, torchVersionString().c_str());

    const fs::path folder =
        fs::temp_directory_path() / ("fluxlens_bench_ml_" + std::to_string(getpid()));
    const std::size_t windows = exportWindows(world, onDevice(config, "cpu", 0), folder);
    std::printf("training windows per epoch: %zu\n\n", windows);

    std::map<std::string, StageTiming> cpu, gpu;
    std::printf("%-34s %10s %12s %14s\n", "C++ LibTorch", "s/epoch", "windows/s", "CPU s/epoch");
    if (o.device != "cuda") {
        const MlConfig c = onDevice(config, "cpu", o.batch);
        cpu = timeTraining(world, c);
        for (auto& [stage, t] : cpu) {
            t.windowsPerSecond /= t.epochs;
            t.secondsPerEpoch = windows / t.windowsPerSecond;
            t.cpuSeconds = t.cpuEpochs ? t.cpuSeconds / t.cpuEpochs : 0.0;
            std::printf("  %-8s CPU, %d thread(s), batch %-4d %10.2f %12.0f %14.2f\n",
                        stage.c_str(), o.threads, c.batch_windows, t.secondsPerEpoch,
                        t.windowsPerSecond, t.cpuSeconds);
        }
    }
    if (o.device != "cpu" && cudaAvailable()) {
        const MlConfig c = onDevice(config, "cuda", o.batch);
        gpu = timeTraining(world, c);
        for (auto& [stage, t] : gpu) {
            t.windowsPerSecond /= t.epochs;
            t.secondsPerEpoch = windows / t.windowsPerSecond;
            std::printf("  %-8s CUDA, batch %-4d            %10.2f %12.0f\n", stage.c_str(),
                        c.batch_windows, t.secondsPerEpoch, t.windowsPerSecond);
        }
        for (const auto& [stage, t] : gpu)
            if (const auto it = cpu.find(stage); it != cpu.end())
                std::printf("  %-8s GPU/CPU throughput ratio: %.1fx (target >= 10x)\n",
                            stage.c_str(), t.windowsPerSecond / it->second.windowsPerSecond);
    } else if (o.device != "cpu") {
        std::printf("  (no CUDA device: CUDA figures skipped)\n");
        if (o.device == "cuda")
            return 1;
    }
    std::printf("peak RSS so far: %.0f MiB\n\n", peakRssMiB());

    const auto python =
        o.runPython ? runPython(o, folder) : std::map<std::string, nlohmann::json>{};
    if (!python.empty()) {
        std::printf("%-28s %12s %12s %14s %12s %12s\n", "Python PyTorch (same windows)", "s/epoch",
                    "windows/s", "CPU s/epoch", "C++ x wall", "C++ x CPU");
        for (const auto& [stage, j] : python) {
            const double seconds = j.at("seconds_per_epoch").get<double>();
            const double cpuSeconds = j.at("cpu_seconds_per_epoch").get<double>();
            const auto it = cpu.find(stage);
            const double wallRatio = it == cpu.end() ? 0.0 : seconds / it->second.secondsPerEpoch;
            const double cpuRatio = it == cpu.end() || it->second.cpuSeconds <= 0
                                        ? 0.0
                                        : cpuSeconds / it->second.cpuSeconds;
            std::printf("  %-8s CPU, %d thread(s)   %12.2f %12.0f %14.2f %11.2fx %11.2fx %s\n",
                        stage.c_str(), o.threads, seconds, j.at("windows_per_s").get<double>(),
                        cpuSeconds, wallRatio, cpuRatio,
                        std::min(wallRatio, cpuRatio) >= 1.5 ? "(target >= 1.5x: met)"
                                                             : "(target >= 1.5x: check)");
        }
        std::printf("(wall time depends on what else runs on the machine; CPU time is the steadier "
                    "figure on a shared machine)\n");
        std::printf("\n");
    }
    fs::remove_all(folder);

    if (o.memory) {
        MlConfig memoryConfig = onDevice(config, "cpu", 0);
        memoryConfig.stage1_epochs = 0;
        memoryConfig.stage2_epochs = 0;
        const std::vector<SiteSeries> big = defaultFeatureWorld(579, 23, 9);
        TrainRequest request;
        request.config = memoryConfig;
        const FluxModel model = FluxModel::train(big, request);
        std::printf("579 sites x 23 years loaded and prepared for training (%zu training sites): "
                    "peak RSS %.0f MiB (target < 4096 MiB)\n",
                    model.trainingSites().size(), peakRssMiB());
    }
    return 0;
}
