#include "upscale/run_settings.h"

#include "ml/data_hasher.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace fluxlens::upscale {
namespace {
using nlohmann::json;
constexpr const char* kFormat = "fluxlens-upscale-run";

json gridJson(const grid::GridSpec& g) {
    return {{"west_deg", g.west_deg},
            {"south_deg", g.south_deg},
            {"east_deg", g.east_deg},
            {"north_deg", g.north_deg},
            {"resolution_deg", g.resolution_deg}};
}
} // namespace

std::string RunSettings::settingsHash() const {
    json j = gridJson(grid);
    j["first_day"] = firstDay;
    j["last_day"] = lastDay;
    j["tile_pixels"] = tilePixels;
    j["model_hash"] = modelHash;
    j["driver_hash"] = driverHash;
    ml::DataHasher hasher;
    hasher.add(j.dump());
    return hasher.hex();
}

std::string runSettingsToJson(const RunSettings& s) {
    json j;
    j["format"] = kFormat;
    j["version"] = 1;
    j["grid"] = gridJson(s.grid);
    j["first_day"] = s.firstDay;
    j["last_day"] = s.lastDay;
    j["tile_pixels"] = s.tilePixels;
    j["monthly_means"] = s.monthlyMeans;
    j["geotiff_per_period"] = s.geotiffPerPeriod;
    j["model"] = {{"name", s.modelName}, {"kind", s.modelKind},     {"folder", s.modelFolder},
                  {"hash", s.modelHash}, {"data_hash", s.dataHash}, {"members", s.members}};
    j["drivers"] = {{"map", s.driverMap}, {"hash", s.driverHash}, {"features", s.drivers}};
    j["history"] = s.history;
    j["settings_hash"] = s.settingsHash();
    return j.dump(2) + "\n";
}

RunSettings runSettingsFromJson(const std::string& text, const std::string& origin) {
    try {
        const json j = json::parse(text);
        if (j.value("format", "") != kFormat || j.value("version", 0) != 1)
            throw std::runtime_error(origin + ": not a fluxlens-upscale-run file of version 1");
        RunSettings s;
        const json& g = j.at("grid");
        s.grid.west_deg = g.at("west_deg");
        s.grid.south_deg = g.at("south_deg");
        s.grid.east_deg = g.at("east_deg");
        s.grid.north_deg = g.at("north_deg");
        s.grid.resolution_deg = g.at("resolution_deg");
        s.firstDay = j.at("first_day");
        s.lastDay = j.at("last_day");
        s.tilePixels = j.at("tile_pixels");
        s.monthlyMeans = j.at("monthly_means");
        s.geotiffPerPeriod = j.at("geotiff_per_period");
        const json& m = j.at("model");
        s.modelName = m.at("name");
        s.modelKind = m.at("kind");
        s.modelFolder = m.at("folder");
        s.modelHash = m.at("hash");
        s.dataHash = m.at("data_hash");
        s.members = m.at("members");
        const json& d = j.at("drivers");
        s.driverMap = d.at("map");
        s.driverHash = d.at("hash");
        s.drivers = d.at("features").get<std::vector<std::string>>();
        s.history = j.at("history");
        if (j.at("settings_hash").get<std::string>() != s.settingsHash())
            throw std::runtime_error(origin + ": settings_hash does not match the settings");
        return s;
    } catch (const json::exception& e) {
        throw std::runtime_error(origin + ": malformed run settings: " + e.what());
    }
}

std::filesystem::path partsFolder(const std::filesystem::path& output) {
    return std::filesystem::path(output.string() + ".parts");
}

std::filesystem::path runSettingsFile(const std::filesystem::path& parts) {
    return parts / "run.json";
}

void writeRunSettings(const std::filesystem::path& parts, const RunSettings& settings) {
    writeFileAtomically(runSettingsFile(parts), runSettingsToJson(settings));
}

RunSettings readRunSettings(const std::filesystem::path& parts) {
    const std::filesystem::path file = runSettingsFile(parts);
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot read the run settings (" +
                                 std::strerror(errno) + ")");
    std::stringstream text;
    text << in.rdbuf();
    return runSettingsFromJson(text.str(), file.string());
}

void writeFileAtomically(const std::filesystem::path& target, const std::string& bytes) {
    writeFileAtomically(target, [&bytes](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::ostream&)>& write) {
    // Unique per process so that ranks and shares never share a temporary file.
    const std::filesystem::path temporary =
        target.string() + ".tmp" + std::to_string(static_cast<long long>(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        write(out);
        out.flush();
        if (!out)
            throw std::runtime_error(target.string() + ": cannot write (" + std::strerror(errno) +
                                     ")");
    }
    std::error_code ec;
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        std::filesystem::remove(temporary);
        throw std::runtime_error(target.string() +
                                 ": cannot move the finished file in place: " + ec.message());
    }
}

} // namespace fluxlens::upscale
