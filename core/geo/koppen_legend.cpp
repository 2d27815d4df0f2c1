#include "geo/koppen_legend.h"

#include "common/input_error.h"

#include <filesystem>
#include <fstream>
#include <regex>

namespace fluxlens {
namespace {
namespace fs = std::filesystem;

std::optional<fs::path> executableFolder() {
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (error)
        return std::nullopt;
    return exe.parent_path();
}
} // namespace

std::optional<std::string> shippedKoppenFolder() {
    std::vector<fs::path> candidates;
    if (auto bin = executableFolder())
        candidates.push_back(*bin / ".." / "share" / "fluxlens" / "koppen");
    candidates.push_back(fs::path(FLUXLENS_KOPPEN_SOURCE_DIR));
    for (const auto& folder : candidates) {
        std::error_code error;
        if (fs::is_regular_file(folder / kShippedKoppenMapFile, error))
            return folder.lexically_normal().string();
    }
    return std::nullopt;
}

std::optional<std::string> shippedKoppenMapPath() {
    if (auto folder = shippedKoppenFolder())
        return (fs::path(*folder) / kShippedKoppenMapFile).string();
    return std::nullopt;
}

std::array<Rgb, kKoppenClassCount + 1> readKoppenLegend(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw InputError(path, "cannot open the Köppen legend file");
    static const std::regex entry(R"(^\s*(\d+):\s+(\S+)\s+.*\[(\d+)\s+(\d+)\s+(\d+)\]\s*$)");
    std::array<Rgb, kKoppenClassCount + 1> colours{};
    std::array<bool, kKoppenClassCount + 1> seen{};
    std::string line;
    for (std::int64_t lineNumber = 1; std::getline(in, line); ++lineNumber) {
        std::smatch match;
        if (!std::regex_match(line, match, entry))
            continue; // title and blank lines
        const int number = std::stoi(match[1].str());
        const auto koppen = parseKoppen(match[2].str());
        if (number < 1 || number > kKoppenClassCount || !koppen ||
            static_cast<int>(*koppen) != number)
            throw InputError(path, lineNumber,
                             "class " + match[1].str() + " is labelled '" + match[2].str() +
                                 "', not the Beck et al. (2018) code of that number");
        int rgb[3];
        for (int i = 0; i < 3; ++i) {
            rgb[i] = std::stoi(match[3 + i].str().substr(0, 4));
            if (rgb[i] > 255)
                throw InputError(path, lineNumber, "colour component above 255");
        }
        colours[number] = Rgb{static_cast<std::uint8_t>(rgb[0]), static_cast<std::uint8_t>(rgb[1]),
                              static_cast<std::uint8_t>(rgb[2])};
        seen[number] = true;
    }
    for (int k = 1; k <= kKoppenClassCount; ++k)
        if (!seen[k])
            throw InputError(path, "class " + std::to_string(k) + " (" +
                                       std::string(koppenCode(static_cast<KoppenClass>(k))) +
                                       ") has no legend line");
    return colours;
}

} // namespace fluxlens
