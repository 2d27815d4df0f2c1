#include "experiment/experiment_report.h"

#include "common/join.h"
#include "experiment/svg_figures.h"
#include "geo/igbp.h"
#include "geo/koppen.h"
#include "ml/ml_config.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace fluxlens::experiment {
namespace {
constexpr std::array kTargets = {eval::Target::Gpp, eval::Target::Nee};

std::string fmt(double v, int decimals = 3) {
    if (!std::isfinite(v))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

std::string maskTitle(eval::QcMask mask) {
    return mask == eval::QcMask::AllValid ? "all valid days" : "days with NEE QC = 1";
}

const eval::SummaryRow* summaryRow(const eval::EvaluationResult& result, const std::string& model,
                                   eval::Target target, eval::QcMask mask) {
    for (const eval::SummaryRow& row : result.summary)
        if (row.model == model && row.target == target && row.mask == mask)
            return &row;
    return nullptr;
}

void writeTable1(std::ostream& out, const ExperimentRecord& record, eval::QcMask mask) {
    out << "\n### Table 1 — " << maskTitle(mask) << "\n\n"
        << "| model | GPP RMSE | GPP R² | NEE RMSE | NEE R² | sites |\n"
        << "|---|---|---|---|---|---|\n";
    std::vector<std::string> models;
    for (const eval::SummaryRow& row : record.result.summary)
        if (std::find(models.begin(), models.end(), row.model) == models.end())
            models.push_back(row.model);
    for (const std::string& model : models) {
        out << "| " << model;
        int sites = 0;
        for (eval::Target target : kTargets) {
            const eval::SummaryRow* row = summaryRow(record.result, model, target, mask);
            out << " | " << (row ? fmt(row->rmse.mean) : "-") << " | "
                << (row ? fmt(row->r2.mean) : "-");
            if (row)
                sites = std::max(sites, row->rmse.sites);
        }
        out << " | " << sites << " |\n";
    }
}

void writeSpread(std::ostream& out, const ExperimentRecord& record) {
    if (record.spread.empty())
        return;
    out << "\n## The seeds' spread\n\n"
        << "Each ensemble member scored alone on the same sites and days (`seed_members.csv`): "
           "mean ± SD over members (min–max), next to the ensemble mean's figure.\n\n"
        << "| model | target | days | members | ensemble RMSE | member RMSE | ensemble R² | "
           "member R² |\n|---|---|---|---|---|---|---|---|\n";
    for (const SeedSpreadRow& s : record.spread) {
        const eval::SummaryRow* row = summaryRow(record.result, s.model, s.target, s.mask);
        out << "| " << s.model << " | " << eval::targetCode(s.target) << " | "
            << (s.mask == eval::QcMask::AllValid ? "all" : "QC=1") << " | " << s.members << " | "
            << (row ? fmt(row->rmse.mean) : "-") << " | " << fmt(s.rmse.mean) << " ± "
            << fmt(s.rmse.sd) << " (" << fmt(s.rmseMin) << "–" << fmt(s.rmseMax) << ") | "
            << (row ? fmt(row->r2.mean) : "-") << " | " << fmt(s.r2.mean) << " ± " << fmt(s.r2.sd)
            << " (" << fmt(s.r2Min) << "–" << fmt(s.r2Max) << ") |\n";
    }
}

void writeFilmOff(std::ostream& out, const ExperimentRecord& record) {
    if (record.filmOff.empty())
        return;
    out << "\n## TAM-RL with FiLM switched off\n\n"
        << "The same ensemble with FiLM scale 0 (the bare decoder, no task embedding): what the "
           "modulation adds on the held-out sites.\n\n"
        << "| model | target | days | RMSE | R² |\n|---|---|---|---|---|\n";
    for (const eval::SummaryRow& row : record.filmOff)
        if (row.target != eval::Target::Reco)
            out << "| " << row.model << " | " << eval::targetCode(row.target) << " | "
                << (row.mask == eval::QcMask::AllValid ? "all" : "QC=1") << " | "
                << fmt(row.rmse.mean) << " | " << fmt(row.r2.mean) << " |\n";
}

void writeHeadlines(std::ostream& out, const ExperimentRecord& record) {
    if (record.reference.empty())
        return;
    out << "\n## Against " << record.reference << "\n\n"
        << "| model | target | days | sites | RMSE reduction % | R² increase % |\n"
        << "|---|---|---|---|---|---|\n";
    for (const eval::HeadlineRow& h : record.result.headlines)
        out << "| " << h.model << " | " << eval::targetCode(h.target) << " | "
            << (h.mask == eval::QcMask::AllValid ? "all" : "QC=1") << " | " << h.commonSites
            << " | " << fmt(h.rmseReductionPct, 1) << " | " << fmt(h.r2IncreasePct, 1) << " |\n";
}

// Why a mean R² can be negative: a few sites with R² far below 0 (a bias, or a flat observed
// series) outweigh the rest.
void writeR2Distribution(std::ostream& out, const ExperimentRecord& record) {
    out << "\n## Per-site R² on the held-out sites\n\n"
        << "| model | target | days | sites | R² < 0 | median R² | worst sites (R², bias) |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const eval::SummaryRow& row : record.result.summary) {
        if (row.target == eval::Target::Reco)
            continue;
        std::vector<const eval::SiteMetric*> sites;
        for (const eval::SiteMetric& m : record.result.sites)
            if (m.model == row.model && m.target == row.target && m.mask == row.mask &&
                std::isfinite(m.stats.r2))
                sites.push_back(&m);
        std::sort(sites.begin(), sites.end(),
                  [](auto* a, auto* b) { return a->stats.r2 < b->stats.r2; });
        const auto negative =
            std::count_if(sites.begin(), sites.end(), [](auto* m) { return m->stats.r2 < 0; });
        const double median = sites.empty() ? NAN : sites[sites.size() / 2]->stats.r2;
        out << "| " << row.model << " | " << eval::targetCode(row.target) << " | "
            << (row.mask == eval::QcMask::AllValid ? "all" : "QC=1") << " | " << sites.size()
            << " | " << negative << " | " << fmt(median) << " | ";
        for (std::size_t i = 0; i < std::min<std::size_t>(3, sites.size()); ++i)
            out << (i ? "; " : "") << sites[i]->siteId << " (" << igbpCode(sites[i]->igbp) << ", "
                << koppenCode(sites[i]->koppen) << "): " << fmt(sites[i]->stats.r2, 2) << ", "
                << fmt(sites[i]->stats.bias, 2);
        out << " |\n";
    }
}
} // namespace

