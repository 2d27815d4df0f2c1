// The per-site scatter as a publication figure (File ▸ Export, fluxlens --export scatter).
#include "cache/cache.h"
#include "chart_palette.h"
#include "chart_theme.h"
#include "class_bars_chart.h"
#include "common/dates.h"
#include "compare_data.h"
#include "eval/evaluation_report.h"
#include "eval/evaluation_store.h"
#include "figure_support.h"
#include "koppen_colors.h"
#include "relative_rmse_model.h"
#include "site_scatter_chart.h"
#include "table1_model.h"
#include "time_series_chart.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTextDocumentFragment>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>

namespace fluxlens {
using namespace figure_support;

ViewFigure scatterFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QString model = chosenModel(data, choices);
    const QString reference = chosenReference(data, choices);
    auto rmse = std::make_shared<std::vector<ScatterPoint>>(
        scatterPoints(data.metrics(), data.sites(), model, reference, choices.target, choices.qc,
                      ScatterMetric::Rmse));
    auto r2 = std::make_shared<std::vector<ScatterPoint>>(
        scatterPoints(data.metrics(), data.sites(), model, reference, choices.target, choices.qc,
                      ScatterMetric::R2));
    if (rmse->empty())
        fail(FigureExports::tr("no site has %1 metrics of both %2 and %3")
                 .arg(fluxTargetName(choices.target), model, reference));
    ViewFigure f;
    f.title = FigureExports::tr("%1 against %2 per site").arg(model, reference);
    f.description =
        FigureExports::tr(
            "Sites: %1 with metrics of both; model %2 against %3; period: each site's "
            "evaluated days (%4); metric: %5 RMSE (%6) and R²")
            .arg(rmse->size())
            .arg(model, reference, qcText(choices.qc), fluxTargetName(choices.target), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [=](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        const double half = size.width() / 2.0;
        int panel = 0;
        for (const auto& [metric, points] :
             {std::pair{ScatterMetric::Rmse, rmse}, std::pair{ScatterMetric::R2, r2}}) {
            SiteScatterChart chart(metric);
            chart.setSelectedSites(choices.selectedSites);
            chart.setPoints(*points, model, reference, choices.target);
            const ChartTheme theme = printTheme(spec);
            applyChartTheme(chart, theme);
            renderChart(chart, p, QRectF(half * panel++, 0, half, size.height()), theme);
        }
    };
    f.writeCsv = [=](const QString& path) {
        std::map<QString, const ScatterPoint*> byR2;
        for (const ScatterPoint& point : *r2)
            byR2[point.siteId] = &point;
        writeText(path, [&](QTextStream& out) {
            out << "site_id,koppen,target,qc,model,reference,model_rmse,reference_rmse,model_r2,"
                   "reference_r2,selected\n";
            for (const ScatterPoint& point : *rmse) {
                const auto it = byR2.find(point.siteId);
                const std::string_view koppen = koppenCode(point.koppen);
                out << csvField(point.siteId) << ','
                    << QString::fromUtf8(koppen.data(), static_cast<qsizetype>(koppen.size()))
                    << ',' << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ',' << csvField(model)
                    << ',' << csvField(reference) << ',' << csvNumber(point.modelValue) << ','
                    << csvNumber(point.referenceValue) << ','
                    << (it == byR2.end() ? QString() : csvNumber(it->second->modelValue)) << ','
                    << (it == byR2.end() ? QString() : csvNumber(it->second->referenceValue)) << ','
                    << (choices.selectedSites.contains(point.siteId) ? 1 : 0) << '\n';
            }
        });
    };
    return f;
}

} // namespace fluxlens
