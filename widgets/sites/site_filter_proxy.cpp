#include "site_filter_proxy.h"

#include "site_filter.h"
#include "site_table_model.h"

namespace fluxlens {

SiteFilterProxy::SiteFilterProxy(SiteFilter* filter, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter) {
    setSortRole(SiteTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &SiteFilter::changed, this, &SiteFilterProxy::invalidate);
}

bool SiteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid())
        return false;
    const auto* model = qobject_cast<const SiteTableModel*>(sourceModel());
    if (!model || sourceRow < 0 || sourceRow >= static_cast<int>(model->sites().size()))
        return false;
    return m_filter->accepts(model->sites()[static_cast<std::size_t>(sourceRow)]);
}

} // namespace fluxlens
