// Evaluates 10 sources (9 models and a reference product) at 579 sites over 23 years of daily
// data, GPP and NEE, all days and QC = 1, against a reference, and prints the time it takes.
// Target (issue 6): under 2 s for the evaluation. Also times storing the figures in a cache.
//   bench_eval [sites] [years] [models] [cache-file]
#include "eval/evaluation.h"
#include "eval/evaluation_store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

using namespace fluxlens;
using namespace fluxlens::eval;

namespace {
double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Seasonal GPP and NEE with noise, ~10 % missing days and a realistic QC mix.
EvaluationInput syntheticWorld(int siteCount, int years, int modelCount) {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int days = years * 365 + years / 4;
    const int firstDay = 11323; // 2001-01-01
    EvaluationInput in;
    in.dataVersion = "bench";
    for (int s = 0; s < siteCount; ++s) {
        ObservedSite site;
        site.id = "ZZ-" + std::to_string(s);
        site.igbp = static_cast<IgbpClass>(1 + s % kIgbpClassCount);
        site.koppen = static_cast<KoppenClass>(1 + s % kKoppenClassCount);
        site.dayNumbers.resize(days);
        auto& gpp = site.flux(Target::Gpp);
        auto& nee = site.flux(Target::Nee);
        gpp.resize(days);
        nee.resize(days);
        site.neeUstar50Qc.resize(days);
        site.neeRefQc.resize(days);
        const double amplitude = 2 + 8 * unit(rng);
        for (int d = 0; d < days; ++d) {
            site.dayNumbers[d] = firstDay + d;
            const double season = std::max(0.0, std::sin(2 * M_PI * d / 365.25));
            const bool missing = unit(rng) < 0.1;
            gpp[d] = missing ? NAN : amplitude * season + 0.5 * noise(rng);
            nee[d] = missing ? NAN : 1.0 - 0.7 * gpp[d] + 0.5 * noise(rng);
            site.neeUstar50Qc[d] = unit(rng) < 0.4 ? 1.0 : unit(rng);
            site.neeRefQc[d] = unit(rng) < 0.8 ? 1.0 : unit(rng);
        }
        in.sites.push_back(std::move(site));
    }
    for (int m = 0; m < modelCount; ++m) {
        PredictionSource source;
        const bool reference = m == modelCount - 1;
        source.name = reference ? std::string("FLUXCOM-X-BASE") : "model-" + std::to_string(m);
        source.isReference = reference;
        source.version = "bench";
        const double error = 0.3 + 0.1 * m;
        for (const ObservedSite& site : in.sites) {
            PredictedSite p;
            p.dayNumbers = site.dayNumbers;
            for (Target t : {Target::Gpp, Target::Nee}) {
                const auto& obs = site.flux(t);
                auto& pred = p.flux(t);
                pred.resize(obs.size());
                for (std::size_t d = 0; d < obs.size(); ++d)
                    pred[d] = (std::isfinite(obs[d]) ? obs[d] : 0.0) + error * noise(rng);
            }
            source.sites.push_back(std::move(p));
        }
        in.sources.push_back(std::move(source));
    }
    return in;
}
} // namespace

int main(int argc, char** argv) {
    const int sites = argc > 1 ? std::stoi(argv[1]) : 579;
    const int years = argc > 2 ? std::stoi(argv[2]) : 23;
    const int models = argc > 3 ? std::stoi(argv[3]) : 10;
    const std::string cacheFile = argc > 4 ? argv[4] : std::string();

    auto start = std::chrono::steady_clock::now();
    const EvaluationInput input = syntheticWorld(sites, years, models);
    const double buildSeconds = seconds(start);
    const double siteDays =
        static_cast<double>(input.sites.size()) * input.sites.front().dayNumbers.size();
    std::printf("bench_eval: %d sources x %d sites x %d years = %.1f M source-site-days "
                "(built in %.2f s)\n",
                models, sites, years, models * siteDays / 1e6, buildSeconds);

    EvaluationOptions options;
    options.reference = "FLUXCOM-X-BASE";
    std::vector<double> times;
    EvaluationResult result;
    for (int run = 0; run < 3; ++run) {
        start = std::chrono::steady_clock::now();
        result = evaluate(input, options);
        times.push_back(seconds(start));
    }
    std::sort(times.begin(), times.end());
    std::printf("evaluate (GPP+NEE, all days and QC=1, per site/class/headline): median %.3f s, "
                "min %.3f s over 3 runs -> %.0f M source-site-days/s [target < 2 s: %s]\n",
                times[1], times[0], models * siteDays / times[1] / 1e6,
                times[1] < 2.0 ? "met" : "MISSED");
    std::printf("rows: %zu site metrics, %zu summary, %zu class, %zu headline\n",
                result.sites.size(), result.summary.size(), result.classes.size(),
                result.headlines.size());
    for (const SummaryRow& row : result.summary)
        if (row.mask == QcMask::AllValid && row.target == Target::Gpp)
            std::printf("  %-16s GPP all: RMSE %.3f  R2 %.3f  (%d sites, %lld days)\n",
                        row.model.c_str(), row.rmse.mean, row.r2.mean, row.rmse.sites,
                        static_cast<long long>(row.samples));
    for (const HeadlineRow& h : result.headlines)
        if (h.mask == QcMask::AllValid && h.target == Target::Gpp && h.model == "model-0")
            std::printf("  headline model-0 vs %s, GPP all: RMSE reduction %.1f %%, R2 increase "
                        "%.1f %%\n",
                        h.reference.c_str(), h.rmseReductionPct, h.r2IncreasePct);

    if (!cacheFile.empty()) {
        std::filesystem::remove(cacheFile);
        Cache cache = Cache::open(cacheFile);
        std::vector<Site> cached;
        for (const ObservedSite& s : input.sites) {
            Site site;
            site.id = s.id;
            cached.push_back(site);
        }
        cache.upsertSites(cached);
        start = std::chrono::steady_clock::now();
        storeEvaluation(cache, result, input);
        std::printf("storeEvaluation: %zu metric rows in %.3f s\n",
                    metricRecords(result, input).size(), seconds(start));
    }
    return 0;
}
