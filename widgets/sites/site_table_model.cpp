#include "site_table_model.h"

#include "koppen_colors.h"

#include <QBrush>

namespace fluxlens {

SiteTableModel::SiteTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SiteTableModel::setSites(std::vector<SiteRecord> sites) {
    beginResetModel();
    m_sites = std::move(sites);
    m_rowById.clear();
    for (int row = 0; row < static_cast<int>(m_sites.size()); ++row)
        m_rowById.insert(m_sites[static_cast<std::size_t>(row)].id(), row);
    endResetModel();
}

const SiteRecord* SiteTableModel::find(const QString& id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_sites[static_cast<std::size_t>(row)];
}

int SiteTableModel::rowOf(const QString& id) const {
    return m_rowById.value(id, -1);
}

int SiteTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteRecord& r = m_sites[static_cast<std::size_t>(index.row())];
    if (role == SiteIdRole)
        return r.id();
    if (role == Qt::DecorationRole && index.column() == Koppen)
        return koppenQColor(r.site.koppen);
    if (role == Qt::ToolTipRole && index.column() == Koppen)
        return QString::fromUtf8(koppenDescription(r.site.koppen).data()) +
               (r.site.koppen_source == KoppenSource::None
                    ? QString()
                    : QStringLiteral(" (%1)").arg(koppenSourceText(r.site.koppen_source)));
    if (role == Qt::ToolTipRole && index.column() == Igbp)
        return QString::fromUtf8(igbpDescription(r.site.igbp).data());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Latitude || index.column() == Longitude || index.column() == Years))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (static_cast<Column>(index.column())) {
    case Id:
        return r.id();
    case Name:
        return QString::fromStdString(r.site.name);
    case Igbp:
        return QString::fromUtf8(igbpCode(r.site.igbp).data());
    case Koppen: {
        QString code = QString::fromUtf8(koppenCode(r.site.koppen).data());
        if (sorting)
            return static_cast<int>(r.site.koppen);
        return r.site.koppen_source == KoppenSource::Climate ? code + QStringLiteral("*") : code;
    }
    case Latitude:
        return sorting ? QVariant(r.site.lat_deg)
                       : QVariant(QString::number(r.site.lat_deg, 'f', 3));
    case Longitude:
        return sorting ? QVariant(r.site.lon_deg)
                       : QVariant(QString::number(r.site.lon_deg, 'f', 3));
    case Network:
        return QString::fromStdString(r.site.network);
    case Years:
        return sorting ? QVariant(r.yearsOfData())
                       : QVariant(QString::number(r.yearsOfData(), 'f', 1));
    case FirstDate:
        return r.firstDate;
    case LastDate:
        return r.lastDate;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Site");
    case Name:
        return tr("Name");
    case Igbp:
        return tr("IGBP");
    case Koppen:
        return tr("Köppen");
    case Latitude:
        return tr("Lat (°)");
    case Longitude:
        return tr("Lon (°)");
    case Network:
        return tr("Network");
    case Years:
        return tr("Years");
    case FirstDate:
        return tr("First day");
    case LastDate:
        return tr("Last day");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fluxlens
