#pragma once

#include "export/figure_spec.h"

#include <QString>
#include <QStringList>

namespace fluxlens {

class AppSettings;

// `fluxlens --export NAME --cache FILE --out FILE.{png,svg,pdf}`: renders a figure without a
// window (works with QT_QPA_PLATFORM=offscreen) through the same code as the GUI.
struct HeadlessExportRequest {
    QString figure; // "map", "timeseries", "scatter", "bars", "heatmap", "table1"
    QString cachePath;
    QString siteId;    // map: selects (highlights) it; time series: the site shown (required)
    QString modelName; // scatter, bars, heatmap, Table 1 headlines; empty: the primary model
    QString outPath;   // .png, .svg or .pdf; Table 1 also .tex (LaTeX) or .csv
    // Sites the metric figures (scatter, bars, heatmap, Table 1) score: "all", or "heldout" for
    // the models' common held-out sites (an error when the cache's models record none).
    QString siteSet = QStringLiteral("all");
    FigureSpec spec;
    bool writeCsv = false;
};

QStringList headlessFigureNames();
// Returns an error message naming what failed; empty on success. `usageError` (optional) is set
// when the request itself is wrong (unknown figure, missing --cache/--out, unknown extension):
// the command line then exits 2 rather than 1.
QString runHeadlessExport(const HeadlessExportRequest& request, const AppSettings& settings,
                          bool* usageError = nullptr);

} // namespace fluxlens
