#pragma once

// Text forms of an evaluation, shared by `fluxlens-cli evaluate` and anything else that exports
// the tables: a plain-text report, one long CSV, the JSON of issue 6 and LaTeX (booktabs).

#include "eval/evaluation.h"

#include <ostream>
#include <string>
#include <vector>

namespace fluxlens::eval {

enum class ReportFormat { Table, Csv, Json, Latex };

// Table 1 (model x {GPP, NEE} x {RMSE, R²}, averaged across sites, one block per mask), the
// headline figures against the reference, the per-class tables (IGBP, then Köppen) and the
// per-site table. Missing figures print as "-" (text), "" (CSV), null (JSON) or "--" (LaTeX).
//
// CSV: one header line, then one row per figure set with a leading `table` column naming its
// table (summary, headline, igbp, koppen, site).
// JSON: exactly {"summary":[{"model","target","qc","rmse","r2","sites","monthly_means"}],
//                "sites":[{"site","model","target","qc","rmse","r2","n","monthly_means"}]};
// monthly_means: true for a monthly product scored on monthly means (n then counts months). The
// text report names such products in a note above Table 1.
// scoredSites: which sites were scored, e.g. "held-out sites only (12)"; when given, the text
// and LaTeX Table 1 titles say so (CSV and JSON keep their fixed layout).
void writeReport(std::ostream& out, const EvaluationResult& result, ReportFormat format,
                 const std::string& scoredSites = {});

} // namespace fluxlens::eval
