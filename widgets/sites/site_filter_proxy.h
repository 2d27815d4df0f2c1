#pragma once

#include <QSortFilterProxyModel>

namespace fluxlens {

class SiteFilter;

// Applies a SiteFilter to a SiteTableModel and sorts by SiteTableModel::SortRole.
class SiteFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    SiteFilterProxy(SiteFilter* filter, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SiteFilter* m_filter;
};

} // namespace fluxlens
