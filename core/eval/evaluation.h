#pragma once

#include "eval/error_stats.h"
#include "eval/evaluation_input.h"
#include "eval/targets.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace fluxlens::eval {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct EvaluationOptions {
    std::vector<Target> targets = {Target::Gpp, Target::Nee};
    std::vector<QcMask> masks = {QcMask::AllValid, QcMask::HighestQuality};
    // Name of the source the relative figures compare against (e.g. "FLUXCOM-X-BASE"); empty:
    // none. A name that is not among the sources throws std::invalid_argument.
    std::string reference;
};

// One model (or reference product) at one site. Only sites where the source has at least one day
// under the mask appear.
struct SiteMetric {
    std::string model;
    std::string siteId;
    IgbpClass igbp = IgbpClass::Unknown;
    KoppenClass koppen = KoppenClass::Unknown;
    Target target = Target::Gpp;
    QcMask mask = QcMask::AllValid;
    ErrorStats stats;
    // (RMSE_ref - RMSE_model) / RMSE_ref at this site: positive when the model is better. NaN
    // without a reference, where the reference has no figure here, or where RMSE_ref = 0.
    double relativeRmse = kNaN;
    // Scored on monthly means (a monthly reference product, see isMonthlyProduct()): stats.n
    // counts months, not days.
    bool monthlyMeans = false;
};

// Mean and sample standard deviation of per-site figures (the paper's Table 1 averages across
// sites, not pooled over days). The standard deviation needs more than one site (NaN otherwise).
struct SiteSpread {
    int sites = 0; // sites with a finite value
    double mean = kNaN;
    double sd = kNaN;
};

// Table 1: one model, one target, one mask.
struct SummaryRow {
    std::string model;
    Target target = Target::Gpp;
    QcMask mask = QcMask::AllValid;
    SiteSpread rmse;           // rmse.sites: sites evaluated
    SiteSpread r2;             // sites with constant observations have no R² and are left out here
    std::int64_t samples = 0;  // site-days, summed over sites
    ErrorStats pooled;         // all site-days pooled (stored in the cache as siteId "")
    bool monthlyMeans = false; // as SiteMetric::monthlyMeans: samples counts site-months
};

enum class ClassKind { Igbp, Koppen };

// One model, target and mask within one IGBP or Köppen class.
struct ClassRow {
    ClassKind kind = ClassKind::Igbp;
    std::string classCode; // "DBF", "Cfb", "unknown"
    std::string model;
    Target target = Target::Gpp;
    QcMask mask = QcMask::AllValid;
    SiteSpread rmse;
    SiteSpread r2;
    std::int64_t samples = 0;
    // (mean RMSE_ref - mean RMSE_model) / mean RMSE_ref over the class's sites where both have a
    // figure; NaN without a reference or common sites. commonSites counts those sites.
    double relativeRmse = kNaN;
    int commonSites = 0;
};

// The paper's headline figures for one model against the reference, over the sites both cover:
//   rmseReductionPct = 100 (mean RMSE_ref - mean RMSE_model) / mean RMSE_ref
//   r2IncreasePct    = 100 (mean R²_model - mean R²_ref) / mean R²_ref, NaN unless mean R²_ref > 0
//                      (a relative increase over a non-positive R² means nothing)
struct HeadlineRow {
    std::string model;
    std::string reference;
    Target target = Target::Gpp;
    QcMask mask = QcMask::AllValid;
    int commonSites = 0;
    double rmseModel = kNaN, rmseReference = kNaN;
    double r2Model = kNaN, r2Reference = kNaN; // over common sites where both have R²
    int r2CommonSites = 0;
    double rmseReductionPct = kNaN;
    double r2IncreasePct = kNaN;
};

struct EvaluationResult {
    std::string reference;
    std::vector<SiteMetric> sites;   // by source, target, mask, then site (input order)
    std::vector<SummaryRow> summary; // by source, target, mask
    std::vector<ClassRow> classes;   // IGBP rows, then Köppen rows; by class, source, target, mask
    std::vector<HeadlineRow> headlines;      // every non-reference source × target × mask
    std::vector<std::string> monthlySources; // sources scored on monthly means, input order
};

// A monthly product's values are monthly means, so it is scored only against monthly means of
// the tower observations: for each calendar month, the mean over the observed days that are
// valid under the mask (finite, and for HighestQuality with QC = 1: the mask applies to the days
// before averaging), kept only when those days are at least kMinMonthlyValidShare of the month's
// calendar days. The product's value for a month is paired with that month's mean.
inline constexpr double kMinMonthlyValidShare = 0.5;

// Whether a source is a monthly reference product. Decided from the stored data, not the name:
// a reference product (isReference) whose values fall on at most one day per calendar month at
// every site, with at least two values in all. A product too short to tell (fewer than two
// values) counts as monthly only when its name carries the importer's "monthly" marker
// (gridded_importer.cpp names it "<name> (monthly)"). Models are always scored day by day.
bool isMonthlyProduct(const PredictionSource& source);

// Scores every source at every site on the days it predicted. Throws std::invalid_argument when
// a series' vectors disagree in length or the reference is unknown.
EvaluationResult evaluate(const EvaluationInput& input, const EvaluationOptions& options = {});

// Mean and sample standard deviation of the finite values.
SiteSpread spreadOf(const std::vector<double>& values);

} // namespace fluxlens::eval
