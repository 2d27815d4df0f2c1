#pragma once

// Helpers the train dialog's form (train_dialog_form.cpp) and its behaviour (train_dialog.cpp)
// share; internal to the dialog.

#include "ml/ml_config.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringList>
#include <QToolButton>
#include <QWidget>
#include <functional>
#include <string>
#include <vector>

namespace fluxlens::train_dialog_detail {

inline const ml::ModelKind kKinds[] = {ml::ModelKind::TamRl, ml::ModelKind::CtLstm,
                                       ml::ModelKind::TamLstm};
inline constexpr const char* kXgboostCode = "xgboost";

inline QString joinFeatures(const std::vector<std::string>& features) {
    QStringList list;
    for (const auto& f : features)
        list << QString::fromStdString(f);
    return list.join(QStringLiteral(", "));
}

inline std::vector<std::string> splitFeatures(const QString& text) {
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.push_back(part.trimmed().toStdString());
    return out;
}

inline QString unusedName(const QString& base, const QStringList& existing) {
    if (!existing.contains(base))
        return base;
    for (int k = 2;; ++k)
        if (!existing.contains(QStringLiteral("%1 %2").arg(base).arg(k)))
            return QStringLiteral("%1 %2").arg(base).arg(k);
}

inline QWidget* withBrowse(QLineEdit* edit, const std::function<void()>& browse) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto* button = new QToolButton(row);
    button->setText(QStringLiteral("…"));
    QObject::connect(button, &QToolButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace fluxlens::train_dialog_detail
