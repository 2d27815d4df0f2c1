// fluxlens: the desktop application.
#include "app_settings.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FluxLens"));
    QApplication::setOrganizationDomain(QStringLiteral("fluxlens.org"));
    QApplication::setApplicationName(QStringLiteral("FluxLens"));
    QApplication::setApplicationVersion(QStringLiteral(FLUXLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.fluxlens.FluxLens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Carbon-flux upscaling with TAM-RL"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         QApplication::translate("main", "Open this site cache."),
                                         QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a screenshot of the window once the sites are shown, then quit."),
        QStringLiteral("png"));
    parser.addOption(cacheOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.fluxlens.FluxLens.svg")));

    fluxlens::AppSettings settings;
    fluxlens::MainWindow window(&settings);
    window.show();
    window.openCache(parser.isSet(cacheOption) ? parser.value(cacheOption) : settings.cachePath());

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QObject::connect(&window, &fluxlens::MainWindow::sitesLoaded, &window, [&window, path] {
            QTimer::singleShot(300, &window, [&window, path] {
                const bool saved = window.grab().save(path);
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return QApplication::exec();
}
