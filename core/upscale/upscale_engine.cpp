#include "upscale/upscale_engine.h"

#include "common/dates.h"
#include "common/join.h"
#include "ml/data_hasher.h"
#include "upscale/pixel_predictor.h"
#include "upscale/tile_file.h"
#include "upscale/tile_layout.h"
#include "upscale/upscale_output.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
struct Cancelled {};

class ShareQueue : public TileQueue {
public:
    ShareQueue(int tileCount, const TileShare& share)
        : m_start(share.index)
        , m_next(share.index)
        , m_step(share.count)
        , m_count(tileCount) {}
    std::optional<int> next() override {
        if (m_next >= m_count)
            return std::nullopt;
        const int tile = m_next;
        m_next += m_step;
        return tile;
    }
    int expected() const override {
        return m_count <= m_start ? 0 : (m_count - m_start + m_step - 1) / m_step;
    }

private:
    int m_start, m_next, m_step, m_count;
};

std::string formatRate(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

void checkDriversCover(const UpscaleOptions& options, const ml::FluxModel& model,
                       const DriverSource& drivers) {
    const std::vector<std::string> available = drivers.features();
    std::vector<std::string> missing;
    for (const std::string& feature : griddedFeatures(model.config()))
        if (std::find(available.begin(), available.end(), feature) == available.end())
            missing.push_back(feature);
    const std::string source =
        drivers.mapFile().empty() ? std::string("the drivers") : drivers.mapFile().string();
    if (!missing.empty())
        throw std::invalid_argument(source + " cannot produce the model's feature(s) " +
                                    joined(missing) + " (it maps " + joined(available) + ")");
    const auto [first, last] = drivers.period();
    if (options.firstDay < first || options.lastDay > last)
        throw std::invalid_argument(source + " covers " + formatIsoDate(fromDayNumber(first)) +
                                    " to " + formatIsoDate(fromDayNumber(last)) +
                                    ", not the requested " +
                                    formatIsoDate(fromDayNumber(options.firstDay)) + " to " +
                                    formatIsoDate(fromDayNumber(options.lastDay)));
}

void report(const std::function<void(const UpscaleProgress&)>& progress, UpscaleProgress p,
            std::string message) {
    if (!progress)
        return;
    p.message = std::move(message);
    progress(p);
}
} // namespace

std::unique_ptr<TileQueue> shareQueue(int tileCount, const TileShare& share) {
    if (share.count < 1 || share.index < 0 || share.index >= share.count)
        throw std::invalid_argument("share " + std::to_string(share.index) + "/" +
                                    std::to_string(share.count) +
                                    " is not one of 0..N-1 of N shares");
    return std::make_unique<ShareQueue>(tileCount, share);
}

RunSettings makeRunSettings(const UpscaleOptions& options, const ml::FluxModel& model,
                            const DriverSource& drivers) {
    RunSettings s;
    s.grid = options.grid;
    s.firstDay = options.firstDay;
    s.lastDay = options.lastDay;
    s.tilePixels = options.tilePixels;
    s.monthlyMeans = options.monthlyMeans;
    s.geotiffPerPeriod = options.geotiffPerPeriod;
    s.modelName = model.name();
    s.modelKind = std::string(ml::modelKindCode(model.kind()));
    s.modelFolder = options.modelFolder.empty()
                        ? std::string()
                        : std::filesystem::absolute(options.modelFolder).string();
    ml::DataHasher hasher;
    hasher.add(model.metadataJson());
    s.modelHash = hasher.hex();
    s.dataHash = model.dataHash();
    s.members = model.memberCount();
    s.drivers = drivers.describe();
    s.driverMap = drivers.mapFile().empty() ? std::string()
                                            : std::filesystem::absolute(drivers.mapFile()).string();
    s.driverHash = drivers.identity();
    s.history = "FluxLens upscaling of " + s.modelName + " over " + s.driverMap;
    return s;
}

void prepareParts(const RunSettings& settings, const std::filesystem::path& parts,
                  const std::function<void(const std::string&)>& log) {
    std::error_code ec;
    std::filesystem::create_directories(parts, ec);
    if (ec)
        throw std::runtime_error(parts.string() +
                                 ": cannot create the parts folder: " + ec.message());
    if (std::filesystem::exists(runSettingsFile(parts))) {
        std::string earlier;
        try {
            earlier = readRunSettings(parts).settingsHash();
        } catch (const std::runtime_error& e) {
            if (log)
                log(std::string("ignoring the earlier run's settings: ") + e.what());
        }
        if (log && !earlier.empty())
            log(earlier == settings.settingsHash()
                    ? "resuming: finished tiles in " + parts.string() + " are kept"
                    : "an earlier run in " + parts.string() +
                          " had other settings: its tiles are computed again");
    }
    writeRunSettings(parts, settings);
}

