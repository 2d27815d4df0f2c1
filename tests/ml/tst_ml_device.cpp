// tst_ml_device --device cpu|cuda: the engine trains, predicts and scores on one device as it does
// on the CPU. Qt-free, so bench/gpu/run.sh builds it next to a CUDA LibTorch without Qt.
//   1. TAM-RL and CT-LSTM train on the device; every held-out prediction is finite.
//   2. Held-out RMSE and R² per target agree with the same training on the CPU (same data and
//      seeds): bit for bit on the CPU (the engine is deterministic there), within tolerance on
//      CUDA, whose kernels sum in another order.
//   3. A model saved from the device loads on the CPU and predicts what it predicted on the device.
// Prints one line per check and exits 1 when any fails.
#include "eval/error_stats.h"
#include "ml/flux_model.h"
#include "synthetic_world.h"

#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace fluxlens;
using namespace fluxlens::ml;
namespace fs = std::filesystem;

namespace {
int g_failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s  %s\n", ok ? "PASS" : "FAIL", what.c_str());
    if (!ok)
        ++g_failures;
}

struct HeldOutScores {
    eval::ErrorStats gpp, reco, nee;
    bool allFinite = true;
    std::vector<float> firstSiteNee; // for comparing a reloaded model
};

HeldOutScores score(const FluxModel& model, const std::vector<SiteSeries>& heldOut) {
    eval::ErrorAccumulator gpp, reco, nee;
    HeldOutScores scores;
    for (const SiteSeries& site : heldOut) {
        const SitePrediction p = model.predict(site);
        for (std::size_t d = 0; d < p.dayNumbers.size(); ++d) {
            scores.allFinite = scores.allFinite && std::isfinite(p.gpp[d]) &&
                               std::isfinite(p.reco[d]) && std::isfinite(p.nee[d]);
            // Record days from the site's first day; the series here has no gaps.
            const std::size_t day = static_cast<std::size_t>(p.dayNumbers[d] - site.dayNumbers[0]);
            gpp.add(site.gpp_gC_m2_d[day], p.gpp[d]);
            reco.add(site.reco_gC_m2_d[day], p.reco[d]);
            nee.add(site.nee_gC_m2_d[day], p.nee[d]);
        }
        if (scores.firstSiteNee.empty())
            scores.firstSiteNee = p.nee;
    }
    scores.gpp = gpp.finish();
    scores.reco = reco.finish();
    scores.nee = nee.finish();
    return scores;
}

MlConfig smallConfig(const std::string& device) {
    MlConfig c;
    c.features = testing::syntheticFeatures();
    c.hidden = 16;
    c.encoder_hidden = 8;
    c.embedding = 4;
    c.generator_hidden = 16;
    c.stage1_epochs = 3;
    c.stage2_epochs = 3;
    c.validation_fraction = 0.0; // every epoch counts: no early stop that could differ by device
    c.device = device;
    return c;
}

bool agree(const eval::ErrorStats& device, const eval::ErrorStats& cpu, bool exact) {
    if (exact)
        return device.n == cpu.n && device.rmse == cpu.rmse && device.r2 == cpu.r2;
    // CUDA sums in another order; after a few epochs of Adam that moves the metrics a little.
    return device.n == cpu.n && std::abs(device.rmse - cpu.rmse) <= 0.05 * cpu.rmse + 0.02 &&
           std::abs(device.r2 - cpu.r2) <= 0.03;
}

std::string describe(const char* target, const eval::ErrorStats& device,
                     const eval::ErrorStats& cpu) {
    char line[200];
    std::snprintf(line, sizeof line, "%s RMSE %.4f vs CPU %.4f, R2 %.4f vs CPU %.4f (n=%lld)",
                  target, device.rmse, cpu.rmse, device.r2, cpu.r2,
                  static_cast<long long>(device.n));
    return line;
}

void checkKind(ModelKind kind, const std::string& device, const std::vector<SiteSeries>& world) {
    const std::string name(defaultModelName(kind));
    TrainRequest request;
    request.kind = kind;
    const std::vector<SiteSeries> heldOut(world.end() - 3, world.end());
    for (const SiteSeries& s : heldOut)
        request.heldOut.push_back(s.id);

    request.config = smallConfig(device);
    const FluxModel onDevice = FluxModel::train(world, request);
    const HeldOutScores deviceScores = score(onDevice, heldOut);
    check(deviceScores.allFinite && deviceScores.nee.n > 0,
          name + " trains on " + device + " and predicts finite fluxes for 3 held-out sites");

    request.config = smallConfig("cpu");
    const HeldOutScores cpuScores = score(FluxModel::train(world, request), heldOut);
    const bool exact = device == "cpu";
    const char* how = exact ? " (bit for bit)" : " (within tolerance)";
    check(agree(deviceScores.gpp, cpuScores.gpp, exact),
          name + " " + describe("GPP", deviceScores.gpp, cpuScores.gpp) + how);
    check(agree(deviceScores.reco, cpuScores.reco, exact),
          name + " " + describe("RECO", deviceScores.reco, cpuScores.reco) + how);
    check(agree(deviceScores.nee, cpuScores.nee, exact),
          name + " " + describe("NEE", deviceScores.nee, cpuScores.nee) + how);

    const fs::path folder =
        fs::temp_directory_path() / ("fluxlens_tst_ml_device_" + std::to_string(getpid()) + "_" +
                                     std::string(modelKindCode(kind)));
    onDevice.save(folder);
    FluxModel reloaded = FluxModel::load(folder);
    reloaded.setDevice("cpu", 1);
    const HeldOutScores again = score(reloaded, heldOut);
    fs::remove_all(folder);
    double worst = 0.0;
    bool sameLength = again.firstSiteNee.size() == deviceScores.firstSiteNee.size();
    for (std::size_t d = 0; sameLength && d < again.firstSiteNee.size(); ++d)
        worst =
            std::max(worst, double(std::abs(again.firstSiteNee[d] - deviceScores.firstSiteNee[d])));
    check(sameLength && worst <= 1e-4, name + " saved from " + device +
                                           ", loaded on the CPU: NEE differs by at most " +
                                           std::to_string(worst) + " gC m-2 d-1");
}
} // namespace

int main(int argc, char** argv) {
    std::string device = "cpu";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--device" && i + 1 < argc)
            device = argv[++i];
        else {
            std::fprintf(stderr, "usage: tst_ml_device [--device cpu|cuda]\n");
            return 2;
        }
    }
    if (device != "cpu" && device != "cuda") {
        std::fprintf(stderr, "tst_ml_device: unknown device '%s' (cpu or cuda)\n", device.c_str());
        return 2;
    }
    if (device == "cuda" && !cudaAvailable()) {
        std::fprintf(stderr, "tst_ml_device: --device cuda, but %s sees no CUDA device\n",
                     torchVersionString().c_str());
        return 1;
    }
    std::printf("tst_ml_device on %s, %s\n", device.c_str(), torchVersionString().c_str());
    testing::SyntheticWorldOptions options;
    options.sites = 12;
    options.years = 3;
    const std::vector<SiteSeries> world = testing::seriesOf(testing::makeSyntheticWorld(options));
    try {
        checkKind(ModelKind::TamRl, device, world);
        checkKind(ModelKind::CtLstm, device, world);
    } catch (const std::exception& e) {
        check(false, std::string("no exception: ") + e.what());
    }
    std::printf("%s: %d check(s) failed\n", g_failures ? "FAILED" : "PASSED", g_failures);
    return g_failures ? 1 : 0;
}
