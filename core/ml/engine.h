#pragma once

// Private to fluxlens_ml: the state behind FluxModel, window batches and the training loop.

#include "ml/dataset.h"
#include "ml/flux_model.h"
#include "ml/networks.h"

#include <map>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace fluxlens::ml {

struct FluxModel::Impl {
    ModelKind kind = ModelKind::TamRl;
    std::string name;
    MlConfig config;
    Normalisation norm;
    std::vector<std::string> trainingSites, validationSites, heldOutSites;
    // TAM-RL: per held-out site, the first day after its support years (day number); its metrics
    // use the days from there on.
    std::map<std::string, int> heldOutScoredFrom;
    std::string dataHash;
    std::string featurePreset; // tower, remote, era5, custom; "" before presets existed
    std::string createdUtc;
    std::vector<detail::Network> members;
    std::vector<std::uint64_t> memberSeeds;
    std::vector<double> memberValidationLoss;
    bool cancelled = false;
    torch::Device device{torch::kCPU};
};

namespace detail {

torch::Device resolveDevice(const std::string& device); // throws ModelError for cuda without CUDA
void applyThreads(int threads);

// One row per (site, window start).
struct WindowRef {
    const PreparedSite* site = nullptr;
    int start = 0;
};

struct WindowBatch {
    torch::Tensor x;      // decoder input [B, T, decoderInputs] (statics appended for CT-LSTM)
    torch::Tensor y;      // [B, T, 3]
    torch::Tensor mask;   // [B, T, 3]
    torch::Tensor weight; // [B, T]
};

WindowBatch assembleWindows(const std::vector<WindowRef>& rows, const NetworkImpl& net, int window,
                            const torch::Device& device);
// Encoder input [B, T, encoderInputs]: drivers, plus scaled targets and masks when configured.
torch::Tensor assembleEncoderInput(const std::vector<WindowRef>& rows, const NetworkImpl& net,
                                   int window, const torch::Device& device);

// Mean task embedding over (at most max_inference_support_windows evenly spaced) support windows.
torch::Tensor siteEmbedding(Network& net, const PreparedSite& site, const MlConfig& config,
                            const torch::Device& device);

// Trains one member in place; returns its best validation loss (NaN without validation sites).
double trainMember(Network& net, int member, const std::vector<PreparedSite>& training,
                   const std::vector<PreparedSite>& validation, const MlConfig& config,
                   std::uint64_t seed, const torch::Device& device, const TrainRequest& request,
                   bool& cancelled);

} // namespace detail
} // namespace fluxlens::ml
