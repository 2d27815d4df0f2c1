#include "metric_aggregation.h"

#include <cmath>
#include <limits>
#include <map>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Running {
    int sites = 0;
    double sumRmse = 0.0, sumRmse2 = 0.0, sumR2 = 0.0;
    int r2Sites = 0;
    std::int64_t samples = 0;
};
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
    std::map<std::pair<int, int>, Running> acc; // (class, model index)
    for (const SiteMetric& m : metrics.rows()) {
        if (m.target != target || m.qc != qc || !std::isfinite(m.rmse))
            continue;
        const int modelIndex = static_cast<int>(models.indexOf(m.model));
        const auto site = sites.constFind(m.siteId);
        if (modelIndex < 0 || site == sites.constEnd())
            continue;
        Running& r = acc[{siteClassOf(*site, grouping), modelIndex}];
        ++r.sites;
        r.sumRmse += m.rmse;
        r.sumRmse2 += m.rmse * m.rmse;
        if (std::isfinite(m.r2)) {
            r.sumR2 += m.r2;
            ++r.r2Sites;
        }
        r.samples += m.n;
    }
    std::vector<ClassStat> out;
    for (const auto& [key, r] : acc) {
        ClassStat s;
        s.classCode = key.first;
        s.model = models[key.second];
        s.sites = r.sites;
        s.meanRmse = r.sumRmse / r.sites;
        s.sdRmse = r.sites > 1
                       ? std::sqrt(std::max(0.0, (r.sumRmse2 - r.sites * s.meanRmse * s.meanRmse) /
                                                     (r.sites - 1)))
                       : kNaN;
        s.meanR2 = r.r2Sites > 0 ? r.sumR2 / r.r2Sites : kNaN;
        s.samples = r.samples;
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<RelativeRmseCell> relativeRmseByClass(const MetricSet& metrics, const SiteIndex& sites,
                                                  const QStringList& models,
                                                  const QString& reference, FluxTarget target,
                                                  QcChoice qc, SiteGrouping grouping) {
    struct Pair {
        double sumModel = 0.0, sumRef = 0.0;
        int sites = 0;
        std::int64_t samples = 0;
    };
    std::map<std::pair<int, int>, Pair> acc;
    for (const SiteMetric& m : metrics.rows()) {
        if (m.target != target || m.qc != qc || !std::isfinite(m.rmse))
            continue;
        const int modelIndex = static_cast<int>(models.indexOf(m.model));
        const auto site = sites.constFind(m.siteId);
        if (modelIndex < 0 || site == sites.constEnd())
            continue;
        const SiteMetric* ref = metrics.find(m.siteId, reference, target, qc);
        if (!ref || !std::isfinite(ref->rmse))
            continue;
        Pair& p = acc[{siteClassOf(*site, grouping), modelIndex}];
        p.sumModel += m.rmse;
        p.sumRef += ref->rmse;
        ++p.sites;
        p.samples += m.n;
    }
    std::vector<RelativeRmseCell> out;
    for (const auto& [key, p] : acc) {
        RelativeRmseCell c;
        c.classCode = key.first;
        c.model = models[key.second];
        c.relativeRmse = p.sumRef > 0.0 ? (p.sumRef - p.sumModel) / p.sumRef : kNaN;
        c.sites = p.sites;
        c.samples = p.samples;
        out.push_back(std::move(c));
    }
    return out;
}

double siteRelativeRmse(const MetricSet& metrics, const QString& site, const QString& model,
                        const QString& reference, FluxTarget target, QcChoice qc) {
    const SiteMetric* m = metrics.find(site, model, target, qc);
    const SiteMetric* r = metrics.find(site, reference, target, qc);
    if (!m || !r || !std::isfinite(m->rmse) || !std::isfinite(r->rmse) || r->rmse <= 0.0)
        return kNaN;
    return (r->rmse - m->rmse) / r->rmse;
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
    SummaryCell cell;
    double sumRmse = 0.0, sumR2 = 0.0;
    int r2Sites = 0;
    for (const SiteMetric& m : metrics.rows()) {
        if (m.model != model || m.target != target || m.qc != qc || !std::isfinite(m.rmse))
            continue;
        sumRmse += m.rmse;
        ++cell.sites;
        if (std::isfinite(m.r2)) {
            sumR2 += m.r2;
            ++r2Sites;
        }
    }
    cell.meanRmse = cell.sites > 0 ? sumRmse / cell.sites : kNaN;
    cell.meanR2 = r2Sites > 0 ? sumR2 / r2Sites : kNaN;
    return cell;
}

Headline headline(const MetricSet& metrics, const QString& model, const QString& reference,
                  FluxTarget target, QcChoice qc) {
    // Over the sites both cover, as the evaluation engine does.
    double sumModel = 0.0, sumRef = 0.0, sumR2Model = 0.0, sumR2Ref = 0.0;
    int common = 0, r2Common = 0;
    for (const QString& site : metrics.sites()) {
        const SiteMetric* m = metrics.find(site, model, target, qc);
        const SiteMetric* r = metrics.find(site, reference, target, qc);
        if (!m || !r || !std::isfinite(m->rmse) || !std::isfinite(r->rmse))
            continue;
        sumModel += m->rmse;
        sumRef += r->rmse;
        ++common;
        if (std::isfinite(m->r2) && std::isfinite(r->r2)) {
            sumR2Model += m->r2;
            sumR2Ref += r->r2;
            ++r2Common;
        }
    }
    Headline h{kNaN, kNaN};
    if (common > 0 && sumRef > 0.0)
        h.rmseReductionPercent = (sumRef - sumModel) / sumRef * 100.0;
    // A relative increase over a non-positive R² means nothing.
    if (r2Common > 0 && sumR2Ref > 0.0)
        h.r2IncreasePercent = (sumR2Model - sumR2Ref) / sumR2Ref * 100.0;
    return h;
}

} // namespace fluxlens
