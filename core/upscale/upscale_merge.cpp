// mergeUpscaleShares: the final files from the parts that `--tile I/N` runs left.
#include "upscale/run_settings.h"
#include "upscale/upscale_engine.h"
#include "upscale/upscale_job.h"

#include <stdexcept>

namespace fluxlens::upscale {

std::filesystem::path mergeUpscaleShares(const std::filesystem::path& output) {
    const std::filesystem::path parts = partsFolder(output);
    if (!std::filesystem::is_directory(parts))
        throw std::runtime_error(parts.string() +
                                 ": no parts folder (run the shares with --tile I/N and the same "
                                 "--out first)");
    const RunSettings settings = readRunSettings(parts);
    assembleRun(settings, parts, output, {});
    return output;
}

} // namespace fluxlens::upscale
