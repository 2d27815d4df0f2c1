#include "upscale/upscale_mpi.h"

#include "upscale/tile_layout.h"
#include "upscale/upscale_output.h"

#include <cstdlib>
#include <mpi.h>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
constexpr int kRequestTag = 7101; // payload 1: wants a tile, 0: leaving (cancelled)
constexpr int kTileTag = 7102;    // payload: tile index, or −1 when none is left

int worldSize() {
    int size = 1;
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    return size;
}

class CoordinatorQueue : public TileQueue {
public:
    CoordinatorQueue(int tileCount, int workers)
        : m_count(tileCount)
        , m_workers(workers) {}
    std::optional<int> next() override {
        poll();
        if (m_cancelled || m_next >= m_count)
            return std::nullopt;
        return m_next++;
    }
    void poll() override {
        int pending = 0;
        MPI_Status status;
        while (MPI_Iprobe(MPI_ANY_SOURCE, kRequestTag, MPI_COMM_WORLD, &pending, &status) ==
                   MPI_SUCCESS &&
               pending)
            answer(status.MPI_SOURCE);
    }
    int expected() const override { return m_count; }
    void cancel() { m_cancelled = true; }
    // After rank 0's own work: answers until every other rank has been told there is no more.
    void serveUntilAllDone() {
        while (m_finished < m_workers) {
            MPI_Status status;
            MPI_Probe(MPI_ANY_SOURCE, kRequestTag, MPI_COMM_WORLD, &status);
            answer(status.MPI_SOURCE);
        }
    }

private:
    void answer(int rank) {
        int wants = 0;
        MPI_Recv(&wants, 1, MPI_INT, rank, kRequestTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (!wants) {
            ++m_finished;
            return;
        }
        int tile = (m_cancelled || m_next >= m_count) ? -1 : m_next++;
        if (tile < 0)
            ++m_finished;
        MPI_Send(&tile, 1, MPI_INT, rank, kTileTag, MPI_COMM_WORLD);
    }
    int m_count;
    int m_workers;
    int m_next = 0;
    int m_finished = 0;
    bool m_cancelled = false;
};

class WorkerQueue : public TileQueue {
public:
    explicit WorkerQueue(int tileCount)
        : m_count(tileCount) {}
    std::optional<int> next() override {
        int wants = 1, tile = -1;
        MPI_Send(&wants, 1, MPI_INT, 0, kRequestTag, MPI_COMM_WORLD);
        MPI_Recv(&tile, 1, MPI_INT, 0, kTileTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (tile < 0) {
            m_done = true;
            return std::nullopt;
        }
        return tile;
    }
    int expected() const override { return m_count; }
    // A worker that stops early (cancelled) tells rank 0 it will ask no more.
    void leave() {
        if (m_done)
            return;
        int wants = 0;
        MPI_Send(&wants, 1, MPI_INT, 0, kRequestTag, MPI_COMM_WORLD);
        m_done = true;
    }

private:
    int m_count;
    bool m_done = false;
};

void sumOverRanks(UpscaleSummary& s) {
    long long counts[4] = {s.tilesComputed, s.tilesResumed, s.landPixels, s.pixelDays};
    long long totals[4] = {0, 0, 0, 0};
    MPI_Allreduce(counts, totals, 4, MPI_LONG_LONG, MPI_SUM, MPI_COMM_WORLD);
    int cancelled = s.cancelled ? 1 : 0, anyCancelled = 0;
    MPI_Allreduce(&cancelled, &anyCancelled, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    s.tilesComputed = static_cast<int>(totals[0]);
    s.tilesResumed = static_cast<int>(totals[1]);
    s.landPixels = totals[2];
    s.pixelDays = totals[3];
    s.cancelled = anyCancelled != 0;
}
} // namespace

MpiSession::MpiSession() {
    const bool launched =
        std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMI_SIZE") || std::getenv("PMIX_RANK");
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (launched && !initialised) {
        MPI_Init(nullptr, nullptr);
        m_initialised = true;
    }
}

MpiSession::~MpiSession() {
    if (m_initialised)
        MPI_Finalize();
}

void MpiSession::abortAll(int exitCode) {
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (initialised)
        MPI_Abort(MPI_COMM_WORLD, exitCode);
    std::exit(exitCode);
}

bool mpiActive() {
    int initialised = 0, finalised = 0;
    MPI_Initialized(&initialised);
    MPI_Finalized(&finalised);
    return initialised && !finalised && worldSize() > 1;
}

int mpiRank() {
    int initialised = 0;
    MPI_Initialized(&initialised);
    int rank = 0;
    if (initialised)
        MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    return rank;
}

UpscaleSummary runUpscaleMpi(const UpscaleOptions& options, const RunSettings& settings,
                             const ml::FluxModel& model, DriverSource& drivers,
                             const std::function<void(const UpscaleProgress&)>& progress,
                             const std::atomic<bool>* cancel) {
    validateOptions(options);
    const int rank = mpiRank(), size = worldSize();
    const int tileCount = static_cast<int>(tileWindows(settings.grid, settings.tilePixels).size());
    const std::filesystem::path parts = partsFolder(options.output);
    const auto tagged = [&](const UpscaleProgress& p) {
        if (!progress)
            return;
        UpscaleProgress copy = p;
        copy.message =
            "rank " + std::to_string(rank) + "/" + std::to_string(size) + ": " + p.message;
        progress(copy);
    };
    UpscaleSummary summary;
    double bound = 0.0;
    if (rank == 0)
        bound = beginRun(options, settings, model, drivers, tagged);
    MPI_Barrier(MPI_COMM_WORLD); // run.json exists before any rank writes a tile
    if (rank == 0) {
        CoordinatorQueue queue(tileCount, size - 1);
        summary = computeTiles(settings, parts, model, drivers, queue, tagged, cancel);
        summary.peakMemoryBoundMiB = bound;
        if (summary.cancelled)
            queue.cancel();
        queue.serveUntilAllDone();
    } else {
        WorkerQueue queue(tileCount);
        summary = computeTiles(settings, parts, model, drivers, queue, tagged, cancel);
        queue.leave();
    }
    sumOverRanks(summary);
    if (rank == 0 && !summary.cancelled) {
        assembleRun(settings, parts, options.output, [&](const std::string& line) {
            tagged(UpscaleProgress{0, 0, 0, 0.0, line});
        });
        summary.output = options.output;
    }
    MPI_Barrier(MPI_COMM_WORLD); // no rank leaves before the file is complete
    return summary;
}

} // namespace fluxlens::upscale
