#pragma once

// The experiment's figures as plain SVG, written without Qt so the headless CLI makes them too:
// the paper's per-class bars (Fig. 3), relative-RMSE heatmap (Fig. 4) and per-site scatter
// (Fig. 5). A fixed print palette (Okabe-Ito), independent of any UI theme; <title> and <desc>
// name the figure, target, days and sites.

#include "eval/evaluation.h"

#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::experiment {

struct FigureText {
    std::string title;       // <title> and the heading
    std::string description; // <desc>: target, days, sites, reference
};

// Mean RMSE across sites per class (bars grouped by class, one bar per model).
void writeClassBarsSvg(const std::filesystem::path& file, const eval::EvaluationResult& result,
                       eval::ClassKind kind, eval::Target target, eval::QcMask mask,
                       const FigureText& text);

// Relative RMSE against the reference, (RMSE_ref - RMSE_model) / RMSE_ref in %, per model (rows)
// and IGBP and Köppen class (columns); blue: better than the reference, red: worse.
void writeRelativeRmseHeatmapSvg(const std::filesystem::path& file,
                                 const eval::EvaluationResult& result, eval::Target target,
                                 eval::QcMask mask, const FigureText& text);

// Per-site RMSE of each model (y) against the reference's at the same site (x), with the 1:1
// line: points below it are sites where the model beats the reference.
void writeSiteScatterSvg(const std::filesystem::path& file, const eval::EvaluationResult& result,
                         eval::Target target, eval::QcMask mask, const FigureText& text);

} // namespace fluxlens::experiment
