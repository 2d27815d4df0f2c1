#include "upscale/tile_layout.h"

#include "upscale/pixel_predictor.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace fluxlens::upscale {

std::vector<grid::PixelWindow> tileWindows(const grid::GridSpec& grid, int tilePixels) {
    if (tilePixels < 1)
        throw std::invalid_argument("tile size must be at least one pixel, got " +
                                    std::to_string(tilePixels));
    std::vector<grid::PixelWindow> tiles;
    const int rows = grid.rows(), cols = grid.columns();
    for (int r = 0; r < rows; r += tilePixels)
        for (int c = 0; c < cols; c += tilePixels)
            tiles.push_back({r, c, std::min(tilePixels, rows - r), std::min(tilePixels, cols - c)});
    return tiles;
}

void validateOptions(const UpscaleOptions& options) {
    grid::validateGrid(options.grid);
    if (options.lastDay < options.firstDay)
        throw std::invalid_argument("the period ends (--to) before it starts (--from)");
    if (options.tilePixels < 1 || options.tilePixels > 4096)
        throw std::invalid_argument("tile size must be 1..4096 pixels, got " +
                                    std::to_string(options.tilePixels));
    if (options.share && (options.share->count < 1 || options.share->index < 0 ||
                          options.share->index >= options.share->count))
        throw std::invalid_argument("share " + std::to_string(options.share->index) + "/" +
                                    std::to_string(options.share->count) +
                                    " is not one of 0..N-1 of N shares");
    if (options.output.empty())
        throw std::invalid_argument("no output file (--out)");
    if (options.threads < 1)
        throw std::invalid_argument("threads must be positive");
}

MemoryBound memoryBound(int tilePixels, int dayCount, int featureCount, int hiddenUnits,
                        int windowDays, int strideDays, int members, int gridColumns) {
    constexpr double kMiB = 1024.0 * 1024.0;
    const double pixels = static_cast<double>(tilePixels) * tilePixels;
    const double days = dayCount;
    const double chunk = std::min(dayCount, kPredictionChunkDays) + windowDays;
    const double windows = chunk / std::max(1, strideDays) + 1.0;
    MemoryBound bound;
    bound.tileMiB = (pixels * days * (featureCount + kOutputVariableCount) + pixels +
                     days * (featureCount + 2 * kOutputVariableCount) +
                     members * windows * windowDays * hiddenUnits * 4.0 * 2.0) *
                    sizeof(float) / kMiB;
    // Assembly: one band of ≤ 256 rows of one variable and day across the grid.
    bound.fixedMiB = 256.0 * gridColumns * sizeof(float) / kMiB;
    return bound;
}

} // namespace fluxlens::upscale
