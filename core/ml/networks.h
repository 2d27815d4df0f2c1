#pragma once

// Private to fluxlens_ml: the LibTorch modules. Never include from a public header.

#include "ml/ml_config.h"

#include <torch/torch.h>

namespace fluxlens::ml::detail {

inline constexpr int kIgbpOneHot = 18;   // Unknown + 17 classes
inline constexpr int kKoppenOneHot = 31; // Unknown + 30 classes

// gamma' = 1 + s (gamma - 1), beta' = s beta; out = gamma' * x + beta'. gamma/beta broadcast over
// x's leading dimensions.
torch::Tensor film(const torch::Tensor& x, const torch::Tensor& gamma, const torch::Tensor& beta,
                   double scale);

struct LossOut {
    torch::Tensor total, mse, flux;
};
// pred/target/mask [..., 3]; weight [...] (one per sample). See film_math.h for the formula.
LossOut fluxLoss(const torch::Tensor& pred, const torch::Tensor& target, const torch::Tensor& mask,
                 const torch::Tensor& weight, double alpha);

// fluxLoss on the days of each window [B, T, ...] that config.loss_last_days selects: the last N
// days (CarbonBench's choice: every scored day has T - N days of LSTM context before it), or all.
LossOut windowLoss(const torch::Tensor& pred, const torch::Tensor& target,
                   const torch::Tensor& mask, const torch::Tensor& weight, const MlConfig& config);

// Learned FiLM parameters, one row per sequence: gamma1/beta1 [N, inputs], gamma2/beta2 [N,
// hidden].
struct FilmTensors {
    torch::Tensor gamma1, beta1, gamma2, beta2;
    FilmTensors rows(const torch::Tensor& index) const; // index_select along dim 0
};

// The decoder: FiLM1 on the input, LSTM, FiLM2 on the last layer's hidden states (each where
// config.film_at says), dropout while training, heads for GPP, RECO and NEE (one linear unit each).
struct DecoderImpl : torch::nn::Module {
    DecoderImpl(int inputs, const MlConfig& config);
    // x [B, T, inputs] -> [B, T, 3]; film == nullptr: no FiLM operation at all.
    torch::Tensor forward(const torch::Tensor& x, const FilmTensors* film, double scale);
    torch::nn::LSTM lstm{nullptr};
    torch::nn::Linear heads{nullptr};
    bool filmOnInput = true, filmOnHidden = true;
    double dropout = 0.0;
};
TORCH_MODULE(Decoder);

// BiLSTM over one window, mean over time, linear to the embedding: [N, T, Fe] -> [N, E].
struct TaskEncoderImpl : torch::nn::Module {
    TaskEncoderImpl(int inputs, int hidden, int embedding);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::LSTM lstm{nullptr};
    torch::nn::Linear project{nullptr};
};
TORCH_MODULE(TaskEncoder);

// MLP embedding -> (gamma1, beta1, gamma2, beta2); starts near the identity (gamma 1, beta 0).
struct GeneratorImpl : torch::nn::Module {
    GeneratorImpl(int embedding, int hidden, int inputs, int decoderHidden);
    FilmTensors forward(const torch::Tensor& embedding);
    torch::nn::Linear first{nullptr}, second{nullptr};
    int inputs = 0, decoderHidden = 0;
};
TORCH_MODULE(Generator);

// One ensemble member of any kind.
struct NetworkImpl : torch::nn::Module {
    NetworkImpl(ModelKind kind, const MlConfig& config, int features);
    ModelKind kind;
    int features = 0;      // driver features F
    int decoderInputs = 0; // F, or F + one-hot statics for CT-LSTM
    int encoderInputs = 0; // F, + 6 (targets and masks) with encoder_uses_fluxes, + one-hot
                           // statics with encoder_uses_classes
    bool encoderUsesFluxes = false, encoderUsesClasses = false;
    Decoder decoder{nullptr};
    TaskEncoder encoder{nullptr};
    Generator generator{nullptr};
};
TORCH_MODULE(Network);

// Parameters by stable name ("decoder.lstm.weight_ih_l0", ...).
std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const Network& net);
// Detached copies, and copying them back (early-stopping checkpoints).
std::vector<torch::Tensor> snapshot(const Network& net);
void restore(Network& net, const std::vector<torch::Tensor>& state);

} // namespace fluxlens::ml::detail
