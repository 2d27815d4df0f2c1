#include "ml/fused_lstm.h"

#include "ml/film_math.h"

#include <cmath>

namespace fluxlens::ml::detail {

namespace {
using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// Per step: gates = xproj[t] + h W_hh^T, then i, f, o = sigmoid, g = tanh, c = f c + i g,
// h = o tanh(c). Activations, cells and tanh(c) are kept for the backward pass.
struct FusedLstmFunction : torch::autograd::Function<FusedLstmFunction> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, const Tensor& weightIh,
                          const Tensor& weightHh, const Tensor& biasIh, const Tensor& biasHh,
                          bool reverse) {
        const int64_t B = x.size(0), T = x.size(1), I = x.size(2), H = weightHh.size(1);
        Tensor xt = x.transpose(0, 1);
        if (reverse)
            xt = xt.flip(0);
        xt = xt.contiguous();
        const Tensor xproj =
            torch::addmm(biasIh + biasHh, xt.view({T * B, I}), weightIh.t()).view({T, B, 4 * H});
        const auto options = x.options();
        Tensor acts = torch::empty({T, B, 4 * H}, options); // i, f, g, o after activation
        Tensor hs = torch::zeros({T + 1, B, H}, options);
        Tensor cs = torch::zeros({T + 1, B, H}, options);
        Tensor tanhC = torch::empty({T, B, H}, options);
        const Tensor whhT = weightHh.t();
        // Vectorised activations: tanh(z) = 2 sigmoid(2z) - 1, so one sigmoid pass covers all
        // four gates and a second one tanh(c).
        Tensor twiceCell = torch::empty({B, H}, options);
        for (int64_t t = 0; t < T; ++t) {
            Tensor gates = acts[t];
            torch::addmm_out(gates, xproj[t], hs[t], whhT);
            gates.narrow(1, 2 * H, H).mul_(2.0);
            gates.sigmoid_();
            float* g = gates.data_ptr<float>();
            const float* cPrev = cs[t].data_ptr<float>();
            float* c = cs[t + 1].data_ptr<float>();
            float* h = hs[t + 1].data_ptr<float>();
            float* tc = tanhC[t].data_ptr<float>();
            float* twice = twiceCell.data_ptr<float>();
            for (int64_t b = 0; b < B; ++b) {
                float* gb = g + b * 4 * H;
                for (int64_t j = 0; j < H; ++j) {
                    const float gg = 2.0f * gb[2 * H + j] - 1.0f;
                    gb[2 * H + j] = gg;
                    const float cell = gb[H + j] * cPrev[b * H + j] + gb[j] * gg;
                    c[b * H + j] = cell;
                    twice[b * H + j] = 2.0f * cell;
                }
            }
            twiceCell.sigmoid_();
            for (int64_t b = 0; b < B; ++b) {
                const float* gb = g + b * 4 * H;
                for (int64_t j = 0; j < H; ++j) {
                    const float t2 = 2.0f * twice[b * H + j] - 1.0f;
                    tc[b * H + j] = t2;
                    h[b * H + j] = gb[3 * H + j] * t2;
                }
            }
        }
        ctx->save_for_backward({weightIh, weightHh});
        ctx->saved_data["xt"] = xt;
        ctx->saved_data["acts"] = acts;
        ctx->saved_data["hs"] = hs;
        ctx->saved_data["cs"] = cs;
        ctx->saved_data["tanhC"] = tanhC;
        ctx->saved_data["reverse"] = reverse;
        Tensor out = hs.narrow(0, 1, T);
        if (reverse)
            out = out.flip(0);
        return out.transpose(0, 1).contiguous();
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const Tensor& weightIh = saved[0];
        const Tensor& weightHh = saved[1];
        const Tensor xt = ctx->saved_data["xt"].toTensor();
        const Tensor acts = ctx->saved_data["acts"].toTensor();
        const Tensor hs = ctx->saved_data["hs"].toTensor();
        const Tensor cs = ctx->saved_data["cs"].toTensor();
        const Tensor tanhC = ctx->saved_data["tanhC"].toTensor();
        const bool reverse = ctx->saved_data["reverse"].toBool();
        const int64_t T = xt.size(0), B = xt.size(1), I = xt.size(2), H = weightHh.size(1);

        Tensor gy = grads[0].transpose(0, 1);
        if (reverse)
            gy = gy.flip(0);
        gy = gy.contiguous();
        Tensor dGates = torch::empty({T, B, 4 * H}, xt.options());
        Tensor dhNext = torch::zeros({B, H}, xt.options());
        std::vector<float> dcNext(static_cast<std::size_t>(B * H), 0.0f);
        for (int64_t t = T - 1; t >= 0; --t) {
            const float* a = acts[t].data_ptr<float>();
            const float* cPrev = cs[t].data_ptr<float>();
            const float* tc = tanhC[t].data_ptr<float>();
            const float* dy = gy[t].data_ptr<float>();
            const float* dhn = dhNext.data_ptr<float>();
            float* dg = dGates[t].data_ptr<float>();
            for (int64_t b = 0; b < B; ++b) {
                const float* ab = a + b * 4 * H;
                float* db = dg + b * 4 * H;
                for (int64_t j = 0; j < H; ++j) {
                    const int64_t k = b * H + j;
                    const float i = ab[j], f = ab[H + j], g = ab[2 * H + j], o = ab[3 * H + j];
                    const float dh = dy[k] + dhn[k];
                    const float dc =
                        dcNext[static_cast<std::size_t>(k)] + dh * o * (1.0f - tc[k] * tc[k]);
                    db[j] = dc * g * i * (1.0f - i);
                    db[H + j] = dc * cPrev[k] * f * (1.0f - f);
                    db[2 * H + j] = dc * i * (1.0f - g * g);
                    db[3 * H + j] = dh * tc[k] * o * (1.0f - o);
                    dcNext[static_cast<std::size_t>(k)] = dc * f;
                }
            }
            torch::mm_out(dhNext, dGates[t], weightHh);
        }
        const Tensor dFlat = dGates.view({T * B, 4 * H});
        const Tensor dWeightHh = dFlat.t().mm(hs.narrow(0, 0, T).reshape({T * B, H}));
        const Tensor dWeightIh = dFlat.t().mm(xt.view({T * B, I}));
        const Tensor dBias = dFlat.sum(0);
        Tensor dx = dFlat.mm(weightIh).view({T, B, I});
        if (reverse)
            dx = dx.flip(0);
        return {dx.transpose(0, 1), dWeightIh, dWeightHh, dBias, dBias, Tensor()};
    }
};
} // namespace

