#include "metric_aggregation.h"

#include "eval/site_aggregation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

eval::Target toEval(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return eval::Target::Gpp;
    case FluxTarget::Reco:
        return eval::Target::Reco;
    case FluxTarget::Nee:
        break;
    }
    return eval::Target::Nee;
}

eval::QcMask toEval(QcChoice qc) {
    return qc == QcChoice::AllDays ? eval::QcMask::AllValid : eval::QcMask::HighestQuality;
}

// The stored figures of `names` for one target and mask as core/eval's per-site metrics, with
// each site's classes; sites missing from `sites` are left out (nullptr: keep every site).
std::vector<eval::SiteMetric> toEvalSites(const MetricSet& metrics, const SiteIndex* sites,
                                          const QStringList& names, FluxTarget target,
                                          QcChoice qc) {
    std::vector<eval::SiteMetric> out;
    for (const SiteMetric& m : metrics.rows()) {
        if (m.target != target || m.qc != qc || !names.contains(m.model))
            continue;
        eval::SiteMetric e;
        if (sites) {
            const auto site = sites->constFind(m.siteId);
            if (site == sites->constEnd())
                continue;
            e.igbp = site->site.igbp;
            e.koppen = site->site.koppen;
        }
        e.model = m.model.toStdString();
        e.siteId = m.siteId.toStdString();
        e.target = toEval(target);
        e.mask = toEval(qc);
        e.stats.rmse = m.rmse;
        e.stats.r2 = m.r2;
        e.stats.n = m.n;
        out.push_back(std::move(e));
    }
    return out;
}

// The class rows of one grouping, keyed by (class code as in siteClassOf, model).
std::vector<std::pair<std::pair<int, QString>, eval::ClassRow>>
classRows(const MetricSet& metrics, const SiteIndex& sites, const QStringList& models,
          const QString& reference, FluxTarget target, QcChoice qc, SiteGrouping grouping) {
    QStringList names = models;
    if (!reference.isEmpty() && !names.contains(reference))
        names << reference;
    const eval::ClassKind kind =
        grouping == SiteGrouping::Igbp ? eval::ClassKind::Igbp : eval::ClassKind::Koppen;
    QHash<QString, int> codeOf; // eval's class code ("DBF", "unknown") -> siteClassOf's number
    for (const SiteRecord& r : sites)
        codeOf.insert(siteClassLabel(siteClassOf(r, grouping), grouping), siteClassOf(r, grouping));
    codeOf.insert(QStringLiteral("unknown"), 0);
    std::vector<std::pair<std::pair<int, QString>, eval::ClassRow>> out;
    for (eval::ClassRow& row : eval::aggregateClasses(
             toEvalSites(metrics, &sites, names, target, qc), reference.toStdString())) {
        const QString model = QString::fromStdString(row.model);
        if (row.kind != kind || !models.contains(model))
            continue;
        out.push_back({{codeOf.value(QString::fromStdString(row.classCode)), model}, row});
    }
    // Classes in code order, models in the given order (what the charts lay out).
    std::stable_sort(out.begin(), out.end(), [&models](const auto& a, const auto& b) {
        return std::pair{a.first.first, models.indexOf(a.first.second)} <
               std::pair{b.first.first, models.indexOf(b.first.second)};
    });
    return out;
}
} // namespace

int siteClassOf(const SiteRecord& record, SiteGrouping grouping) {
    return grouping == SiteGrouping::Igbp ? static_cast<int>(record.site.igbp)
                                          : static_cast<int>(record.site.koppen);
}

QString siteClassLabel(int classCode, SiteGrouping grouping) {
    const std::string_view code = grouping == SiteGrouping::Igbp
                                      ? igbpCode(static_cast<IgbpClass>(classCode))
                                      : koppenCode(static_cast<KoppenClass>(classCode));
    return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
}

