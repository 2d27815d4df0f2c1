#include "import/upscaling_inputs.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

namespace fluxlens {
namespace fs = std::filesystem;
namespace {

bool isDriverMap(const fs::path& json) {
    std::ifstream in(json, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("\"fluxlens-driver-map\"") != std::string::npos;
}

// The first driver map in `folder`, by name.
std::optional<std::string> driverMapIn(const fs::path& folder) {
    std::error_code error;
    std::optional<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const fs::path& path = entry.path();
        if (path.extension() == ".json" && entry.is_regular_file(error) && isDriverMap(path) &&
            (!found || path.filename().string() < *found))
            found = path.filename().string();
    }
    return found;
}

} // namespace

std::map<std::string, std::string> upscalingInputFiles(const std::vector<std::string>& files) {
    std::map<std::string, std::optional<std::string>> mapByFolder;
    std::map<std::string, std::string> skipped;
    for (const auto& file : files) {
        const std::string folder = fs::path(file).parent_path().string();
        auto it = mapByFolder.find(folder);
        if (it == mapByFolder.end())
            it = mapByFolder.emplace(folder, driverMapIn(folder.empty() ? "." : folder)).first;
        if (it->second)
            skipped[file] = "a gridded input of upscaling, named with the driver map " +
                            *it->second + " beside it (use fluxlens-cli upscale --drivers)";
    }
    return skipped;
}

} // namespace fluxlens
