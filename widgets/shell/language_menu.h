#pragma once

#include <QList>
#include <QMenu>
#include <QString>

class QCoreApplication;

namespace fluxlens {

class AppSettings;

// A language the user interface can be shown in: its code ("de"; "" follows the system) and
// its name in that language.
struct UiLanguage {
    QString code;
    QString nativeName;
};

// English plus every language with a FluxLens catalogue (fluxlens_<code>.qm).
QList<UiLanguage> uiLanguages();

// Installs the FluxLens catalogue for `code` ("" = the system locale) on `app`, looked up in
// <prefix>/share/fluxlens/translations and then among the embedded resources (:/i18n), plus Qt's
// own qtbase catalogue when one is installed. The translators are children of `app`.
// Returns the code of the catalogue installed, or "" when the interface stays in English.
QString installTranslators(QCoreApplication& app, const QString& code);

// View ▸ Language: the system language, English, German, Spanish. A choice is stored in the
// settings and applies when FluxLens is next started, which the menu says in a message box.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(AppSettings* settings, QWidget* parent = nullptr);

private:
    void choose(const QString& code);

    AppSettings* m_settings;
};

} // namespace fluxlens
