#include "train_settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <stdexcept>

namespace fluxlens {

QString defaultModelFolder(const QString& modelName) {
    QString safe;
    for (const QChar c : modelName)
        safe.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : QChar(u'_'));
    if (safe.isEmpty())
        safe = QStringLiteral("model");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("models/") + safe);
}

namespace {
// The combinations of kind and epochs the neural engine cannot train (XGBoost has no epochs).
QString neuralSettingsProblem(const TrainSettings& settings) {
    if (settings.xgboost)
        return {};
    if (settings.config.encoder_uses_fluxes && settings.kind != ml::ModelKind::TamRl)
        return QObject::tr("Only TAM-RL has a task encoder: \"encoder sees fluxes\" needs model "
                           "kind TAM-RL.");
    if (settings.config.stage1_epochs == 0 && settings.kind != ml::ModelKind::TamRl)
        return QObject::tr("%1 trains in stage 1 only: give it at least one stage 1 epoch.")
            .arg(QString::fromLatin1(ml::defaultModelName(settings.kind)));
    if (settings.kind == ml::ModelKind::TamRl && settings.config.stage2_epochs == 0)
        return QObject::tr("TAM-RL needs at least one joint (stage 2) epoch: with none its FiLM "
                           "generator is never trained.");
    return {};
}
} // namespace

QString trainSettingsProblem(const TrainSettings& settings, const QStringList& existingModelNames,
                             bool cudaAvailable) {
    if (settings.name.trimmed().isEmpty())
        return QObject::tr("Give the model a name: its predictions are stored under it.");
    if (settings.name != settings.name.trimmed())
        return QObject::tr("The model name must not start or end with spaces.");
    if (existingModelNames.contains(settings.name))
        return QObject::tr("A model named \"%1\" is already in the cache: choose another name or "
                           "delete that model in the model library first.")
            .arg(settings.name);
    if (!settings.xgboost && settings.config.targets.empty())
        return QObject::tr("Choose at least one target (GPP, RECO or NEE) to train.");
    if (settings.xgboost && !(settings.xgbMaxRounds >= 1 && settings.xgbMaxRounds <= 100000))
        return QObject::tr("XGBoost needs between 1 and 100000 boosting rounds.");
    try {
        ml::validateConfig(settings.config);
    } catch (const std::invalid_argument& e) {
        return QObject::tr("Invalid hyperparameters: %1").arg(QString::fromUtf8(e.what()));
    }
    if (settings.config.device == "cuda" && !cudaAvailable)
        return QObject::tr("Device \"cuda\" was chosen but this LibTorch build has no usable CUDA "
                           "device: choose \"cpu\" or \"auto\".");
    if (const QString problem = neuralSettingsProblem(settings); !problem.isEmpty())
        return problem;
    if (settings.heldOutListFile.isEmpty()) {
        if (!(settings.heldOutFraction >= 0.0 && settings.heldOutFraction <= 0.8))
            return QObject::tr("The held-out share must lie between 0 and 0.8 so that sites are "
                               "left to train on.");
        if (settings.heldOutFraction + settings.config.validation_fraction >= 0.95)
            return QObject::tr("Held-out share plus validation share (%1) leave almost no training "
                               "sites.")
                .arg(settings.heldOutFraction + settings.config.validation_fraction);
    } else if (!QFileInfo(settings.heldOutListFile).isFile()) {
        return QObject::tr("The held-out site list %1 does not exist.")
            .arg(settings.heldOutListFile);
    }
    if (settings.outputFolder.isEmpty())
        return QObject::tr("Choose a folder for the model.");
    const QFileInfo out(settings.outputFolder);
    if (out.exists() && !out.isDir())
        return QObject::tr("The model folder %1 is a file.").arg(settings.outputFolder);
    if (out.isDir() && !QDir(settings.outputFolder).isEmpty() &&
        !QFileInfo::exists(QDir(settings.outputFolder).filePath(QStringLiteral("model.json"))))
        return QObject::tr("The model folder %1 holds other files: choose an empty folder.")
            .arg(settings.outputFolder);
    return {};
}

} // namespace fluxlens
