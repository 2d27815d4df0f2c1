#include "ml/xgboost/xgb_model.h"

#include "ml/model_error.h"
#include "ml/xgboost/xgb_features.h"
#include "ml/xgboost/xgb_hash.h"
#include "ml/xgboost/xgb_impl.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>

namespace fluxlens::xgb {
namespace {
using detail::check;

// The target values of a site, GPP/RECO/NEE; RECO falls back to NEE + GPP where it is missing
// (the neural engine's rule).
std::array<std::vector<float>, 3> targetsOf(const ml::SiteSeries& s) {
    std::array<std::vector<float>, 3> t{s.gpp_gC_m2_d, s.reco_gC_m2_d, s.nee_gC_m2_d};
    const std::size_t n = s.dayNumbers.size();
    if (t[1].empty() && t[0].size() == n && t[2].size() == n)
        t[1].assign(n, std::nanf(""));
    if (t[1].size() == n && t[0].size() == n && t[2].size() == n)
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isfinite(t[1][i]))
                t[1][i] = t[2][i] + t[0][i]; // NaN when either is
    return t;
}

bool hasTargets(const ml::SiteSeries& s) {
    return !s.gpp_gC_m2_d.empty() || !s.nee_gC_m2_d.empty() || !s.reco_gC_m2_d.empty();
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string number(double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

// Rows with a finite label, concatenated over sites, with their weights.
struct Rows {
    std::vector<float> x;
    std::vector<float> y;
    std::vector<float> weight;
};

struct SiteTable {
    const ml::SiteSeries* site;
    std::vector<float> x; // days x features
    std::array<std::vector<float>, 3> y;
};

// w_qc of day d: NEE QC clamped to 0..1, or the configured weight where QC is missing.
float qcWeight(const ml::SiteSeries& site, std::size_t d, const XgbConfig& config) {
    if (!config.qc_weighting)
        return 1.0f;
    if (site.neeQc.size() == site.dayNumbers.size() && std::isfinite(site.neeQc[d]))
        return std::clamp(site.neeQc[d], 0.0f, 1.0f);
    return static_cast<float>(config.qc_missing_weight);
}

Rows rowsFor(const std::vector<SiteTable>& tables, int target, std::size_t width,
             const XgbConfig& config) {
    Rows rows;
    for (const SiteTable& t : tables) {
        const std::vector<float>& y = t.y[static_cast<std::size_t>(target)];
        if (y.size() != t.site->dayNumbers.size())
            continue;
        for (std::size_t d = 0; d < y.size(); ++d) {
            if (!std::isfinite(y[d]))
                continue;
            rows.y.push_back(y[d]);
            rows.weight.push_back(qcWeight(*t.site, d, config));
            rows.x.insert(rows.x.end(), t.x.begin() + static_cast<std::ptrdiff_t>(d * width),
                          t.x.begin() + static_cast<std::ptrdiff_t>((d + 1) * width));
        }
    }
    return rows;
}

// "[12]\tvalid-rmse:0.1234" -> 0.1234
double parseMetric(const char* evalText, const std::string& context) {
    const std::string text = evalText ? evalText : "";
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        throw ml::ModelError(context + ": unexpected XGBoost evaluation output '" + text + "'");
    char* end = nullptr;
    const double value = std::strtod(text.c_str() + colon + 1, &end);
    if (end == text.c_str() + colon + 1)
        throw ml::ModelError(context + ": unexpected XGBoost evaluation output '" + text + "'");
    return value;
}

void setParam(BoosterHandle b, const char* key, const std::string& value,
              const std::string& context) {
    check(XGBoosterSetParam(b, key, value.c_str()), context + " (parameter " + key + ")");
}

void configure(BoosterHandle b, const XgbConfig& c, const std::string& context) {
    setParam(b, "objective", "reg:squarederror", context);
    setParam(b, "eval_metric", "rmse", context);
    setParam(b, "eta", number(c.eta), context);
    setParam(b, "max_depth", std::to_string(c.max_depth), context);
    setParam(b, "min_child_weight", number(c.min_child_weight), context);
    setParam(b, "subsample", number(c.subsample), context);
    setParam(b, "colsample_bynode", number(c.colsample_bynode), context);
    setParam(b, "colsample_bytree", number(c.colsample_bytree), context);
    setParam(b, "lambda", number(c.lambda), context);
    setParam(b, "alpha", number(c.alpha), context);
    setParam(b, "tree_method", c.tree_method, context);
    setParam(b, "seed", std::to_string(c.seed % 2147483647ULL), context);
    setParam(b, "nthread", std::to_string(c.threads), context);
}

detail::Booster trainTarget(int target, const std::vector<SiteTable>& training,
                            const std::vector<SiteTable>& validation, std::size_t width,
                            const XgbTrainRequest& request, int& keptRounds) {
    const std::string name = kXgbTargets[static_cast<std::size_t>(target)];
    const std::string context = "XGBoost training (" + name + ")";
    const Rows train = rowsFor(training, target, width, request.config);
    if (train.y.empty())
        throw ml::ModelError(context + ": no training site has an observed " + name + " value");
    const auto totalWeight = [](const Rows& rows) {
        return std::accumulate(rows.weight.begin(), rows.weight.end(), 0.0);
    };
    if (!(totalWeight(train) > 0.0))
        throw ml::ModelError(context + ": every training day has QC weight 0 (NEE QC 0 or a QC "
                                       "missing weight of 0); turn qc_weighting off to train");
    const Rows valid = rowsFor(validation, target, width, request.config);

    detail::DMatrix dtrain(train.x.data(), train.y.size(), width, context);
    dtrain.setLabels(train.y.data(), train.y.size(), context);
    dtrain.setWeights(train.weight.data(), train.weight.size(), context);
    detail::DMatrix dvalid;
    const bool haveValidation = !valid.y.empty() && totalWeight(valid) > 0.0;
    if (haveValidation) {
        dvalid = detail::DMatrix(valid.x.data(), valid.y.size(), width, context);
        dvalid.setLabels(valid.y.data(), valid.y.size(), context);
        dvalid.setWeights(valid.weight.data(), valid.weight.size(), context);
    }
    DMatrixHandle cache[] = {dtrain.get(), dvalid.get()};
    BoosterHandle handle = nullptr;
    check(XGBoosterCreate(cache, haveValidation ? 2 : 1, &handle), context);
    detail::Booster booster(handle);
    configure(booster.get(), request.config, context);

    DMatrixHandle evalSet[] = {haveValidation ? dvalid.get() : dtrain.get()};
    const char* evalNames[] = {haveValidation ? "valid" : "train"};
    double best = INFINITY;
    int bestRound = 0;
    int round = 0;
    const int maxRounds = request.config.max_rounds;
    for (round = 1; round <= maxRounds; ++round) {
        check(XGBoosterUpdateOneIter(booster.get(), round - 1, dtrain.get()), context);
        const char* evalText = nullptr;
        check(XGBoosterEvalOneIter(booster.get(), round - 1, evalSet, evalNames, 1, &evalText),
              context);
        const double rmse = parseMetric(evalText, context);
        if (rmse < best) {
            best = rmse;
            bestRound = round;
        }
        const bool stop =
            (haveValidation && round - bestRound >= request.config.early_stopping_rounds) ||
            round == maxRounds || (request.cancel && request.cancel->load());
        if (request.progress)
            request.progress({name, round, maxRounds, rmse, bestRound, stop});
        if (stop)
            break;
    }
    keptRounds = haveValidation ? bestRound : std::min(round, maxRounds);
    int boosted = 0;
    check(XGBoosterBoostedRounds(booster.get(), &boosted), context);
    if (keptRounds < boosted) {
        BoosterHandle sliced = nullptr;
        check(XGBoosterSlice(booster.get(), 0, keptRounds, 1, &sliced), context);
        return detail::Booster(sliced);
    }
    return booster;
}
} // namespace

XgbModel::XgbModel(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
XgbModel::~XgbModel() = default;
XgbModel::XgbModel(XgbModel&&) noexcept = default;
XgbModel& XgbModel::operator=(XgbModel&&) noexcept = default;

const std::string& XgbModel::name() const {
    return m_impl->name;
}
const XgbConfig& XgbModel::config() const {
    return m_impl->config;
}
const std::vector<std::string>& XgbModel::features() const {
    return m_impl->features;
}
const std::vector<std::string>& XgbModel::drivers() const {
    return m_impl->drivers;
}
const std::string& XgbModel::featurePreset() const {
    return m_impl->featurePreset;
}
const std::vector<std::string>& XgbModel::trainingSites() const {
    return m_impl->trainingSites;
}
const std::vector<std::string>& XgbModel::validationSites() const {
    return m_impl->validationSites;
}
const std::vector<std::string>& XgbModel::heldOutSites() const {
    return m_impl->heldOutSites;
}
const std::string& XgbModel::dataHash() const {
    return m_impl->dataHash;
}
int XgbModel::rounds(int target) const {
    return m_impl->rounds.at(static_cast<std::size_t>(target));
}

XgbModel XgbModel::train(const std::vector<ml::SiteSeries>& sites, const XgbTrainRequest& request) {
    validateXgbConfig(request.config);
    if (request.drivers.empty())
        throw ml::ModelError("XGBoost training: no input drivers given");
    if (std::set<std::string>(request.drivers.begin(), request.drivers.end()).size() !=
        request.drivers.size())
        throw ml::ModelError("XGBoost training: the driver list names a driver twice");
    detail::quietLibrary();
    auto impl = std::make_unique<Impl>();
    impl->name = request.name.empty() ? std::string(kXgbDefaultName) : request.name;
    impl->createdUtc = utcNow();
    impl->config = request.config;
    impl->drivers = request.drivers;
    impl->featurePreset = request.featurePreset;
    impl->features = xgbFeatureNames(impl->drivers);
    const std::set<std::string> heldOut(request.heldOut.begin(), request.heldOut.end());
    impl->heldOutSites.assign(heldOut.begin(), heldOut.end());

    std::vector<const ml::SiteSeries*> pool;
    for (const ml::SiteSeries& s : sites)
        if (!heldOut.contains(s.id) && hasTargets(s))
            pool.push_back(&s);
    std::sort(pool.begin(), pool.end(), [](auto* a, auto* b) { return a->id < b->id; });
    if (pool.empty())
        throw ml::ModelError("XGBoost training: no site with flux observations outside the "
                             "held-out sites");
    // Validation sites for early stopping: a seeded draw from the sorted training sites.
    std::vector<const ml::SiteSeries*> shuffled = pool;
    std::mt19937_64 rng(request.config.seed);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    std::size_t validationCount = 0;
    if (request.config.validation_fraction > 0 && pool.size() >= 2)
        validationCount = std::clamp<std::size_t>(
            static_cast<std::size_t>(std::lround(request.config.validation_fraction * pool.size())),
            1, pool.size() - 1);
    std::set<std::string> validationIds;
    for (std::size_t i = 0; i < validationCount; ++i)
        validationIds.insert(shuffled[i]->id);

    const std::size_t width = impl->features.size();
    std::vector<SiteTable> training, validation;
    Hasher hasher;
    for (const ml::SiteSeries* s : pool) {
        SiteTable t{s, featureTable(*s, impl->drivers, impl->features), targetsOf(*s)};
        hasher.add(s->id);
        hasher.add(s->dayNumbers.data(), s->dayNumbers.size() * sizeof(int));
        hasher.add(t.x.data(), t.x.size() * sizeof(float));
        for (const auto& y : t.y)
            hasher.add(y.data(), y.size() * sizeof(float));
        if (validationIds.contains(s->id)) {
            impl->validationSites.push_back(s->id);
            validation.push_back(std::move(t));
        } else {
            impl->trainingSites.push_back(s->id);
            training.push_back(std::move(t));
        }
    }
    for (const std::string& f : impl->features)
        hasher.add(f);
    impl->dataHash = hasher.hex();

    for (int target = 0; target < 3; ++target)
        impl->boosters[static_cast<std::size_t>(target)] =
            trainTarget(target, training, validation, width, request,
                        impl->rounds[static_cast<std::size_t>(target)]);
    return XgbModel(std::move(impl));
}

XgbPrediction XgbModel::predict(const ml::SiteSeries& site) const {
    XgbPrediction out;
    out.siteId = site.id;
    out.dayNumbers = site.dayNumbers;
    const std::size_t rows = site.dayNumbers.size();
    if (rows == 0)
        return out;
    const std::size_t width = m_impl->features.size();
    const std::vector<float> x = featureTable(site, m_impl->drivers, m_impl->features);
    const std::string context = "XGBoost prediction for site " + site.id;
    detail::DMatrix dmat(x.data(), rows, width, context);

    // Days without any measured driver get no prediction (derived columns alone mean nothing).
    std::vector<bool> noDriver(rows, true);
    const std::vector<std::string>& drivers = m_impl->drivers;
    for (std::size_t f = 0; f < width; ++f) {
        const std::string& name = m_impl->features[f];
        if (name == "DOY_SIN" || name == "DOY_COS" ||
            std::find(drivers.begin(), drivers.end(), name) == drivers.end())
            continue;
        for (std::size_t r = 0; r < rows; ++r)
            if (std::isfinite(x[r * width + f]))
                noDriver[r] = false;
    }

    std::array<std::vector<float>*, 3> targets = {&out.gpp, &out.reco, &out.nee};
    for (std::size_t t = 0; t < 3; ++t) {
        const bst_ulong* shape = nullptr;
        bst_ulong dims = 0;
        const float* result = nullptr;
        check(
            XGBoosterPredictFromDMatrix(
                m_impl->boosters[t].get(), dmat.get(),
                R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0, "strict_shape": false})",
                &shape, &dims, &result),
            context);
        bst_ulong count = 1;
        for (bst_ulong d = 0; d < dims; ++d)
            count *= shape[d];
        if (count != rows)
            throw ml::ModelError(context + ": XGBoost returned " + std::to_string(count) +
                                 " values for " + std::to_string(rows) + " days");
        targets[t]->assign(result, result + rows);
        for (std::size_t r = 0; r < rows; ++r) {
            float& v = (*targets[t])[r];
            if (noDriver[r])
                v = std::nanf("");
            else if (t != 2 && v < 0) // GPP and RECO are not negative
                v = 0;
        }
    }
    return out;
}

void XgbModel::setThreads(int threads) {
    if (threads < 0)
        throw ml::ModelError("XGBoost: the thread count must not be negative");
    for (detail::Booster& b : m_impl->boosters)
        check(XGBoosterSetParam(b.get(), "nthread", std::to_string(threads).c_str()),
              "XGBoost: setting the thread count");
}

std::string xgboostVersionString() {
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

} // namespace fluxlens::xgb
