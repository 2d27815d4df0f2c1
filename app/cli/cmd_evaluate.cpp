// fluxlens-cli evaluate: Table 1, the headline figures, per-class and per-site tables for every
// model and reference product in a cache; the figures are stored back in the cache.
#include "args.h"
#include "cache/cache.h"
#include "command.h"
#include "common/input_error.h"
#include "common/site_list_file.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "eval/heldout_sites.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>

namespace fluxlens::cli {
namespace {
using namespace fluxlens::eval;

int runEvaluate(std::span<const std::string> arguments) {
    const Args args(arguments, {"--no-store"});
    args.rejectUnknown({"--cache", "--qc", "--reference", "--format", "--sites", "--no-store"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string path = args.required("--cache");
    if (!std::filesystem::exists(path)) // evaluating never creates a cache
        throw InputError(path, "no such cache file");

    EvaluationOptions options;
    if (const auto qc = args.value("--qc")) {
        const auto mask = parseQcMask(*qc);
        if (!mask)
            throw UsageError("option --qc expects 'all' or '1', got '" + *qc + "'");
        options.masks = {*mask};
    }
    ReportFormat format = ReportFormat::Table;
    if (const auto f = args.value("--format")) {
        if (*f == "table")
            format = ReportFormat::Table;
        else if (*f == "csv")
            format = ReportFormat::Csv;
        else if (*f == "json")
            format = ReportFormat::Json;
        else if (*f == "latex")
            format = ReportFormat::Latex;
        else
            throw UsageError("option --format expects table, csv, json or latex, got '" + *f + "'");
    }

    Cache cache = Cache::openExisting(path);
    LoadOptions load;
    load.targets = options.targets;
    const std::string sites = args.value("--sites").value_or("all");
    std::string scoredSites;
    if (sites == "heldout") {
        HeldOutSites heldOut = commonHeldOutSites(cache.models());
        if (!heldOut.usable())
            throw UsageError("--sites heldout: " + heldOutSitesProblem(heldOut));
        load.siteIds = std::move(heldOut.siteIds);
        scoredSites = "held-out sites only";
    } else if (sites != "all") {
        load.siteIds = readSiteListFile(sites);
        if (load.siteIds.empty())
            throw InputError(sites, "the site list names no site");
        scoredSites = "sites listed in " + sites;
    }
    const EvaluationInput input = loadEvaluationInput(cache, load);
    if (input.sources.empty())
        throw InputError(path, "nothing to evaluate: no model predictions and no reference "
                               "products in the cache");
    if (input.sites.empty())
        throw InputError(path, "nothing to evaluate: no selected site has flux observations");

    const std::string reference =
        args.value("--reference").value_or(defaultReferenceProduct(cache));
    if (reference != "none" && !reference.empty()) {
        const bool known = std::any_of(input.sources.begin(), input.sources.end(),
                                       [&](const auto& s) { return s.name == reference; });
        if (!known) {
            std::string names;
            for (const auto& s : input.sources)
                names += (names.empty() ? "" : ", ") + s.name;
            throw UsageError("--reference '" + reference +
                             "' is neither a model with predictions nor a reference product (" +
                             "the cache has: " + names + ")");
        }
        options.reference = reference;
    }

    const EvaluationResult result = evaluate(input, options);
    if (!args.flag("--no-store"))
        storeEvaluation(cache, result, input);
    if (!scoredSites.empty())
        scoredSites += " (" + std::to_string(input.sites.size()) + ")";
    const auto afterSupport =
        std::count_if(input.sites.begin(), input.sites.end(), [](const auto& s) {
            return s.scoredFromDay != std::numeric_limits<int>::min();
        });
    if (afterSupport > 0)
        scoredSites += std::string(scoredSites.empty() ? "all sites" : "") + "; " +
                       std::to_string(afterSupport) +
                       " held-out site(s) scored after their TAM-RL support years";
    writeReport(std::cout, result, format, scoredSites);
    std::cout.flush();
    if (!std::cout)
        throw std::runtime_error("cannot write the report to standard output");
    return 0;
}

const CommandRegistration registration{
    {"evaluate", "score every model and reference product against the flux observations",
     "Usage: fluxlens-cli evaluate --cache FILE [--qc all|1] [--reference NAME|none]\n"
     "                             [--format table|csv|json|latex] [--sites all|heldout|FILE]\n"
     "                             [--no-store]\n"
     "  --cache FILE      the FluxLens cache with observations, predictions, reference products\n"
     "  --qc all|1        days scored: all valid days, or only days with NEE_VUT_USTAR50_QC = 1\n"
     "                    and NEE_VUT_REF_QC = 1 (the paper's Table 1); default: both\n"
     "  --reference NAME  the model or reference product the relative RMSE and the headline\n"
     "                    figures compare against; default FLUXCOM-X-BASE when cached, else the\n"
     "                    first reference product; 'none' for no comparison\n"
     "  --format F        table (default), csv (one long table with a 'table' column), json\n"
     "                    ({\"summary\":[...],\"sites\":[...]}) or latex (booktabs)\n"
     "  --sites S         all sites with flux data (default), 'heldout' (the held-out sites\n"
     "                    every model records in common), or a file listing one site id a line\n"
     "  --no-store        do not store the figures in the cache\n"
     "Observations: GPP_NT_VUT_USTAR50 and NEE_VUT_USTAR50. Each model is scored on the days it\n"
     "predicted. R2 is the coefficient of determination, 1 - SS_res/SS_tot, and RMSE is\n"
     "sqrt(SS_res/n), both per site over its scored days; Table 1, the comparison and the class\n"
     "tables give the mean (and sd) of the per-site values, not figures pooled over all\n"
     "site-days (R2 is undefined where a site's observations are constant and left out of the\n"
     "mean). Figures are stored\n"
     "with the model version and a fingerprint of the imported data.",
     runEvaluate}};
} // namespace
} // namespace fluxlens::cli
