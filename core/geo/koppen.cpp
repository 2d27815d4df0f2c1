#include "geo/koppen.h"

#include <charconv>

namespace fluxlens {
namespace {
struct KoppenInfo {
    std::string_view code;
    std::string_view description;
    Rgb color;
};

// Codes, descriptions and colours from the legend distributed with Beck et al. (2018).
constexpr std::array<KoppenInfo, kKoppenClassCount + 1> kInfo{{
    {"unknown", "Unknown", {255, 255, 255}},
    {"Af", "Tropical, rainforest", {0, 0, 255}},
    {"Am", "Tropical, monsoon", {0, 120, 255}},
    {"Aw", "Tropical, savannah", {70, 170, 250}},
    {"BWh", "Arid, desert, hot", {255, 0, 0}},
    {"BWk", "Arid, desert, cold", {255, 150, 150}},
    {"BSh", "Arid, steppe, hot", {245, 165, 0}},
    {"BSk", "Arid, steppe, cold", {255, 220, 100}},
    {"Csa", "Temperate, dry summer, hot summer", {255, 255, 0}},
    {"Csb", "Temperate, dry summer, warm summer", {200, 200, 0}},
    {"Csc", "Temperate, dry summer, cold summer", {150, 150, 0}},
    {"Cwa", "Temperate, dry winter, hot summer", {150, 255, 150}},
    {"Cwb", "Temperate, dry winter, warm summer", {100, 200, 100}},
    {"Cwc", "Temperate, dry winter, cold summer", {50, 150, 50}},
    {"Cfa", "Temperate, no dry season, hot summer", {200, 255, 80}},
    {"Cfb", "Temperate, no dry season, warm summer", {100, 255, 80}},
    {"Cfc", "Temperate, no dry season, cold summer", {50, 200, 0}},
    {"Dsa", "Cold, dry summer, hot summer", {255, 0, 255}},
    {"Dsb", "Cold, dry summer, warm summer", {200, 0, 200}},
    {"Dsc", "Cold, dry summer, cold summer", {150, 50, 150}},
    {"Dsd", "Cold, dry summer, very cold winter", {150, 100, 150}},
    {"Dwa", "Cold, dry winter, hot summer", {170, 175, 255}},
    {"Dwb", "Cold, dry winter, warm summer", {90, 120, 220}},
    {"Dwc", "Cold, dry winter, cold summer", {75, 80, 180}},
    {"Dwd", "Cold, dry winter, very cold winter", {50, 0, 135}},
    {"Dfa", "Cold, no dry season, hot summer", {0, 255, 255}},
    {"Dfb", "Cold, no dry season, warm summer", {55, 200, 255}},
    {"Dfc", "Cold, no dry season, cold summer", {0, 125, 125}},
    {"Dfd", "Cold, no dry season, very cold winter", {0, 70, 95}},
    {"ET", "Polar, tundra", {178, 178, 178}},
    {"EF", "Polar, frost", {102, 102, 102}},
}};

const KoppenInfo& info(KoppenClass k) {
    const auto index = static_cast<std::size_t>(k);
    return kInfo[index < kInfo.size() ? index : 0];
}
} // namespace

std::string_view koppenCode(KoppenClass k) {
    return info(k).code;
}

std::string_view koppenDescription(KoppenClass k) {
    return info(k).description;
}

char koppenMainGroup(KoppenClass k) {
    return k == KoppenClass::Unknown ? '?' : info(k).code.front();
}

Rgb koppenColor(KoppenClass k) {
    if (k == KoppenClass::Unknown)
        return {160, 160, 160};
    return info(k).color;
}

std::optional<KoppenClass> parseKoppen(std::string_view code) {
    for (std::size_t i = 1; i < kInfo.size(); ++i)
        if (kInfo[i].code == code)
            return static_cast<KoppenClass>(i);
    int number = 0;
    auto [ptr, ec] = std::from_chars(code.data(), code.data() + code.size(), number);
    if (ec == std::errc{} && ptr == code.data() + code.size() && number >= 1 &&
        number <= kKoppenClassCount)
        return static_cast<KoppenClass>(number);
    return std::nullopt;
}

std::array<KoppenClass, kKoppenClassCount> allKoppenClasses() {
    std::array<KoppenClass, kKoppenClassCount> all{};
    for (int i = 0; i < kKoppenClassCount; ++i)
        all[static_cast<std::size_t>(i)] = static_cast<KoppenClass>(i + 1);
    return all;
}

} // namespace fluxlens
