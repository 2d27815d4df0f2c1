// The language choice: View ▸ Language stores it, and at the next start the translators make
// the main window German or Spanish.
#include "app_settings.h"
#include "language_menu.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <algorithm>

using namespace fluxlens;

namespace {
QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

void removeTranslators() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QMessageBox* shownMessageBox() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            return box;
    return nullptr;
}

QAction* languageAction(QMenu* menu, const QString& code) {
    for (QAction* a : menu->actions())
        if (a->isCheckable() && a->data().toString() == code)
            return a;
    return nullptr;
}
} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menusFollowTheLanguage_data();
    void menusFollowTheLanguage();
    void englishLoadsNothing();
    void unknownLanguageStaysEnglish();
    void languageMenuStoresTheChoice();
};

void TestLanguageSwitch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FluxLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
    AppSettings().setLanguage(QString());
}

void TestLanguageSwitch::cleanup() {
    removeTranslators();
    AppSettings().setLanguage(QString());
}

void TestLanguageSwitch::menusFollowTheLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                       QStringLiteral("&Models"), QStringLiteral("&Help")};
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                       QStringLiteral("&Modelle"), QStringLiteral("&Hilfe")};
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Ver"),
                                       QStringLiteral("&Modelos"), QStringLiteral("Ay&uda")};
}

void TestLanguageSwitch::menusFollowTheLanguage() {
    QFETCH(QString, code);
    QFETCH(QStringList, titles);
    AppSettings settings;
    const QString loaded = installTranslators(*qApp, code);
    QCOMPARE(loaded, code == QLatin1String("en") ? QString() : code);
    MainWindow window(&settings);
    QCOMPARE(menuTitles(window), titles);
    // The language submenu itself is translated too.
    const QList<QMenu*> menus = window.findChildren<QMenu*>();
    const auto language = std::find_if(menus.begin(), menus.end(), [](QMenu* m) {
        return languageAction(m, QStringLiteral("de")) != nullptr;
    });
    QVERIFY(language != menus.end());
    QCOMPARE((*language)->title(), code == QLatin1String("de")   ? QStringLiteral("&Sprache")
                                   : code == QLatin1String("es") ? QStringLiteral("&Idioma")
                                                                 : QStringLiteral("&Language"));
}

void TestLanguageSwitch::englishLoadsNothing() {
    QCOMPARE(installTranslators(*qApp, QStringLiteral("en")), QString());
    QVERIFY(qApp->findChildren<QTranslator*>().isEmpty());
}

void TestLanguageSwitch::unknownLanguageStaysEnglish() {
    QCOMPARE(installTranslators(*qApp, QStringLiteral("tlh")), QString());
    QCOMPARE(QCoreApplication::translate("fluxlens::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLanguageSwitch::languageMenuStoresTheChoice() {
    AppSettings settings;
    LanguageMenu menu(&settings);
    QAction* german = languageAction(&menu, QStringLiteral("de"));
    QAction* system = languageAction(&menu, QString());
    QVERIFY(german && system);
    QVERIFY(system->isChecked());
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    german->trigger();
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(AppSettings().language(), QStringLiteral("de")); // stored, read at the next start
    QVERIFY(german->isChecked());
    // The menu says the change applies at the next start, without blocking.
    QMessageBox* notice = nullptr;
    QTRY_VERIFY((notice = shownMessageBox()) != nullptr);
    QVERIFY(notice->text().contains(QLatin1String("next started")));
    notice->close();
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
