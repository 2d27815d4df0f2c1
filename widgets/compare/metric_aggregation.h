#pragma once

#include "metric_set.h"
#include "site_record.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

// Summaries of per-site metrics the comparison charts show: class means (Fig. 3), relative RMSE
// against a reference per class (Fig. 4), per-site pairs (Fig. 5) and the Table 1 averages.
namespace fluxlens {

using SiteIndex = QHash<QString, SiteRecord>; // site ID -> record

enum class SiteGrouping { Igbp, Koppen };
// The class code (IgbpClass or KoppenClass as int; 0 = unknown) and its label.
int siteClassOf(const SiteRecord& record, SiteGrouping grouping);
QString siteClassLabel(int classCode, SiteGrouping grouping);

// Mean RMSE (and R²) of one model over the sites of one class.
struct ClassStat {
    int classCode = 0;
    QString model;
    int sites = 0;
    double meanRmse = 0.0;
    double sdRmse = 0.0; // sample standard deviation across sites; NaN when sites < 2
    double meanR2 = 0.0;
    std::int64_t samples = 0; // days summed over the sites
};
// One entry per (class, model) with at least one site, classes in code order, models in the
// given order. Sites missing from `sites` or with a non-finite RMSE are left out.
std::vector<ClassStat> classStats(const MetricSet& metrics, const SiteIndex& sites,
                                  const QStringList& models, FluxTarget target, QcChoice qc,
                                  SiteGrouping grouping);

// Relative RMSE of a model against a reference over the sites of one class where both have a
// figure: (mean RMSE_ref − mean RMSE_model) / mean RMSE_ref. Positive: the model is better.
struct RelativeRmseCell {
    int classCode = 0;
    QString model;
    double relativeRmse = 0.0;
    int sites = 0;
    std::int64_t samples = 0; // the model's days summed over those sites
};
std::vector<RelativeRmseCell> relativeRmseByClass(const MetricSet& metrics, const SiteIndex& sites,
                                                  const QStringList& models,
                                                  const QString& reference, FluxTarget target,
                                                  QcChoice qc, SiteGrouping grouping);
// Per-site relative RMSE, (RMSE_ref − RMSE_model) / RMSE_ref; NaN when either is missing.
double siteRelativeRmse(const MetricSet& metrics, const QString& site, const QString& model,
                        const QString& reference, FluxTarget target, QcChoice qc);

// One point of the per-site scatter: the model's figure (y) against the reference's (x).
enum class ScatterMetric { Rmse, R2 };
struct ScatterPoint {
    QString siteId;
    double referenceValue = 0.0;
    double modelValue = 0.0;
    KoppenClass koppen = KoppenClass::Unknown;
};
// Sites where both have a finite figure, sorted by site ID.
std::vector<ScatterPoint> scatterPoints(const MetricSet& metrics, const SiteIndex& sites,
                                        const QString& model, const QString& reference,
                                        FluxTarget target, QcChoice qc, ScatterMetric metric);

// Table 1: RMSE and R² averaged across sites.
struct SummaryCell {
    double meanRmse = 0.0;
    double meanR2 = 0.0;
    int sites = 0; // 0: no figure
};
SummaryCell summarize(const MetricSet& metrics, const QString& model, FluxTarget target,
                      QcChoice qc);
// The paper's headline figures in %, over the sites both cover (as core/eval computes them):
// RMSE reduction, (mean RMSE_ref − mean RMSE_model) / mean RMSE_ref × 100, and R² increase,
// (mean R²_model − mean R²_ref) / mean R²_ref × 100 (NaN unless mean R²_ref > 0). NaN without
// common sites.
struct Headline {
    double rmseReductionPercent = 0.0;
    double r2IncreasePercent = 0.0;
};
Headline headline(const MetricSet& metrics, const QString& model, const QString& reference,
                  FluxTarget target, QcChoice qc);

} // namespace fluxlens
