#pragma once

// Upscaling: a trained model (TAM-RL, CT-LSTM, TAMLSTM; an ensemble gives mean and SD) run over
// every land pixel of a grid, written as CF-1.8 NetCDF. Work is cut into tiles of pixels (and
// chunks of days) so memory stays bounded; each finished tile is kept in a parts folder beside the
// output, so Ctrl-C keeps finished tiles and a restarted run resumes. A share (`--tile I/N`) runs
// tiles I, I+N, ... only; mergeUpscaleShares assembles the shares into the final file. Under MPI
// (when built with it) ranks take tiles dynamically from rank 0 and rank 0 assembles.

#include "grid/grid_spec.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens::upscale {

struct TileShare {
    int index = 0; // 0-based
    int count = 1;
};

struct UpscaleOptions {
    std::filesystem::path modelFolder;
    std::filesystem::path driverMap; // JSON, grid/gridded_drivers.h
    grid::GridSpec grid;
    int firstDay = 0; // days since 1970-01-01, both included; TAM-RL takes each pixel's task
    int lastDay = 0;  // embedding from the first support_years of this period, as for a tower
    std::filesystem::path output;   // .nc
    int tilePixels = 32;            // tile edge in pixels
    bool monthlyMeans = false;      // also write <output stem>_monthly.nc
    bool geotiffPerPeriod = false;  // also write one GeoTIFF per month (monthly) under <stem>_tif/
    std::optional<TileShare> share; // run only this share, leave the parts for upscale-merge
    std::string device = "auto";
    int threads = 1;
};

struct UpscaleProgress {
    int tilesDone = 0;
    int tilesTotal = 0;
    long long pixelDaysDone = 0;
    double pixelDaysPerSecond = 0.0;
    std::string message; // one log line, may be empty
};

struct UpscaleSummary {
    std::filesystem::path output; // empty for a share
    int tilesComputed = 0;        // this run
    int tilesResumed = 0;         // found finished in the parts folder
    long long landPixels = 0;
    long long pixelDays = 0;
    double seconds = 0.0;
    double peakMemoryBoundMiB = 0.0; // the bound the tiling guarantees, stated in the log
    bool cancelled = false;
};

// Throws std::invalid_argument for bad options, ml::ModelError for the model folder, InputError
// for driver files; returns with cancelled = true when `cancel` was set (finished tiles kept).
UpscaleSummary runUpscale(const UpscaleOptions& options,
                          const std::function<void(const UpscaleProgress&)>& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

// Assembles the parts folders written by `--tile I/N` runs (or a cancelled run) into `output`.
// Throws std::runtime_error naming the missing tiles or the mismatching run settings.
std::filesystem::path mergeUpscaleShares(const std::filesystem::path& output);

} // namespace fluxlens::upscale
