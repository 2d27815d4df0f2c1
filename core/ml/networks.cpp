#include "ml/networks.h"

#include "ml/dataset.h"
#include "ml/film_math.h"
#include "ml/fused_lstm.h"

#include <algorithm>
#include <stdexcept>

namespace fluxlens::ml::detail {

torch::Tensor film(const torch::Tensor& x, const torch::Tensor& gamma, const torch::Tensor& beta,
                   double scale) {
    if (scale == 1.0)
        return gamma * x + beta;
    return (1.0 + scale * (gamma - 1.0)) * x + scale * beta;
}

LossOut fluxLoss(const torch::Tensor& pred, const torch::Tensor& target, const torch::Tensor& mask,
                 const torch::Tensor& weight, double alpha) {
    const auto w = weight.unsqueeze(-1);
    const auto squared = (pred - target).pow(2) * mask * w;
    const auto leading = pred.dim() - 1;
    std::vector<int64_t> dims;
    for (int64_t d = 0; d < leading; ++d)
        dims.push_back(d);
    const auto perTarget = squared.sum(dims) / mask.sum(dims).clamp_min(1.0);
    LossOut out;
    out.mse = perTarget.sum();
    const auto gpp = pred.select(-1, 0), reco = pred.select(-1, 1), nee = pred.select(-1, 2);
    out.flux = (nee - (reco - gpp)).pow(2).mean();
    out.total = out.mse + alpha * out.flux;
    return out;
}

LossOut windowLoss(const torch::Tensor& pred, const torch::Tensor& target,
                   const torch::Tensor& mask, const torch::Tensor& weight, const MlConfig& config) {
    const int64_t days = pred.size(1);
    const int64_t scored =
        config.loss_last_days > 0 ? std::min<int64_t>(config.loss_last_days, days) : days;
    if (scored == days)
        return fluxLoss(pred, target, mask, weight, fluxLossWeight(config));
    auto last = [&](const torch::Tensor& t) { return t.narrow(1, days - scored, scored); };
    return fluxLoss(last(pred), last(target), last(mask), last(weight), fluxLossWeight(config));
}

FilmTensors FilmTensors::rows(const torch::Tensor& index) const {
    return {gamma1.index_select(0, index), beta1.index_select(0, index),
            gamma2.index_select(0, index), beta2.index_select(0, index)};
}

DecoderImpl::DecoderImpl(int inputs, const MlConfig& config)
    : filmOnInput(config.film_at != "hidden")
    , filmOnHidden(config.film_at != "input")
    , dropout(config.dropout) {
    lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(inputs, config.hidden)
                                                       .num_layers(config.layers)
                                                       .batch_first(true)));
    heads = register_module("heads", torch::nn::Linear(config.hidden, 3));
}

torch::Tensor DecoderImpl::forward(const torch::Tensor& x, const FilmTensors* f, double scale) {
    torch::Tensor input = x;
    if (f && filmOnInput)
        input = film(x, f->gamma1.unsqueeze(1), f->beta1.unsqueeze(1), scale);
    torch::Tensor h = runLstm(lstm, input);
    if (f && filmOnHidden)
        h = film(h, f->gamma2.unsqueeze(1), f->beta2.unsqueeze(1), scale);
    // Skipped at 0 so that the default draws nothing from the random generator.
    if (dropout > 0.0)
        h = torch::dropout(h, dropout, is_training());
    return heads->forward(h);
}

TaskEncoderImpl::TaskEncoderImpl(int inputs, int hidden, int embedding) {
    lstm = register_module(
        "lstm", torch::nn::LSTM(
                    torch::nn::LSTMOptions(inputs, hidden).batch_first(true).bidirectional(true)));
    project = register_module("project", torch::nn::Linear(2 * hidden, embedding));
}

torch::Tensor TaskEncoderImpl::forward(const torch::Tensor& x) {
    return project->forward(runLstm(lstm, x).mean(1));
}

GeneratorImpl::GeneratorImpl(int embedding, int hidden, int in, int decHidden)
    : inputs(in)
    , decoderHidden(decHidden) {
    first = register_module("first", torch::nn::Linear(embedding, hidden));
    second = register_module("second", torch::nn::Linear(hidden, 2 * in + 2 * decHidden));
    torch::NoGradGuard guard;
    second->weight.mul_(0.1);
    second->bias.zero_();
}

FilmTensors GeneratorImpl::forward(const torch::Tensor& embedding) {
    const auto raw = second->forward(torch::relu(first->forward(embedding)));
    const auto parts = raw.split_with_sizes({inputs, inputs, decoderHidden, decoderHidden}, 1);
    return {1.0 + parts[0], parts[1], 1.0 + parts[2], parts[3]};
}