std::vector<std::string> writeFigures(const std::filesystem::path& dir,
                                      const ExperimentRecord& record) {
    std::vector<std::string> files;
    const std::string sites = std::to_string(record.heldOut.size()) + " held-out sites";
    for (eval::Target target : kTargets) {
        const std::string code(eval::targetCode(target));
        for (const auto& [kind, name] :
             {std::pair{eval::ClassKind::Igbp, std::string("igbp")},
              std::pair{eval::ClassKind::Koppen, std::string("koppen")}}) {
            const std::string file = "fig3_" + name + "_rmse_" + code + ".svg";
            writeClassBarsSvg(
                dir / file, record.result, kind, target, eval::QcMask::AllValid,
                {code + " RMSE per " + (name == "igbp" ? "IGBP" : "Koppen") + " class",
                 code + ", all valid days, mean RMSE across " + sites});
            files.push_back(file);
        }
        if (record.reference.empty())
            continue;
        const std::string heatmap = "fig4_relative_rmse_" + code + ".svg";
        writeRelativeRmseHeatmapSvg(
            dir / heatmap, record.result, target, eval::QcMask::AllValid,
            {code + " RMSE relative to " + record.reference,
             code + ", all valid days, " + sites + ", reference " + record.reference});
        files.push_back(heatmap);
        const std::string scatter = "fig5_site_rmse_" + code + ".svg";
        writeSiteScatterSvg(
            dir / scatter, record.result, target, eval::QcMask::AllValid,
            {code + " per-site RMSE against " + record.reference,
             code + ", all valid days, " + sites + ", reference " + record.reference});
        files.push_back(scatter);
    }
    return files;
}

