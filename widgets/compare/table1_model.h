#pragma once

#include "metric_set.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <array>
#include <vector>

namespace fluxlens {

// The paper's Table 1: one row per model and reference product; RMSE and R² of GPP and NEE
// averaged across sites, on all days and on QC = 1 days; the number of sites.
class Table1Model : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1; // the figure as double; NaN: none
    static constexpr int kFigureColumns = 8;           // {all, QC=1} × {GPP, NEE} × {RMSE, R²}

    explicit Table1Model(QObject* parent = nullptr);

    void setMetrics(const MetricSet& metrics, const QStringList& names);
    // "<model> against <reference>: GPP RMSE −x %, R² +y % ..." lines, one per QC mask.
    QStringList headlines(const QString& model, const QString& reference) const;

    // What a figure column shows.
    static QcChoice qcOfColumn(int column);
    static FluxTarget targetOfColumn(int column);
    static bool isRmseColumn(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const MetricSet* m_metrics = nullptr;
    MetricSet m_empty;
    QStringList m_names;
    std::vector<std::array<double, kFigureColumns>> m_values;
    std::vector<int> m_sites;
};

} // namespace fluxlens
