// The relative RMSE heatmap as a publication figure (File ▸ Export, fluxlens --export heatmap).
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

ViewFigure heatmapFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QString reference = chosenReference(data, choices);
    QStringList models =
        choices.model.isEmpty() ? data.models() : QStringList{chosenModel(data, choices)};
    models.removeAll(reference);
    if (models.isEmpty())
        fail(FigureExports::tr("no model other than %1 with metrics to compare").arg(reference));
    auto cells = std::make_shared<std::vector<RelativeRmseCell>>(
        relativeRmseByClass(data.metrics(), data.sites(), models, reference, choices.target,
                            choices.qc, SiteGrouping::Igbp));
    if (cells->empty())
        fail(
            FigureExports::tr("no IGBP class with %1 metrics of both %2 and %3")
                .arg(fluxTargetName(choices.target), models.join(QStringLiteral(", ")), reference));
    ViewFigure f;
    f.title = FigureExports::tr("Relative %1 RMSE against %2 by IGBP class")
                  .arg(fluxTargetName(choices.target), reference);
    f.description =
        FigureExports::tr("Sites: all with metrics of both, by IGBP class; models: %1 against %2; "
                          "period: each site's evaluated days (%3); metric: relative %4 RMSE, "
                          "(RMSE_ref − RMSE_model) / RMSE_ref")
            .arg(models.join(QStringLiteral(", ")), reference, qcText(choices.qc),
                 fluxTargetName(choices.target)) +
        scoredSitesNote(data);
    f.paint = [=, title = f.title](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        RelativeRmseModel model;
        model.setCells(*cells, models, reference, SiteGrouping::Igbp);
        const QStringList footer = {
            FigureExports::tr("(RMSE_ref − RMSE_model) / RMSE_ref, %1; blue: the model is better")
                .arg(qcText(choices.qc))};
        paintTableFigure(
            p, size, spec, title, footer,
            [&](QPainter& painter, const QRectF& area, const QFont& font) {
                // The table, then its colour key below it.
                const QFontMetricsF fm(font);
                const double keyHeight = fm.height() * 1.2;
                const double tableBottom =
                    paintTable(painter, area.adjusted(0, 0, 0, -keyHeight - fm.height() * 0.6),
                               model, font, QColor(20, 20, 20), QColor(60, 60, 60));
                const QString lo =
                    QStringLiteral("−%1 %").arg(RelativeRmseModel::kSaturation * 100);
                const QString hi =
                    QStringLiteral("+%1 %").arg(RelativeRmseModel::kSaturation * 100);
                const QRectF key(area.left() + fm.horizontalAdvance(lo) + fm.height() * 0.3,
                                 tableBottom + fm.height() * 0.6,
                                 std::min(area.width() / 3.0, fm.height() * 14.0), keyHeight * 0.7);
                const int steps = 64;
                for (int i = 0; i < steps; ++i) {
                    const double t = 2.0 * (i + 0.5) / steps - 1.0;
                    painter.fillRect(QRectF(key.left() + key.width() * i / steps, key.top(),
                                            key.width() / steps + 0.5, key.height()),
                                     divergingColor(t));
                }
                painter.setFont(font);
                painter.setPen(QColor(20, 20, 20));
                painter.drawText(QRectF(area.left(), key.top() - keyHeight, area.width(),
                                        key.height() + 2 * keyHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, lo);
                painter.drawText(QRectF(key.right() + fm.height() * 0.3, key.top() - keyHeight,
                                        area.width(), key.height() + 2 * keyHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, hi);
                return key.bottom();
            });
    };
    f.writeCsv = [=](const QString& path) {
        writeText(path, [&](QTextStream& out) {
            out << "class,model,reference,target,qc,relative_rmse,sites,days\n";
            for (const RelativeRmseCell& c : *cells)
                out << csvField(siteClassLabel(c.classCode, SiteGrouping::Igbp)) << ','
                    << csvField(c.model) << ',' << csvField(reference) << ','
                    << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ','
                    << csvNumber(c.relativeRmse) << ',' << c.sites << ',' << c.samples << '\n';
        });
    };
    return f;
}

} // namespace fluxlens
