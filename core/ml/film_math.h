#pragma once

// Torch-free entry points into the engine's own tensor code for the FiLM and loss formulas, so
// tests check the very functions training uses against hand-computed values.

#include "ml/ml_config.h"

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

// The training loss on [windows x days x 3] predictions as training computes it for `config`:
// with config.loss_last_days = N only each window's last N days count. weight is [windows x days].
LossTerms computeWindowLoss(const std::vector<float>& prediction, const std::vector<float>& target,
                            const std::vector<float>& mask, const std::vector<float>& weight,
                            int windows, const MlConfig& config);

// How much a randomly initialised decoder built for `config` (config.film_at) changes its output
// when (gamma1, beta1) and, separately, (gamma2, beta2) are perturbed: the largest absolute change
// of each. A pair that film_at leaves unapplied gives exactly 0.
struct FilmSensitivity {
    double input = 0.0;
    double hidden = 0.0;
};
FilmSensitivity decoderFilmSensitivity(const MlConfig& config, int features, unsigned seed);

// Largest absolute difference between the engine's fused CPU LSTM and torch::nn::LSTM on random
// input: outputs, input gradients and parameter gradients. `threads` > 1 splits the batch into
// slices run on that many threads, as training does.
double fusedLstmDeviation(int batch, int steps, int inputs, int hidden, bool bidirectional,
                          int layers, unsigned seed, int threads = 1);

} // namespace fluxlens::ml
