#pragma once

// Private to fluxlens_ml: an LSTM layer for CPU training with one autograd node per layer and
// direction instead of a dozen per time step. Same parameters, gate order (i, f, g, o) and maths
// as torch::nn::LSTM; zero initial state; batch-first.

#include <torch/torch.h>

namespace fluxlens::ml::detail {

// x [B, T, I] -> h [B, T, H]; reverse: runs from the last step to the first (the backward
// direction of a bidirectional LSTM), outputs aligned with the input steps.
torch::Tensor fusedLstmLayer(const torch::Tensor& x, const torch::Tensor& weightIh,
                             const torch::Tensor& weightHh, const torch::Tensor& biasIh,
                             const torch::Tensor& biasHh, bool reverse);

// Threads the fused layers split a batch over (each runs a slice of the rows; default 1).
void setLstmThreads(int threads);

// The outputs of `lstm` for x (all layers, both directions when bidirectional): the fused layers
// on CPU, torch's own implementation elsewhere.
torch::Tensor runLstm(torch::nn::LSTM& lstm, const torch::Tensor& x);

} // namespace fluxlens::ml::detail
