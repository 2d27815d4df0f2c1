#include "metric_set.h"

#include "cache/cache.h"

#include <QSet>
#include <algorithm>

namespace fluxlens {
namespace {
QString keyOf(const QString& site, const QString& model, FluxTarget target, QcChoice qc) {
    return site + QChar(0x1f) + model + QChar(0x1f) + QString::number(static_cast<int>(target)) +
           QString::number(static_cast<int>(qc));
}
} // namespace

MetricSet::MetricSet(std::vector<SiteMetric> rows) {
    QSet<QString> models;
    QSet<QString> sites;
    for (SiteMetric& row : rows) {
        const QString key = keyOf(row.siteId, row.model, row.target, row.qc);
        models.insert(row.model);
        sites.insert(row.siteId);
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd()) {
            m_rows[static_cast<std::size_t>(*it)] = std::move(row);
            continue;
        }
        m_index.insert(key, static_cast<int>(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    m_models = QStringList(models.cbegin(), models.cend());
    m_sites = QStringList(sites.cbegin(), sites.cend());
    m_models.sort(Qt::CaseInsensitive);
    m_sites.sort(Qt::CaseInsensitive);
}

MetricSet MetricSet::fromCache(const std::vector<MetricRecord>& records) {
    std::vector<SiteMetric> rows;
    rows.reserve(records.size());
    for (const MetricRecord& r : records) {
        if (r.siteId.empty())
            continue;
        const auto target = parseFluxTarget(r.target);
        const auto qc = parseQcStorageName(r.qcMask);
        if (!target || !qc)
            continue;
        rows.push_back({QString::fromStdString(r.siteId), QString::fromStdString(r.modelName),
                        *target, *qc, r.rmse, r.r2, r.n});
    }
    return MetricSet(std::move(rows));
}

const SiteMetric* MetricSet::find(const QString& site, const QString& model, FluxTarget target,
                                  QcChoice qc) const {
    const auto it = m_index.constFind(keyOf(site, model, target, qc));
    return it == m_index.constEnd() ? nullptr : &m_rows[static_cast<std::size_t>(*it)];
}

MetricSet MetricSet::restrictedTo(const QSet<QString>& sites) const {
    std::vector<SiteMetric> rows;
    for (const SiteMetric& row : m_rows)
        if (sites.contains(row.siteId))
            rows.push_back(row);
    return MetricSet(std::move(rows));
}

} // namespace fluxlens
