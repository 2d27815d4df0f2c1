#include "headless_export.h"

#include "app_settings.h"
#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "export/map_figure.h"
#include "map/world_map_widget.h"
#include "site_filter.h"
#include "site_loader.h"
#include "site_selection.h"
#include "site_table_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace fluxlens {
namespace {
QString exportMap(const HeadlessExportRequest& request, const AppSettings& settings) {
    LoadedSites loaded = loadSiteRecords(request.cachePath);
    if (!loaded.error.isEmpty())
        return loaded.error;
    SiteTableModel sites;
    sites.setSites(std::move(loaded.sites));
    SiteFilter filter;
    SiteSelection selection;
    if (!request.siteId.isEmpty()) {
        if (!sites.find(request.siteId))
            return QCoreApplication::translate("HeadlessExport", "%1: no site %2 in the cache")
                .arg(request.cachePath, request.siteId);
        selection.select(request.siteId);
    }
    WorldMapWidget map(&sites, &filter, &selection);
    map.setProjection(settings.projection());
    map.loadBasemap(settings.basemapPath());
    // The widget's size only sets the aspect ratio of the view that the figure then fills.
    map.resize(
        1000, static_cast<int>(std::lround(1000 * request.spec.height_mm / request.spec.width_mm)));
    MapFigure figure = map.figure();
    FigureSpec spec = request.spec;
    spec.title = QCoreApplication::translate("HeadlessExport", "FluxLens map of flux towers");
    spec.description = figure.description();
    writeFigure(request.outPath, spec,
                [&](QPainter& painter, const QSizeF& size) { figure.paint(painter, size, spec); });
    if (request.writeCsv)
        figure.writeCsv(ExportDialog::csvPathFor(request.outPath));
    return {};
}
} // namespace

QStringList headlessFigureNames() {
    return {QStringLiteral("map")};
}

QString runHeadlessExport(const HeadlessExportRequest& request, const AppSettings& settings) {
    if (request.cachePath.isEmpty() || request.outPath.isEmpty())
        return QCoreApplication::translate("HeadlessExport",
                                           "--export needs --cache FILE and --out FILE");
    FigureSpec::Format format;
    if (!FigureSpec::formatFromPath(request.outPath, format))
        return QCoreApplication::translate("HeadlessExport",
                                           "%1: the file must end in .png, .svg or .pdf")
            .arg(request.outPath);
    if (!QFileInfo::exists(request.cachePath))
        return QCoreApplication::translate("HeadlessExport", "%1: no such cache file")
            .arg(request.cachePath);
    HeadlessExportRequest r = request;
    r.spec.format = format;
    try {
        if (r.figure == QLatin1String("map"))
            return exportMap(r, settings);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return QCoreApplication::translate("HeadlessExport",
                                       "unknown figure '%1'; this build exports: %2")
        .arg(r.figure, headlessFigureNames().join(QStringLiteral(", ")));
}

} // namespace fluxlens
