#pragma once

#include "site_record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace fluxlens {

// All known sites as a table: one row per site, one column per attribute.
class SiteTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Igbp,
        Koppen,
        Latitude,
        Longitude,
        Network,
        Years,
        FirstDate,
        LastDate,
        ColumnCount
    };
    static constexpr int SiteIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit SiteTableModel(QObject* parent = nullptr);

    void setSites(std::vector<SiteRecord> sites);
    const std::vector<SiteRecord>& sites() const { return m_sites; }
    const SiteRecord* find(const QString& id) const;
    int rowOf(const QString& id) const; // -1 when unknown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SiteRecord> m_sites;
    QHash<QString, int> m_rowById;
};

} // namespace fluxlens
