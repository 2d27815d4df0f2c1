#pragma once

// The numbers of an experiment beyond evaluate's tables: each ensemble member's own Table 1 (the
// seeds' spread) and per-site diagnostics, and their CSV forms in the report folder.

#include "eval/evaluation.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace fluxlens::experiment {

// One ensemble member's Table 1 rows on the held-out sites.
struct MemberScores {
    std::string model; // the ensemble's name
    std::uint64_t seed = 0;
    std::vector<eval::SummaryRow> summary;
};

// Across the members of one ensemble: the spread of their mean-across-sites RMSE and R².
struct SeedSpreadRow {
    std::string model;
    eval::Target target = eval::Target::Gpp;
    eval::QcMask mask = eval::QcMask::AllValid;
    int members = 0;
    eval::SiteSpread rmse; // mean and SD over members of each member's Table 1 RMSE
    eval::SiteSpread r2;
    double rmseMin = eval::kNaN, rmseMax = eval::kNaN;
    double r2Min = eval::kNaN, r2Max = eval::kNaN;
};

std::vector<SeedSpreadRow> seedSpread(const std::vector<MemberScores>& members);

// Everything the report folder records about one run.
struct ExperimentRecord {
    std::string optionsJson;
    std::string dataVersion;                           // eval::dataVersion of the cache
    std::map<std::string, std::string> trainingHashes; // model name -> SHA-256 of its training data
    std::vector<std::string> heldOut;
    // Sites that neither train nor are scored (options.trainingSites below the available count).
    std::vector<std::string> unused;
    int siteCount = 0;
    std::string reference; // reference product or model the relative figures use; may be empty
    eval::EvaluationResult result;
    std::vector<MemberScores> members;
    std::vector<SeedSpreadRow> spread;
    // The TAM-RL ensemble with FiLM switched off (scale 0: the bare decoder) on the same sites.
    std::vector<eval::SummaryRow> filmOff;
    std::vector<std::string> figures; // file names in the report folder
};

// Writes the CSV files (throws std::runtime_error naming the file when a write fails):
//   site_metrics.csv   model, site, IGBP, Köppen, target, qc, n, RMSE, R², bias, MAE, relative RMSE
//   seed_members.csv   model, seed, target, qc, sites, RMSE, R² (each member's Table 1)
//   seed_spread.csv    model, target, qc, members, mean/SD/min/max of RMSE and R² over members
void writeExperimentCsvs(const std::filesystem::path& dir, const ExperimentRecord& record);

// Opens `path` for writing and checks the stream after `write` ran; throws naming the file.
void writeTextFile(const std::filesystem::path& path,
                   const std::function<void(std::ostream&)>& write);

} // namespace fluxlens::experiment
