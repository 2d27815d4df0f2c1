#include "upscale/tile_file.h"

#include "upscale/run_settings.h"

#include <bit>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
using nlohmann::json;
constexpr const char* kFormat = "fluxlens-upscale-tile";
static_assert(std::endian::native == std::endian::little,
              "tile files are little-endian float32; add byte swapping for this platform");

std::uint64_t dataBytes(const TileHeader& h) {
    const std::uint64_t plane = static_cast<std::uint64_t>(h.window.pixelCount()) * sizeof(float);
    return plane * (1 + static_cast<std::uint64_t>(kOutputVariableCount) * h.dayCount);
}
} // namespace

std::filesystem::path tileFile(const std::filesystem::path& parts, int index) {
    char name[32];
    std::snprintf(name, sizeof name, "tile_%06d.bin", index);
    return parts / name;
}

void writeTileFile(const std::filesystem::path& parts, const std::string& settingsHash,
                   const TileResult& tile) {
    const json header = {{"format", kFormat},
                         {"version", 1},
                         {"settings_hash", settingsHash},
                         {"tile", tile.index},
                         {"row0", tile.window.row0},
                         {"col0", tile.window.col0},
                         {"rows", tile.window.rows},
                         {"cols", tile.window.cols},
                         {"first_day", tile.firstDay},
                         {"day_count", tile.dayCount},
                         {"land_pixels", tile.landPixels},
                         {"variables", kOutputVariables}};
    if (tile.landFraction.size() != tile.planeSize() ||
        tile.values.size() != tile.planeSize() * kOutputVariableCount * tile.dayCount)
        throw std::logic_error("tile " + std::to_string(tile.index) + " has inconsistent sizes");
    writeFileAtomically(tileFile(parts, tile.index), [&](std::ostream& out) {
        out << header.dump() << '\n';
        out.write(reinterpret_cast<const char*>(tile.landFraction.data()),
                  static_cast<std::streamsize>(tile.landFraction.size() * sizeof(float)));
        out.write(reinterpret_cast<const char*>(tile.values.data()),
                  static_cast<std::streamsize>(tile.values.size() * sizeof(float)));
    });
}

std::optional<TileHeader> readTileHeader(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line))
        throw std::runtime_error(file.string() + ": cannot read the tile header");
    TileHeader h;
    try {
        const json j = json::parse(line);
        if (j.value("format", "") != kFormat || j.value("version", 0) != 1)
            throw std::runtime_error(file.string() + ": not a fluxlens-upscale-tile file");
        h.settingsHash = j.at("settings_hash");
        h.index = j.at("tile");
        h.window = {j.at("row0"), j.at("col0"), j.at("rows"), j.at("cols")};
        h.firstDay = j.at("first_day");
        h.dayCount = j.at("day_count");
        h.landPixels = j.at("land_pixels");
        if (j.at("variables").get<std::vector<std::string>>().size() != kOutputVariableCount)
            throw std::runtime_error(file.string() + ": unexpected variable list");
    } catch (const json::exception& e) {
        throw std::runtime_error(file.string() + ": malformed tile header: " + e.what());
    }
    if (h.window.rows < 1 || h.window.cols < 1 || h.dayCount < 1)
        throw std::runtime_error(file.string() + ": empty tile window or period");
    h.dataOffset = line.size() + 1;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec || size != h.dataOffset + dataBytes(h))
        throw std::runtime_error(file.string() + ": truncated or oversized tile (" +
                                 std::to_string(size) + " bytes, expected " +
                                 std::to_string(h.dataOffset + dataBytes(h)) + ")");
    return h;
}

bool tileIsFinished(const std::filesystem::path& parts, int index, const std::string& settingsHash,
                    const grid::PixelWindow& window) {
    try {
        const std::optional<TileHeader> h = readTileHeader(tileFile(parts, index));
        return h && h->settingsHash == settingsHash && h->index == index &&
               h->window.row0 == window.row0 && h->window.col0 == window.col0 &&
               h->window.rows == window.rows && h->window.cols == window.cols;
    } catch (const std::runtime_error&) {
        return false; // a damaged part is computed again
    }
}

TileReader::TileReader(const std::filesystem::path& file)
    : m_file(file)
    , m_in(file, std::ios::binary) {
    const std::optional<TileHeader> h = readTileHeader(file);
    if (!h)
        throw std::runtime_error(file.string() + ": tile file missing");
    m_header = *h;
}

void TileReader::readLandFraction(float* out) {
    readAt(m_header.dataOffset, out);
}

void TileReader::readPlane(int variable, int day, float* out) {
    const std::uint64_t plane =
        static_cast<std::uint64_t>(m_header.window.pixelCount()) * sizeof(float);
    readAt(m_header.dataOffset +
               plane * (1 + static_cast<std::uint64_t>(variable) * m_header.dayCount +
                        static_cast<std::uint64_t>(day)),
           out);
}

void TileReader::readAt(std::uint64_t offset, float* out) {
    m_in.seekg(static_cast<std::streamoff>(offset));
    m_in.read(reinterpret_cast<char*>(out),
              static_cast<std::streamsize>(m_header.window.pixelCount() * sizeof(float)));
    if (!m_in)
        throw std::runtime_error(m_file.string() + ": cannot read tile data at byte " +
                                 std::to_string(offset));
}

} // namespace fluxlens::upscale
