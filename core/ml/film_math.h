#pragma once

// Torch-free entry points into the engine's own tensor code for the FiLM and loss formulas, so
// tests check the very functions training uses against hand-computed values.

#include <vector>

namespace fluxlens::ml {

// FiLM with modulation scale s on a [rows x n] matrix (row-major):
//   out = (1 + s * (gamma - 1)) * x + s * beta, gamma and beta of length n.
std::vector<float> applyFilm(const std::vector<float>& x, const std::vector<float>& gamma,
                             const std::vector<float>& beta, double scale);

// The training loss on [samples x 3] (GPP, RECO, NEE) predictions:
//   mse  = sum_t sum_i mask * weight * (pred - target)^2 / max(1, sum_i mask), per target t
//   flux = mean_i (NEE - (RECO - GPP))^2 over predictions
//   total = mse + alpha * flux
// weight is per sample (w_qc * w_igbp * w_koppen).
struct LossTerms {
    double mse = 0.0;
    double flux = 0.0;
    double total = 0.0;
};
LossTerms computeLoss(const std::vector<float>& prediction, const std::vector<float>& target,
                      const std::vector<float>& mask, const std::vector<float>& weight,
                      double alpha);

// Largest absolute difference between the engine's fused CPU LSTM and torch::nn::LSTM on random
// input: outputs, input gradients and parameter gradients. `threads` > 1 splits the batch into
// slices run on that many threads, as training does.
double fusedLstmDeviation(int batch, int steps, int inputs, int hidden, bool bidirectional,
                          int layers, unsigned seed, int threads = 1);

} // namespace fluxlens::ml