NetworkImpl::NetworkImpl(ModelKind k, const MlConfig& config, int f)
    : kind(k)
    , features(f) {
    decoderInputs = kind == ModelKind::CtLstm ? f + kIgbpOneHot + kKoppenOneHot : f;
    encoderUsesFluxes = config.encoder_uses_fluxes;
    encoderUsesClasses = config.encoder_uses_classes;
    encoderInputs = f + (config.encoder_uses_fluxes ? 2 * kTargetCount : 0) +
                    (config.encoder_uses_classes ? kIgbpOneHot + kKoppenOneHot : 0);
    decoder = register_module("decoder", Decoder(decoderInputs, config));
    if (kind == ModelKind::TamRl) {
        encoder = register_module(
            "encoder", TaskEncoder(encoderInputs, config.encoder_hidden, config.embedding));
        generator =
            register_module("generator", Generator(config.embedding, config.generator_hidden,
                                                   decoderInputs, config.hidden));
    }
}

std::vector<std::pair<std::string, torch::Tensor>> namedParameters(const Network& net) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& item : net->named_parameters(true))
        out.emplace_back(item.key(), item.value());
    return out;
}

std::vector<torch::Tensor> snapshot(const Network& net) {
    std::vector<torch::Tensor> state;
    for (const auto& p : net->parameters())
        state.push_back(p.detach().clone());
    return state;
}

void restore(Network& net, const std::vector<torch::Tensor>& state) {
    torch::NoGradGuard guard;
    auto params = net->parameters();
    for (std::size_t i = 0; i < params.size() && i < state.size(); ++i)
        params[i].copy_(state[i]);
}

} // namespace fluxlens::ml::detail

namespace fluxlens::ml {

namespace {
torch::Tensor fromVector(const std::vector<float>& v) {
    return torch::from_blob(const_cast<float*>(v.data()), {static_cast<int64_t>(v.size())},
                            torch::kFloat32)
        .clone();
}
} // namespace

std::vector<float> applyFilm(const std::vector<float>& x, const std::vector<float>& gamma,
                             const std::vector<float>& beta, double scale) {
    const auto n = static_cast<int64_t>(gamma.size());
    if (n == 0 || beta.size() != gamma.size() || x.size() % gamma.size() != 0)
        throw std::invalid_argument(
            "applyFilm: x must be rows x n with gamma and beta of length n");
    const auto xt = fromVector(x).view({-1, n});
    const auto out = detail::film(xt, fromVector(gamma), fromVector(beta), scale).contiguous();
    return {out.data_ptr<float>(), out.data_ptr<float>() + out.numel()};
}

LossTerms computeLoss(const std::vector<float>& prediction, const std::vector<float>& target,
                      const std::vector<float>& mask, const std::vector<float>& weight,
                      double alpha) {
    const std::size_t n = weight.size();
    if (prediction.size() != 3 * n || target.size() != 3 * n || mask.size() != 3 * n)
        throw std::invalid_argument("computeLoss: prediction, target and mask must be samples x 3");
    const auto s = static_cast<int64_t>(n);
    const auto out =
        detail::fluxLoss(fromVector(prediction).view({s, 3}), fromVector(target).view({s, 3}),
                         fromVector(mask).view({s, 3}), fromVector(weight), alpha);
    return {out.mse.item<double>(), out.flux.item<double>(), out.total.item<double>()};
}

LossTerms computeWindowLoss(const std::vector<float>& prediction, const std::vector<float>& target,
                            const std::vector<float>& mask, const std::vector<float>& weight,
                            int windows, const MlConfig& config) {
    const auto n = static_cast<int64_t>(weight.size());
    if (windows < 1 || n % windows != 0 || prediction.size() != 3 * weight.size() ||
        target.size() != prediction.size() || mask.size() != prediction.size())
        throw std::invalid_argument(
            "computeWindowLoss: prediction, target and mask must be windows x days x 3, weight "
            "windows x days");
    const int64_t days = n / windows;
    const auto out = detail::windowLoss(fromVector(prediction).view({windows, days, 3}),
                                        fromVector(target).view({windows, days, 3}),
                                        fromVector(mask).view({windows, days, 3}),
                                        fromVector(weight).view({windows, days}), config);
    return {out.mse.item<double>(), out.flux.item<double>(), out.total.item<double>()};
}

FilmSensitivity decoderFilmSensitivity(const MlConfig& config, int features, unsigned seed) {
    torch::manual_seed(seed);
    torch::NoGradGuard guard;
    detail::Decoder decoder(features, config);
    decoder->eval();
    const int64_t rows = 3, days = 7;
    const auto x = torch::randn({rows, days, features});
    const detail::FilmTensors film{
        1.0 + 0.3 * torch::randn({rows, features}), 0.3 * torch::randn({rows, features}),
        1.0 + 0.3 * torch::randn({rows, config.hidden}), 0.3 * torch::randn({rows, config.hidden})};
    const auto base = decoder->forward(x, &film, 1.0);
    auto change = [&](const detail::FilmTensors& other) {
        return (decoder->forward(x, &other, 1.0) - base).abs().max().item<double>();
    };
    detail::FilmTensors input = film, hidden = film;
    input.gamma1 = film.gamma1 + 0.5;
    input.beta1 = film.beta1 - 0.5;
    hidden.gamma2 = film.gamma2 + 0.5;
    hidden.beta2 = film.beta2 - 0.5;
    return {change(input), change(hidden)};
}

} // namespace fluxlens::ml
