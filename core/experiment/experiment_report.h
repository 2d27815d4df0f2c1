#pragma once

#include "experiment/experiment_tables.h"

#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::experiment {

// Writes the SVG figures of svg_figures.h for GPP and NEE (all valid days) into `dir`; the
// heatmap and scatter only when there is a reference. Returns the file names written.
std::vector<std::string> writeFigures(const std::filesystem::path& dir,
                                      const ExperimentRecord& record);

// report.md: data and configuration, Table 1 on the held-out sites (all days and QC = 1), the
// seeds' spread, the headline figures against the reference, the per-site R² distribution (how
// many sites have R² < 0 and the worst ones with their bias) and the figures.
void writeReportMarkdown(const std::filesystem::path& file, const ExperimentRecord& record);

} // namespace fluxlens::experiment
