#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace fluxlens {

// IGBP land-cover classes as used by FLUXNET site metadata (and MCD12Q1 type 1, numbered 1..17).
enum class IgbpClass : std::uint8_t {
    Unknown = 0,
    ENF,
    EBF,
    DNF,
    DBF,
    MF,
    CSH,
    OSH,
    WSA,
    SAV,
    GRA,
    WET,
    CRO,
    URB,
    CVM,
    SNO,
    BSV,
    WAT,
};

inline constexpr int kIgbpClassCount = 17; // excluding Unknown

std::string_view igbpCode(IgbpClass c);        // "DBF"; "unknown" for Unknown
std::string_view igbpDescription(IgbpClass c); // "Deciduous broadleaf forests"
// Accepts the FLUXNET code ("DBF"), case-insensitively, or the MCD12Q1 number ("4").
std::optional<IgbpClass> parseIgbp(std::string_view text);
std::array<IgbpClass, kIgbpClassCount> allIgbpClasses();

} // namespace fluxlens