torch::Tensor fusedLstmLayer(const torch::Tensor& x, const torch::Tensor& weightIh,
                             const torch::Tensor& weightHh, const torch::Tensor& biasIh,
                             const torch::Tensor& biasHh, bool reverse) {
    return FusedLstmFunction::apply(x, weightIh, weightHh, biasIh, biasHh, reverse);
}

torch::Tensor runLstm(torch::nn::LSTM& lstm, const torch::Tensor& x) {
    if (!x.device().is_cpu() || x.scalar_type() != torch::kFloat32)
        return std::get<0>(lstm->forward(x));
    const auto& options = lstm->options;
    const auto params = lstm->named_parameters(/*recurse=*/false);
    torch::Tensor input = x.contiguous();
    for (int64_t layer = 0; layer < options.num_layers(); ++layer) {
        const std::string l = "_l" + std::to_string(layer);
        torch::Tensor forward =
            fusedLstmLayer(input, params["weight_ih" + l], params["weight_hh" + l],
                           params["bias_ih" + l], params["bias_hh" + l], false);
        if (options.bidirectional()) {
            const std::string r = l + "_reverse";
            const torch::Tensor backward =
                fusedLstmLayer(input, params["weight_ih" + r], params["weight_hh" + r],
                               params["bias_ih" + r], params["bias_hh" + r], true);
            input = torch::cat({forward, backward}, 2);
        } else {
            input = forward;
        }
    }
    return input;
}

} // namespace fluxlens::ml::detail

namespace fluxlens::ml {

double fusedLstmDeviation(int batch, int steps, int inputs, int hidden, bool bidirectional,
                          int layers, unsigned seed) {
    torch::manual_seed(seed);
    torch::nn::LSTM lstm(torch::nn::LSTMOptions(inputs, hidden)
                             .num_layers(layers)
                             .batch_first(true)
                             .bidirectional(bidirectional));
    const torch::Tensor x = torch::randn({batch, steps, inputs}).requires_grad_(true);
    const torch::Tensor weights = torch::randn({batch, steps, hidden * (bidirectional ? 2 : 1)});
    auto gradients = [&](bool fused) {
        lstm->zero_grad();
        if (x.grad().defined())
            x.grad().zero_();
        const torch::Tensor y = fused ? detail::runLstm(lstm, x) : std::get<0>(lstm->forward(x));
        (y * weights).sum().backward();
        std::vector<torch::Tensor> out{y.detach().clone(), x.grad().clone()};
        for (const auto& p : lstm->parameters())
            out.push_back(p.grad().clone());
        return out;
    };
    const auto reference = gradients(false);
    const auto fused = gradients(true);
    double deviation = 0;
    for (std::size_t i = 0; i < reference.size(); ++i)
        deviation = std::max(deviation, (reference[i] - fused[i]).abs().max().item<double>());
    return deviation;
}

} // namespace fluxlens::ml
