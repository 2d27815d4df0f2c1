#pragma once

#include "upscale/upscale_job.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace fluxlens {

class BackgroundJob;

// fluxlens::upscale::runUpscale as a BackgroundJob: tiles done as progress, the engine's log lines
// in the job's log, Cancel keeps the finished tiles (a new run with the same options resumes).
class UpscaleRunner {
    Q_DECLARE_TR_FUNCTIONS(UpscaleRunner)
public:
    // Starts the job (parented to `parent`); `summary` is filled in before the job ends.
    static BackgroundJob* start(const upscale::UpscaleOptions& options, QObject* parent,
                                std::shared_ptr<upscale::UpscaleSummary> summary);
    // "80 × 60 land pixels, 3.5 M pixel-days in 42 s (12 tiles computed, 3 resumed)".
    static QString describe(const upscale::UpscaleSummary& summary);
};

} // namespace fluxlens
