#pragma once

// The driver map file (JSON, docs/upscaling.md "Driver map"): which gridded file variable feeds
// which model feature, parsed and checked before any data file is opened.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens::grid {

enum class SourceKind { Era5Land, ModisStack, LandCover };

struct DriverSource {
    std::string name; // the key under "sources"
    SourceKind kind = SourceKind::Era5Land;
    std::vector<std::filesystem::path> paths; // absolute (resolved against the map's folder)
};

enum class Derivation { None, Vpd, SwInPot, Ndvi, Evi, Nirv, WindSpeed, DoySin, DoyCos };

struct FeatureRecipe {
    std::string feature;    // model feature name (cache/variables.h)
    std::string targetUnit; // its unit in the cache ("degC", "W m-2", ...)
    std::string source;     // empty for sw_in_pot and the day-of-year terms
    Derivation derive = Derivation::None;
    std::vector<std::string> variables; // one for a plain variable, the inputs of a derivation
};

struct SourceVariable {
    std::string source;
    std::string variable;
};

struct DriverMap {
    std::filesystem::path file;
    std::vector<DriverSource> sources;
    std::vector<FeatureRecipe> features;
    std::optional<SourceVariable> igbp;
    std::optional<std::filesystem::path> koppenMap; // std::nullopt: the shipped Beck map
    std::optional<SourceVariable> landFraction;

    const DriverSource* findSource(const std::string& name) const;
    const FeatureRecipe* findFeature(const std::string& feature) const;
};

// Throws InputError naming `file` (with the line for JSON syntax errors) and the key for a missing
// or unknown key, an unknown source kind, feature or derivation, or a feature whose source is not
// listed.
DriverMap parseDriverMap(const std::filesystem::path& file);

// "vpd", "sw_in_pot", ...; "" for Derivation::None.
std::string derivationName(Derivation derivation);
std::string sourceKindName(SourceKind kind);

} // namespace fluxlens::grid
