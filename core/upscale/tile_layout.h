#pragma once

// How an upscaling run cuts its grid into tiles, and the memory one tile needs.

#include "grid/grid_spec.h"
#include "upscale/upscale_job.h"

#include <vector>

namespace fluxlens::upscale {

// Tiles of at most tilePixels × tilePixels pixels, row-major from the north-west corner; tile i
// of the result is tile i everywhere (shares, MPI ranks, resume and merge rely on that).
std::vector<grid::PixelWindow> tileWindows(const grid::GridSpec& grid, int tilePixels);

// Checks grid, period, tile size, share and output; throws std::invalid_argument naming the option.
void validateOptions(const UpscaleOptions& options);

// The memory one worker holds for a tile, in MiB: the tile's drivers (features × days × pixels),
// its six outputs and land fraction, plus one pixel's series and prediction (features + 6 per day)
// and the model's inference windows of one time chunk (hidden units × window days × windows × 4
// gate blocks, for every member). Everything else (the model, the assembly's one band of rows) is
// counted in `fixedMiB`.
struct MemoryBound {
    double tileMiB = 0.0;
    double fixedMiB = 0.0;
    double totalMiB() const { return tileMiB + fixedMiB; }
};
MemoryBound memoryBound(int tilePixels, int dayCount, int featureCount, int hiddenUnits,
                        int windowDays, int strideDays, int members, int gridColumns);

} // namespace fluxlens::upscale
