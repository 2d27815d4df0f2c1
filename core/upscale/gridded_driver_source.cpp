// The production DriverSource: gridded files named by a driver map, read through GriddedDrivers.
#include "ml/data_hasher.h"
#include "upscale/upscale_engine.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fluxlens::upscale {
namespace {
// The map's bytes plus the size and modification time of every file it names: changing a driver
// file invalidates finished tiles without reading gigabytes to hash them.
std::string driverIdentity(const std::filesystem::path& map) {
    std::ifstream in(map, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    ml::DataHasher hasher;
    hasher.add(text.str());
    try {
        const nlohmann::json j = nlohmann::json::parse(text.str());
        for (const auto& [name, source] : j.at("sources").items())
            for (const auto& path : source.at("paths")) {
                const std::filesystem::path file = map.parent_path() / path.get<std::string>();
                std::error_code ec;
                const auto size = std::filesystem::file_size(file, ec);
                const auto time = std::filesystem::last_write_time(file, ec);
                hasher.add(file.string());
                hasher.add(std::to_string(size) + ":" +
                           std::to_string(time.time_since_epoch().count()));
            }
    } catch (const nlohmann::json::exception&) {
        // GriddedDrivers::open has already accepted the map; a layout it tolerates and this
        // reader does not only weakens the identity to the map's bytes.
    }
    return hasher.hex();
}

class GriddedDriverSource : public DriverSource {
public:
    explicit GriddedDriverSource(const std::filesystem::path& map)
        : m_drivers(grid::GriddedDrivers::open(map))
        , m_identity(driverIdentity(map)) {}
    grid::DriverTile read(const grid::GridSpec& grid, const grid::PixelWindow& window,
                          const std::vector<std::string>& features, int firstDay,
                          int lastDay) override {
        return m_drivers.read(grid, window, features, firstDay, lastDay);
    }
    grid::StaticTile readStatics(const grid::GridSpec& grid,
                                 const grid::PixelWindow& window) override {
        return m_drivers.readStatics(grid, window);
    }
    std::vector<std::string> features() const override { return m_drivers.features(); }
    std::pair<int, int> period() const override {
        return {m_drivers.firstDay(), m_drivers.lastDay()};
    }
    std::vector<std::string> describe() const override { return m_drivers.describe(); }
    std::filesystem::path mapFile() const override { return m_drivers.mapFile(); }
    std::string identity() const override { return m_identity; }
    bool hasLandCover() const override { return m_drivers.hasLandCover(); }

private:
    grid::GriddedDrivers m_drivers;
    std::string m_identity;
};
} // namespace

std::unique_ptr<DriverSource> openGriddedDriverSource(const std::filesystem::path& driverMap) {
    return std::make_unique<GriddedDriverSource>(driverMap);
}

} // namespace fluxlens::upscale
