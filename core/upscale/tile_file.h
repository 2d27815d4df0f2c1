#pragma once

// A finished tile in the parts folder: tile_<index>.bin, one line of JSON (format, the run's
// settings hash, window, days, variables) followed by little-endian float32 data: the land
// fraction [row][col], then each variable [day][row][col]. Written atomically, so a file that
// exists is whole.

#include "upscale/pixel_predictor.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace fluxlens::upscale {

std::filesystem::path tileFile(const std::filesystem::path& parts, int index);

void writeTileFile(const std::filesystem::path& parts, const std::string& settingsHash,
                   const TileResult& tile);

struct TileHeader {
    std::string settingsHash;
    int index = 0;
    grid::PixelWindow window;
    int firstDay = 0;
    int dayCount = 0;
    long long landPixels = 0;
    std::uint64_t dataOffset = 0; // bytes to the land fraction
};

// The header of a tile file, nullopt when there is no such file. Throws std::runtime_error naming
// the file when it is not a complete tile file (wrong format, truncated data).
std::optional<TileHeader> readTileHeader(const std::filesystem::path& file);

// True when the tile file exists, is whole and belongs to a run with `settingsHash` and the
// expected window.
bool tileIsFinished(const std::filesystem::path& parts, int index, const std::string& settingsHash,
                    const grid::PixelWindow& window);

// Reads planes of one tile file on demand (the assembly reads one day of one variable at a time).
class TileReader {
public:
    explicit TileReader(const std::filesystem::path& file); // throws std::runtime_error
    const TileHeader& header() const { return m_header; }
    // rows × cols floats of the land fraction, or of `variable` on `day` (relative to firstDay).
    void readLandFraction(float* out);
    void readPlane(int variable, int day, float* out);

private:
    void readAt(std::uint64_t offset, float* out);
    std::filesystem::path m_file;
    std::ifstream m_in;
    TileHeader m_header;
};

} // namespace fluxlens::upscale
