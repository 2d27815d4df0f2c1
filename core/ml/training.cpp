#include "ml/engine.h"
#include "ml/fused_lstm.h"
#include "ml/model_error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <dlfcn.h>
#include <limits>
#include <random>

namespace fluxlens::ml::detail {

torch::Device resolveDevice(const std::string& device) {
    if (device == "cpu")
        return torch::kCPU;
    if (device == "cuda") {
        if (!torch::cuda::is_available())
            throw ModelError("device 'cuda' requested but this LibTorch has no usable CUDA device");
        return torch::kCUDA;
    }
    if (device == "auto")
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA)
                                           : torch::Device(torch::kCPU);
    throw ModelError("unknown device '" + device + "' (expected auto, cpu or cuda)");
}

void applyThreads(int threads) {
    // The threads work on slices of the batch in the LSTM layers (fused_lstm.cpp); everything
    // else is small enough that threading it costs more in OpenMP spin-waits than it saves.
    setLstmThreads(std::max(1, threads));
    torch::set_num_threads(1);
    // LibTorch builds on OpenBLAS (Debian's) run BLAS in OpenBLAS's own thread pool, which
    // set_num_threads does not reach and which spins (sched_yield) on these small matrices: keep
    // it at one thread when it is there.
    using SetThreads = void (*)(int);
    if (auto* setBlasThreads =
            reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        setBlasThreads(1);
}

namespace {
// One-hot IGBP and Köppen classes of each row's site, repeated on every day: [B, window, S].
torch::Tensor staticsOneHot(const std::vector<WindowRef>& rows, int window) {
    const auto B = static_cast<int64_t>(rows.size());
    constexpr int S = kIgbpOneHot + kKoppenOneHot;
    auto statics = torch::zeros({B, S});
    auto* s = statics.data_ptr<float>();
    for (int64_t b = 0; b < B; ++b) {
        const int igbp = std::clamp(static_cast<int>(rows[b].site->igbp), 0, kIgbpOneHot - 1);
        const int koppen = std::clamp(static_cast<int>(rows[b].site->koppen), 0, kKoppenOneHot - 1);
        s[b * S + igbp] = 1.0f;
        s[b * S + kIgbpOneHot + koppen] = 1.0f;
    }
    return statics.unsqueeze(1).expand({B, window, S});
}
} // namespace

WindowBatch assembleWindows(const std::vector<WindowRef>& rows, const NetworkImpl& net, int window,
                            const torch::Device& device) {
    const auto B = static_cast<int64_t>(rows.size());
    const int F = net.features;
    auto x = torch::empty({B, window, F});
    auto y = torch::empty({B, window, kTargetCount});
    auto mask = torch::empty({B, window, kTargetCount});
    auto weight = torch::empty({B, window});
    for (int64_t b = 0; b < B; ++b)
        fillWindow(*rows[b].site, rows[b].start, window, x[b].data_ptr<float>(),
                   y[b].data_ptr<float>(), mask[b].data_ptr<float>(), weight[b].data_ptr<float>());
    if (net.kind == ModelKind::CtLstm)
        x = torch::cat({x, staticsOneHot(rows, window)}, 2);
    return {x.to(device), y.to(device), mask.to(device), weight.to(device)};
}

torch::Tensor assembleEncoderInput(const std::vector<WindowRef>& rows, const NetworkImpl& net,
                                   int window, const torch::Device& device) {
    const auto B = static_cast<int64_t>(rows.size());
    auto x = torch::empty({B, window, net.features});
    std::vector<torch::Tensor> parts;
    if (net.encoderUsesFluxes) {
        auto y = torch::empty({B, window, kTargetCount});
        auto mask = torch::empty({B, window, kTargetCount});
        for (int64_t b = 0; b < B; ++b)
            fillWindow(*rows[b].site, rows[b].start, window, x[b].data_ptr<float>(),
                       y[b].data_ptr<float>(), mask[b].data_ptr<float>(), nullptr);
        parts = {x, y, mask};
    } else {
        for (int64_t b = 0; b < B; ++b)
            fillWindow(*rows[b].site, rows[b].start, window, x[b].data_ptr<float>(), nullptr,
                       nullptr, nullptr);
        parts = {x};
    }
    if (net.encoderUsesClasses)
        parts.push_back(staticsOneHot(rows, window));
    return (parts.size() == 1 ? x : torch::cat(parts, 2)).to(device);
}

torch::Tensor siteEmbedding(Network& net, const PreparedSite& site, const MlConfig& config,
                            const torch::Device& device) {
    std::vector<int> starts = supportWindowStarts(site, config.window_days, config.stride_days);
    const auto cap = static_cast<std::size_t>(config.max_inference_support_windows);
    if (starts.size() > cap) {
        std::vector<int> spaced;
        for (std::size_t i = 0; i < cap; ++i)
            spaced.push_back(starts[i * starts.size() / cap]);
        starts = std::move(spaced);
    }
    std::vector<WindowRef> rows;
    for (int s : starts)
        rows.push_back({&site, s});
    const auto input = assembleEncoderInput(rows, *net, config.window_days, device);
    return net->encoder->forward(input).mean(0, /*keepdim=*/true);
}

namespace {
using Clock = std::chrono::steady_clock;

std::vector<WindowRef> windowsWithTargets(const PreparedSite& site, const MlConfig& config) {
    std::vector<WindowRef> rows;
    for (int s : trainingWindowStarts(site.days, config.window_days, config.stride_days))
        if (windowHasTargets(site, s, config.window_days))
            rows.push_back({&site, s});
    return rows;
}

bool isCancelled(const TrainRequest& request) {
    return request.cancel && request.cancel->load();
}

// Validation loss of the decoder without FiLM (stage 1 and baselines).
double plainValidationLoss(Network& net, const std::vector<WindowRef>& rows, const MlConfig& config,
                           const torch::Device& device) {
    torch::NoGradGuard guard;
    double sum = 0;
    int batches = 0;
    for (std::size_t i = 0; i < rows.size(); i += 256) {
        std::vector<WindowRef> chunk(rows.begin() + i,
                                     rows.begin() + std::min(rows.size(), i + 256));
        const auto batch = assembleWindows(chunk, *net, config.window_days, device);
        const auto pred = net->decoder->forward(batch.x, nullptr, 1.0);
        sum += windowLoss(pred, batch.y, batch.mask, batch.weight, config).total.item<double>();
        ++batches;
    }
    return batches ? sum / batches : std::numeric_limits<double>::quiet_NaN();
}

// Validation loss of TAM-RL: each site modulated by the embedding of its own support windows.
double filmValidationLoss(Network& net, const std::vector<PreparedSite>& sites,
                          const MlConfig& config, const torch::Device& device) {
    torch::NoGradGuard guard;
    double sum = 0;
    int batches = 0;
    for (const PreparedSite& site : sites) {
        const auto rows = windowsWithTargets(site, config);
        if (rows.empty())
            continue;
        const FilmTensors f = net->generator->forward(siteEmbedding(net, site, config, device));
        for (std::size_t i = 0; i < rows.size(); i += 256) {
            std::vector<WindowRef> chunk(rows.begin() + i,
                                         rows.begin() + std::min(rows.size(), i + 256));
            const auto batch = assembleWindows(chunk, *net, config.window_days, device);
            const auto index = torch::zeros({static_cast<int64_t>(chunk.size())},
                                            torch::TensorOptions(torch::kLong).device(device));
            const FilmTensors rowsFilm = f.rows(index);
            const auto pred = net->decoder->forward(batch.x, &rowsFilm, 1.0);
            sum += windowLoss(pred, batch.y, batch.mask, batch.weight, config).total.item<double>();
            ++batches;
        }
    }
    return batches ? sum / batches : std::numeric_limits<double>::quiet_NaN();
}

struct StageSetup {
    std::string name;
    int epochs = 0;
    double learningRate = 0;
    bool joint = false;
};

// TAM-RL: decoder pre-training, then everything jointly; a baseline: one stage of both lengths.
std::vector<StageSetup> stagesOf(ModelKind kind, const MlConfig& config) {
    if (kind == ModelKind::TamRl)
        return {{"pretrain", config.stage1_epochs, config.learning_rate, false},
                {"joint", config.stage2_epochs, config.stage2_learning_rate, true}};
    return {{"train", config.stage1_epochs + config.stage2_epochs, config.learning_rate, false}};
}

struct MemberWindows {
    std::vector<std::vector<WindowRef>> perSite; // of each training site, in the sites' order
    std::vector<WindowRef> all;                  // of every training site (shuffled per epoch)
    std::vector<WindowRef> validation;
};

MemberWindows collectWindows(const std::vector<PreparedSite>& training,
                             const std::vector<PreparedSite>& validation, const MlConfig& config) {
    MemberWindows w;
    for (const PreparedSite& site : training) {
        w.perSite.push_back(windowsWithTargets(site, config));
        w.all.insert(w.all.end(), w.perSite.back().begin(), w.perSite.back().end());
    }
    for (const PreparedSite& site : validation) {
        const auto rows = windowsWithTargets(site, config);
        w.validation.insert(w.validation.end(), rows.begin(), rows.end());
    }
    if (w.all.empty())
        throw ModelError("no training window has an observed GPP, RECO or NEE value");
    return w;
}

// What every step of one member's training uses. `rng` is drawn from in a fixed order (the
// shuffles and support draws below), which makes a member reproducible from its seed.
struct MemberContext {
    Network& net;
    const MlConfig& config;
    const torch::Device& device;
    const TrainRequest& request;
    std::mt19937_64& rng;
    bool& cancelled;

    bool stopRequested() {
        if (isCancelled(request))
            cancelled = true;
        return cancelled;
    }
};

// One optimiser step per batch, and the sums an epoch's progress report needs.
struct EpochSteps {
    torch::optim::Adam& optimiser;
    const std::vector<torch::Tensor>& params;
    double gradClip;
    double lossSum = 0;
    int batches = 0;
    long long windows = 0;

    void step(const torch::Tensor& loss, std::size_t batchWindows) {
        optimiser.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(params, gradClip);
        optimiser.step();
        lossSum += loss.item<double>();
        ++batches;
        windows += static_cast<long long>(batchWindows);
    }
};

// Stage 1 and the baselines: shuffled windows through the decoder without FiLM.
void plainEpoch(MemberContext& c, std::vector<WindowRef>& windows, EpochSteps& steps) {
    std::shuffle(windows.begin(), windows.end(), c.rng);
    const MlConfig& config = c.config;
    for (std::size_t i = 0; i < windows.size(); i += config.batch_windows) {
        if (c.stopRequested())
            break;
        std::vector<WindowRef> chunk(windows.begin() + i,
                                     windows.begin() +
                                         std::min(windows.size(), i + config.batch_windows));
        const auto batch = assembleWindows(chunk, *c.net, config.window_days, c.device);
        const auto pred = c.net->decoder->forward(batch.x, nullptr, 1.0);
        steps.step(windowLoss(pred, batch.y, batch.mask, batch.weight, config).total, chunk.size());
    }
}

// A task: one site's query windows; its support set is drawn from the same site per batch.
struct Task {
    std::size_t site;
    std::vector<WindowRef> query;
};

std::vector<Task> drawTasks(const std::vector<std::vector<WindowRef>>& perSite,
                            const MlConfig& config, std::mt19937_64& rng) {
    std::vector<Task> tasks;
    for (std::size_t s = 0; s < perSite.size(); ++s) {
        auto rows = perSite[s];
        std::shuffle(rows.begin(), rows.end(), rng);
        for (std::size_t i = 0; i < rows.size(); i += config.query_windows)
            tasks.push_back(
                {s, std::vector<WindowRef>(rows.begin() + i,
                                           rows.begin() +
                                               std::min(rows.size(), i + config.query_windows))});
    }
    std::shuffle(tasks.begin(), tasks.end(), rng);
    return tasks;
}

// support_windows windows of the task's site, outside its query set when the site has enough.
void drawSupport(const Task& task, const std::vector<WindowRef>& pool, const MlConfig& config,
                 std::mt19937_64& rng, std::vector<WindowRef>& support) {
    const bool exclude = pool.size() >= task.query.size() + std::size_t(config.support_windows);
    std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
    for (int n = 0; n < config.support_windows;) {
        const WindowRef& candidate = pool[pick(rng)];
        const bool inQuery =
            exclude && std::any_of(task.query.begin(), task.query.end(),
                                   [&](const WindowRef& q) { return q.start == candidate.start; });
        if (inQuery)
            continue;
        support.push_back(candidate);
        ++n;
    }
}

// Stage 2 of TAM-RL: each batch holds sites_per_batch tasks; every task's query windows are
// modulated by the FiLM of its own support set's mean embedding.
void jointEpoch(MemberContext& c, const std::vector<std::vector<WindowRef>>& perSite,
                EpochSteps& steps) {
    const MlConfig& config = c.config;
    const std::vector<Task> tasks = drawTasks(perSite, config, c.rng);
    for (std::size_t t = 0; t < tasks.size(); t += config.sites_per_batch) {
        if (c.stopRequested())
            break;
        const std::size_t end = std::min(tasks.size(), t + config.sites_per_batch);
        std::vector<WindowRef> support, query;
        std::vector<int64_t> queryTask;
        for (std::size_t k = t; k < end; ++k) {
            drawSupport(tasks[k], perSite[tasks[k].site], config, c.rng, support);
            for (const WindowRef& q : tasks[k].query) {
                query.push_back(q);
                queryTask.push_back(static_cast<int64_t>(k - t));
            }
        }
        const auto P = static_cast<int64_t>(end - t);
        const auto encoded = c.net->encoder->forward(
            assembleEncoderInput(support, *c.net, config.window_days, c.device));
        const auto embedding = encoded.view({P, config.support_windows, encoded.size(1)}).mean(1);
        const FilmTensors film = c.net->generator->forward(embedding);
        const auto index = torch::tensor(queryTask, torch::kLong).to(c.device);
        const FilmTensors rowsFilm = film.rows(index);
        const auto batch = assembleWindows(query, *c.net, config.window_days, c.device);
        const auto pred = c.net->decoder->forward(batch.x, &rowsFilm, 1.0);
        steps.step(windowLoss(pred, batch.y, batch.mask, batch.weight, config).total, query.size());
    }
}

void reportEpoch(const MemberContext& c, int member, const StageSetup& stage, int epoch,
                 const EpochSteps& steps, double validationLoss, double seconds, bool improved) {
    if (!c.request.progress)
        return;
    TrainProgress p;
    p.member = member;
    p.memberCount = c.config.seeds;
    p.stage = stage.name;
    p.epoch = epoch;
    p.epochCount = stage.epochs;
    p.trainLoss = steps.lossSum / steps.batches;
    p.validationLoss = validationLoss;
    p.windowsPerSecond = seconds > 0 ? steps.windows / seconds : 0.0;
    p.improved = improved;
    c.request.progress(p);
}

// Runs one stage's epochs with early stopping on the validation loss (on the training loss
// without validation sites) and leaves the network at its best epoch. Returns the best criterion
// (infinity when no epoch finished).
double trainStage(MemberContext& c, int member, const StageSetup& stage, MemberWindows& windows,
                  const std::vector<PreparedSite>& validation) {
    Network& net = c.net;
    std::vector<torch::Tensor> params =
        stage.joint ? net->parameters() : net->decoder->parameters();
    torch::optim::Adam optimiser(params, torch::optim::AdamOptions(stage.learningRate));
    const bool haveValidation = !windows.validation.empty();
    double best = std::numeric_limits<double>::infinity();
    std::vector<torch::Tensor> bestState;
    if (stage.joint && haveValidation && c.config.early_stopping == "across_stages") {
        // Epoch 0 of the joint stage, the pretrained decoder with the generator as initialised,
        // is a candidate too: a joint stage that never beats it is undone.
        net->eval();
        const double pretrained = filmValidationLoss(net, validation, c.config, c.device);
        if (std::isfinite(pretrained)) {
            best = pretrained;
            bestState = snapshot(net);
        }
    }
    int sinceBest = 0;
    for (int epoch = 1; epoch <= stage.epochs && !c.cancelled; ++epoch) {
        const auto t0 = Clock::now();
        net->train();
        EpochSteps steps{optimiser, params, c.config.grad_clip};
        if (stage.joint)
            jointEpoch(c, windows.perSite, steps);
        else
            plainEpoch(c, windows.all, steps);
        if (c.cancelled && steps.batches == 0)
            break;
        net->eval();
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const double validationLoss =
            !haveValidation ? std::numeric_limits<double>::quiet_NaN()
            : stage.joint   ? filmValidationLoss(net, validation, c.config, c.device)
                            : plainValidationLoss(net, windows.validation, c.config, c.device);
        const double criterion = haveValidation ? validationLoss : steps.lossSum / steps.batches;
        const bool improved = !c.cancelled && criterion < best;
        if (improved) {
            best = criterion;
            bestState = snapshot(net);
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        reportEpoch(c, member, stage, epoch, steps, validationLoss, seconds, improved);
        if (haveValidation && sinceBest >= c.config.patience)
            break;
    }
    if (!bestState.empty())
        restore(net, bestState);
    return best;
}
} // namespace

double trainMember(Network& net, int member, const std::vector<PreparedSite>& training,
                   const std::vector<PreparedSite>& validation, const MlConfig& config,
                   std::uint64_t seed, const torch::Device& device, const TrainRequest& request,
                   bool& cancelled) {
    std::mt19937_64 rng(seed);
    MemberWindows windows = collectWindows(training, validation, config);
    MemberContext context{net, config, device, request, rng, cancelled};
    double finalBest = std::numeric_limits<double>::quiet_NaN();
    for (const StageSetup& stage : stagesOf(net->kind, config)) {
        if (stage.epochs == 0 || cancelled)
            continue;
        const double best = trainStage(context, member, stage, windows, validation);
        if (!windows.validation.empty() && std::isfinite(best))
            finalBest = best;
    }
    net->eval();
    return finalBest;
}

} // namespace fluxlens::ml::detail
