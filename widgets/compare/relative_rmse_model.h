#pragma once

#include "metric_aggregation.h"

#include <QAbstractTableModel>
#include <vector>

namespace fluxlens {

// The paper's Fig. 4 as a table model: one row per model, one column per IGBP class; each cell
// the relative RMSE against the chosen reference, (RMSE_ref − RMSE_model) / RMSE_ref, coloured
// on a diverging palette (blue: the model is better). Column headers carry the class's site
// and sample counts.
class RelativeRmseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1; // relative RMSE as double; NaN: none
    // Relative RMSE at which the palette saturates (±).
    static constexpr double kSaturation = 0.5;

    explicit RelativeRmseModel(QObject* parent = nullptr);

    void setCells(std::vector<RelativeRmseCell> cells, const QStringList& models,
                  const QString& reference, SiteGrouping grouping);
    const std::vector<RelativeRmseCell>& cells() const { return m_cells; }
    QString reference() const { return m_reference; }
    int classCodeOfColumn(int column) const { return m_classes.at(column); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const RelativeRmseCell* cell(int row, int column) const;

    std::vector<RelativeRmseCell> m_cells;
    QStringList m_models;
    QString m_reference;
    SiteGrouping m_grouping = SiteGrouping::Igbp;
    std::vector<int> m_classes;
    std::vector<int> m_classSites;            // per column: most sites over the models
    std::vector<std::int64_t> m_classSamples; // per column: most days over the models
};

} // namespace fluxlens
