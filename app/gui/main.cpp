// fluxlens: the desktop application, and its headless figure export.
#include "app_settings.h"
#include "fluxlens_config.h"
#include "headless_export.h"
#include "jobs/jobs_indicator.h"
#include "language_menu.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <cstdio>

namespace {
struct Options {
    QCommandLineOption cache{QStringLiteral("cache"),
                             QCoreApplication::translate("main", "Open this site cache."),
                             QStringLiteral("file")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a screenshot of the window once the sites are shown, then quit."),
        QStringLiteral("png")};
    QCommandLineOption exportFigure{
        QStringLiteral("export"),
        QCoreApplication::translate("main", "Write a figure without opening a window: %1.")
            .arg(fluxlens::headlessFigureNames().join(QStringLiteral("|"))),
        QStringLiteral("figure")};
    QCommandLineOption out{
        QStringLiteral("out"),
        QCoreApplication::translate("main",
                                    "Figure file (.png, .svg or .pdf; table1 also .tex or .csv)."),
        QStringLiteral("file")};
    QCommandLineOption site{
        QStringLiteral("site"),
        QCoreApplication::translate("main", "Site the figure is about (required for timeseries; "
                                            "highlighted on the map and scatter)."),
        QStringLiteral("id")};
    QCommandLineOption model{
        QStringLiteral("model"),
        QCoreApplication::translate(
            "main",
            "Model the figure is about (scatter, bars, heatmap; default: the TAM-RL model)."),
        QStringLiteral("name")};
    QCommandLineOption sites{
        QStringLiteral("sites"),
        QCoreApplication::translate(
            "main", "Sites the comparison views and the scatter, bars, heatmap and table1 figures "
                    "score: all (default) or heldout (the sites every model that records "
                    "held-out sites held out)."),
        QStringLiteral("all|heldout")};
    QCommandLineOption width{QStringLiteral("width-mm"),
                             QCoreApplication::translate("main", "Figure width (default 183)."),
                             QStringLiteral("mm"), QStringLiteral("183")};
    QCommandLineOption height{QStringLiteral("height-mm"),
                              QCoreApplication::translate("main", "Figure height (default 110)."),
                              QStringLiteral("mm"), QStringLiteral("110")};
    QCommandLineOption dpi{QStringLiteral("dpi"),
                           QCoreApplication::translate("main", "PNG resolution (default 300)."),
                           QStringLiteral("dpi"), QStringLiteral("300")};
    QCommandLineOption font{QStringLiteral("font-pt"),
                            QCoreApplication::translate("main", "Font size (default 7)."),
                            QStringLiteral("pt"), QStringLiteral("7")};
    QCommandLineOption csv{
        QStringLiteral("csv"),
        QCoreApplication::translate("main", "Also write the plotted data as CSV.")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate(
                                "main", "Open the synthetic demo world (generated on first use).")};
};

int runExport(const QCommandLineParser& parser, const Options& o,
              const fluxlens::AppSettings& settings) {
    fluxlens::HeadlessExportRequest request;
    request.figure = parser.value(o.exportFigure);
    request.cachePath = parser.value(o.cache);
    request.siteId = parser.value(o.site);
    request.modelName = parser.value(o.model);
    request.outPath = parser.value(o.out);
    request.writeCsv = parser.isSet(o.csv);
    if (parser.isSet(o.sites))
        request.siteSet = parser.value(o.sites);
    bool ok = true, all = true;
    request.spec.width_mm = parser.value(o.width).toDouble(&ok);
    all &= ok && request.spec.width_mm >= 10 && request.spec.width_mm <= 1000;
    request.spec.height_mm = parser.value(o.height).toDouble(&ok);
    all &= ok && request.spec.height_mm >= 10 && request.spec.height_mm <= 1000;
    request.spec.dpi = parser.value(o.dpi).toInt(&ok);
    all &= ok && request.spec.dpi >= 50 && request.spec.dpi <= 2400;
    request.spec.fontSize_pt = parser.value(o.font).toDouble(&ok);
    all &= ok && request.spec.fontSize_pt >= 4 && request.spec.fontSize_pt <= 36;
    if (!all) {
        std::fprintf(stderr, "fluxlens: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--width-mm/--height-mm must be 10-1000, --dpi 50-2400, "
                                 "--font-pt 4-36")));
        return 2;
    }
    bool usageError = false;
    const QString error = fluxlens::runHeadlessExport(request, settings, &usageError);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "fluxlens --export: %s\n", qPrintable(error));
        return usageError ? 2 : 1;
    }
    std::printf("%s\n", qPrintable(request.outPath));
    return 0;
}

// --export, --help and --version never open a window: without a platform chosen, use the
// offscreen one so that they also run on a server without a display.
void chooseOffscreenForWindowlessRuns(int argc, char** argv) {
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--export" || arg.startsWith("--export=") || arg == "--help" || arg == "-h" ||
            arg == "--help-all" || arg == "--version" || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}
} // namespace

int main(int argc, char** argv) {
    chooseOffscreenForWindowlessRuns(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FluxLens"));
    QApplication::setOrganizationDomain(QStringLiteral("fluxlens.org"));
    QApplication::setApplicationName(QStringLiteral("FluxLens"));
    QApplication::setApplicationVersion(QStringLiteral(FLUXLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.fluxlens.FluxLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.fluxlens.FluxLens.svg")));

    fluxlens::AppSettings settings;
    fluxlens::installTranslators(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Carbon-flux upscaling with TAM-RL"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.cache, o.screenshot, o.exportFigure, o.out, o.site, o.sites, o.model,
                       o.width, o.height, o.dpi, o.font, o.csv, o.demo});
    parser.process(app);

    if (parser.isSet(o.exportFigure))
        return runExport(parser, o, settings);

    if (parser.isSet(o.sites)) {
        const QString sites = parser.value(o.sites);
        if (sites != QLatin1String("all") && sites != QLatin1String("heldout")) {
            std::fprintf(stderr, "fluxlens: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "--sites expects 'all' or 'heldout', got '%1'")
                                        .arg(sites)));
            return 2;
        }
        settings.setScoredSites(sites); // as if chosen in the comparison views
    }
    fluxlens::MainWindow window(&settings);
    window.show();
    if (parser.isSet(o.demo))
        window.openDemoWorld();
    else
        window.openCache(parser.isSet(o.cache) ? parser.value(o.cache) : settings.cachePath());
    if (parser.isSet(o.site)) {
        const QString site = parser.value(o.site);
        QObject::connect(&window, &fluxlens::MainWindow::sitesLoaded, &window,
                         [&window, site] { window.selectSite(site); });
    }

    if (parser.isSet(o.screenshot)) {
        const QString path = parser.value(o.screenshot);
        // Once nothing runs any more (the demo world: once its models are trained and
        // evaluated), and the views have read what the last job wrote.
        const auto shoot = [&window, path] {
            QTimer::singleShot(1500, &window, [&window, path] {
                if (window.isBusy())
                    return;
                const bool saved = window.grab().save(path);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&window, &fluxlens::MainWindow::sitesLoaded, &window, shoot);
        QObject::connect(window.jobs(), &fluxlens::JobsIndicator::jobEnded, &window, shoot);
    }
    return QApplication::exec();
}
