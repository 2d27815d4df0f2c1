#include "site_metrics_model.h"

#include "compare_data.h"
#include "koppen_colors.h"
#include "site_filter.h"

#include <QColor>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fluxlens {
namespace {
QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

SiteMetricsModel::SiteMetricsModel(CompareData* data, QObject* parent)
    : QAbstractTableModel(parent)
    , m_data(data) {
    connect(m_data, &CompareData::metricsChanged, this, &SiteMetricsModel::rebuild);
    connect(m_data, &CompareData::sitesChanged, this, &SiteMetricsModel::rebuild);
    rebuild();
}

void SiteMetricsModel::setTarget(FluxTarget target) {
    if (target == m_target)
        return;
    m_target = target;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FixedColumnCount - 1),
                           index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > FixedColumnCount)
        Q_EMIT headerDataChanged(Qt::Horizontal, FixedColumnCount, columnCount() - 1); // tooltips
}

void SiteMetricsModel::setQc(QcChoice qc) {
    if (qc == m_qc)
        return;
    m_qc = qc;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, FixedColumnCount - 1),
                           index(rowCount() - 1, columnCount() - 1));
}

void SiteMetricsModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    // Scoring held-out sites only lists only them.
    const bool heldOutOnly = m_data->siteSet() == SiteSet::HeldOut;
    const QStringList& heldOut = m_data->heldOut().sites;
    const QSet<QString> scored(heldOut.cbegin(), heldOut.cend());
    for (const SiteRecord& r : m_data->sites())
        if (!heldOutOnly || scored.contains(r.id()))
            m_rows.push_back(r);
    std::sort(m_rows.begin(), m_rows.end(),
              [](const SiteRecord& a, const SiteRecord& b) { return a.site.id < b.site.id; });
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id(), static_cast<int>(i));
    m_names = m_data->allNames();
    endResetModel();
}

bool SiteMetricsModel::metricColumn(int column, QString* name, bool* isRmse) const {
    const int k = column - FixedColumnCount;
    if (k < 0 || k >= 2 * m_names.size())
        return false;
    if (name)
        *name = m_names[k / 2];
    if (isRmse)
        *isRmse = k % 2 == 0;
    return true;
}

int SiteMetricsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SiteMetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FixedColumnCount + 2 * static_cast<int>(m_names.size());
}

QVariant SiteMetricsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteRecord& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == SiteIdRole)
        return r.id();
    const int column = index.column();
    QString name;
    bool isRmse = false;
    if (metricColumn(column, &name, &isRmse)) {
        const SiteMetric* m = m_data->metrics().find(r.id(), name, m_target, m_qc);
        const double v = m ? (isRmse ? m->rmse : m->r2) : std::numeric_limits<double>::quiet_NaN();
        if (role == SortRole)
            return v;
        if (role == Qt::DisplayRole)
            return std::isfinite(v) ? QString::number(v, 'f', isRmse ? 3 : 3) : QString();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && m)
            return tr("%1, %2, %3: %n day(s)", nullptr, static_cast<int>(m->n))
                .arg(name, fluxTargetName(m_target), qcChoiceName(m_qc));
        return {};
    }
    if (column == Days) {
        std::int64_t n = 0;
        for (const QString& model : m_names)
            if (const SiteMetric* m = m_data->metrics().find(r.id(), model, m_target, m_qc))
                n = std::max(n, m->n);
        if (role == SortRole)
            return static_cast<double>(n);
        if (role == Qt::DisplayRole)
            return n > 0 ? QString::number(n) : QString();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DecorationRole) {
        if (column == Igbp)
            return QVariant::fromValue(igbpQColor(r.site.igbp));
        if (column == Koppen)
            return QVariant::fromValue(koppenQColor(r.site.koppen));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Igbp)
            return fromView(igbpDescription(r.site.igbp));
        if (column == Koppen)
            return fromView(koppenDescription(r.site.koppen));
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Id:
        return r.id();
    case Name:
        return QString::fromStdString(r.site.name);
    case Igbp:
        return fromView(igbpCode(r.site.igbp));
    case Koppen:
        return fromView(koppenCode(r.site.koppen));
    case Network:
        return QString::fromStdString(r.site.network);
    default:
        return {};
    }
}

QVariant SiteMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    QString name;
    bool isRmse = false;
    const bool metric = metricColumn(section, &name, &isRmse);
    if (role == Qt::ToolTipRole && metric)
        return isRmse ? tr("%1: root mean square error of %2 (%3)")
                            .arg(name, fluxTargetName(m_target), fluxUnit())
                      : tr("%1: coefficient of determination of %2, 1 − SS_res/SS_tot over this "
                           "site's scored days (not pooled with other sites)")
                            .arg(name, fluxTargetName(m_target));
    if (role != Qt::DisplayRole)
        return {};
    if (metric)
        return isRmse ? tr("%1 RMSE").arg(name) : tr("%1 R²").arg(name);
    switch (section) {
    case Id:
        return tr("Site");
    case Name:
        return tr("Name");
    case Igbp:
        return tr("IGBP");
    case Koppen:
        return tr("Köppen");
    case Network:
        return tr("Network");
    case Days:
        return tr("Days");
    default:
        return {};
    }
}

SiteMetricsProxy::SiteMetricsProxy(SiteFilter* filter, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter) {
    setSortRole(SiteMetricsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &SiteFilter::changed, this, &SiteMetricsProxy::invalidate);
}

bool SiteMetricsProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = qobject_cast<const SiteMetricsModel*>(sourceModel());
    if (sourceParent.isValid() || !model || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    return m_filter->accepts(model->record(sourceRow));
}

bool SiteMetricsProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
        const double a = l.toDouble(), b = r.toDouble();
        // Missing figures last in ascending order.
        if (!std::isfinite(a) || !std::isfinite(b))
            return std::isfinite(a) && !std::isfinite(b);
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fluxlens
