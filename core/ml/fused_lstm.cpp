#include "ml/fused_lstm.h"

#include "ml/film_math.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <thread>
#include <vector>

namespace fluxlens::ml::detail {

namespace {
using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// Rows of the batch are independent in an LSTM, so the batch is cut into one slice per thread
// and each slice runs its whole recurrence on its own thread, with single-threaded torch and BLAS
// inside. Threading each small per-step GEMM instead (what torch::nn::LSTM gets from OpenMP and
// OpenBLAS) spends most of the time in spin-waits; so do OpenMP workers between parallel regions,
// which is why the slices run on plain threads that block instead. A slice keeps at least
// kMinSliceRows rows.
constexpr int64_t kMinSliceRows = 8;
std::atomic<int> g_sliceThreads{1};

std::vector<int64_t> sliceStarts(int64_t rows) {
    const int64_t slices =
        std::clamp<int64_t>(std::min<int64_t>(g_sliceThreads.load(), rows / kMinSliceRows), 1,
                            std::max<int64_t>(rows, 1));
    std::vector<int64_t> starts;
    for (int64_t s = 0; s <= slices; ++s)
        starts.push_back(rows * s / slices);
    return starts; // slices + 1 boundaries
}

// Runs work(slice) for every slice: slice 0 on the calling thread, the others on threads of their
// own. The workers see detached tensors only and record no autograd graph (grad mode is
// thread-local); the first exception is rethrown here.
template <typename Work>
void forEachSlice(std::size_t slices, const Work& work) {
    if (slices == 1) {
        work(0);
        return;
    }
    std::vector<std::exception_ptr> errors(slices);
    {
        // Joined on every way out, like std::jthread, which the C++17 build of this file lacks
        // (clang with LibTorch 1.13, see CMakeLists.txt).
        struct Workers {
            std::vector<std::thread> threads;
            ~Workers() {
                for (std::thread& t : threads)
                    t.join();
            }
        } pool;
        std::vector<std::thread>& workers = pool.threads;
        for (std::size_t s = 1; s < slices; ++s)
            workers.emplace_back([&, s] {
                try {
                    torch::NoGradGuard noGrad;
                    work(s);
                } catch (...) {
                    errors[s] = std::current_exception();
                }
            });
        try {
            work(0);
        } catch (...) {
            errors[0] = std::current_exception();
        }
    } // joins
    for (const auto& error : errors)
        if (error)
            std::rethrow_exception(error);
}

// What one slice keeps for the backward pass (time-major, [T(+1), rows, ...]).
struct SliceState {
    Tensor xt, acts, hs, cs, tanhC;
};

// Per step: gates = xproj[t] + h W_hh^T, then i, f, o = sigmoid, g = tanh, c = f c + i g,
// h = o tanh(c). Activations, cells and tanh(c) are kept for the backward pass.
SliceState forwardSlice(const Tensor& xSlice, const Tensor& weightIh, const Tensor& weightHh,
                        const Tensor& bias, bool reverse) {
    const int64_t B = xSlice.size(0), T = xSlice.size(1), I = xSlice.size(2), H = weightHh.size(1);
    SliceState st;
    Tensor xt = xSlice.transpose(0, 1);
    if (reverse)
        xt = xt.flip(0);
    st.xt = xt.contiguous();
    const Tensor xproj =
        torch::addmm(bias, st.xt.view({T * B, I}), weightIh.t()).view({T, B, 4 * H});
    const auto options = xSlice.options();
    st.acts = torch::empty({T, B, 4 * H}, options); // i, f, g, o after activation
    st.hs = torch::zeros({T + 1, B, H}, options);
    st.cs = torch::zeros({T + 1, B, H}, options);
    st.tanhC = torch::empty({T, B, H}, options);
    const Tensor whhT = weightHh.t();
    // Vectorised activations: tanh(z) = 2 sigmoid(2z) - 1, so one sigmoid pass covers all
    // four gates and a second one tanh(c).
    Tensor twiceCell = torch::empty({B, H}, options);
    for (int64_t t = 0; t < T; ++t) {
        Tensor gates = st.acts[t];
        torch::addmm_out(gates, xproj[t], st.hs[t], whhT);
        gates.narrow(1, 2 * H, H).mul_(2.0);
        gates.sigmoid_();
        float* g = gates.data_ptr<float>();
        const float* cPrev = st.cs[t].data_ptr<float>();
        float* c = st.cs[t + 1].data_ptr<float>();
        float* h = st.hs[t + 1].data_ptr<float>();
        float* tc = st.tanhC[t].data_ptr<float>();
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
    return st;
}

// Gradients of one slice: dx for its rows, and its share of the weight and bias gradients.
struct SliceGradients {
    Tensor dx, dWeightIh, dWeightHh, dBias;
};

SliceGradients backwardSlice(const SliceState& st, const Tensor& gySlice, const Tensor& weightIh,
                             const Tensor& weightHh, bool reverse) {
    const int64_t T = st.xt.size(0), B = st.xt.size(1), I = st.xt.size(2), H = weightHh.size(1);
    Tensor gy = gySlice.transpose(0, 1);
    if (reverse)
        gy = gy.flip(0);
    gy = gy.contiguous();
    Tensor dGates = torch::empty({T, B, 4 * H}, st.xt.options());
    Tensor dhNext = torch::zeros({B, H}, st.xt.options());
    std::vector<float> dcNext(static_cast<std::size_t>(B * H), 0.0f);
    for (int64_t t = T - 1; t >= 0; --t) {
        const float* a = st.acts[t].data_ptr<float>();
        const float* cPrev = st.cs[t].data_ptr<float>();
        const float* tc = st.tanhC[t].data_ptr<float>();
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
    SliceGradients out;
    out.dWeightHh = dFlat.t().mm(st.hs.narrow(0, 0, T).reshape({T * B, H}));
    out.dWeightIh = dFlat.t().mm(st.xt.view({T * B, I}));
    out.dBias = dFlat.sum(0);
    Tensor dx = dFlat.mm(weightIh).view({T, B, I});
    if (reverse)
        dx = dx.flip(0);
    out.dx = dx.transpose(0, 1);
    return out;
}

struct FusedLstmFunction : torch::autograd::Function<FusedLstmFunction> {
    static Tensor forward(AutogradContext* ctx, const Tensor& x, const Tensor& weightIh,
                          const Tensor& weightHh, const Tensor& biasIh, const Tensor& biasHh,
                          bool reverse) {
        const int64_t B = x.size(0), T = x.size(1), H = weightHh.size(1);
        const Tensor input = x.detach();
        const Tensor wIh = weightIh.detach(), wHh = weightHh.detach();
        const Tensor bias = (biasIh.detach() + biasHh.detach()).contiguous();
        const std::vector<int64_t> starts = sliceStarts(B);
        const std::size_t slices = starts.size() - 1;
        std::vector<SliceState> states(slices);
        Tensor out = torch::empty({B, T, H}, x.options());
        forEachSlice(slices, [&](std::size_t s) {
            const int64_t begin = starts[s], rows = starts[s + 1] - begin;
            states[s] = forwardSlice(input.narrow(0, begin, rows), wIh, wHh, bias, reverse);
            Tensor h = states[s].hs.narrow(0, 1, T);
            if (reverse)
                h = h.flip(0);
            out.narrow(0, begin, rows).copy_(h.transpose(0, 1));
        });
        ctx->save_for_backward({weightIh, weightHh});
        std::vector<Tensor> xt, acts, hs, cs, tanhC;
        for (const SliceState& st : states) {
            xt.push_back(st.xt);
            acts.push_back(st.acts);
            hs.push_back(st.hs);
            cs.push_back(st.cs);
            tanhC.push_back(st.tanhC);
        }
        ctx->saved_data["xt"] = xt;
        ctx->saved_data["acts"] = acts;
        ctx->saved_data["hs"] = hs;
        ctx->saved_data["cs"] = cs;
        ctx->saved_data["tanhC"] = tanhC;
        ctx->saved_data["starts"] = starts;
        ctx->saved_data["reverse"] = reverse;
        ctx->saved_data["inputs"] = x.size(2);
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const Tensor weightIh = saved[0].detach();
        const Tensor weightHh = saved[1].detach();
        const std::vector<Tensor> xt = ctx->saved_data["xt"].toTensorVector();
        const std::vector<Tensor> acts = ctx->saved_data["acts"].toTensorVector();
        const std::vector<Tensor> hs = ctx->saved_data["hs"].toTensorVector();
        const std::vector<Tensor> cs = ctx->saved_data["cs"].toTensorVector();
        const std::vector<Tensor> tanhC = ctx->saved_data["tanhC"].toTensorVector();
        const std::vector<int64_t> starts = ctx->saved_data["starts"].toIntVector();
        const bool reverse = ctx->saved_data["reverse"].toBool();
        const int64_t I = ctx->saved_data["inputs"].toInt();
        const std::size_t slices = starts.size() - 1;
        const Tensor gy = grads[0].detach();
        const int64_t B = gy.size(0), T = gy.size(1);

        Tensor dx = torch::empty({B, T, I}, gy.options());
        std::vector<SliceGradients> parts(slices);
        forEachSlice(slices, [&](std::size_t s) {
            const int64_t begin = starts[s], rows = starts[s + 1] - begin;
            const SliceState st{xt[s], acts[s], hs[s], cs[s], tanhC[s]};
            parts[s] = backwardSlice(st, gy.narrow(0, begin, rows), weightIh, weightHh, reverse);
            dx.narrow(0, begin, rows).copy_(parts[s].dx);
        });
        Tensor dWeightIh = parts[0].dWeightIh, dWeightHh = parts[0].dWeightHh,
               dBias = parts[0].dBias;
        for (std::size_t s = 1; s < slices; ++s) {
            dWeightIh = dWeightIh + parts[s].dWeightIh;
            dWeightHh = dWeightHh + parts[s].dWeightHh;
            dBias = dBias + parts[s].dBias;
        }
        return {dx, dWeightIh, dWeightHh, dBias, dBias, Tensor()};
    }
};
} // namespace

void setLstmThreads(int threads) {
    g_sliceThreads = std::max(1, threads);
}

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
                          int layers, unsigned seed, int threads) {
    const int previousThreads = detail::g_sliceThreads.load();
    detail::setLstmThreads(threads);
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
    detail::setLstmThreads(previousThreads);
    return deviation;
}

} // namespace fluxlens::ml
