// fluxlens-cli upscale / upscale-merge: a trained model over every land pixel of a grid, as
// CF-1.8 NetCDF; tiles kept in <out>.parts so Ctrl-C and restarts resume; shares for job arrays;
// ranks under mpirun when built with MPI.
#include "args.h"
#include "command.h"
#include "fluxlens_config.h"

#if FLUXLENS_HAVE_UPSCALE
#include "common/dates.h"
#include "upscale/upscale_job.h"
#include "upscale/upscale_mpi.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fluxlens::cli {
namespace {
std::atomic<bool> g_cancel{false};

extern "C" void onUpscaleInterrupt(int) {
    g_cancel = true;
}

int parseDay(const Args& args, const std::string& key) {
    const std::string text = args.required(key);
    const auto day = parseIsoDate(text);
    if (!day)
        throw UsageError(key + " '" + text + "' is not a date YYYY-MM-DD");
    return toDayNumber(*day);
}

upscale::TileShare parseShare(const std::string& text) {
    upscale::TileShare share;
    char slash = 0, rest = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &share.index, &slash, &share.count, &rest) != 3 ||
        slash != '/' || share.count < 1 || share.index < 0 || share.index >= share.count)
        throw UsageError("--tile '" + text + "' is not I/N with 0 <= I < N");
    return share;
}

void printProgress(const upscale::UpscaleProgress& p) {
    if (p.message.empty())
        return;
    if (p.tilesTotal > 0)
        std::cout << "[" << p.tilesDone << "/" << p.tilesTotal << "] ";
    std::cout << p.message << std::endl;
}

int runUpscaleCommand(std::span<const std::string> argv) {
    const Args args(argv, {"--monthly", "--geotiff"});
    args.rejectUnknown({"--model", "--drivers", "--bbox", "--resolution", "--from", "--to", "--out",
                        "--tile-pixels", "--tile", "--monthly", "--geotiff", "--device",
                        "--threads"});
    upscale::UpscaleOptions options;
    options.modelFolder = args.required("--model");
    options.driverMap = args.required("--drivers");
    const std::string resolutionText = args.required("--resolution");
    char* end = nullptr;
    const double resolution = std::strtod(resolutionText.c_str(), &end);
    if (end == resolutionText.c_str() || *end != '\0')
        throw UsageError("--resolution '" + resolutionText + "' is not a number of degrees");
    try {
        options.grid = grid::parseBbox(args.required("--bbox"), resolution);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    options.firstDay = parseDay(args, "--from");
    options.lastDay = parseDay(args, "--to");
    options.output = args.required("--out");
    options.tilePixels = args.intValue("--tile-pixels", 32);
    if (const auto share = args.value("--tile"))
        options.share = parseShare(*share);
    options.monthlyMeans = args.flag("--monthly");
    options.geotiffPerPeriod = args.flag("--geotiff");
    options.device = args.value("--device").value_or("auto");
    options.threads = args.intValue("--threads", 1);

    upscale::MpiSession mpi;
    const auto previous = std::signal(SIGINT, onUpscaleInterrupt);
    upscale::UpscaleSummary summary;
    try {
        summary = upscale::runUpscale(options, printProgress, &g_cancel);
    } catch (const std::exception& e) {
        std::signal(SIGINT, previous);
        if (upscale::mpiActive()) {
            std::cerr << "fluxlens-cli upscale (rank " << upscale::mpiRank() << "): " << e.what()
                      << std::endl;
            upscale::MpiSession::abortAll(1);
        }
        throw;
    }
    std::signal(SIGINT, previous);
    if (upscale::mpiRank() != 0)
        return summary.cancelled ? 130 : 0;
    std::cout << summary.tilesComputed << " tile(s) computed, " << summary.tilesResumed
              << " resumed; " << summary.landPixels << " land pixels, " << summary.pixelDays
              << " pixel-days in " << summary.seconds << " s; memory bound "
              << summary.peakMemoryBoundMiB << " MiB" << std::endl;
    if (summary.cancelled) {
        std::cout << "Cancelled: finished tiles are kept in " << options.output.string()
                  << ".parts; run the same command again to resume" << std::endl;
        return 130;
    }
    if (options.share)
        std::cout << "Share " << options.share->index << "/" << options.share->count
                  << " done; when every share has finished: fluxlens-cli upscale-merge --out "
                  << options.output.string() << std::endl;
    else
        std::cout << "Wrote " << summary.output.string() << std::endl;
    return 0;
}

int runMerge(std::span<const std::string> argv) {
    const Args args(argv, {});
    args.rejectUnknown({"--out"});
    const std::filesystem::path out = upscale::mergeUpscaleShares(args.required("--out"));
    std::cout << "Wrote " << out.string() << std::endl;
    return 0;
}

const CommandRegistration registration{
    {"upscale", "run a trained model over every land pixel of a grid (CF-1.8 NetCDF)",
     "Usage: fluxlens-cli upscale --model DIR --drivers MAP.json --bbox W,S,E,N\n"
     "         --resolution DEG --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.nc\n"
     "         [--tile-pixels N] [--tile I/N] [--monthly] [--geotiff]\n"
     "         [--device auto|cpu|cuda] [--threads N]\n"
     "  --drivers      driver map JSON naming the gridded files (docs/upscaling.md)\n"
     "  --tile-pixels  tile edge in pixels (default 32); finished tiles are kept in\n"
     "                 FILE.nc.parts, so Ctrl-C and a rerun of the same command resume\n"
     "  --tile I/N     compute only share I (0-based) of N, for scheduler job arrays;\n"
     "                 then 'fluxlens-cli upscale-merge --out FILE.nc'\n"
     "  --monthly      also write FILE_monthly.nc (monthly means)\n"
     "  --geotiff      also write FILE_tif/FILE_YYYY-MM.tif (monthly GPP, RECO, NEE)\n"
     "  Under mpirun (when built with MPI) rank 0 hands out tiles and writes FILE.nc.",
     runUpscaleCommand}};

const CommandRegistration mergeRegistration{
    {"upscale-merge", "assemble the shares of 'upscale --tile I/N' runs into the final file",
     "Usage: fluxlens-cli upscale-merge --out FILE.nc\n"
     "  FILE.nc is the --out of the shares; fails naming missing tiles or mismatching settings",
     runMerge}};
} // namespace
} // namespace fluxlens::cli
#endif
