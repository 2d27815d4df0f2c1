#pragma once

#include "geo/koppen.h"

#include <array>
#include <optional>
#include <string>

namespace fluxlens {

inline constexpr const char* kShippedKoppenMapFile = "Beck_KG_V1_present_0p083.tif";
inline constexpr const char* kShippedKoppenLegendFile = "legend.txt";

// The folder of the Köppen map FluxLens ships: <prefix>/share/fluxlens/koppen beside the installed
// binary (<prefix>/bin), else the source tree's resources/koppen (a build run in place).
// std::nullopt when neither holds the map.
std::optional<std::string> shippedKoppenFolder();
// The shipped map file itself (kShippedKoppenMapFile in shippedKoppenFolder()).
std::optional<std::string> shippedKoppenMapPath();

// RGB colours of the classes from a Beck et al. legend file (lines "   15:  Cfb  Temperate, ...
// [100 255 80]"), indexed by class number (entry 0 unused). Throws InputError naming the file and
// line when a line's code does not match its number or a colour is out of range, and naming the
// file when a class 1..30 is missing.
std::array<Rgb, kKoppenClassCount + 1> readKoppenLegend(const std::string& path);

} // namespace fluxlens
