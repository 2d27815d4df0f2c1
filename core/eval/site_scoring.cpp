#include "eval/site_scoring.h"

#include "eval/evaluation.h"

#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>

namespace fluxlens::eval::detail {
namespace {
void checkLength(const std::vector<double>& v, std::size_t days, const std::string& what,
                 std::string_view column) {
    if (!v.empty() && v.size() != days)
        throw std::invalid_argument(what + ": " + std::string(column) + " has " +
                                    std::to_string(v.size()) + " values for " +
                                    std::to_string(days) + " days");
}

void checkDays(const std::vector<int>& days, const std::string& what) {
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i] <= days[i - 1])
            throw std::invalid_argument(what + ": days are not strictly increasing");
}

bool contiguous(const std::vector<int>& days) {
    return days.empty() || days.back() - days.front() + 1 == static_cast<int>(days.size());
}

// Sums for all days and for the highest-quality days, kept in locals so they stay in registers.
struct MaskSums {
    ErrorAccumulator::Sums all, best;
};

// Accumulates pairs (obs[i], pred[j]) for the index pairs produced by `next`, which sets i and j
// and returns false when done.
template <typename PairSource>
MaskSums accumulate(const double* obs, const double* pred, const unsigned char* best,
                    PairSource next) {
    MaskSums s;
    std::size_t i = 0, j = 0;
    // The first valid observation is the shift for both masks.
    bool started = false;
    double shift = 0.0;
    std::int64_t nAll = 0, nBest = 0;
    double dA = 0, d2A = 0, adA = 0, oA = 0, o2A = 0;
    double dB = 0, d2B = 0, adB = 0, oB = 0, o2B = 0;
    while (next(i, j)) {
        const double o = obs[i];
        const double p = pred[j];
        if (!(std::isfinite(o) && std::isfinite(p)))
            continue;
        if (!started) {
            shift = o;
            started = true;
        }
        const double d = p - o;
        const double os = o - shift;
        const double ad = std::fabs(d);
        ++nAll;
        dA += d;
        d2A += d * d;
        adA += ad;
        oA += os;
        o2A += os * os;
        if (best[i]) {
            ++nBest;
            dB += d;
            d2B += d * d;
            adB += ad;
            oB += os;
            o2B += os * os;
        }
    }
    s.all = {nAll, shift, dA, d2A, adA, oA, o2A};
    s.best = {nBest, shift, dB, d2B, adB, oB, o2B};
    return s;
}
} // namespace

void checkShape(const ObservedSite& site) {
    const std::string what = "observations of site '" + site.id + "'";
    const std::size_t days = site.dayNumbers.size();
    checkDays(site.dayNumbers, what);
    for (Target t : kAllTargets)
        checkLength(site.flux(t), days, what, observedColumn(t));
    checkLength(site.neeUstar50Qc, days, what, "NEE_VUT_USTAR50_QC");
    checkLength(site.neeRefQc, days, what, "NEE_VUT_REF_QC");
}

void checkShape(const PredictedSite& site, const std::string& what) {
    const std::size_t days = site.dayNumbers.size();
    checkDays(site.dayNumbers, what);
    for (Target t : kAllTargets)
        checkLength(site.flux(t), days, what, targetCode(t));
}

std::vector<unsigned char> highestQualityDays(const ObservedSite& site) {
    std::vector<unsigned char> best(site.dayNumbers.size(), 0);
    if (site.neeUstar50Qc.empty() || site.neeRefQc.empty())
        return best;
    for (std::size_t i = 0; i < best.size(); ++i)
        best[i] = site.neeUstar50Qc[i] == 1.0 && site.neeRefQc[i] == 1.0;
    return best;
}

