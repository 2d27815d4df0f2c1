#include "eval/site_aggregation.h"

#include <cmath>
#include <map>
#include <tuple>

namespace fluxlens::eval {
namespace {
std::string classOf(const SiteMetric& m, ClassKind kind) {
    return std::string(kind == ClassKind::Igbp ? igbpCode(m.igbp) : koppenCode(m.koppen));
}

// Class order: the enums' order (IGBP numbering, Beck et al. Köppen order), "unknown" last.
int classRank(const SiteMetric& m, ClassKind kind) {
    const int value =
        kind == ClassKind::Igbp ? static_cast<int>(m.igbp) : static_cast<int>(m.koppen);
    return value == 0 ? 1000 : value;
}

struct Group {
    std::string code;
    std::vector<const SiteMetric*> sites;
};

void aggregate(ClassKind kind, const std::vector<SiteMetric>& sites, const std::string& reference,
               std::vector<ClassRow>& out) {
    // (class rank, model order, target, mask) keeps rows grouped by class.
    std::map<std::string, int> modelOrder;
    for (const SiteMetric& m : sites)
        modelOrder.emplace(m.model, static_cast<int>(modelOrder.size()));
    std::map<std::tuple<int, int, Target, QcMask>, Group> groups;
    for (const SiteMetric& m : sites) {
        Group& g = groups[{classRank(m, kind), modelOrder[m.model], m.target, m.mask}];
        g.code = classOf(m, kind);
        g.sites.push_back(&m);
    }
    // Reference RMSE by (class rank, target, mask, site).
    std::map<std::tuple<int, Target, QcMask, std::string>, double> referenceRmse;
    if (!reference.empty())
        for (const SiteMetric& m : sites)
            if (m.model == reference)
                referenceRmse[{classRank(m, kind), m.target, m.mask, m.siteId}] = m.stats.rmse;

    for (const auto& [key, group] : groups) {
        ClassRow row;
        row.kind = kind;
        row.classCode = group.code;
        row.model = group.sites.front()->model;
        row.target = std::get<2>(key);
        row.mask = std::get<3>(key);
        std::vector<double> rmse, r2;
        double sumModel = 0, sumRef = 0;
        for (const SiteMetric* m : group.sites) {
            rmse.push_back(m->stats.rmse);
            r2.push_back(m->stats.r2);
            row.samples += m->stats.n;
            if (reference.empty())
                continue;
            const auto ref =
                referenceRmse.find({std::get<0>(key), row.target, row.mask, m->siteId});
            if (ref != referenceRmse.end() && std::isfinite(ref->second) &&
                std::isfinite(m->stats.rmse)) {
                ++row.commonSites;
                sumModel += m->stats.rmse;
                sumRef += ref->second;
            }
        }
        row.rmse = spreadOf(rmse);
        row.r2 = spreadOf(r2);
        if (row.commonSites > 0 && sumRef > 0)
            row.relativeRmse = (sumRef - sumModel) / sumRef; // the means' ratio: counts cancel
        out.push_back(std::move(row));
    }
}
} // namespace

std::vector<ClassRow> aggregateClasses(const std::vector<SiteMetric>& sites,
                                       const std::string& reference) {
    std::vector<ClassRow> rows;
    aggregate(ClassKind::Igbp, sites, reference, rows);
    aggregate(ClassKind::Koppen, sites, reference, rows);
    return rows;
}

std::vector<SummaryRow> summarizeSites(const std::vector<SiteMetric>& sites) {
    struct Group {
        SummaryRow row;
        std::vector<double> rmse, r2;
    };
    std::vector<Group> groups;
    std::map<std::tuple<std::string, Target, QcMask>, std::size_t> index;
    for (const SiteMetric& m : sites) {
        const auto [it, added] =
            index.emplace(std::tuple{m.model, m.target, m.mask}, groups.size());
        if (added) {
            groups.emplace_back();
            groups.back().row.model = m.model;
            groups.back().row.target = m.target;
            groups.back().row.mask = m.mask;
        }
        Group& g = groups[it->second];
        g.rmse.push_back(m.stats.rmse);
        g.r2.push_back(m.stats.r2);
        g.row.samples += m.stats.n;
    }
    std::vector<SummaryRow> out;
    for (Group& g : groups) {
        g.row.rmse = spreadOf(g.rmse);
        g.row.r2 = spreadOf(g.r2);
        out.push_back(std::move(g.row));
    }
    return out;
}

HeadlineRow headline(const std::vector<SiteMetric>& sites, const std::string& model,
                     const std::string& reference, Target target, QcMask mask) {
    HeadlineRow row;
    row.model = model;
    row.reference = reference;
    row.target = target;
    row.mask = mask;
    std::map<std::string, const ErrorStats*> referenceSites;
    for (const SiteMetric& m : sites)
        if (m.model == reference && m.target == target && m.mask == mask)
            referenceSites[m.siteId] = &m.stats;
    double sumModel = 0, sumRef = 0, sumR2Model = 0, sumR2Ref = 0;
    for (const SiteMetric& m : sites) {
        if (m.model != model || m.target != target || m.mask != mask)
            continue;
        const auto ref = referenceSites.find(m.siteId);
        if (ref == referenceSites.end())
            continue;
        const ErrorStats& r = *ref->second;
        if (std::isfinite(m.stats.rmse) && std::isfinite(r.rmse)) {
            ++row.commonSites;
            sumModel += m.stats.rmse;
            sumRef += r.rmse;
        }
        if (std::isfinite(m.stats.r2) && std::isfinite(r.r2)) {
            ++row.r2CommonSites;
            sumR2Model += m.stats.r2;
            sumR2Ref += r.r2;
        }
    }
    if (row.commonSites > 0) {
        row.rmseModel = sumModel / row.commonSites;
        row.rmseReference = sumRef / row.commonSites;
        if (row.rmseReference > 0)
            row.rmseReductionPct = 100.0 * (row.rmseReference - row.rmseModel) / row.rmseReference;
    }
    // A relative increase over a non-positive R² means nothing.
    if (row.r2CommonSites > 0) {
        row.r2Model = sumR2Model / row.r2CommonSites;
        row.r2Reference = sumR2Ref / row.r2CommonSites;
        if (row.r2Reference > 0)
            row.r2IncreasePct = 100.0 * (row.r2Model - row.r2Reference) / row.r2Reference;
    }
    return row;
}

void addRelativeRmse(std::vector<SiteMetric>& sites, const std::string& reference) {
    if (reference.empty())
        return;
    std::map<std::tuple<Target, QcMask, std::string>, double> referenceRmse;
    for (const SiteMetric& m : sites)
        if (m.model == reference)
            referenceRmse[{m.target, m.mask, m.siteId}] = m.stats.rmse;
    for (SiteMetric& m : sites) {
        const auto ref = referenceRmse.find({m.target, m.mask, m.siteId});
        if (ref == referenceRmse.end() || !(ref->second > 0.0) || !std::isfinite(m.stats.rmse))
            continue;
        m.relativeRmse = (ref->second - m.stats.rmse) / ref->second;
    }
}

} // namespace fluxlens::eval
