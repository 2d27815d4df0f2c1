#include "eval/evaluation_report.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace fluxlens::eval {
namespace {
std::string fixed(double v, const char* missing, int decimals = 3) {
    if (!std::isfinite(v))
        return missing;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string latexText(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '_':
        case '&':
        case '%':
        case '#':
        case '$':
        case '{':
        case '}':
            out += '\\';
            out += c;
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string maskTitle(QcMask m) {
    return m == QcMask::AllValid ? "all valid days"
                                 : "NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1";
}

// Models in first-appearance order, targets and masks present in the summary.
struct Layout {
    std::vector<std::string> models;
    std::vector<Target> targets;
    std::vector<QcMask> masks;
};

Layout layoutOf(const EvaluationResult& r) {
    Layout l;
    std::set<std::string> seen;
    std::set<Target> targets;
    std::set<QcMask> masks;
    for (const SummaryRow& row : r.summary) {
        if (seen.insert(row.model).second)
            l.models.push_back(row.model);
        targets.insert(row.target);
        masks.insert(row.mask);
    }
    l.targets.assign(targets.begin(), targets.end());
    l.masks.assign(masks.begin(), masks.end());
    return l;
}

const SummaryRow* findSummary(const EvaluationResult& r, const std::string& model, Target t,
                              QcMask m) {
    for (const SummaryRow& row : r.summary)
        if (row.model == model && row.target == t && row.mask == m)
            return &row;
    return nullptr;
}

std::string classKindName(ClassKind k) {
    return k == ClassKind::Igbp ? "igbp" : "koppen";
}

void writeText(std::ostream& out, const EvaluationResult& r, const std::string& scoredSites) {
    const Layout l = layoutOf(r);
    char line[512];
    out << "Metrics: R2 is the coefficient of determination, 1 - SS_res/SS_tot (SS_res = sum of\n"
           "(obs - pred)^2, SS_tot = sum of (obs - mean obs)^2), and RMSE = sqrt(SS_res / n), "
           "both\n"
           "over one site's scored days. Table 1, the comparison and the class tables give the\n"
           "mean (and sd) of these per-site values, not figures pooled over all site-days; the\n"
           "per-site rows are each site's own.\n\n";
    if (!r.monthlySources.empty()) {
        out << "Scored on monthly means:";
        for (const std::string& name : r.monthlySources)
            out << " " << name << ";";
        std::snprintf(
            line, sizeof line,
            " each monthly value against the month's mean of the observed days valid\n"
            "under the mask (QC applied to the days first), only months with at least "
            "%.0f%% of\ntheir days valid; their n and days columns count months, not days.\n\n",
            100 * kMinMonthlyValidShare);
        out << line;
        for (const std::string& name : r.monthlySources)
            if (name == r.reference && !r.headlines.empty())
                out << "Note: the reference " << name << " is scored on monthly means, the models "
                    << "day by day;\nthe relative figures against it compare the two scales.\n\n";
    }
    for (QcMask m : l.masks) {
        out << "Table 1: mean across sites, " << maskTitle(m);
        if (!scoredSites.empty())
            out << "; " << scoredSites;
        out << "\n";
        std::snprintf(line, sizeof line, "%-20s", "model");
        out << line;
        for (Target t : l.targets) {
            const std::string name(targetCode(t));
            std::snprintf(line, sizeof line, " %10s %8s %6s", (name + " RMSE").c_str(),
                          (name + " R2").c_str(), "sites");
            out << line;
        }
        out << "\n";
        for (const std::string& model : l.models) {
            std::snprintf(line, sizeof line, "%-20s", model.c_str());
            out << line;
            for (Target t : l.targets) {
                const SummaryRow* row = findSummary(r, model, t, m);
                std::snprintf(line, sizeof line, " %10s %8s %6d",
                              fixed(row ? row->rmse.mean : kNaN, "-").c_str(),
                              fixed(row ? row->r2.mean : kNaN, "-").c_str(),
                              row ? row->rmse.sites : 0);
                out << line;
            }
            out << "\n";
        }
        out << "\n";
    }
    if (!r.headlines.empty()) {
        out << "Against " << r.reference
            << " (sites both cover): RMSE reduction and R2 increase in %\n";
        std::snprintf(line, sizeof line, "%-20s %-6s %-4s %12s %12s %8s %10s %10s %8s\n", "model",
                      "target", "qc", "RMSE ref", "RMSE model", "RMSE -%", "R2 ref", "R2 model",
                      "R2 +%");
        out << line;
        for (const HeadlineRow& h : r.headlines) {
            std::snprintf(
                line, sizeof line, "%-20s %-6s %-4s %12s %12s %8s %10s %10s %8s\n", h.model.c_str(),
                std::string(targetCode(h.target)).c_str(), std::string(qcMaskCode(h.mask)).c_str(),
                fixed(h.rmseReference, "-").c_str(), fixed(h.rmseModel, "-").c_str(),
                fixed(h.rmseReductionPct, "-", 1).c_str(), fixed(h.r2Reference, "-").c_str(),
                fixed(h.r2Model, "-").c_str(), fixed(h.r2IncreasePct, "-", 1).c_str());
            out << line;
        }
        out << "\n";
    }
    for (ClassKind kind : {ClassKind::Igbp, ClassKind::Koppen}) {
        out << (kind == ClassKind::Igbp ? "Per IGBP class" : "Per Koppen class")
            << ": mean and sd across sites (sd only with more than one site)";
        if (!r.reference.empty())
            out << "; rel. RMSE against " << r.reference;
        out << "\n";
        std::snprintf(line, sizeof line, "%-8s %-20s %-6s %-4s %6s %9s %9s %9s %9s %9s %9s\n",
                      "class", "model", "target", "qc", "sites", "days", "RMSE", "RMSE sd", "R2",
                      "R2 sd", "rel RMSE");
        out << line;
        for (const ClassRow& c : r.classes) {
            if (c.kind != kind)
                continue;
            std::snprintf(line, sizeof line, "%-8s %-20s %-6s %-4s %6d %9lld %9s %9s %9s %9s %9s\n",
                          c.classCode.c_str(), c.model.c_str(),
                          std::string(targetCode(c.target)).c_str(),
                          std::string(qcMaskCode(c.mask)).c_str(), c.rmse.sites,
                          static_cast<long long>(c.samples), fixed(c.rmse.mean, "-").c_str(),
                          fixed(c.rmse.sd, "-").c_str(), fixed(c.r2.mean, "-").c_str(),
                          fixed(c.r2.sd, "-").c_str(), fixed(c.relativeRmse, "-").c_str());
            out << line;
        }
        out << "\n";
    }
    out << "Per site\n";
    std::snprintf(line, sizeof line, "%-12s %-20s %-6s %-4s %7s %9s %9s %9s %9s %9s\n", "site",
                  "model", "target", "qc", "n", "RMSE", "R2", "bias", "MAE", "rel RMSE");
    out << line;
    for (const SiteMetric& s : r.sites) {
        std::snprintf(line, sizeof line, "%-12s %-20s %-6s %-4s %7lld %9s %9s %9s %9s %9s\n",
                      s.siteId.c_str(), s.model.c_str(), std::string(targetCode(s.target)).c_str(),
                      std::string(qcMaskCode(s.mask)).c_str(), static_cast<long long>(s.stats.n),
                      fixed(s.stats.rmse, "-").c_str(), fixed(s.stats.r2, "-").c_str(),
                      fixed(s.stats.bias, "-").c_str(), fixed(s.stats.mae, "-").c_str(),
                      fixed(s.relativeRmse, "-").c_str());
        out << line;
    }
}

std::string csvNumber(double v) {
    if (!std::isfinite(v))
        return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

void writeCsv(std::ostream& out, const EvaluationResult& r) {
    out << "table,model,target,qc,class,site,sites,n,rmse,rmse_sd,r2,r2_sd,bias,mae,"
           "relative_rmse,rmse_reduction_pct,r2_increase_pct,reference\n";
    auto row = [&](const std::string& table, const std::string& model, Target t, QcMask m,
                   const std::string& cls, const std::string& site, std::string sites,
                   std::int64_t n, double rmse, double rmseSd, double r2, double r2Sd, double bias,
                   double mae, double rel, double reduction, double increase) {
        out << table << ',' << csvField(model) << ',' << targetCode(t) << ',' << qcMaskCode(m)
            << ',' << csvField(cls) << ',' << csvField(site) << ',' << sites << ',' << n << ','
            << csvNumber(rmse) << ',' << csvNumber(rmseSd) << ',' << csvNumber(r2) << ','
            << csvNumber(r2Sd) << ',' << csvNumber(bias) << ',' << csvNumber(mae) << ','
            << csvNumber(rel) << ',' << csvNumber(reduction) << ',' << csvNumber(increase) << ','
            << csvField(r.reference) << '\n';
    };
    for (const SummaryRow& s : r.summary)
        row("summary", s.model, s.target, s.mask, "", "", std::to_string(s.rmse.sites), s.samples,
            s.rmse.mean, s.rmse.sd, s.r2.mean, s.r2.sd, s.pooled.bias, s.pooled.mae, kNaN, kNaN,
            kNaN);
    for (const HeadlineRow& h : r.headlines)
        row("headline", h.model, h.target, h.mask, "", "", std::to_string(h.commonSites), 0,
            h.rmseModel, kNaN, h.r2Model, kNaN, kNaN, kNaN, kNaN, h.rmseReductionPct,
            h.r2IncreasePct);
    for (const ClassRow& c : r.classes)
        row(classKindName(c.kind), c.model, c.target, c.mask, c.classCode, "",
            std::to_string(c.rmse.sites), c.samples, c.rmse.mean, c.rmse.sd, c.r2.mean, c.r2.sd,
            kNaN, kNaN, c.relativeRmse, kNaN, kNaN);
    for (const SiteMetric& s : r.sites)
        row("site", s.model, s.target, s.mask, "", s.siteId, "1", s.stats.n, s.stats.rmse, kNaN,
            s.stats.r2, kNaN, s.stats.bias, s.stats.mae, s.relativeRmse, kNaN, kNaN);
}

nlohmann::json numberOrNull(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

void writeJson(std::ostream& out, const EvaluationResult& r) {
    nlohmann::json summary = nlohmann::json::array();
    for (const SummaryRow& s : r.summary)
        summary.push_back({{"model", s.model},
                           {"target", std::string(targetCode(s.target))},
                           {"qc", std::string(qcMaskCode(s.mask))},
                           {"rmse", numberOrNull(s.rmse.mean)},
                           {"r2", numberOrNull(s.r2.mean)},
                           {"sites", s.rmse.sites},
                           {"monthly_means", s.monthlyMeans}});
    nlohmann::json sites = nlohmann::json::array();
    for (const SiteMetric& s : r.sites)
        sites.push_back({{"site", s.siteId},
                         {"model", s.model},
                         {"target", std::string(targetCode(s.target))},
                         {"qc", std::string(qcMaskCode(s.mask))},
                         {"rmse", numberOrNull(s.stats.rmse)},
                         {"r2", numberOrNull(s.stats.r2)},
                         {"n", s.stats.n},
                         {"monthly_means", s.monthlyMeans}});
    out << nlohmann::json{{"summary", summary}, {"sites", sites}}.dump() << "\n";
}

void writeLatex(std::ostream& out, const EvaluationResult& r, const std::string& scoredSites) {
    const Layout l = layoutOf(r);
    out << "% Generated by fluxlens-cli evaluate. Needs \\usepackage{booktabs,longtable}.\n";
    out << "\\begin{table}\n\\centering\n\\caption{Mean across sites (RMSE in gC m$^{-2}$ "
           "d$^{-1}$)";
    if (!scoredSites.empty())
        out << "; " << latexText(scoredSites);
    out << ".}\n\\begin{tabular}{ll";
    for (std::size_t i = 0; i < l.targets.size(); ++i)
        out << "rr";
    out << "}\n\\toprule\nDays & Model";
    for (Target t : l.targets)
        out << " & " << targetCode(t) << " RMSE & " << targetCode(t) << " $R^2$";
    out << " \\\\\n\\midrule\n";
    for (QcMask m : l.masks) {
        for (const std::string& model : l.models) {
            out << (m == QcMask::AllValid ? "all" : "QC = 1") << " & " << latexText(model);
            for (Target t : l.targets) {
                const SummaryRow* row = findSummary(r, model, t, m);
                out << " & " << fixed(row ? row->rmse.mean : kNaN, "--") << " & "
                    << fixed(row ? row->r2.mean : kNaN, "--");
            }
            out << " \\\\\n";
        }
        if (m != l.masks.back())
            out << "\\midrule\n";
    }
    out << "\\bottomrule\n\\end{tabular}\n\\end{table}\n\n";
    if (!r.headlines.empty()) {
        out << "\\begin{table}\n\\centering\n\\caption{Against " << latexText(r.reference)
            << ": RMSE reduction and $R^2$ increase (\\%).}\n\\begin{tabular}{lllrrr}\n"
               "\\toprule\nModel & Target & Days & Sites & RMSE $-$\\% & $R^2$ $+$\\% \\\\\n"
               "\\midrule\n";
        for (const HeadlineRow& h : r.headlines)
            out << latexText(h.model) << " & " << targetCode(h.target) << " & "
                << (h.mask == QcMask::AllValid ? "all" : "QC = 1") << " & " << h.commonSites
                << " & " << fixed(h.rmseReductionPct, "--", 1) << " & "
                << fixed(h.r2IncreasePct, "--", 1) << " \\\\\n";
        out << "\\bottomrule\n\\end{tabular}\n\\end{table}\n\n";
    }
    for (ClassKind kind : {ClassKind::Igbp, ClassKind::Koppen}) {
        out << "\\begin{longtable}{lllrrrrr}\n\\caption{Per "
            << (kind == ClassKind::Igbp ? "IGBP" : "K\\\"oppen")
            << " class: mean $\\pm$ sd across sites.}\\\\\n\\toprule\nClass & Model & Target & "
               "Days & Sites & RMSE & $R^2$ & rel. RMSE \\\\\n\\midrule\n\\endhead\n";
        for (const ClassRow& c : r.classes) {
            if (c.kind != kind)
                continue;
            auto meanSd = [](const SiteSpread& s) {
                std::string text = fixed(s.mean, "--");
                if (std::isfinite(s.sd))
                    text += " $\\pm$ " + fixed(s.sd, "--");
                return text;
            };
            out << latexText(c.classCode) << " & " << latexText(c.model) << " & "
                << targetCode(c.target) << " & " << (c.mask == QcMask::AllValid ? "all" : "QC = 1")
                << " & " << c.rmse.sites << " & " << meanSd(c.rmse) << " & " << meanSd(c.r2)
                << " & " << fixed(c.relativeRmse, "--") << " \\\\\n";
        }
        out << "\\bottomrule\n\\end{longtable}\n\n";
    }
    out << "\\begin{longtable}{lllrrrr}\n\\caption{Per site.}\\\\\n\\toprule\nSite & Model & "
           "Target & Days & n & RMSE & $R^2$ \\\\\n\\midrule\n\\endhead\n";
    for (const SiteMetric& s : r.sites)
        out << latexText(s.siteId) << " & " << latexText(s.model) << " & " << targetCode(s.target)
            << " & " << (s.mask == QcMask::AllValid ? "all" : "QC = 1") << " & " << s.stats.n
            << " & " << fixed(s.stats.rmse, "--") << " & " << fixed(s.stats.r2, "--") << " \\\\\n";
    out << "\\bottomrule\n\\end{longtable}\n";
}
} // namespace

void writeReport(std::ostream& out, const EvaluationResult& result, ReportFormat format,
                 const std::string& scoredSites) {
    switch (format) {
    case ReportFormat::Table:
        writeText(out, result, scoredSites);
        break;
    case ReportFormat::Csv:
        writeCsv(out, result);
        break;
    case ReportFormat::Json:
        writeJson(out, result);
        break;
    case ReportFormat::Latex:
        writeLatex(out, result, scoredSites);
        break;
    }
}

} // namespace fluxlens::eval
