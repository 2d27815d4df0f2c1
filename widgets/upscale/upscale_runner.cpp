#include "upscale_runner.h"

#include "jobs/background_job.h"

namespace fluxlens {

BackgroundJob* UpscaleRunner::start(const upscale::UpscaleOptions& options, QObject* parent,
                                    std::shared_ptr<upscale::UpscaleSummary> summary) {
    auto* job = new BackgroundJob(tr("Upscale"), parent);
    job->start([options, summary](JobReporter& reporter) {
        *summary = upscale::runUpscale(
            options,
            [&reporter](const upscale::UpscaleProgress& p) {
                if (p.tilesTotal > 0)
                    reporter.progress(double(p.tilesDone) / p.tilesTotal);
                if (!p.message.empty())
                    reporter.log(QString::fromStdString(p.message));
            },
            &reporter.cancelFlag());
        reporter.log(describe(*summary));
        return QString();
    });
    return job;
}

QString UpscaleRunner::describe(const upscale::UpscaleSummary& s) {
    return tr("%1 land pixels, %2 M pixel-days in %3 s (%4 tiles computed, %5 resumed; memory "
              "bound %6 MiB)")
        .arg(s.landPixels)
        .arg(s.pixelDays / 1e6, 0, 'f', 2)
        .arg(s.seconds, 0, 'f', 1)
        .arg(s.tilesComputed)
        .arg(s.tilesResumed)
        .arg(s.peakMemoryBoundMiB, 0, 'f', 0);
}

} // namespace fluxlens