std::vector<ClassStat> classStats(const MetricSet& metrics, const SiteIndex& sites,
                                  const QStringList& models, FluxTarget target, QcChoice qc,
                                  SiteGrouping grouping) {
    std::vector<ClassStat> out;
    for (const auto& [key, row] : classRows(metrics, sites, models, {}, target, qc, grouping)) {
        if (row.rmse.sites == 0)
            continue;
        ClassStat s;
        s.classCode = key.first;
        s.model = key.second;
        s.sites = row.rmse.sites;
        s.meanRmse = row.rmse.mean;
        s.sdRmse = row.rmse.sd;
        s.meanR2 = row.r2.mean;
        s.samples = row.samples;
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<RelativeRmseCell> relativeRmseByClass(const MetricSet& metrics, const SiteIndex& sites,
                                                  const QStringList& models,
                                                  const QString& reference, FluxTarget target,
                                                  QcChoice qc, SiteGrouping grouping) {
    std::vector<RelativeRmseCell> out;
    if (reference.isEmpty())
        return out;
    for (const auto& [key, row] :
         classRows(metrics, sites, models, reference, target, qc, grouping)) {
        if (row.commonSites == 0)
            continue;
        RelativeRmseCell c;
        c.classCode = key.first;
        c.model = key.second;
        c.relativeRmse = row.relativeRmse;
        c.sites = row.commonSites;
        // The model's days over those sites (where the reference has a figure too).
        for (const SiteMetric& m : metrics.rows()) {
            const auto site = sites.constFind(m.siteId);
            const SiteMetric* r = metrics.find(m.siteId, reference, target, qc);
            if (m.model == c.model && m.target == target && m.qc == qc &&
                site != sites.constEnd() && siteClassOf(*site, grouping) == c.classCode && r &&
                std::isfinite(r->rmse) && std::isfinite(m.rmse))
                c.samples += m.n;
        }
        out.push_back(std::move(c));
    }
    return out;
}

double siteRelativeRmse(const MetricSet& metrics, const QString& site, const QString& model,
                        const QString& reference, FluxTarget target, QcChoice qc) {
    const SiteMetric* m = metrics.find(site, model, target, qc);
    const SiteMetric* r = metrics.find(site, reference, target, qc);
    if (!m || !r)
        return kNaN;
    std::vector<eval::SiteMetric> pair(2);
    pair[0].model = model.toStdString();
    pair[0].stats.rmse = m->rmse;
    pair[1].model = reference.toStdString();
    pair[1].stats.rmse = r->rmse;
    eval::addRelativeRmse(pair, pair[1].model);
    return pair[0].relativeRmse;
}

std::vector<ScatterPoint> scatterPoints(const MetricSet& metrics, const SiteIndex& sites,
                                        const QString& model, const QString& reference,
                                        FluxTarget target, QcChoice qc, ScatterMetric metric) {
    std::vector<ScatterPoint> out;
    for (const QString& site : metrics.sites()) {
        const SiteMetric* m = metrics.find(site, model, target, qc);
        const SiteMetric* r = metrics.find(site, reference, target, qc);
        if (!m || !r)
            continue;
        const double mv = metric == ScatterMetric::Rmse ? m->rmse : m->r2;
        const double rv = metric == ScatterMetric::Rmse ? r->rmse : r->r2;
        if (!std::isfinite(mv) || !std::isfinite(rv))
            continue;
        const auto record = sites.constFind(site);
        out.push_back({site, rv, mv,
                       record == sites.constEnd() ? KoppenClass::Unknown : record->site.koppen});
    }
    return out;
}

SummaryCell summarize(const MetricSet& metrics, const QString& model, FluxTarget target,
                      QcChoice qc) {
    const std::vector<eval::SummaryRow> rows =
        eval::summarizeSites(toEvalSites(metrics, nullptr, {model}, target, qc));
    SummaryCell cell{kNaN, kNaN, 0};
    if (rows.empty() || rows.front().rmse.sites == 0)
        return cell;
    cell.meanRmse = rows.front().rmse.mean;
    cell.meanR2 = rows.front().r2.mean;
    cell.sites = rows.front().rmse.sites;
    return cell;
}

Headline headline(const MetricSet& metrics, const QString& model, const QString& reference,
                  FluxTarget target, QcChoice qc) {
    const eval::HeadlineRow row =
        eval::headline(toEvalSites(metrics, nullptr, {model, reference}, target, qc),
                       model.toStdString(), reference.toStdString(), toEval(target), toEval(qc));
    return {row.rmseReductionPct, row.r2IncreasePct};
}

} // namespace fluxlens
