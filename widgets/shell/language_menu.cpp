#include "language_menu.h"

#include "app_settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <memory>

namespace fluxlens {
namespace {
QStringList catalogueFolders() {
    const QDir binary(QCoreApplication::applicationDirPath());
    return {binary.filePath(QStringLiteral("../share/fluxlens/translations")),
            QStringLiteral(":/i18n")};
}

// Loads `name`_<language>.qm from the first folder that has it; nullptr when none does.
QTranslator* loadCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name,
                           const QStringList& folders) {
    auto translator = std::make_unique<QTranslator>();
    for (const QString& folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            translator->setParent(&app);
            return translator.release(); // owned by app
        }
    }
    return nullptr;
}
} // namespace

QList<UiLanguage> uiLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString installTranslators(QCoreApplication& app, const QString& code) {
    if (code == QLatin1String("en"))
        return {};
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QTranslator* fluxlens =
        loadCatalogue(app, locale, QStringLiteral("fluxlens"), catalogueFolders());
    if (!fluxlens)
        return {};
    QCoreApplication::installTranslator(fluxlens);
    if (QTranslator* qt = loadCatalogue(app, locale, QStringLiteral("qtbase"),
                                        {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}))
        QCoreApplication::installTranslator(qt);
    return QLocale(fluxlens->language()).name().section(QLatin1Char('_'), 0, 0);
}

LanguageMenu::LanguageMenu(AppSettings* settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings) {
    setToolTipsVisible(true);
    auto* group = new QActionGroup(this);
    QList<UiLanguage> choices{{QString(), tr("System language")}};
    choices += uiLanguages();
    const QString current = m_settings->language();
    for (const UiLanguage& language : choices) {
        QAction* action = addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setData(language.code);
        action->setToolTip(tr("Applies when FluxLens is next started"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { choose(code); });
        if (language.code.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString& code) {
    if (code == m_settings->language())
        return;
    m_settings->setLanguage(code);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies when FluxLens is next started."),
                                QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace fluxlens
