#pragma once

#include "compare_types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace fluxlens {

struct MetricRecord;

// One per-site evaluation figure as the comparison views use it.
struct SiteMetric {
    QString siteId;
    QString model; // a model or a reference product
    FluxTarget target = FluxTarget::Gpp;
    QcChoice qc = QcChoice::AllDays;
    double rmse = 0.0; // gC m-2 d-1
    double r2 = 0.0;
    std::int64_t n = 0; // days the figure is computed on
};

// All per-site metrics of a cache, indexed by (site, model, target, qc).
class MetricSet {
public:
    MetricSet() = default;
    // Later rows replace earlier ones with the same key.
    explicit MetricSet(std::vector<SiteMetric> rows);
    // Per-site records of the evaluation engine; pooled records (empty site), unknown targets and
    // unknown QC masks are left out.
    static MetricSet fromCache(const std::vector<MetricRecord>& records);

    const std::vector<SiteMetric>& rows() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }
    QStringList models() const { return m_models; } // sorted
    QStringList sites() const { return m_sites; }   // sorted
    const SiteMetric* find(const QString& site, const QString& model, FluxTarget target,
                           QcChoice qc) const;
    // The rows of the given sites only.
    MetricSet restrictedTo(const QSet<QString>& sites) const;

private:
    std::vector<SiteMetric> m_rows;
    QHash<QString, int> m_index;
    QStringList m_models;
    QStringList m_sites;
};

} // namespace fluxlens
