// runUpscale: the job as the CLI and the GUI call it.
#include "common/dates.h"
#include "upscale/tile_layout.h"
#include "upscale/upscale_engine.h"
#include "upscale/upscale_job.h"
#include "upscale/upscale_mpi.h"
#include "upscale/upscale_output.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return text;
}

// The command that reproduces the run, for the NetCDF history attribute.
std::string historyLine(const UpscaleOptions& o) {
    char bbox[160];
    std::snprintf(bbox, sizeof bbox, "%.10g,%.10g,%.10g,%.10g --resolution %.10g", o.grid.west_deg,
                  o.grid.south_deg, o.grid.east_deg, o.grid.north_deg, o.grid.resolution_deg);
    return utcNow() + ": fluxlens-cli upscale --model " + o.modelFolder.string() + " --drivers " +
           o.driverMap.string() + " --bbox " + bbox + " --from " +
           formatIsoDate(fromDayNumber(o.firstDay)) + " --to " +
           formatIsoDate(fromDayNumber(o.lastDay)) + " --tile-pixels " +
           std::to_string(o.tilePixels) + (o.monthlyMeans ? " --monthly" : "") +
           (o.geotiffPerPeriod ? " --geotiff" : "") + " --out " + o.output.string();
}
} // namespace

UpscaleSummary runUpscale(const UpscaleOptions& options,
                          const std::function<void(const UpscaleProgress&)>& progress,
                          const std::atomic<bool>* cancel) {
    validateOptions(options);
    ml::FluxModel model = ml::FluxModel::load(options.modelFolder);
    model.setDevice(options.device, options.threads);
    const std::unique_ptr<DriverSource> drivers = openGriddedDriverSource(options.driverMap);
    RunSettings settings = makeRunSettings(options, model, *drivers);
    settings.history = historyLine(options);
    if (mpiActive()) {
        if (options.share)
            throw std::invalid_argument("a share (--tile I/N) cannot run under MPI: ranks share "
                                        "the tiles themselves");
        return runUpscaleMpi(options, settings, model, *drivers, progress, cancel);
    }
    const int tileCount = static_cast<int>(tileWindows(settings.grid, settings.tilePixels).size());
    const std::unique_ptr<TileQueue> queue =
        shareQueue(tileCount, options.share.value_or(TileShare{0, 1}));
    return runUpscaleWith(options, settings, model, *drivers, *queue, !options.share, progress,
                          cancel);
}

} // namespace fluxlens::upscale
