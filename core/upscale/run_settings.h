#pragma once

// What an upscaling run was asked to do, written as run.json in the parts folder beside the
// output: shares and resumed runs check it, and upscale-merge writes the final file from it alone.

#include "grid/grid_spec.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace fluxlens::upscale {

struct RunSettings {
    grid::GridSpec grid;
    int firstDay = 0;
    int lastDay = 0;
    int tilePixels = 32;
    bool monthlyMeans = false;
    bool geotiffPerPeriod = false;
    std::string modelName;   // "TAM-RL"
    std::string modelKind;   // "tamrl"
    std::string modelFolder; // absolute
    std::string modelHash;   // hash of model.json (which holds every member's SHA-256)
    std::string dataHash;    // the training data's hash from model.json
    int members = 1;
    std::vector<std::string> drivers; // one line per feature, GriddedDrivers::describe()
    std::string driverMap;            // absolute path of the driver map
    std::string driverHash;           // hash of the driver map and the identity of its files
    std::string history;              // command line or caller, for the NetCDF history
    // Hash of everything above that changes the numbers (not monthly/GeoTIFF, not history).
    std::string settingsHash() const;
    int dayCount() const { return lastDay - firstDay + 1; }
};

std::string runSettingsToJson(const RunSettings& settings);
// Throws std::runtime_error naming `origin` for malformed text.
RunSettings runSettingsFromJson(const std::string& text, const std::string& origin);

// "<output>.parts"
std::filesystem::path partsFolder(const std::filesystem::path& output);
std::filesystem::path runSettingsFile(const std::filesystem::path& parts);

// Writes run.json atomically (temporary file, then rename). Throws std::runtime_error on failure.
void writeRunSettings(const std::filesystem::path& parts, const RunSettings& settings);
// Throws std::runtime_error naming the file when it is missing or malformed.
RunSettings readRunSettings(const std::filesystem::path& parts);

// Writes `bytes` to `target` through a temporary file in the same folder and a rename, so readers
// see the old file or the whole new one. Throws std::runtime_error naming the file.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::ostream&)>& write);
void writeFileAtomically(const std::filesystem::path& target, const std::string& bytes);

} // namespace fluxlens::upscale
