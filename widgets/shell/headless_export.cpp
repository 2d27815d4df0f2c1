#include "headless_export.h"

#include "app_settings.h"
#include "cache/cache.h"
#include "compare_data.h"
#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "map/map_figure.h"
#include "map/world_map_widget.h"
#include "metric_set.h"
#include "session/cache_connector.h"
#include "site_filter.h"
#include "site_loader.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "view_figures.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace fluxlens {
namespace {
// A class, so that lupdate files the strings of this file's free functions under the
// context tr() looks them up with.
struct HeadlessExport {
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)
};

void writeViewFigure(const HeadlessExportRequest& request, const FigureSpec& base,
                     const QString& title, const QString& description,
                     const std::function<void(QPainter&, const QSizeF&, const FigureSpec&)>& paint,
                     const std::function<void(const QString&)>& writeCsv) {
    FigureSpec spec = base;
    spec.title = title;
    spec.description = description;
    writeFigure(request.outPath, spec,
                [&](QPainter& painter, const QSizeF& size) { paint(painter, size, spec); });
    if (request.writeCsv && writeCsv)
        writeCsv(ExportDialog::csvPathFor(request.outPath));
}

QString exportMap(const HeadlessExportRequest& request, const AppSettings& settings,
                  SiteTableModel& sites) {
    SiteFilter filter;
    SiteSelection selection;
    if (!request.siteId.isEmpty())
        selection.select(request.siteId);
    WorldMapWidget map(&sites, &filter, &selection);
    map.setProjection(settings.projection());
    map.loadBasemap(settings.basemapPath());
    // The widget's size only sets the aspect ratio of the view that the figure then fills.
    map.resize(
        1000, static_cast<int>(std::lround(1000 * request.spec.height_mm / request.spec.width_mm)));
    const MapFigure figure = map.figure();
    writeViewFigure(
        request, request.spec, HeadlessExport::tr("FluxLens map of flux towers"),
        figure.description(),
        [&](QPainter& painter, const QSizeF& size, const FigureSpec& spec) {
            figure.paint(painter, size, spec);
        },
        [&](const QString& csv) { figure.writeCsv(csv); });
    return {};
}

QString exportComparison(const HeadlessExportRequest& request, SiteTableModel& sites) {
    CompareData data(&sites);
    {
        const Cache cache = CacheConnector(request.cachePath).openExisting();
        QStringList references;
        for (const std::string& p : cache.referenceProducts())
            references.append(QString::fromStdString(p));
        data.setMetrics(MetricSet::fromCache(cache.loadMetrics()), references);
        data.setHeldOutSites(heldOutSiteSetOf(cache));
    }
    if (request.siteSet == siteSetKey(SiteSet::HeldOut) &&
        request.figure != QLatin1String("timeseries")) {
        data.setSiteSet(SiteSet::HeldOut);
        if (!data.heldOutUsable())
            return HeadlessExport::tr("%1: --sites heldout: %2")
                .arg(request.cachePath, data.heldOutProblem());
    }
    FigureChoices choices;
    choices.model = request.modelName;
    if (!request.siteId.isEmpty())
        choices.selectedSites.insert(request.siteId);
    const QString& name = request.figure;
    ViewFigure figure;
    if (name == QLatin1String("timeseries")) {
        const SiteTimeSeries series =
            loadSiteTimeSeries(CacheConnector(request.cachePath).openExisting(), request.siteId);
        if (!series.error.isEmpty())
            return series.error;
        figure = timeSeriesFigure(std::make_shared<const SiteTimeSeries>(series), choices);
    } else if (name == QLatin1String("scatter")) {
        figure = scatterFigure(data, choices);
    } else if (name == QLatin1String("bars")) {
        figure = classBarsFigure(data, choices);
    } else if (name == QLatin1String("heatmap")) {
        figure = heatmapFigure(data, choices);
    } else {
        FigureSpec::Format format;
        if (!FigureSpec::formatFromPath(request.outPath, format)) {
            writeTable1(request.outPath, CacheConnector(request.cachePath).openExisting(), data,
                        defaultReference(data));
            return {};
        }
        figure = table1Figure(data, choices);
        if (request.writeCsv)
            writeTable1(ExportDialog::csvPathFor(request.outPath),
                        CacheConnector(request.cachePath).openExisting(), data,
                        defaultReference(data));
    }
    writeViewFigure(request, request.spec, figure.title, figure.description, figure.paint,
                    request.figure == QLatin1String("table1") ? nullptr : figure.writeCsv);
    return {};
}
} // namespace

QStringList headlessFigureNames() {
    return {QStringLiteral("map"),  QStringLiteral("timeseries"), QStringLiteral("scatter"),
            QStringLiteral("bars"), QStringLiteral("heatmap"),    QStringLiteral("table1")};
}

QString runHeadlessExport(const HeadlessExportRequest& request, const AppSettings& settings,
                          bool* usageError) {
    const auto usage = [usageError](const QString& message) {
        if (usageError)
            *usageError = true;
        return message;
    };
    if (usageError)
        *usageError = false;
    if (!headlessFigureNames().contains(request.figure))
        return usage(HeadlessExport::tr("unknown figure '%1'; this build exports: %2")
                         .arg(request.figure, headlessFigureNames().join(QStringLiteral(", "))));
    if (request.cachePath.isEmpty() || request.outPath.isEmpty())
        return usage(HeadlessExport::tr("--export needs --cache FILE and --out FILE"));
    if (request.siteSet != QLatin1String("all") && request.siteSet != QLatin1String("heldout"))
        return usage(HeadlessExport::tr("--sites expects 'all' or 'heldout', got '%1'")
                         .arg(request.siteSet));
    if (request.figure == QLatin1String("timeseries") && request.siteId.isEmpty())
        return usage(HeadlessExport::tr("--export timeseries needs --site ID"));
    const bool table = request.figure == QLatin1String("table1");
    const QString suffix = QFileInfo(request.outPath).suffix().toLower();
    FigureSpec::Format format = FigureSpec::Format::Png;
    const bool figureFile = FigureSpec::formatFromPath(request.outPath, format);
    if (!figureFile &&
        !(table && (suffix == QLatin1String("tex") || suffix == QLatin1String("csv"))))
        return usage(
            table ? HeadlessExport::tr("%1: Table 1 is written as .png, .svg, .pdf, .tex or .csv")
                        .arg(request.outPath)
                  : HeadlessExport::tr("%1: the file must end in .png, .svg or .pdf")
                        .arg(request.outPath));
    if (!QFileInfo::exists(request.cachePath))
        return HeadlessExport::tr("%1: no such cache file").arg(request.cachePath);
    HeadlessExportRequest r = request;
    r.spec.format = format;
    try {
        LoadedSites loaded = loadSiteRecords(CacheConnector(r.cachePath).openExisting());
        SiteTableModel sites;
        sites.setSites(std::move(loaded.sites));
        if (!r.siteId.isEmpty() && !sites.find(r.siteId))
            return HeadlessExport::tr("%1: no site %2 in the cache").arg(r.cachePath, r.siteId);
        if (r.figure == QLatin1String("map"))
            return exportMap(r, settings, sites);
        return exportComparison(r, sites);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace fluxlens
