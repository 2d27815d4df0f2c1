#pragma once

#include "model_operations.h"

#include <QAbstractTableModel>
#include <vector>

namespace fluxlens {

// The models registered in the cache, one row each, for the model library.
class ModelTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind,
        Targets,
        Features,
        Created,
        Sites,
        DataHash,
        Predictions,
        Metrics,
        Folder,
        ColumnCount
    };
    static constexpr int NameRole = Qt::UserRole + 1; // the model's name, whatever the column

    explicit ModelTableModel(QObject* parent = nullptr);

    void setModels(std::vector<ModelSummary> models);
    const ModelSummary* modelAt(int row) const;
    int rowOf(const QString& name) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ModelSummary> m_models;
};

} // namespace fluxlens
