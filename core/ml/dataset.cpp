#include "ml/dataset.h"

#include "common/dates.h"
#include "ml/data_hasher.h"
#include "ml/model_error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <set>

namespace fluxlens::ml {

namespace {
bool finite(float v) {
    return std::isfinite(v);
}
} // namespace

int firstDayAfterSupport(const SiteSeries& site, const MlConfig& config) {
    if (site.dayNumbers.empty())
        return 0;
    return firstDayOfYearsLater(site.dayNumbers.front(), config.support_years);
}

std::vector<std::string> heldOutSitesWithoutScoredDays(const std::vector<SiteSeries>& sites,
                                                       const std::vector<std::string>& heldOut,
                                                       const MlConfig& config) {
    std::vector<std::string> warnings;
    for (const SiteSeries& site : sites) {
        if (site.dayNumbers.empty() ||
            std::find(heldOut.begin(), heldOut.end(), site.id) == heldOut.end() ||
            firstDayAfterSupport(site, config) <= site.dayNumbers.back())
            continue;
        const std::string first = formatIsoDate(fromDayNumber(site.dayNumbers.front()));
        const std::string last = formatIsoDate(fromDayNumber(site.dayNumbers.back()));
        warnings.push_back(
            "held-out site " + site.id + ": its record (" + first + " to " + last +
            ") ends within its first " + std::to_string(config.support_years) +
            " calendar year(s), which give TAM-RL its support windows, so no day of it will be "
            "scored (evaluate scores held-out sites after those years); hold out a site with a "
            "longer record or lower support_years (e.g. support_years 1 for a two-year record)");
    }
    return warnings;
}

std::vector<float> featureValues(const SiteSeries& site, const std::string& name) {
    const std::size_t n = site.dayNumbers.size();
    if (name == "DOY_SIN" || name == "DOY_COS") {
        std::vector<float> out(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double phase = 2.0 * std::numbers::pi *
                                 (dayOfYear(fromDayNumber(site.dayNumbers[i])) - 1) / 365.25;
            out[i] = static_cast<float>(name == "DOY_SIN" ? std::sin(phase) : std::cos(phase));
        }
        return out;
    }
    const std::vector<float>* column = site.feature(name);
    if (!column)
        throw ModelError("site " + site.id + ": feature '" + name +
                         "' required by the model is missing from its data");
    if (column->size() != n)
        throw ModelError("site " + site.id + ": feature '" + name + "' has " +
                         std::to_string(column->size()) + " values for " + std::to_string(n) +
                         " days");
    return *column;
}

Normalisation fitNormalisation(const std::vector<const SiteSeries*>& sites,
                               const std::vector<std::string>& features,
                               const std::array<bool, kTargetCount>& selected) {
    Normalisation norm;
    norm.features = features;
    for (const std::string& name : features) {
        double sum = 0, sumSq = 0;
        long long count = 0;
        for (const SiteSeries* s : sites)
            for (float v : featureValues(*s, name))
                if (finite(v)) {
                    sum += v;
                    sumSq += double(v) * v;
                    ++count;
                }
        const double mean = count ? sum / count : 0.0;
        const double var = count ? std::max(0.0, sumSq / count - mean * mean) : 0.0;
        const double sd = std::sqrt(var);
        norm.mean.push_back(static_cast<float>(mean));
        norm.stddev.push_back(sd > 1e-6 ? static_cast<float>(sd) : 1.0f);
    }
    double sumSq = 0;
    long long count = 0;
    for (const SiteSeries* s : sites)
        for (int t = 0; t < kTargetCount; ++t) {
            if (!selected[std::size_t(t)])
                continue;
            const std::vector<float>* target[kTargetCount] = {&s->gpp_gC_m2_d, &s->reco_gC_m2_d,
                                                              &s->nee_gC_m2_d};
            for (float v : *target[t])
                if (finite(v)) {
                    sumSq += double(v) * v;
                    ++count;
                }
        }
    const double rms = count ? std::sqrt(sumSq / count) : 1.0;
    norm.targetScale = rms > 1e-6 ? static_cast<float>(rms) : 1.0f;
    return norm;
}

double ClassWeights::siteWeight(IgbpClass i, KoppenClass k) const {
    const auto a = igbp.find(i);
    const auto b = koppen.find(k);
    return (a == igbp.end() ? 1.0 : a->second) * (b == koppen.end() ? 1.0 : b->second);
}

ClassWeights inverseFrequencyWeights(const std::vector<const SiteSeries*>& sites) {
    ClassWeights w;
    std::map<IgbpClass, int> igbpCount;
    std::map<KoppenClass, int> koppenCount;
    for (const SiteSeries* s : sites) {
        ++igbpCount[s->igbp];
        ++koppenCount[s->koppen];
    }
    const double n = static_cast<double>(sites.size());
    for (const auto& [c, count] : igbpCount)
        w.igbp[c] = n / (static_cast<double>(igbpCount.size()) * count);
    for (const auto& [c, count] : koppenCount)
        w.koppen[c] = n / (static_cast<double>(koppenCount.size()) * count);
    return w;
}

PreparedSite prepareSite(const SiteSeries& site, const Normalisation& norm, const MlConfig& config,
                         const ClassWeights* weights) {
    const std::size_t n = site.dayNumbers.size();
    if (n == 0)
        throw ModelError("site " + site.id + ": no days of data");
    for (std::size_t i = 1; i < n; ++i)
        if (site.dayNumbers[i] <= site.dayNumbers[i - 1])
            throw ModelError("site " + site.id + ": day numbers are not strictly increasing at " +
                             formatIsoDate(fromDayNumber(site.dayNumbers[i])));
    PreparedSite p;
    p.id = site.id;
    p.igbp = site.igbp;
    p.koppen = site.koppen;
    p.firstDayNumber = site.dayNumbers.front();
    p.days = site.dayNumbers.back() - p.firstDayNumber + 1;
    if (p.days > 200 * 366)
        throw ModelError("site " + site.id + ": record spans more than 200 years");
    const int F = static_cast<int>(norm.features.size());
    p.featureCount = F;
    p.x.assign(std::size_t(p.days) * F, 0.0f);
    p.y.assign(std::size_t(p.days) * kTargetCount, 0.0f);
    p.mask.assign(std::size_t(p.days) * kTargetCount, 0.0f);
    p.qcWeight.assign(std::size_t(p.days), static_cast<float>(config.qc_missing_weight));
    for (int f = 0; f < F; ++f) {
        const std::vector<float> values = featureValues(site, norm.features[f]);
        for (std::size_t i = 0; i < n; ++i) {
            const int d = site.dayNumbers[i] - p.firstDayNumber;
            if (finite(values[i]))
                p.x[std::size_t(d) * F + f] = (values[i] - norm.mean[f]) / norm.stddev[f];
        }
    }
    const std::vector<float>* targets[kTargetCount] = {&site.gpp_gC_m2_d, &site.reco_gC_m2_d,
                                                       &site.nee_gC_m2_d};
    const std::array<bool, kTargetCount> selected = selectedTargets(config);
    for (int t = 0; t < kTargetCount; ++t) {
        if (targets[t]->empty())
            continue;
        if (targets[t]->size() != n)
            throw ModelError("site " + site.id + ": a target series has " +
                             std::to_string(targets[t]->size()) + " values for " +
                             std::to_string(n) + " days");
        if (!selected[std::size_t(t)])
            continue;
        for (std::size_t i = 0; i < n; ++i) {
            const float v = (*targets[t])[i];
            if (!finite(v))
                continue;
            const int d = site.dayNumbers[i] - p.firstDayNumber;
            p.y[std::size_t(d) * kTargetCount + t] = v / norm.targetScale;
            p.mask[std::size_t(d) * kTargetCount + t] = 1.0f;
            p.hasTargets = true;
        }
    }
    if (!site.neeQc.empty()) {
        if (site.neeQc.size() != n)
            throw ModelError("site " + site.id + ": NEE QC has " +
                             std::to_string(site.neeQc.size()) + " values for " +
                             std::to_string(n) + " days");
        for (std::size_t i = 0; i < n; ++i)
            if (finite(site.neeQc[i]))
                p.qcWeight[std::size_t(site.dayNumbers[i] - p.firstDayNumber)] =
                    std::clamp(site.neeQc[i], 0.0f, 1.0f);
    }
    p.classWeight =
        weights ? static_cast<float>(weights->siteWeight(site.igbp, site.koppen)) : 1.0f;
    p.supportEndDay = std::clamp(firstDayAfterSupport(site, config) - p.firstDayNumber, 0, p.days);
    return p;
}

std::vector<int> trainingWindowStarts(int days, int window, int stride) {
    std::vector<int> starts;
    if (days <= 0)
        return starts;
    if (days < window)
        return {0};
    for (int s = 0; s + window <= days; s += stride)
        starts.push_back(s);
    return starts;
}

std::vector<int> inferenceWindowStarts(int days, int window, int stride) {
    std::vector<int> starts = trainingWindowStarts(days, window, stride);
    if (days > window && starts.back() + window < days)
        starts.push_back(days - window);
    return starts;
}

std::vector<int> supportWindowStarts(const PreparedSite& site, int window, int stride) {
    std::vector<int> all = trainingWindowStarts(site.days, window, stride);
    std::vector<int> support;
    for (int s : all)
        if (s + window <= site.supportEndDay)
            support.push_back(s);
    return support.empty() ? all : support;
}

bool windowHasTargets(const PreparedSite& site, int start, int window) {
    const int end = std::min(site.days, start + window);
    for (int d = start; d < end; ++d)
        for (int t = 0; t < kTargetCount; ++t)
            if (site.mask[std::size_t(d) * kTargetCount + t] > 0)
                return true;
    return false;
}

void fillWindow(const PreparedSite& site, int start, int window, float* x, float* y, float* mask,
                float* weight) {
    const int F = site.featureCount;
    const int available = std::clamp(site.days - start, 0, window);
    std::memcpy(x, site.x.data() + std::size_t(start) * F, sizeof(float) * available * F);
    std::memset(x + std::size_t(available) * F, 0, sizeof(float) * (window - available) * F);
    if (y) {
        std::memcpy(y, site.y.data() + std::size_t(start) * kTargetCount,
                    sizeof(float) * available * kTargetCount);
        std::memset(y + std::size_t(available) * kTargetCount, 0,
                    sizeof(float) * (window - available) * kTargetCount);
    }
    if (mask) {
        std::memcpy(mask, site.mask.data() + std::size_t(start) * kTargetCount,
                    sizeof(float) * available * kTargetCount);
        std::memset(mask + std::size_t(available) * kTargetCount, 0,
                    sizeof(float) * (window - available) * kTargetCount);
    }
    if (weight) {
        for (int d = 0; d < available; ++d)
            weight[d] = site.qcWeight[std::size_t(start + d)] * site.classWeight;
        for (int d = available; d < window; ++d)
            weight[d] = 0.0f;
    }
}

std::string trainingDataHash(const std::vector<const SiteSeries*>& sites,
                             const std::vector<std::string>& features) {
    DataHasher h;
    for (const SiteSeries* s : sites) {
        h.add(s->id);
        h.add(s->dayNumbers);
        for (const std::string& f : features) {
            h.add(f);
            h.add(featureValues(*s, f));
        }
        h.add(s->gpp_gC_m2_d);
        h.add(s->reco_gC_m2_d);
        h.add(s->nee_gC_m2_d);
        h.add(s->neeQc);
    }
    return h.hex();
}

} // namespace fluxlens::ml
