#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace fluxlens {

// The 30 Köppen–Geiger classes in the order and numbering of Beck et al. (2018), Sci. Data
// 5:180214.
enum class KoppenClass : std::uint8_t {
    Unknown = 0,
    Af,
    Am,
    Aw,
    BWh,
    BWk,
    BSh,
    BSk,
    Csa,
    Csb,
    Csc,
    Cwa,
    Cwb,
    Cwc,
    Cfa,
    Cfb,
    Cfc,
    Dsa,
    Dsb,
    Dsc,
    Dsd,
    Dwa,
    Dwb,
    Dwc,
    Dwd,
    Dfa,
    Dfb,
    Dfc,
    Dfd,
    ET,
    EF,
};

inline constexpr int kKoppenClassCount = 30; // excluding Unknown

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

std::string_view koppenCode(KoppenClass k);        // "Cfb"; "unknown" for Unknown
std::string_view koppenDescription(KoppenClass k); // "Temperate, no dry season, warm summer"
char koppenMainGroup(KoppenClass k);               // 'A'..'E'; '?' for Unknown
Rgb koppenColor(KoppenClass k);                    // Beck et al. (2018) legend; grey for Unknown
std::optional<KoppenClass> parseKoppen(std::string_view code); // case-sensitive code, or 1..30
std::array<KoppenClass, kKoppenClassCount> allKoppenClasses();

} // namespace fluxlens
