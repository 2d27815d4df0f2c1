#include "eval/site_scoring.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace fluxlens::eval::detail {
namespace {
void checkLength(const std::vector<double>& v, std::size_t days, const std::string& what,
                 const char* column) {
    if (!v.empty() && v.size() != days)
        throw std::invalid_argument(what + ": " + column + " has " + std::to_string(v.size()) +
                                    " values for " + std::to_string(days) + " days");
}

void checkDays(const std::vector<int>& days, const std::string& what) {
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i] <= days[i - 1])
            throw std::invalid_argument(what + ": days are not strictly increasing");
}
} // namespace

void checkShape(const ObservedSite& site) {
    const std::string what = "observations of site '" + site.id + "'";
    const std::size_t days = site.dayNumbers.size();
    checkDays(site.dayNumbers, what);
    for (Target t : kAllTargets)
        checkLength(site.flux(t), days, what, std::string(observedColumn(t)).c_str());
    checkLength(site.neeUstar50Qc, days, what, "NEE_VUT_USTAR50_QC");
    checkLength(site.neeRefQc, days, what, "NEE_VUT_REF_QC");
}

void checkShape(const PredictedSite& site, const std::string& what) {
    const std::size_t days = site.dayNumbers.size();
    checkDays(site.dayNumbers, what);
    for (Target t : kAllTargets)
        checkLength(site.flux(t), days, what, std::string(targetCode(t)).c_str());
}

SiteAccumulators scoreSite(const ObservedSite& observed, const PredictedSite& predicted,
                           const std::vector<Target>& targets) {
    SiteAccumulators acc{};
    const auto& od = observed.dayNumbers;
    const auto& pd = predicted.dayNumbers;
    if (od.empty() || pd.empty())
        return acc;
    const bool haveQc = !observed.neeUstar50Qc.empty() && !observed.neeRefQc.empty();
    const double* qc1 = haveQc ? observed.neeUstar50Qc.data() : nullptr;
    const double* qc2 = haveQc ? observed.neeRefQc.data() : nullptr;

    struct Column {
        const double* obs;
        const double* pred;
        std::array<ErrorAccumulator, 2>* acc;
    };
    std::array<Column, 3> columns{};
    std::size_t columnCount = 0;
    for (Target t : targets) {
        const auto& o = observed.flux(t);
        const auto& p = predicted.flux(t);
        if (o.empty() || p.empty())
            continue;
        columns[columnCount++] = {o.data(), p.data(), &acc[static_cast<std::size_t>(t)]};
    }
    if (columnCount == 0)
        return acc;

    std::size_t i = 0, j = 0;
    // Merge-join the two sorted day axes.
    while (i < od.size() && j < pd.size()) {
        if (od[i] < pd[j]) {
            ++i;
        } else if (pd[j] < od[i]) {
            ++j;
        } else {
            // QC "= 1": the cache stores the fraction of good records, so exactly 1.0.
            const bool best = haveQc && qc1[i] == 1.0 && qc2[i] == 1.0;
            for (std::size_t c = 0; c < columnCount; ++c) {
                const double o = columns[c].obs[i];
                const double p = columns[c].pred[j];
                if (!(std::isfinite(o) && std::isfinite(p)))
                    continue;
                (*columns[c].acc)[0].addValid(o, p);
                if (best)
                    (*columns[c].acc)[1].addValid(o, p);
            }
            ++i;
            ++j;
        }
    }
    return acc;
}

} // namespace fluxlens::eval::detail
