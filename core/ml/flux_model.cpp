#include "ml/flux_model.h"

#include "common/join.h"
#include "ml/data_hasher.h"
#include "ml/engine.h"
#include "ml/feature_preset.h"
#include "ml/model_error.h"
#include "ml/site_split.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <torch/version.h>

namespace fluxlens::ml {

using detail::FilmTensors;
using detail::Network;
using detail::WindowRef;

std::string torchVersionString() {
    return "LibTorch " + std::to_string(TORCH_VERSION_MAJOR) + "." +
           std::to_string(TORCH_VERSION_MINOR) + "." + std::to_string(TORCH_VERSION_PATCH);
}

bool cudaAvailable() {
    return torch::cuda::is_available();
}

FluxModel::FluxModel(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
FluxModel::~FluxModel() = default;
FluxModel::FluxModel(FluxModel&&) noexcept = default;
FluxModel& FluxModel::operator=(FluxModel&&) noexcept = default;

ModelKind FluxModel::kind() const {
    return m_impl->kind;
}
const std::string& FluxModel::name() const {
    return m_impl->name;
}
const MlConfig& FluxModel::config() const {
    return m_impl->config;
}
int FluxModel::memberCount() const {
    return static_cast<int>(m_impl->members.size());
}
const std::vector<std::string>& FluxModel::trainingSites() const {
    return m_impl->trainingSites;
}
const std::vector<std::string>& FluxModel::validationSites() const {
    return m_impl->validationSites;
}
const std::vector<std::string>& FluxModel::heldOutSites() const {
    return m_impl->heldOutSites;
}
const std::string& FluxModel::dataHash() const {
    return m_impl->dataHash;
}
const std::string& FluxModel::featurePreset() const {
    return m_impl->featurePreset;
}

void FluxModel::setDevice(const std::string& device, int threads) {
    m_impl->device = detail::resolveDevice(device);
    detail::applyThreads(threads);
    for (Network& net : m_impl->members)
        net->to(m_impl->device);
}

namespace {
std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

FluxModel FluxModel::train(const std::vector<SiteSeries>& sites, const TrainRequest& request) {
    const MlConfig& config = request.config;
    validateConfig(config);
    if (request.firstMember < 0)
        throw std::invalid_argument("firstMember must not be negative");
    auto impl = std::make_unique<Impl>();
    impl->kind = request.kind;
    impl->name = request.name.empty() ? std::string(defaultModelName(request.kind)) : request.name;
    impl->config = config;
    impl->device = detail::resolveDevice(config.device);
    detail::applyThreads(config.threads);
    impl->createdUtc = utcNow();
    impl->featurePreset =
        request.featurePreset.empty() ? presetOfFeatures(config.features) : request.featurePreset;

    const std::array<bool, kTargetCount> selected = selectedTargets(config);
    const std::set<std::string> heldOut(request.heldOut.begin(), request.heldOut.end());
    std::set<std::string> seen;
    std::vector<const SiteSeries*> candidates;
    for (const SiteSeries& s : sites) {
        if (!seen.insert(s.id).second)
            throw ModelError("site " + s.id + " appears twice in the training data");
        if (heldOut.count(s.id))
            continue;
        const std::vector<float>* series[kTargetCount] = {&s.gpp_gC_m2_d, &s.reco_gC_m2_d,
                                                          &s.nee_gC_m2_d};
        bool hasTargets = false;
        for (int t = 0; t < kTargetCount; ++t)
            hasTargets = hasTargets || (selected[std::size_t(t)] &&
                                        std::any_of(series[t]->begin(), series[t]->end(),
                                                    [](float v) { return std::isfinite(v); }));
        if (hasTargets)
            candidates.push_back(&s);
    }
    if (candidates.empty())
        throw ModelError("no training site with observed " + joined(config.targets, "/") +
                         " (after removing held-out sites)");
    impl->heldOutSites.assign(heldOut.begin(), heldOut.end());
    if (request.kind == ModelKind::TamRl)
        for (const SiteSeries& s : sites)
            if (heldOut.count(s.id) && !s.dayNumbers.empty())
                impl->heldOutScoredFrom[s.id] = firstDayAfterSupport(s, config);

    std::vector<std::string> validationIds;
    if (candidates.size() >= 3 && config.validation_fraction > 0)
        validationIds = stratifiedSiteSample(candidates, config.validation_fraction, config.seed);
    const std::set<std::string> validationSet(validationIds.begin(), validationIds.end());
    std::vector<const SiteSeries*> trainingSeries, validationSeries;
    for (const SiteSeries* s : candidates)
        (validationSet.count(s->id) ? validationSeries : trainingSeries).push_back(s);
    for (const SiteSeries* s : trainingSeries)
        impl->trainingSites.push_back(s->id);
    impl->validationSites = validationIds;

    impl->norm = fitNormalisation(trainingSeries, config.features, selected);
    impl->dataHash = trainingDataHash(trainingSeries, config.features);
    const ClassWeights weights = inverseFrequencyWeights(trainingSeries);
    std::vector<PreparedSite> training, validation;
    for (const SiteSeries* s : trainingSeries)
        training.push_back(prepareSite(*s, impl->norm, config, &weights));
    for (const SiteSeries* s : validationSeries)
        validation.push_back(prepareSite(*s, impl->norm, config, &weights));

    const int features = static_cast<int>(config.features.size());
    for (int k = 0; k < config.seeds; ++k) {
        const std::uint64_t seed =
            config.seed + static_cast<std::uint64_t>(request.firstMember + k);
        torch::manual_seed(seed);
        Network net(request.kind, config, features);
        net->to(impl->device);
        bool cancelled = false;
        const double best = detail::trainMember(net, k, training, validation, config, seed,
                                                impl->device, request, cancelled);
        impl->members.push_back(net);
        impl->memberSeeds.push_back(seed);
        impl->memberValidationLoss.push_back(best);
        if (cancelled) {
            impl->cancelled = true;
            break;
        }
    }
    return FluxModel(std::move(impl));
}

namespace {
torch::Tensor embeddingRow(const MemberEmbeddings& embeddings, std::size_t member,
                           const FluxModel::Impl& impl, const char* whose) {
    if (embeddings.size() != impl.members.size() ||
        embeddings[member].size() != static_cast<std::size_t>(impl.config.embedding))
        throw ModelError(std::string("the precomputed task embeddings of ") + whose +
                         " do not fit model '" + impl.name + "' (" +
                         std::to_string(impl.members.size()) + " members of " +
                         std::to_string(impl.config.embedding) + " values expected)");
    const std::vector<float>& row = embeddings[member];
    return torch::from_blob(const_cast<float*>(row.data()), {1, static_cast<int64_t>(row.size())},
                            torch::kFloat32)
        .clone()
        .to(impl.device);
}

// The site's prepared record, made on first use (precomputed embeddings may make it unnecessary).
class LazySite {
public:
    LazySite(const SiteSeries& series, const FluxModel::Impl& impl)
        : m_series(series)
        , m_impl(impl) {}
    const PreparedSite& get() {
        if (!m_site)
            m_site = prepareSite(m_series, m_impl.norm, m_impl.config, nullptr);
        return *m_site;
    }

private:
    const SiteSeries& m_series;
    const FluxModel::Impl& m_impl;
    std::optional<PreparedSite> m_site;
};

FilmTensors memberFilm(Network& net, std::size_t member, LazySite& site, const FilmControl& film,
                       const FluxModel::Impl& impl, torch::Tensor* embeddingOut) {
    auto embedding = film.siteEmbeddings
                         ? embeddingRow(*film.siteEmbeddings, member, impl, "the site")
                         : detail::siteEmbedding(net, site.get(), impl.config, impl.device);
    if (film.embeddingFrom) {
        torch::Tensor otherEmbedding;
        if (film.embeddingFromEmbeddings) {
            otherEmbedding = embeddingRow(*film.embeddingFromEmbeddings, member, impl,
                                          ("site " + film.embeddingFrom->id).c_str());
        } else {
            const PreparedSite other =
                prepareSite(*film.embeddingFrom, impl.norm, impl.config, nullptr);
            otherEmbedding = detail::siteEmbedding(net, other, impl.config, impl.device);
        }
        embedding = (1.0 - film.mix) * embedding + film.mix * otherEmbedding;
    }
    if (embeddingOut)
        *embeddingOut = embedding;
    return net->generator->forward(embedding);
}

std::vector<float> toVector(const torch::Tensor& t) {
    const auto c = t.detach().to(torch::kCPU).contiguous().to(torch::kFloat32);
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

// One member's prediction [days, 3] in gC m-2 d-1: GPP and RECO clipped at 0, untrained targets
// derived from NEE = RECO - GPP when two are trained, NaN otherwise.
void completeTargets(torch::Tensor& prediction, const std::array<bool, kTargetCount>& trained) {
    auto gpp = prediction.select(1, kGpp), reco = prediction.select(1, kReco),
         nee = prediction.select(1, kNee);
    gpp.clamp_min_(0.0);
    reco.clamp_min_(0.0);
    const int count = int(trained[kGpp]) + int(trained[kReco]) + int(trained[kNee]);
    if (count == kTargetCount)
        return;
    if (count == 2) {
        if (!trained[kGpp])
            gpp.copy_((reco - nee).clamp_min(0.0));
        else if (!trained[kReco])
            reco.copy_((nee + gpp).clamp_min(0.0));
        else
            nee.copy_(reco - gpp);
        return;
    }
    for (int t = 0; t < kTargetCount; ++t)
        if (!trained[std::size_t(t)])
            prediction.select(1, t).fill_(std::numeric_limits<float>::quiet_NaN());
}

// Day offsets [first, last] of the record to predict (both included); first > last: none.
struct DaySpan {
    int first = 0;
    int last = -1;
};

SitePrediction predictImpl(const FluxModel::Impl& impl, const SiteSeries& series,
                           const FilmControl* film, const std::optional<DayRange>& range) {
    if (impl.members.empty())
        throw ModelError("model has no trained members");
    if (range && range->firstDay > range->lastDay)
        throw std::invalid_argument("site " + series.id + ": the day range to predict is empty (" +
                                    std::to_string(range->firstDay) + " > " +
                                    std::to_string(range->lastDay) + ")");
    torch::NoGradGuard guard;
    SitePrediction out;
    out.siteId = series.id;
    LazySite lazy(series, impl);
    const PreparedSite& site = lazy.get();
    DaySpan span{0, site.days - 1};
    if (range) {
        span.first = std::max(span.first, range->firstDay - site.firstDayNumber);
        span.last = std::min(span.last, range->lastDay - site.firstDayNumber);
        if (span.first > span.last)
            return out; // the range lies outside the record
    }
    const int W = impl.config.window_days;
    const int scoredFrom = impl.config.loss_last_days > 0 ? W - impl.config.loss_last_days : 0;
    // Only the windows overlapping the span, in the order predict() adds them, so every day gets
    // the same sum of the same window outputs.
    std::vector<int> starts;
    for (int s : inferenceWindowStarts(site.days, W, impl.config.stride_days))
        if (s <= span.last && s + W > span.first)
            starts.push_back(s);
    const int origin = starts.front();
    const int extent = starts.back() + W - origin;
    const std::array<bool, kTargetCount> trained = selectedTargets(impl.config);
    std::vector<torch::Tensor> memberPredictions;
    for (std::size_t m = 0; m < impl.members.size(); ++m) {
        Network net = impl.members[m];
        FilmTensors f;
        const bool modulated = film && impl.kind == ModelKind::TamRl;
        if (modulated)
            f = memberFilm(net, m, lazy, *film, impl, nullptr);
        auto sum = torch::zeros({extent, 3});
        auto count = torch::zeros({extent, 1});
        for (std::size_t i = 0; i < starts.size(); i += 256) {
            std::vector<WindowRef> rows;
            for (std::size_t k = i; k < std::min(starts.size(), i + 256); ++k)
                rows.push_back({&site, starts[k]});
            const auto batch = detail::assembleWindows(rows, *net, W, impl.device);
            torch::Tensor pred;
            if (modulated) {
                const FilmTensors rowsFilm =
                    f.rows(torch::zeros({static_cast<int64_t>(rows.size())},
                                        torch::TensorOptions(torch::kLong).device(impl.device)));
                pred = net->decoder->forward(batch.x, &rowsFilm, film->scale);
            } else {
                pred = net->decoder->forward(batch.x, nullptr, 1.0);
            }
            pred = pred.to(torch::kCPU);
            for (std::size_t k = 0; k < rows.size(); ++k) {
                // With loss_last_days only a window's trained days count; the record's first
                // window alone gives the days before them.
                const int from = rows[k].start == 0 ? 0 : scoredFrom;
                sum.narrow(0, rows[k].start - origin + from, W - from)
                    .add_(pred[static_cast<int64_t>(k)].narrow(0, from, W - from));
                count.narrow(0, rows[k].start - origin + from, W - from).add_(1.0);
            }
        }
        const int offset = span.first - origin, length = span.last - span.first + 1;
        auto mean =
            (sum.narrow(0, offset, length) / count.narrow(0, offset, length).clamp_min(1.0)) *
            impl.norm.targetScale;
        completeTargets(mean, trained);
        memberPredictions.push_back(mean);
    }
    const auto stacked = torch::stack(memberPredictions);
    const auto mean = stacked.mean(0);
    // Population standard deviation over members, written out (Tensor::std's overloads differ
    // between LibTorch 1.x and 2.x).
    const auto sd = (stacked - mean.unsqueeze(0)).pow(2).mean(0).sqrt();
    for (int d = span.first; d <= span.last; ++d)
        out.dayNumbers.push_back(site.firstDayNumber + d);
    out.gpp = toVector(mean.select(1, 0));
    out.reco = toVector(mean.select(1, 1));
    out.nee = toVector(mean.select(1, 2));
    out.gppSd = toVector(sd.select(1, 0));
    out.recoSd = toVector(sd.select(1, 1));
    out.neeSd = toVector(sd.select(1, 2));
    return out;
}
} // namespace

SitePrediction FluxModel::predict(const SiteSeries& site, const FilmControl& film) const {
    return predictImpl(*m_impl, site, &film, std::nullopt);
}

SitePrediction FluxModel::predict(const SiteSeries& site, const FilmControl& film,
                                  const DayRange& days) const {
    return predictImpl(*m_impl, site, &film, days);
}

SitePrediction FluxModel::predictBare(const SiteSeries& site) const {
    return predictImpl(*m_impl, site, nullptr, std::nullopt);
}

FilmParameters FluxModel::filmParameters(const SiteSeries& series, const FilmControl& film,
                                         int member) const {
    if (m_impl->kind != ModelKind::TamRl)
        throw ModelError("model '" + m_impl->name + "' (" +
                         std::string(modelKindCode(m_impl->kind)) + ") has no FiLM layers");
    if (member < 0 || member >= memberCount())
        throw ModelError("ensemble member " + std::to_string(member) + " does not exist");
    torch::NoGradGuard guard;
    LazySite site(series, *m_impl);
    Network net = m_impl->members[static_cast<std::size_t>(member)];
    torch::Tensor embedding;
    const FilmTensors f =
        memberFilm(net, static_cast<std::size_t>(member), site, film, *m_impl, &embedding);
    // A pair that film_at leaves unapplied acts as the identity (scale 0).
    const double s1 = net->decoder->filmOnInput ? film.scale : 0.0;
    const double s2 = net->decoder->filmOnHidden ? film.scale : 0.0;
    FilmParameters out;
    out.embedding = toVector(embedding);
    out.gamma1 = toVector(1.0 + s1 * (f.gamma1 - 1.0));
    out.beta1 = toVector(s1 * f.beta1 + 0.0); // + 0.0: no -0 at scale 0
    out.gamma2 = toVector(1.0 + s2 * (f.gamma2 - 1.0));
    out.beta2 = toVector(s2 * f.beta2 + 0.0);
    return out;
}

std::vector<float> FluxModel::taskEmbedding(const SiteSeries& series, int member) const {
    if (m_impl->kind != ModelKind::TamRl)
        throw ModelError("model '" + m_impl->name + "' has no task encoder");
    if (member < 0 || member >= memberCount())
        throw ModelError("ensemble member " + std::to_string(member) + " does not exist");
    torch::NoGradGuard guard;
    const PreparedSite site = prepareSite(series, m_impl->norm, m_impl->config, nullptr);
    Network net = m_impl->members[static_cast<std::size_t>(member)];
    return toVector(detail::siteEmbedding(net, site, m_impl->config, m_impl->device));
}

MemberEmbeddings FluxModel::taskEmbeddings(const SiteSeries& series) const {
    if (m_impl->kind != ModelKind::TamRl)
        throw ModelError("model '" + m_impl->name + "' has no task encoder");
    torch::NoGradGuard guard;
    const PreparedSite site = prepareSite(series, m_impl->norm, m_impl->config, nullptr);
    MemberEmbeddings out;
    for (Network net : m_impl->members)
        out.push_back(toVector(detail::siteEmbedding(net, site, m_impl->config, m_impl->device)));
    return out;
}

} // namespace fluxlens::ml
