#include "eval/evaluation.h"

#include "eval/site_aggregation.h"
#include "eval/site_scoring.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <future>
#include <map>
#include <stdexcept>
#include <thread>
#include <tuple>

namespace fluxlens::eval {
namespace {
std::size_t idx(Target t) {
    return static_cast<std::size_t>(t);
}
std::size_t idx(QcMask m) {
    return static_cast<std::size_t>(m);
}

} // namespace

SiteSpread spreadOf(const std::vector<double>& values) {
    SiteSpread s;
    double sum = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            ++s.sites;
            sum += v;
        }
    if (s.sites == 0)
        return s;
    s.mean = sum / s.sites;
    if (s.sites > 1) {
        double ss = 0;
        for (double v : values)
            if (std::isfinite(v))
                ss += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(ss / (s.sites - 1));
    }
    return s;
}

bool isMonthlyProduct(const PredictionSource& source) {
    if (!source.isReference)
        return false;
    std::size_t values = 0;
    for (const PredictedSite& site : source.sites) {
        values += site.dayNumbers.size();
        for (std::size_t i = 1; i < site.dayNumbers.size(); ++i)
            if (detail::monthIndex(site.dayNumbers[i]) ==
                detail::monthIndex(site.dayNumbers[i - 1]))
                return false; // two days in one month: a daily (or finer) product
    }
    if (values >= 2)
        return true;
    return source.name.find("monthly") != std::string::npos;
}

EvaluationResult evaluate(const EvaluationInput& input, const EvaluationOptions& options) {
    EvaluationResult result;
    result.reference = options.reference;
    if (!options.reference.empty()) {
        bool found = false;
        for (const PredictionSource& s : input.sources)
            found = found || s.name == options.reference;
        if (!found)
            throw std::invalid_argument("reference '" + options.reference +
                                        "' is neither a model with predictions nor a reference "
                                        "product in the evaluation");
    }
    std::vector<std::vector<unsigned char>> best;
    best.reserve(input.sites.size());
    for (const ObservedSite& site : input.sites) {
        detail::checkShape(site);
        best.push_back(detail::highestQualityDays(site));
    }
    for (const PredictionSource& source : input.sources)
        if (source.sites.size() != input.sites.size())
            throw std::invalid_argument("source '" + source.name + "' has values for " +
                                        std::to_string(source.sites.size()) + " sites, the " +
                                        "evaluation has " + std::to_string(input.sites.size()));

    std::vector<unsigned char> monthly(input.sources.size(), 0);
    for (std::size_t k = 0; k < input.sources.size(); ++k) {
        monthly[k] = isMonthlyProduct(input.sources[k]);
        if (monthly[k])
            result.monthlySources.push_back(input.sources[k].name);
    }

    // The per-site pass, sources spread over the CPU cores (each source is independent, so the
    // result does not depend on the thread count).
    std::vector<std::vector<detail::SiteAccumulators>> scored(input.sources.size());
    std::atomic<std::size_t> nextSource{0};
    auto worker = [&] {
        for (std::size_t k = nextSource++; k < input.sources.size(); k = nextSource++) {
            const PredictionSource& source = input.sources[k];
            auto& perSite = scored[k];
            perSite.resize(input.sites.size());
            for (std::size_t s = 0; s < input.sites.size(); ++s) {
                const PredictedSite& predicted = source.sites[s];
                if (predicted.dayNumbers.empty())
                    continue;
                const std::string what =
                    "'" + source.name + "' at site '" + input.sites[s].id + "'";
                detail::checkShape(predicted, what);
                perSite[s] = monthly[k] ? detail::scoreSiteMonthly(input.sites[s], best[s],
                                                                   predicted, options.targets, what)
                                        : detail::scoreSite(input.sites[s], best[s], predicted,
                                                            options.targets);
            }
        }
    };
    const std::size_t threads = std::min<std::size_t>(
        input.sources.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::future<void>> running;
    for (std::size_t k = 1; k < threads; ++k)
        running.push_back(std::async(std::launch::async, worker));
    std::exception_ptr failure;
    try {
        worker();
    } catch (...) {
        failure = std::current_exception();
    }
    for (auto& f : running) {
        try {
            f.get();
        } catch (...) {
            if (!failure)
                failure = std::current_exception();
        }
    }
    if (failure)
        std::rethrow_exception(failure);

    for (std::size_t k = 0; k < input.sources.size(); ++k) {
        const PredictionSource& source = input.sources[k];
        const auto& perSite = scored[k];
        for (Target t : options.targets) {
            for (QcMask m : options.masks) {
                SummaryRow row;
                row.model = source.name;
                row.target = t;
                row.mask = m;
                row.monthlyMeans = monthly[k];
                ErrorAccumulator pooled;
                std::vector<double> rmse, r2;
                for (std::size_t s = 0; s < input.sites.size(); ++s) {
                    const ErrorAccumulator& acc = perSite[s][idx(t)][idx(m)];
                    if (acc.count() == 0)
                        continue;
                    SiteMetric metric;
                    metric.model = source.name;
                    metric.siteId = input.sites[s].id;
                    metric.igbp = input.sites[s].igbp;
                    metric.koppen = input.sites[s].koppen;
                    metric.target = t;
                    metric.mask = m;
                    metric.monthlyMeans = monthly[k];
                    metric.stats = acc.finish();
                    rmse.push_back(metric.stats.rmse);
                    r2.push_back(metric.stats.r2);
                    row.samples += metric.stats.n;
                    pooled.merge(acc);
                    result.sites.push_back(std::move(metric));
                }
                row.rmse = spreadOf(rmse);
                row.r2 = spreadOf(r2);
                row.pooled = pooled.finish();
                result.summary.push_back(std::move(row));
            }
        }
    }
    addRelativeRmse(result.sites, result.reference);
    result.classes = aggregateClasses(result.sites, result.reference);
    if (!result.reference.empty())
        for (const PredictionSource& source : input.sources) {
            if (source.name == result.reference)
                continue;
            for (Target t : options.targets)
                for (QcMask m : options.masks)
                    result.headlines.push_back(
                        headline(result.sites, source.name, result.reference, t, m));
        }
    return result;
}

} // namespace fluxlens::eval
