#include "eval/class_aggregation.h"

#include <cmath>
#include <map>
#include <tuple>

namespace fluxlens::eval::detail {
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

} // namespace fluxlens::eval::detail
