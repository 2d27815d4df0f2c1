#pragma once

#include "compare_types.h"
#include "site_record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <vector>

namespace fluxlens {

class CompareData;
class SiteFilter;

// One row per site: its classes, then RMSE and R² of every model and reference product for the
// chosen target and QC mask, and the number of days.
class SiteMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum FixedColumn { Id, Name, Igbp, Koppen, Network, Days, FixedColumnCount };
    static constexpr int SiteIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2; // numbers as double; missing sorts last

    explicit SiteMetricsModel(CompareData* data, QObject* parent = nullptr);

    void setTarget(FluxTarget target);
    void setQc(QcChoice qc);
    FluxTarget target() const { return m_target; }
    QcChoice qc() const { return m_qc; }

    const SiteRecord& record(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(const QString& id) const { return m_rowById.value(id, -1); }
    // The model (or reference) and the figure of a metric column; false for the fixed columns.
    bool metricColumn(int column, QString* name, bool* isRmse) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    CompareData* m_data;
    FluxTarget m_target = FluxTarget::Gpp;
    QcChoice m_qc = QcChoice::AllDays;
    std::vector<SiteRecord> m_rows;
    QHash<QString, int> m_rowById;
    QStringList m_names; // models, then references
};

// Applies the shared SiteFilter and sorts by SiteMetricsModel::SortRole.
class SiteMetricsProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SiteMetricsProxy(SiteFilter* filter, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SiteFilter* m_filter;
};

} // namespace fluxlens
