#include "model_table_model.h"

namespace fluxlens {

namespace {
QString kindLabel(const std::string& code) {
    if (code == "tamrl")
        return QStringLiteral("TAM-RL");
    if (code == "ctlstm")
        return QStringLiteral("CT-LSTM");
    if (code == "tamlstm")
        return QStringLiteral("TAMLSTM");
    if (code == "xgboost")
        return QStringLiteral("XGBoost");
    return code.empty() ? QObject::tr("unknown") : QString::fromStdString(code);
}

QString sitesText(const ModelSummary& m) {
    if (m.trainingSites < 0)
        return QStringLiteral("–");
    if (m.heldOutSites < 0)
        return QString::number(m.trainingSites);
    return QObject::tr("%1 trained, %2 held out").arg(m.trainingSites).arg(m.heldOutSites);
}
} // namespace

ModelTableModel::ModelTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ModelTableModel::setModels(std::vector<ModelSummary> models) {
    beginResetModel();
    m_models = std::move(models);
    endResetModel();
}

const ModelSummary* ModelTableModel::modelAt(int row) const {
    return row >= 0 && row < int(m_models.size()) ? &m_models[std::size_t(row)] : nullptr;
}

int ModelTableModel::rowOf(const QString& name) const {
    for (std::size_t i = 0; i < m_models.size(); ++i)
        if (QString::fromStdString(m_models[i].record.name) == name)
            return int(i);
    return -1;
}

int ModelTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTableModel::data(const QModelIndex& index, int role) const {
    const ModelSummary* m = index.isValid() ? modelAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == NameRole)
        return QString::fromStdString(m->record.name);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(m->record.name) +
                   (m->cancelled ? tr(" (cancelled)") : QString());
        case Kind:
            return kindLabel(m->record.kind);
        case Targets:
            return m->targets.isEmpty() ? QStringLiteral("–")
                                        : m->targets.join(QStringLiteral(", "));
        case Features:
            return m->featurePreset.isEmpty() ? QStringLiteral("–") : m->featurePreset;
        case Created:
            return m->createdUtc.isValid()
                       ? m->createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                       : QString();
        case Sites:
            return sitesText(*m);
        case DataHash:
            return m->dataHash.isEmpty() ? QStringLiteral("–") : m->dataHash.left(12);
        case Predictions:
            return m->hasPredictions ? tr("stored") : tr("none");
        case Metrics:
            return m->metrics.isEmpty() ? tr("not evaluated") : m->metrics;
        case Folder:
            return QString::fromStdString(m->record.folder);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Features && !m->features.isEmpty())
            return tr("Inputs: %1").arg(m->features.join(QStringLiteral(", ")));
        if (index.column() == Kind && !m->configuration.isEmpty())
            return m->configuration;
        if (index.column() == DataHash && !m->dataHash.isEmpty())
            return tr("SHA-256 of the training data: %1").arg(m->dataHash);
        if (index.column() == Name && m->cancelled)
            return tr("Training was cancelled; this is the best checkpoint it reached.");
        if (index.column() == Folder)
            return QString::fromStdString(m->record.folder);
        if (index.column() == Targets && !m->targets.isEmpty() && m->targets.size() < 3)
            return tr("Trained on %1 only. A target it did not learn is derived from NEE = "
                      "RECO − GPP when the other two were learned, and left empty otherwise.")
                .arg(m->targets.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Targets:
        return tr("Targets");
    case Features:
        return tr("Features");
    case Created:
        return tr("Created");
    case Sites:
        return tr("Sites");
    case DataHash:
        return tr("Data hash");
    case Predictions:
        return tr("Predictions");
    case Metrics:
        return tr("Metrics (mean over all sites, all valid days)");
    case Folder:
        return tr("Folder");
    default:
        return {};
    }
}

} // namespace fluxlens
