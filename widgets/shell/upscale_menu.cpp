#include "upscale_menu.h"

#include "fluxlens_config.h"
#include "jobs/background_job.h"
#include "jobs/jobs_indicator.h"
#include "map/raster_layer.h"
#include "map/world_map_widget.h"
#include "message_banner.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <memory>

#if FLUXLENS_HAVE_UPSCALE
#include "upscale_dialog.h"
#include "upscale_runner.h"
#endif

namespace fluxlens {
namespace {
// A class, so that lupdate files the strings of these free functions under their context.
struct UpscaleMenu {
    Q_DECLARE_TR_FUNCTIONS(UpscaleMenu)
};

#if FLUXLENS_HAVE_UPSCALE
void runDialog(CacheSession* session, WorldMapWidget* map, JobsIndicator* jobs,
               MessageBanner* banner, QWidget* parent) {
    UpscaleDialog dialog(session, map, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto options = dialog.check().options;
    if (!options)
        return;
    auto summary = std::make_shared<upscale::UpscaleSummary>();
    BackgroundJob* job = UpscaleRunner::start(*options, parent, summary);
    jobs->track(job);
    const QString output = QString::fromStdString(options->output.string());
    QObject::connect(job, &BackgroundJob::succeeded, banner, [=] {
        if (summary->cancelled)
            return;
        auto* show = new QAction(UpscaleMenu::tr("Show on the map"), banner);
        QObject::connect(show, &QAction::triggered, map,
                         [map, output] { map->rasterLayer()->open(output); });
        banner->showMessage(UpscaleMenu::tr("Upscaled map written to %1: %2")
                                .arg(output, UpscaleRunner::describe(*summary)),
                            {show});
    });
    QObject::connect(job, &BackgroundJob::cancelled, banner, [banner, output] {
        banner->showMessage(UpscaleMenu::tr("Upscaling to %1 cancelled; the finished tiles are "
                                            "kept and the same run resumes from them")
                                .arg(output));
    });
    QObject::connect(job, &BackgroundJob::failed, banner, [banner](const QString& message) {
        banner->showMessage(UpscaleMenu::tr("Upscaling failed: %1").arg(message));
    });
    QObject::connect(job, &BackgroundJob::finished, job, &QObject::deleteLater);
}
#endif
} // namespace

void addUpscaleAction(QMenu* models, CacheSession* session, WorldMapWidget* map,
                      JobsIndicator* jobs, MessageBanner* banner, QWidget* parent) {
    models->addSeparator();
    QAction* action = models->addAction(UpscaleMenu::tr("&Upscale to a map…"));
#if FLUXLENS_HAVE_UPSCALE
    QObject::connect(action, &QAction::triggered, parent,
                     [=] { runDialog(session, map, jobs, banner, parent); });
#else
    Q_UNUSED(session);
    Q_UNUSED(map);
    Q_UNUSED(jobs);
    Q_UNUSED(banner);
    Q_UNUSED(parent);
    models->setToolTipsVisible(true);
    action->setEnabled(false);
    action->setToolTip(UpscaleMenu::tr("This build has no upscaling engine (fluxlens_upscale)"));
#endif
}

} // namespace fluxlens
