#pragma once

// Upscaling across MPI ranks (when FluxLens is built with MPI): rank 0 prepares the parts folder,
// hands out tile indices on request (answering between its own pixels), every rank writes the
// tiles it computes, and rank 0 assembles the final file once every rank has finished.

#include "upscale/upscale_engine.h"

namespace fluxlens::upscale {

// MPI for the lifetime of a command: initialises MPI when FluxLens is built with it and the process
// was launched by mpirun/srun (their environment variables are set), finalises it at the end.
// Without MPI, or started directly, it does nothing.
class MpiSession {
public:
    MpiSession();
    ~MpiSession();
    MpiSession(const MpiSession&) = delete;
    MpiSession& operator=(const MpiSession&) = delete;
    // Ends every rank after an error on one of them (others may wait for it forever otherwise).
    [[noreturn]] static void abortAll(int exitCode);

private:
    bool m_initialised = false;
};

// Built with MPI, MPI initialised and more than one rank.
bool mpiActive();
int mpiRank();

// Called on every rank. Rank 0's summary covers all ranks; the others return their own.
UpscaleSummary runUpscaleMpi(const UpscaleOptions& options, const RunSettings& settings,
                             const ml::FluxModel& model, DriverSource& drivers,
                             const std::function<void(const UpscaleProgress&)>& progress,
                             const std::atomic<bool>* cancel);

} // namespace fluxlens::upscale