SiteAccumulators scoreSite(const ObservedSite& observed, const std::vector<unsigned char>& best,
                           const PredictedSite& predicted, const std::vector<Target>& targets) {
    SiteAccumulators acc{};
    const auto& od = observed.dayNumbers;
    const auto& pd = predicted.dayNumbers;
    if (od.empty() || pd.empty())
        return acc;

    // Common days: a plain offset when both axes are contiguous (the usual case), otherwise a
    // merge-join of the two sorted axes done once for all targets.
    const bool offsetOnly = contiguous(od) && contiguous(pd);
    std::size_t i0 = 0, j0 = 0, count = 0;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    if (offsetOnly) {
        const int first = std::max(od.front(), pd.front());
        const int last = std::min(od.back(), pd.back());
        if (last < first)
            return acc;
        i0 = static_cast<std::size_t>(first - od.front());
        j0 = static_cast<std::size_t>(first - pd.front());
        count = static_cast<std::size_t>(last - first + 1);
    } else {
        std::size_t i = 0, j = 0;
        while (i < od.size() && j < pd.size()) {
            if (od[i] < pd[j])
                ++i;
            else if (pd[j] < od[i])
                ++j;
            else
                pairs.emplace_back(i++, j++);
        }
    }

    for (Target t : targets) {
        const auto& o = observed.flux(t);
        const auto& p = predicted.flux(t);
        if (o.empty() || p.empty())
            continue;
        MaskSums sums;
        if (offsetOnly) {
            std::size_t k = 0;
            sums = accumulate(o.data(), p.data(), best.data(), [&](std::size_t& i, std::size_t& j) {
                if (k == count)
                    return false;
                i = i0 + k;
                j = j0 + k;
                ++k;
                return true;
            });
        } else {
            std::size_t k = 0;
            sums = accumulate(o.data(), p.data(), best.data(), [&](std::size_t& i, std::size_t& j) {
                if (k == pairs.size())
                    return false;
                i = pairs[k].first;
                j = pairs[k].second;
                ++k;
                return true;
            });
        }
        auto& target = acc[static_cast<std::size_t>(t)];
        target[static_cast<std::size_t>(QcMask::AllValid)].merge(sums.all);
        target[static_cast<std::size_t>(QcMask::HighestQuality)].merge(sums.best);
    }
    return acc;
}

int monthIndex(int dayNumber) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{dayNumber}}};
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(unsigned(ymd.month())) - 1;
}

SiteAccumulators scoreSiteMonthly(const ObservedSite& observed,
                                  const std::vector<unsigned char>& best,
                                  const PredictedSite& predicted,
                                  const std::vector<Target>& targets, const std::string& what) {
    // Monthly means of the observations, one series per mask; the month index stands in for the
    // day number on both sides so scoreSite pairs each product value with its month.
    ObservedSite all, qc;
    all.id = qc.id = observed.id;
    const auto& od = observed.dayNumbers;
    for (std::size_t a = 0; a < od.size();) {
        const int month = monthIndex(od[a]);
        std::size_t b = a;
        while (b < od.size() && monthIndex(od[b]) == month)
            ++b;
        const std::chrono::year_month_day first{std::chrono::sys_days{std::chrono::days{od[a]}}};
        const unsigned calendarDays =
            unsigned((first.year() / first.month() / std::chrono::last).day());
        const double needed = kMinMonthlyValidShare * calendarDays;
        all.dayNumbers.push_back(month);
        qc.dayNumbers.push_back(month);
        for (Target t : targets) {
            const auto& o = observed.flux(t);
            if (o.empty())
                continue;
            double sumAll = 0, sumBest = 0;
            int nAll = 0, nBest = 0;
            for (std::size_t i = a; i < b; ++i) {
                if (!std::isfinite(o[i]))
                    continue;
                sumAll += o[i];
                ++nAll;
                if (best[i]) {
                    sumBest += o[i];
                    ++nBest;
                }
            }
            all.flux(t).push_back(nAll > 0 && nAll >= needed ? sumAll / nAll : kNaN);
            qc.flux(t).push_back(nBest > 0 && nBest >= needed ? sumBest / nBest : kNaN);
        }
        a = b;
    }

    PredictedSite monthly;
    monthly.fluxes = predicted.fluxes;
    for (std::size_t j = 0; j < predicted.dayNumbers.size(); ++j) {
        const int month = monthIndex(predicted.dayNumbers[j]);
        if (!monthly.dayNumbers.empty() && monthly.dayNumbers.back() == month)
            throw std::invalid_argument(what + ": a monthly product with two values in one " +
                                        "month (day numbers " +
                                        std::to_string(predicted.dayNumbers[j - 1]) + " and " +
                                        std::to_string(predicted.dayNumbers[j]) + ")");
        monthly.dayNumbers.push_back(month);
    }

    const std::vector<unsigned char> none(all.dayNumbers.size(), 0);
    const std::vector<unsigned char> every(qc.dayNumbers.size(), 1);
    const SiteAccumulators allAcc = scoreSite(all, none, monthly, targets);
    const SiteAccumulators qcAcc = scoreSite(qc, every, monthly, targets);
    SiteAccumulators acc{};
    constexpr auto allValid = static_cast<std::size_t>(QcMask::AllValid);
    constexpr auto highest = static_cast<std::size_t>(QcMask::HighestQuality);
    for (Target t : targets) {
        const auto k = static_cast<std::size_t>(t);
        acc[k][allValid] = allAcc[k][allValid];
        acc[k][highest] = qcAcc[k][highest];
    }
    return acc;
}

} // namespace fluxlens::eval::detail