UpscaleSummary computeTiles(const RunSettings& settings, const std::filesystem::path& parts,
                            const ml::FluxModel& model, DriverSource& drivers, TileQueue& queue,
                            const std::function<void(const UpscaleProgress&)>& progress,
                            const std::atomic<bool>* cancel) {
    const std::vector<grid::PixelWindow> tiles = tileWindows(settings.grid, settings.tilePixels);
    const std::string hash = settings.settingsHash();
    const std::vector<std::string> features = griddedFeatures(model.config());
    const auto started = std::chrono::steady_clock::now();
    UpscaleSummary summary;
    UpscaleProgress state;
    state.tilesTotal = queue.expected();
    const auto betweenPixels = [&] {
        queue.poll();
        if (cancel && cancel->load())
            throw Cancelled{};
    };
    try {
        while (const std::optional<int> next = queue.next()) {
            const int index = *next;
            if (index < 0 || index >= static_cast<int>(tiles.size()))
                throw std::logic_error("tile index " + std::to_string(index) + " out of range");
            const grid::PixelWindow& window = tiles[static_cast<std::size_t>(index)];
            if (tileIsFinished(parts, index, hash, window)) {
                ++summary.tilesResumed;
                summary.landPixels += readTileHeader(tileFile(parts, index))->landPixels;
                ++state.tilesDone;
                report(progress, state, "tile " + std::to_string(index) + ": finished earlier");
                continue;
            }
            betweenPixels();
            const grid::DriverTile tileDrivers =
                drivers.read(settings.grid, window, features, settings.firstDay, settings.lastDay);
            const grid::StaticTile statics = drivers.readStatics(settings.grid, window);
            const TileResult result =
                predictTile(model, tileDrivers, statics, index, betweenPixels);
            writeTileFile(parts, hash, result);
            ++summary.tilesComputed;
            ++state.tilesDone;
            summary.landPixels += result.landPixels;
            summary.pixelDays += result.landPixels * result.dayCount;
            summary.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            state.pixelDaysDone = summary.pixelDays;
            state.pixelDaysPerSecond =
                summary.seconds > 0 ? static_cast<double>(summary.pixelDays) / summary.seconds : 0;
            report(progress, state,
                   "tile " + std::to_string(index) + " (rows " + std::to_string(window.row0) + "-" +
                       std::to_string(window.row0 + window.rows - 1) + ", columns " +
                       std::to_string(window.col0) + "-" +
                       std::to_string(window.col0 + window.cols - 1) +
                       "): " + std::to_string(result.landPixels) + " land pixels, " +
                       formatRate(state.pixelDaysPerSecond) + " pixel-days/s");
        }
    } catch (const Cancelled&) {
        summary.cancelled = true;
        report(progress, state,
               "cancelled: " + std::to_string(summary.tilesComputed + summary.tilesResumed) +
                   " finished tile(s) kept in " + parts.string());
    }
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

void assembleRun(const RunSettings& settings, const std::filesystem::path& parts,
                 const std::filesystem::path& output,
                 const std::function<void(const std::string&)>& log) {
    writeDailyNetcdf(settings, parts, output, log);
    if (settings.monthlyMeans || settings.geotiffPerPeriod)
        writeMonthlyOutputs(settings, parts, output, settings.monthlyMeans,
                            settings.geotiffPerPeriod, log);
    std::error_code ec;
    std::filesystem::remove_all(parts, ec);
    if (ec && log)
        log("could not remove " + parts.string() + ": " + ec.message());
}

double beginRun(const UpscaleOptions& options, const RunSettings& settings,
                const ml::FluxModel& model, const DriverSource& drivers,
                const std::function<void(const UpscaleProgress&)>& progress) {
    validateOptions(options);
    checkDriversCover(options, model, drivers);
    const auto log = [&](const std::string& line) { report(progress, UpscaleProgress{}, line); };
    const MemoryBound bound = memoryBound(
        settings.tilePixels, settings.dayCount(), static_cast<int>(model.config().features.size()),
        model.config().hidden, model.config().window_days, model.config().stride_days,
        model.memberCount(), settings.grid.columns());
    log("memory bound: " + formatRate(bound.tileMiB) + " MiB per tile (" +
        std::to_string(settings.tilePixels) + "² pixels × " + std::to_string(settings.dayCount()) +
        " days × (" + std::to_string(model.config().features.size()) +
        " features + 6 outputs) × 4 B, plus one pixel's inference) + " +
        formatRate(kAssemblyBufferMiB) + " MiB assembly buffer, plus the model itself");
    const ml::MlConfig& config = model.config();
    const bool usesClasses = model.kind() == ml::ModelKind::CtLstm ||
                             (model.kind() == ml::ModelKind::TamRl && config.encoder_uses_classes);
    if (usesClasses && !drivers.hasLandCover())
        log("warning: the model uses the IGBP class, but " +
            (drivers.mapFile().empty() ? std::string("the drivers") : drivers.mapFile().string()) +
            " names no land-cover raster (statics.igbp): every pixel gets the unknown class, "
            "which no training site had");
    prepareParts(settings, partsFolder(options.output), log);
    return bound.tileMiB + kAssemblyBufferMiB;
}

UpscaleSummary runUpscaleWith(const UpscaleOptions& options, const RunSettings& settings,
                              const ml::FluxModel& model, DriverSource& drivers, TileQueue& queue,
                              bool assemble,
                              const std::function<void(const UpscaleProgress&)>& progress,
                              const std::atomic<bool>* cancel) {
    const double bound = beginRun(options, settings, model, drivers, progress);
    const std::filesystem::path parts = partsFolder(options.output);
    UpscaleSummary summary = computeTiles(settings, parts, model, drivers, queue, progress, cancel);
    summary.peakMemoryBoundMiB = bound;
    if (summary.cancelled || !assemble)
        return summary;
    assembleRun(settings, parts, options.output,
                [&](const std::string& line) { report(progress, UpscaleProgress{}, line); });
    summary.output = options.output;
    return summary;
}

} // namespace fluxlens::upscale
