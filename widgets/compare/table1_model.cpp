#include "table1_model.h"

#include "metric_aggregation.h"

#include <cmath>

namespace fluxlens {
namespace {
QString signedPercent(double v) {
    if (!std::isfinite(v))
        return Table1Model::tr("n/a");
    return QStringLiteral("%1%2 %").arg(v > 0 ? QStringLiteral("+") : QString()).arg(v, 0, 'f', 1);
}
} // namespace

Table1Model::Table1Model(QObject* parent)
    : QAbstractTableModel(parent)
    , m_metrics(&m_empty) {}

QcChoice Table1Model::qcOfColumn(int column) {
    return column < 4 ? QcChoice::AllDays : QcChoice::HighQuality;
}
FluxTarget Table1Model::targetOfColumn(int column) {
    return (column % 4) < 2 ? FluxTarget::Gpp : FluxTarget::Nee;
}
bool Table1Model::isRmseColumn(int column) {
    return column % 2 == 0;
}

void Table1Model::setMetrics(const MetricSet& metrics, const QStringList& names) {
    beginResetModel();
    m_metrics = &metrics;
    m_names = names;
    m_values.assign(static_cast<std::size_t>(names.size()), {});
    m_sites.assign(static_cast<std::size_t>(names.size()), 0);
    for (qsizetype r = 0; r < names.size(); ++r) {
        const auto row = static_cast<std::size_t>(r);
        for (int c = 0; c < kFigureColumns; ++c) {
            const SummaryCell cell = summarize(metrics, names[r], targetOfColumn(c), qcOfColumn(c));
            m_values[row][static_cast<std::size_t>(c)] =
                cell.sites == 0 ? std::nan("") : (isRmseColumn(c) ? cell.meanRmse : cell.meanR2);
            m_sites[row] = std::max(m_sites[row], cell.sites);
        }
    }
    endResetModel();
}

QStringList Table1Model::headlines(const QString& model, const QString& reference) const {
    QStringList lines;
    if (model.isEmpty() || reference.isEmpty() || model == reference)
        return lines;
    for (QcChoice qc : {QcChoice::AllDays, QcChoice::HighQuality}) {
        QStringList parts;
        for (FluxTarget t : {FluxTarget::Gpp, FluxTarget::Nee}) {
            const Headline h = headline(*m_metrics, model, reference, t, qc);
            parts.append(tr("%1: RMSE %2, R² %3")
                             .arg(fluxTargetName(t), signedPercent(-h.rmseReductionPercent),
                                  signedPercent(h.r2IncreasePercent)));
        }
        lines.append(
            tr("%1 against %2 (%3): %4")
                .arg(model, reference, qcChoiceName(qc), parts.join(QStringLiteral("; "))));
    }
    return lines;
}

int Table1Model::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int Table1Model::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kFigureColumns + 1;
}

QVariant Table1Model::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == kFigureColumns) {
        if (role == Qt::DisplayRole || role == ValueRole)
            return m_sites[row];
        return {};
    }
    const double v = m_values[row][static_cast<std::size_t>(column)];
    if (role == ValueRole)
        return v;
    if (role == Qt::DisplayRole)
        return std::isfinite(v) ? QString::number(v, 'f', isRmseColumn(column) ? 2 : 2)
                                : QStringLiteral("–");
    return {};
}

QVariant Table1Model::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= 0 &&
        section < kFigureColumns)
        return isRmseColumn(section)
                   ? tr("Root mean square error, √(SS_res / n) with SS_res = Σ(obs − pred)², "
                        "computed per site over its scored days (%1). The figure is the mean of "
                        "the per-site values, not pooled over all site-days.")
                         .arg(fluxUnit())
                   : tr("R² is the coefficient of determination, 1 − SS_res/SS_tot (SS_res = "
                        "Σ(obs − pred)², SS_tot = Σ(obs − mean obs)²), computed per site over "
                        "its scored days. The figure is the mean of the per-site values, not "
                        "pooled over all site-days; sites with constant observations have no R² "
                        "and are left out.");
    if (orientation == Qt::Horizontal && section == kFigureColumns && role == Qt::ToolTipRole)
        return tr("Sites scored: the number of per-site values each mean is taken over.");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_names.size() ? QVariant(m_names[section]) : QVariant();
    if (section == kFigureColumns)
        return tr("Sites");
    if (section < 0 || section > kFigureColumns)
        return {};
    return tr("%1 %2\n%3")
        .arg(fluxTargetName(targetOfColumn(section)), isRmseColumn(section) ? tr("RMSE") : tr("R²"),
             qcChoiceName(qcOfColumn(section)));
}

} // namespace fluxlens
