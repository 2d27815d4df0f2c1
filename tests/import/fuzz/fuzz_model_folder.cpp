// libFuzzer entry for the model-folder loader. A tiny TAM-RL model is trained and saved once; each
// input then replaces one of its files. First byte even: the rest is model.json. Odd: the rest is
// member_0.pt, and model.json states its size and SHA-256, so the bytes get past the checksum to
// LibTorch's archive reader and the loader's kind, shape and value checks. A load must end in a
// model that predicts or a ModelError naming the file, never a crash, hang or sanitizer report.
// FLUXLENS_FUZZ_WRITE_SEEDS=DIR: writes the two unmodified cases to DIR as seeds and exits.
#include "ml/data_hasher.h"
#include "ml/flux_model.h"
#include "ml/model_error.h"
#include "synthetic_world.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace fluxlens::ml;

namespace {
// The template and case folders go when the fuzzer exits (libFuzzer ends with exit()).
struct RemovedAtExit {
    fs::path root;
    ~RemovedAtExit() {
        std::error_code ignored; // nothing left to report to at exit
        fs::remove_all(root, ignored);
    }
};

struct Template {
    RemovedAtExit root;
    fs::path folder, work;
    std::string modelJson, weights;
    std::vector<SiteSeries> world;
};

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& path, std::string_view bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

const Template& tiny() {
    static const Template t = [] {
        Template made;
        const fs::path root =
            fs::temp_directory_path() / ("fluxlens_fuzz_model_" + std::to_string(getpid()));
        made.root.root = root;
        made.folder = root / "template";
        made.work = root / "case";
        testing::SyntheticWorldOptions options;
        options.sites = 4;
        options.years = 2;
        made.world = testing::seriesOf(testing::makeSyntheticWorld(options));
        TrainRequest request;
        request.config.features = testing::syntheticFeatures();
        request.config.hidden = 4;
        request.config.encoder_hidden = 2;
        request.config.embedding = 2;
        request.config.generator_hidden = 4;
        request.config.stage1_epochs = 1;
        request.config.stage2_epochs = 1;
        request.config.device = "cpu";
        request.heldOut = {made.world.back().id};
        FluxModel::train(made.world, request).save(made.folder);
        made.modelJson = readAll(made.folder / "model.json");
        made.weights = readAll(made.folder / "member_0.pt");
        return made;
    }();
    return t;
}

void writeSeeds(const fs::path& dir) {
    fs::create_directories(dir);
    writeAll(dir / "model_json", std::string(1, '\0') + tiny().modelJson);
    writeAll(dir / "member_weights", std::string(1, '\1') + tiny().weights);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* seeds = std::getenv("FLUXLENS_FUZZ_WRITE_SEEDS")) {
        writeSeeds(seeds);
        std::exit(0);
    }
    (void)tiny();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const Template& t = tiny();
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    fs::remove_all(t.work);
    fs::copy(t.folder, t.work);
    if (data[0] % 2 == 0) {
        writeAll(t.work / "model.json", bytes);
    } else {
        writeAll(t.work / "member_0.pt", bytes);
        nlohmann::json meta = nlohmann::json::parse(t.modelJson);
        meta["members"][0]["bytes"] = bytes.size();
        meta["members"][0]["sha256"] = hashFile(t.work / "member_0.pt");
        writeAll(t.work / "model.json", meta.dump(2));
    }
    try {
        const FluxModel model = FluxModel::load(t.work);
        (void)model.predict(t.world.back());
    } catch (const ModelError&) {
    }
    return 0;
}
