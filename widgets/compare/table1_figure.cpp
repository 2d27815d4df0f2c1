// Table 1 as a figure and as LaTeX or CSV (File ▸ Export, fluxlens --export table1).
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

ViewFigure table1Figure(const CompareData& data, const FigureChoices& choices) {
    requireMetrics(data);
    const QStringList names = data.allNames();
    const MetricSet* metrics = &data.metrics();
    auto table = std::make_shared<Table1Model>();
    table->setMetrics(*metrics, names);
    QStringList headlines;
    const QString reference =
        choices.reference.isEmpty() ? defaultReference(data) : choices.reference;
    if (!reference.isEmpty())
        headlines = table->headlines(choices.model.isEmpty() ? data.primaryModel() : choices.model,
                                     reference);
    ViewFigure f;
    f.title = data.siteSet() == SiteSet::HeldOut
                  ? FigureExports::tr("Table 1: RMSE and R² averaged across held-out sites")
                  : FigureExports::tr("Table 1: RMSE and R² averaged across sites");
    f.description =
        FigureExports::tr("Sites: %1 with metrics; models: %2; period: each site's evaluated days "
                          "(all days and QC = 1 days); metric: mean GPP and NEE RMSE (%3) and R²")
            .arg(metrics->sites().size())
            .arg(names.join(QStringLiteral(", ")), fluxUnit()) +
        scoredSitesNote(data);
    f.paint = [table, headlines, title = f.title](QPainter& p, const QSizeF& size,
                                                  const FigureSpec& spec) {
        paintTableFigure(p, size, spec, title, headlines,
                         [&](QPainter& painter, const QRectF& area, const QFont& font) {
                             return paintTable(painter, area, *table, font, QColor(20, 20, 20),
                                               QColor(60, 60, 60));
                         });
    };
    return f;
}

Table1Scope table1Scope(const CompareData& data, const QString& reference) {
    requireMetrics(data);
    Table1Scope scope;
    for (const QString& site : data.metrics().sites())
        scope.siteIds.push_back(site.toStdString());
    scope.heldOut = data.siteSet() == SiteSet::HeldOut;
    scope.reference = reference;
    return scope;
}

std::string table1Report(const QString& path, const Cache& cache, const Table1Scope& scope) {
    const QString cachePath = QString::fromStdString(cache.path());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("tex") && suffix != QLatin1String("csv"))
        fail(FigureExports::tr("%1: Table 1 is written as .tex (LaTeX) or .csv").arg(path));
    std::ostringstream text;
    try {
        eval::LoadOptions load;
        load.siteIds = scope.siteIds;
        const eval::EvaluationInput input = eval::loadEvaluationInput(cache, load);
        if (input.sources.empty() || input.sites.empty())
            fail(FigureExports::tr(
                     "%1: nothing to evaluate: no predictions or no flux observations at the "
                     "sites with metrics")
                     .arg(cachePath));
        eval::EvaluationOptions options;
        for (const eval::PredictionSource& s : input.sources)
            if (QString::fromStdString(s.name) == scope.reference)
                options.reference = s.name;
        const eval::EvaluationResult result = eval::evaluate(input, options);
        // In English like the rest of the report (and `fluxlens-cli evaluate --sites heldout`).
        const std::string scored =
            scope.heldOut ? "held-out sites only (" + std::to_string(input.sites.size()) + ")"
                          : std::string();
        eval::writeReport(text, result,
                          suffix == QLatin1String("tex") ? eval::ReportFormat::Latex
                                                         : eval::ReportFormat::Csv,
                          scored);
    } catch (const std::invalid_argument& e) {
        fail(QStringLiteral("%1: %2").arg(cachePath, QString::fromUtf8(e.what())));
    }
    return text.str();
}

void writeReportFile(const QString& path, const std::string& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.flush())
        fail(QStringLiteral("%1: write failed: %2").arg(path, file.errorString()));
}

void writeTable1(const QString& path, const Cache& cache, const CompareData& data,
                 const QString& reference) {
    writeReportFile(path, table1Report(path, cache, table1Scope(data, reference)));
}

} // namespace fluxlens
