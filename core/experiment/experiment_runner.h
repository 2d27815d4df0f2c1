#pragma once

#include "experiment/experiment_models.h"
#include "experiment/experiment_options.h"
#include "experiment/experiment_tables.h"

namespace fluxlens::experiment {

// Runs the paper's zero-shot protocol on options.cachePath and writes the report folder:
//   1. loads every site with drivers and splits off the held-out sites (koppenIgbpHoldout);
//   2. trains (or keeps, when resuming) each network's members and XGBoost under members/;
//   3. joins each network's members into one ensemble (models/<code>/), stores every model's
//      predictions in the cache under experimentModelName() and registers the models;
//   4. evaluates every model and reference product on the held-out sites, as
//      `fluxlens-cli evaluate --sites heldout` does, and stores the figures in the cache;
//   5. scores each ensemble member alone (the seeds' spread);
//   6. writes config.json, heldout_sites.txt, evaluation.csv (evaluate's CSV), the CSVs of
//      experiment_tables.h, the SVG figures and report.md.
// A rerun with the same options and data resumes: finished members are kept. A folder holding
// another experiment (other options, split or data) is refused rather than mixed. Throws
// ExperimentCancelled, std::invalid_argument for bad options, and std::runtime_error / ModelError /
// InputError naming the file for everything else.
ExperimentRecord runExperiment(const ExperimentOptions& options,
                               const ExperimentReporter& reporter);

} // namespace fluxlens::experiment
