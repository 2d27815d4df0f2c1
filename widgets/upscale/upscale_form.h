#pragma once

#include "upscale/upscale_job.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace fluxlens {

class MapScene;
class MapViewport;

// What the Upscale dialog's form says, before it is checked.
struct UpscaleForm {
    QString bbox; // "W,S,E,N" in degrees
    double resolution_deg = 0.25;
    QDate from;
    QDate to;
    QString modelFolder;
    QString driverMap;
    QString output;
    int tilePixels = 32;
    QString device = QStringLiteral("auto");
    int threads = 1;
    bool monthlyMeans = false;
};

struct UpscaleFormCheck {
    std::optional<upscale::UpscaleOptions> options; // set when the form is complete and valid
    QString problem;                                // the first problem, naming the field
    QString extent; // "80 × 60 pixels, 731 days: 3.5 M pixel-days" when the grid is valid
};

class UpscaleFormChecks {
    Q_DECLARE_TR_FUNCTIONS(UpscaleFormChecks)
public:
    // Checks every field (region and resolution through grid::validateGrid, the driver map
    // through its parser, the files' folders) and builds the engine's options.
    static UpscaleFormCheck check(const UpscaleForm& form);
    // The map's visible area as "W,S,E,N" on whole pixels of `resolution_deg`, or empty when no
    // part of the globe is visible.
    static QString visibleBbox(const MapScene& scene, const MapViewport& viewport,
                               const QSizeF& size, double resolution_deg);
};

} // namespace fluxlens
