// The class bars as a publication figure (File ▸ Export, fluxlens --export bars).
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

ViewFigure classBarsFigure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    QStringList names = data.allNames();
    if (!choices.model.isEmpty())
        names = QStringList{chosenModel(data, choices)} + data.references();
    names.removeDuplicates();
    auto stats = std::make_shared<std::vector<ClassStat>>(classStats(
        data.metrics(), data.sites(), names, choices.target, choices.qc, choices.grouping));
    if (stats->empty())
        fail(FigureExports::tr("no site with %1 metrics of %2")
                 .arg(fluxTargetName(choices.target), names.join(QStringLiteral(", "))));
    const QString groupName = choices.grouping == SiteGrouping::Igbp ? FigureExports::tr("IGBP")
                                                                     : FigureExports::tr("Köppen");
    ViewFigure f;
    f.title = FigureExports::tr("Mean %1 RMSE by %2 class")
                  .arg(fluxTargetName(choices.target), groupName);
    f.description =
        FigureExports::tr("Sites: all with metrics, by %1 class; models: %2; period: each site's "
                          "evaluated days (%3); metric: mean %4 RMSE (%5) ± 1 sd across sites")
            .arg(groupName, names.join(QStringLiteral(", ")), qcText(choices.qc),
                 fluxTargetName(choices.target), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [=](QPainter& p, const QSizeF& size, const FigureSpec& spec) {
        ClassBarsChart chart;
        chart.setStats(*stats, names, choices.grouping, choices.target, choices.qc);
        const ChartTheme theme = printTheme(spec);
        applyChartTheme(chart, theme);
        renderChart(chart, p, QRectF(QPointF(0, 0), size), theme);
    };
    f.writeCsv = [=](const QString& path) {
        writeText(path, [&](QTextStream& out) {
            out << "grouping,class,model,target,qc,sites,mean_rmse,sd_rmse,mean_r2,days\n";
            for (const ClassStat& s : *stats)
                out << (choices.grouping == SiteGrouping::Igbp ? "igbp" : "koppen") << ','
                    << csvField(siteClassLabel(s.classCode, choices.grouping)) << ','
                    << csvField(s.model) << ',' << fluxTargetName(choices.target) << ','
                    << (choices.qc == QcChoice::AllDays ? "all" : "1") << ',' << s.sites << ','
                    << csvNumber(s.meanRmse) << ',' << csvNumber(s.sdRmse) << ','
                    << csvNumber(s.meanR2) << ',' << s.samples << '\n';
        });
    };
    return f;
}

} // namespace fluxlens
