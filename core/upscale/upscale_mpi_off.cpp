// Built without MPI: a single process, always.
#include "upscale/upscale_mpi.h"

#include <cstdlib>
#include <stdexcept>

namespace fluxlens::upscale {

MpiSession::MpiSession() = default;
MpiSession::~MpiSession() = default;

void MpiSession::abortAll(int exitCode) {
    std::exit(exitCode);
}

bool mpiActive() {
    return false;
}

int mpiRank() {
    return 0;
}

UpscaleSummary runUpscaleMpi(const UpscaleOptions&, const RunSettings&, const ml::FluxModel&,
                             DriverSource&, const std::function<void(const UpscaleProgress&)>&,
                             const std::atomic<bool>*) {
    throw std::logic_error("FluxLens was built without MPI");
}

} // namespace fluxlens::upscale
