#include "relative_rmse_model.h"

#include "chart_palette.h"

#include <QBrush>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace fluxlens {

RelativeRmseModel::RelativeRmseModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RelativeRmseModel::setCells(std::vector<RelativeRmseCell> cells, const QStringList& models,
                                 const QString& reference, SiteGrouping grouping) {
    beginResetModel();
    m_cells = std::move(cells);
    m_models = models;
    m_reference = reference;
    m_grouping = grouping;
    std::set<int> classes;
    for (const RelativeRmseCell& c : m_cells)
        classes.insert(c.classCode);
    m_classes.assign(classes.begin(), classes.end());
    if (!m_classes.empty() && m_classes.front() == 0)
        std::rotate(m_classes.begin(), m_classes.begin() + 1, m_classes.end());
    m_classSites.assign(m_classes.size(), 0);
    m_classSamples.assign(m_classes.size(), 0);
    for (std::size_t k = 0; k < m_classes.size(); ++k)
        for (const RelativeRmseCell& c : m_cells)
            if (c.classCode == m_classes[k]) {
                m_classSites[k] = std::max(m_classSites[k], c.sites);
                m_classSamples[k] = std::max(m_classSamples[k], c.samples);
            }
    endResetModel();
}

int RelativeRmseModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

int RelativeRmseModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_classes.size());
}

const RelativeRmseCell* RelativeRmseModel::cell(int row, int column) const {
    const QString& model = m_models[row];
    const int code = m_classes[static_cast<std::size_t>(column)];
    for (const RelativeRmseCell& c : m_cells)
        if (c.classCode == code && c.model == model)
            return &c;
    return nullptr;
}

QVariant RelativeRmseModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelativeRmseCell* c = cell(index.row(), index.column());
    const double v = c ? c->relativeRmse : std::numeric_limits<double>::quiet_NaN();
    switch (role) {
    case ValueRole:
        return v;
    case Qt::DisplayRole:
        return std::isfinite(v) ? QStringLiteral("%1%2 %")
                                      .arg(v > 0 ? QStringLiteral("+") : QString())
                                      .arg(v * 100.0, 0, 'f', 0)
                                : QString();
    case Qt::BackgroundRole:
        return c ? QVariant::fromValue(QBrush(divergingColor(v / kSaturation))) : QVariant();
    case Qt::ForegroundRole:
        return c ? QVariant::fromValue(QBrush(textColorOn(divergingColor(v / kSaturation))))
                 : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (!c)
            return tr("No sites of this class with figures for both");
        return tr("%1 against %2 on %3: relative RMSE %4 %\n%n site(s)", nullptr, c->sites)
                   .arg(c->model, m_reference, siteClassLabel(c->classCode, m_grouping))
                   .arg(v * 100.0, 0, 'f', 1) +
               tr(", %n day(s)", nullptr, static_cast<int>(c->samples));
    default:
        return {};
    }
}

QVariant RelativeRmseModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_models.size())
            return m_models[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto k = static_cast<std::size_t>(section);
    if (role == Qt::DisplayRole)
        return tr("%1\n%n site(s)", nullptr, m_classSites[k])
                   .arg(siteClassLabel(m_classes[k], m_grouping)) +
               tr("\n%n day(s)", nullptr, static_cast<int>(m_classSamples[k]));
    if (role == Qt::ToolTipRole)
        return m_grouping == SiteGrouping::Igbp
                   ? QString::fromUtf8(igbpDescription(static_cast<IgbpClass>(m_classes[k])).data())
                   : QString::fromUtf8(
                         koppenDescription(static_cast<KoppenClass>(m_classes[k])).data());
    return {};
}

} // namespace fluxlens
