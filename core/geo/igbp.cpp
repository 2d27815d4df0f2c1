#include "geo/igbp.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace fluxlens {
namespace {
struct IgbpInfo {
    std::string_view code;
    std::string_view description;
};

constexpr std::array<IgbpInfo, kIgbpClassCount + 1> kInfo{{
    {"unknown", "Unknown"},
    {"ENF", "Evergreen needleleaf forests"},
    {"EBF", "Evergreen broadleaf forests"},
    {"DNF", "Deciduous needleleaf forests"},
    {"DBF", "Deciduous broadleaf forests"},
    {"MF", "Mixed forests"},
    {"CSH", "Closed shrublands"},
    {"OSH", "Open shrublands"},
    {"WSA", "Woody savannas"},
    {"SAV", "Savannas"},
    {"GRA", "Grasslands"},
    {"WET", "Permanent wetlands"},
    {"CRO", "Croplands"},
    {"URB", "Urban and built-up lands"},
    {"CVM", "Cropland/natural vegetation mosaics"},
    {"SNO", "Permanent snow and ice"},
    {"BSV", "Barren"},
    {"WAT", "Water bodies"},
}};
} // namespace

std::string_view igbpCode(IgbpClass c) {
    const auto i = static_cast<std::size_t>(c);
    return kInfo[i < kInfo.size() ? i : 0].code;
}

std::string_view igbpDescription(IgbpClass c) {
    const auto i = static_cast<std::size_t>(c);
    return kInfo[i < kInfo.size() ? i : 0].description;
}

std::optional<IgbpClass> parseIgbp(std::string_view text) {
    auto sameIgnoringCase = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::toupper(static_cast<unsigned char>(x)) ==
                          std::toupper(static_cast<unsigned char>(y));
               });
    };
    for (std::size_t i = 1; i < kInfo.size(); ++i)
        if (sameIgnoringCase(kInfo[i].code, text))
            return static_cast<IgbpClass>(i);
    int number = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec == std::errc{} && ptr == text.data() + text.size() && number >= 1 &&
        number <= kIgbpClassCount)
        return static_cast<IgbpClass>(number);
    return std::nullopt;
}

std::array<IgbpClass, kIgbpClassCount> allIgbpClasses() {
    std::array<IgbpClass, kIgbpClassCount> all{};
    for (int i = 0; i < kIgbpClassCount; ++i)
        all[static_cast<std::size_t>(i)] = static_cast<IgbpClass>(i + 1);
    return all;
}

} // namespace fluxlens
