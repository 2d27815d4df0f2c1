#include "ml/flux_model.h"

#include "ml/data_hasher.h"
#include "ml/engine.h"
#include "ml/model_error.h"
#include "ml/site_split.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>
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

void FluxModel::setDevice(const std::string& device, int threads) {
    m_impl->device = detail::resolveDevice(device);
    detail::applyThreads(threads);
    for (Network& net : m_impl->members)
        net->to(m_impl->device);
}

namespace {
std::string utcNow() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{now - days};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()));
    return text;
}
} // namespace

FluxModel FluxModel::train(const std::vector<SiteSeries>& sites, const TrainRequest& request) {
    const MlConfig& config = request.config;
    validateConfig(config);
    auto impl = std::make_unique<Impl>();
    impl->kind = request.kind;
    impl->name = request.name.empty() ? std::string(defaultModelName(request.kind)) : request.name;
    impl->config = config;
    impl->device = detail::resolveDevice(config.device);
    detail::applyThreads(config.threads);
    impl->createdUtc = utcNow();

    const std::set<std::string> heldOut(request.heldOut.begin(), request.heldOut.end());
    std::set<std::string> seen;
    std::vector<const SiteSeries*> candidates;
    for (const SiteSeries& s : sites) {
        if (!seen.insert(s.id).second)
            throw ModelError("site " + s.id + " appears twice in the training data");
        if (heldOut.count(s.id))
            continue;
        const bool hasTargets = std::any_of(s.gpp_gC_m2_d.begin(), s.gpp_gC_m2_d.end(),
                                            [](float v) { return std::isfinite(v); }) ||
                                std::any_of(s.nee_gC_m2_d.begin(), s.nee_gC_m2_d.end(),
                                            [](float v) { return std::isfinite(v); });
        if (hasTargets)
            candidates.push_back(&s);
    }
    if (candidates.empty())
        throw ModelError("no training site with observed fluxes (after removing held-out sites)");
    impl->heldOutSites.assign(heldOut.begin(), heldOut.end());

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

    impl->norm = fitNormalisation(trainingSeries, config.features);
    impl->dataHash = trainingDataHash(trainingSeries, config.features);
    const ClassWeights weights = inverseFrequencyWeights(trainingSeries);
    std::vector<PreparedSite> training, validation;
    for (const SiteSeries* s : trainingSeries)
        training.push_back(prepareSite(*s, impl->norm, config, &weights));
    for (const SiteSeries* s : validationSeries)
        validation.push_back(prepareSite(*s, impl->norm, config, &weights));

    const int features = static_cast<int>(config.features.size());
    for (int k = 0; k < config.seeds; ++k) {
        const std::uint64_t seed = config.seed + static_cast<std::uint64_t>(k);
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
struct MemberOutput {
    torch::Tensor sum;   // [days, 3] in scaled units
    torch::Tensor count; // [days]
};

FilmTensors memberFilm(Network& net, const PreparedSite& site, const FilmControl& film,
                       const FluxModel::Impl& impl, torch::Tensor* embeddingOut) {
    auto embedding = detail::siteEmbedding(net, site, impl.config, impl.device);
    if (film.embeddingFrom) {
        const PreparedSite other =
            prepareSite(*film.embeddingFrom, impl.norm, impl.config, nullptr);
        const auto otherEmbedding = detail::siteEmbedding(net, other, impl.config, impl.device);
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

SitePrediction predictImpl(const FluxModel::Impl& impl, const SiteSeries& series,
                           const FilmControl* film) {
    if (impl.members.empty())
        throw ModelError("model has no trained members");
    torch::NoGradGuard guard;
    const PreparedSite site = prepareSite(series, impl.norm, impl.config, nullptr);
    const int W = impl.config.window_days;
    const std::vector<int> starts = inferenceWindowStarts(site.days, W, impl.config.stride_days);
    std::vector<torch::Tensor> memberPredictions;
    for (Network net : impl.members) {
        FilmTensors f;
        const bool modulated = film && impl.kind == ModelKind::TamRl;
        if (modulated)
            f = memberFilm(net, site, *film, impl, nullptr);
        auto sum = torch::zeros({site.days + W, 3});
        auto count = torch::zeros({site.days + W, 1});
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
                sum.narrow(0, rows[k].start, W).add_(pred[static_cast<int64_t>(k)]);
                count.narrow(0, rows[k].start, W).add_(1.0);
            }
        }
        auto mean = (sum.narrow(0, 0, site.days) / count.narrow(0, 0, site.days).clamp_min(1.0)) *
                    impl.norm.targetScale;
        mean.select(1, 0).clamp_min_(0.0);
        mean.select(1, 1).clamp_min_(0.0);
        memberPredictions.push_back(mean);
    }
    const auto stacked = torch::stack(memberPredictions);
    const auto mean = stacked.mean(0);
    // Population standard deviation over members, written out (Tensor::std's overloads differ
    // between LibTorch 1.x and 2.x).
    const auto sd = (stacked - mean.unsqueeze(0)).pow(2).mean(0).sqrt();
    SitePrediction out;
    out.siteId = series.id;
    for (int d = 0; d < site.days; ++d)
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
    return predictImpl(*m_impl, site, &film);
}

SitePrediction FluxModel::predictBare(const SiteSeries& site) const {
    return predictImpl(*m_impl, site, nullptr);
}

FilmParameters FluxModel::filmParameters(const SiteSeries& series, const FilmControl& film,
                                         int member) const {
    if (m_impl->kind != ModelKind::TamRl)
        throw ModelError("model '" + m_impl->name + "' (" +
                         std::string(modelKindCode(m_impl->kind)) + ") has no FiLM layers");
    if (member < 0 || member >= memberCount())
        throw ModelError("ensemble member " + std::to_string(member) + " does not exist");
    torch::NoGradGuard guard;
    const PreparedSite site = prepareSite(series, m_impl->norm, m_impl->config, nullptr);
    Network net = m_impl->members[static_cast<std::size_t>(member)];
    torch::Tensor embedding;
    const FilmTensors f = memberFilm(net, site, film, *m_impl, &embedding);
    const double s = film.scale;
    FilmParameters out;
    out.embedding = toVector(embedding);
    out.gamma1 = toVector(1.0 + s * (f.gamma1 - 1.0));
    out.beta1 = toVector(s * f.beta1 + 0.0); // + 0.0: no -0 at scale 0
    out.gamma2 = toVector(1.0 + s * (f.gamma2 - 1.0));
    out.beta2 = toVector(s * f.beta2 + 0.0);
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

} // namespace fluxlens::ml