// The network settings that differ from MlConfig's defaults ("film_at input, dropout 0.3"), so an
// ablation's report says what it changed; the drivers and the run's seeds are given elsewhere.
std::string changedNetworkSettings(const nlohmann::json& net) {
    const nlohmann::json defaults = nlohmann::json::parse(ml::configToJson(ml::MlConfig{}));
    std::string out;
    for (const auto& item : net.items()) {
        const std::string& key = item.key();
        if (key == "features" || key == "seeds" || key == "seed" || key == "device" ||
            key == "threads" || (defaults.contains(key) && defaults[key] == item.value()))
            continue;
        out += (out.empty() ? "" : ", ") + key + " " + item.value().dump();
    }
    return out.empty() ? "none" : out;
}

// "; 20 of the 86 other sites train (...)" when --training-sites left some unused.
std::string trainingSitesNote(const ExperimentRecord& record) {
    if (record.unused.empty())
        return {};
    const auto others = record.siteCount - static_cast<int>(record.heldOut.size());
    return "; only " + std::to_string(others - static_cast<int>(record.unused.size())) +
           " of the " + std::to_string(others) +
           " other sites train (`--training-sites`, drawn stratified as the split); unused: " +
           joined(record.unused, ", ");
}

void writeReportMarkdown(const std::filesystem::path& file, const ExperimentRecord& record) {
    const nlohmann::json options = nlohmann::json::parse(record.optionsJson);
    const nlohmann::json& net = options["network_config"];
    writeTextFile(file, [&](std::ostream& out) {
        out << "# The paper's experiment: zero-shot Table 1\n\n"
            << "Cache `" << options["cache"].get<std::string>() << "` (data version `"
            << record.dataVersion << "`): " << record.siteCount << " sites with drivers, "
            << record.heldOut.size()
            << " held out (stratified by Köppen and IGBP class, split seed "
            << options["split_seed"].dump() << "; `heldout_sites.txt`)" << trainingSitesNote(record)
            << ". Networks: ensembles of " << options["seeds"].dump() << " seeds ("
            << net["seed"].dump() << " onwards), window " << net["window_days"].dump()
            << " d every " << net["stride_days"].dump() << " d, hidden " << net["hidden"].dump()
            << ", embedding " << net["embedding"].dump() << ", epochs "
            << net["stage1_epochs"].dump() << " + " << net["stage2_epochs"].dump()
            << ", learning rates " << net["learning_rate"].dump() << " / "
            << net["stage2_learning_rate"].dump() << ", task encoder on "
            << (net["encoder_uses_fluxes"].get<bool>() ? "drivers and fluxes" : "drivers")
            << (net.value("encoder_uses_classes", false) ? " and IGBP/Köppen classes" : "")
            << ", support years " << net["support_years"].dump() << ". Drivers of every model ("
            << options["features"].get<std::string>() << "): " << net["features"].dump()
            << ". XGBoost: one model (FLUXCOM-X QuickEval "
            << "configuration, seed " << options["xgboost_config"]["seed"].dump()
            << "). Network settings other than the defaults: " << changedNetworkSettings(net)
            << ". Every setting, the data hashes and library versions: `config.json`.\n\n"
            << "Scored as `fluxlens-cli evaluate --sites heldout`: mean across sites of each "
               "site's RMSE and R² (gC m-2 d-1); a held-out site is scored after its TAM-RL "
               "support years for every model alike.\n";
        out << "\n## Table 1 on the held-out sites\n";
        for (eval::QcMask mask : eval::kAllQcMasks)
            writeTable1(out, record, mask);
        writeSpread(out, record);
        writeFilmOff(out, record);
        writeHeadlines(out, record);
        writeR2Distribution(out, record);
        out << "\n## Figures\n\n";
        for (const std::string& f : record.figures)
            out << "![" << f << "](" << f << ")\n";
        out << "\n## Files\n\n"
            << "`evaluation.csv` (evaluate's CSV: Table 1, headlines, classes, sites), "
               "`site_metrics.csv`, `seed_members.csv`, `seed_spread.csv`, `config.json`, "
               "`heldout_sites.txt`, `models/` (the ensembles), `members/` (one folder per "
               "member and XGBoost; a rerun keeps them).\n";
    });
}

} // namespace fluxlens::experiment
