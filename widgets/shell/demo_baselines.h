#pragma once

#include <QString>

namespace fluxlens {

class JobReporter;

// After the demo world opens for the first time: trains quick versions of TAMLSTM, CT-LSTM and
// TAM-RL on it (a fifth of the sites held out), stores their predictions and evaluates them, so a
// newcomer sees metrics, comparisons and the FiLM lab without setting anything up. Models already
// in the cache are not trained again. Returns an error message, empty on success.
QString trainDemoBaselines(const QString& cachePath, JobReporter& reporter);

} // namespace fluxlens
