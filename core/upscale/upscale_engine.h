#pragma once

// The engine behind runUpscale, with its two seams: where drivers come from (DriverSource:
// gridded files in production, tiles built in memory in tests) and which tiles this process
// computes (TileQueue: all, a share, or those rank 0 hands out under MPI).

#include "grid/gridded_drivers.h"
#include "ml/flux_model.h"
#include "upscale/run_settings.h"
#include "upscale/upscale_job.h"

#include <memory>
#include <optional>
#include <utility>

namespace fluxlens::upscale {

class DriverSource {
public:
    virtual ~DriverSource() = default;
    virtual grid::DriverTile read(const grid::GridSpec& grid, const grid::PixelWindow& window,
                                  const std::vector<std::string>& features, int firstDay,
                                  int lastDay) = 0;
    virtual grid::StaticTile readStatics(const grid::GridSpec& grid,
                                         const grid::PixelWindow& window) = 0;
    virtual std::vector<std::string> features() const = 0; // model features it can produce
    virtual std::pair<int, int> period() const = 0;        // first and last day covered
    virtual std::vector<std::string> describe() const = 0; // for provenance
    virtual std::filesystem::path mapFile() const = 0;     // empty for in-memory sources
    virtual std::string identity() const = 0;              // hash of what the drivers are
    virtual bool hasLandCover() const { return true; }     // false: every pixel's IGBP unknown
};

// GriddedDrivers over a driver map; identity = hash of the map and the size and time of each
// file it names.
std::unique_ptr<DriverSource> openGriddedDriverSource(const std::filesystem::path& driverMap);

class TileQueue {
public:
    virtual ~TileQueue() = default;
    // The next tile this process should compute, nullopt when there is none left.
    virtual std::optional<int> next() = 0;
    // Called between pixels so a coordinating process can answer requests while it computes.
    virtual void poll() {}
    // How many tiles this process expects to see (for progress), 0 when unknown in advance.
    virtual int expected() const = 0;
};

// Tiles share.index, share.index + share.count, ... of `tileCount`.
std::unique_ptr<TileQueue> shareQueue(int tileCount, const TileShare& share);

// Run settings of `options` with `model` and `drivers` (history left to the caller).
RunSettings makeRunSettings(const UpscaleOptions& options, const ml::FluxModel& model,
                            const DriverSource& drivers);

// Computes the tiles `queue` hands out that are not finished in the parts folder, writing each as
// it finishes. Does not assemble. The parts folder and run.json must exist.
UpscaleSummary computeTiles(const RunSettings& settings, const std::filesystem::path& parts,
                            const ml::FluxModel& model, DriverSource& drivers, TileQueue& queue,
                            const std::function<void(const UpscaleProgress&)>& progress,
                            const std::atomic<bool>* cancel);

// Creates the parts folder, or checks run.json of an earlier run there (its tiles are kept when
// the settings match and computed again otherwise; the log says which), and writes run.json.
void prepareParts(const RunSettings& settings, const std::filesystem::path& parts,
                  const std::function<void(const std::string&)>& log);

// Validates the options against the model and drivers, logs the memory bound and prepares the
// parts folder; returns the bound in MiB.
double beginRun(const UpscaleOptions& options, const RunSettings& settings,
                const ml::FluxModel& model, const DriverSource& drivers,
                const std::function<void(const UpscaleProgress&)>& progress);

// Prepares the parts folder (creating it, or checking run.json of an earlier run: its tiles are
// kept when the settings match, and recomputed otherwise), writes run.json, computes the tiles of
// `queue` and, unless `assemble` is false or the run was cancelled, writes the final files and
// removes the parts folder.
UpscaleSummary runUpscaleWith(const UpscaleOptions& options, const RunSettings& settings,
                              const ml::FluxModel& model, DriverSource& drivers, TileQueue& queue,
                              bool assemble,
                              const std::function<void(const UpscaleProgress&)>& progress,
                              const std::atomic<bool>* cancel);

// Writes the final files of a run whose tiles are all in `parts`, then removes `parts`.
void assembleRun(const RunSettings& settings, const std::filesystem::path& parts,
                 const std::filesystem::path& output,
                 const std::function<void(const std::string&)>& log);

} // namespace fluxlens::upscale
