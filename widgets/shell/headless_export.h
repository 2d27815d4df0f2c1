#pragma once

#include "export/figure_spec.h"

#include <QString>
#include <QStringList>

namespace fluxlens {

class AppSettings;

// `fluxlens --export NAME --cache FILE --out FILE.{png,svg,pdf}`: renders a figure without a
// window (works with QT_QPA_PLATFORM=offscreen) through the same code as the GUI.
struct HeadlessExportRequest {
    QString figure; // "map", ...
    QString cachePath;
    QString siteId;    // selects (highlights) this site
    QString modelName; // for model figures
    QString outPath;
    FigureSpec spec;
    bool writeCsv = false;
};

QStringList headlessFigureNames();
// Returns an error message naming what failed; empty on success.
QString runHeadlessExport(const HeadlessExportRequest& request, const AppSettings& settings);

} // namespace fluxlens
