// The comparison views as publication figures, through the headless `fluxlens --export` (the
// same code the GUI's File ▸ Export runs): SVG, PDF and PNG of every chart, Table 1 as LaTeX and
// CSV, the plotted data as CSV, and the errors a batch script sees.
#include "../compare/compare_test_world.h"
#include "program_run.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fluxlens;

namespace {
constexpr int kDays = 400;
using testing::ProgramRun;
} // namespace

class TestExportViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void svgHoldsThePlottedElements_data();
    void svgHoldsThePlottedElements();
    void pdfIsVectorOfTheChosenSize_data();
    void pdfIsVectorOfTheChosenSize();
    void pngHasSizeTimesDpiOnWhite_data();
    void pngHasSizeTimesDpiOnWhite();
    void csvHoldsThePlottedData();
    void table1LatexAndCsv();
    void exportsWithoutADisplay();
    void errors_data();
    void errors();

private:
    // withoutDisplay: no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY, as on a server.
    ProgramRun run(const QStringList& arguments, bool withoutDisplay = false) const;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString readAll(const QString& path);

    QTemporaryDir m_dir;
    QString m_cache;
    QString m_emptyCache;
};

void TestExportViews::initTestCase() {
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("FLUXLENS_KEEP_EXPORTS")) { // to look at the figures
        m_dir.setAutoRemove(false);
        qInfo("figures kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY2(QFile::exists(testing::guiProgramPath()), qPrintable(testing::guiProgramPath()));
    m_cache = path(QStringLiteral("world.sqlite"));
    comparetest::buildWorld(m_cache.toStdString(), comparetest::defaultSites(), kDays);
    // Sites but no metrics: the metric figures have nothing to show yet.
    m_emptyCache = path(QStringLiteral("no-metrics.sqlite"));
    Cache cache = Cache::open(m_emptyCache.toStdString());
    Site s;
    s.id = "A1";
    s.name = "Site A1";
    s.lat_deg = 51.0;
    s.lon_deg = 10.0;
    cache.upsertSites({s});
}

ProgramRun TestExportViews::run(const QStringList& arguments, bool withoutDisplay) const {
    testing::RunOptions options;
    if (withoutDisplay)
        options.unsetEnvironment = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                    QStringLiteral("WAYLAND_DISPLAY")};
    return testing::runGui(arguments, m_dir.filePath(QStringLiteral("config")), options);
}

QString TestExportViews::readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestExportViews::svgHoldsThePlottedElements_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("texts");       // legend entries, axis titles, class names
    QTest::addColumn<QStringList>("description"); // site, model, period, metric
    QTest::addColumn<int>("minShapes");           // plotted paths, polylines and rectangles

    const QStringList models = {QStringLiteral("TAM-RL"), QStringLiteral("XGBoost"),
                                QStringLiteral("FLUXCOM-X-BASE")};
    QTest::newRow("timeseries")
        << QStringList{QStringLiteral("timeseries"), QStringLiteral("--site"), QStringLiteral("B1")}
        << models + QStringList{QStringLiteral("B1 — GPP"), QStringLiteral("2001-")}
        << QStringList{QStringLiteral("Site B1"), QStringLiteral("TAM-RL"),
                       QStringLiteral("2001-01-01 to 2002-02-04"), QStringLiteral("GPP daily")}
        << 4;
    QTest::newRow("scatter") << QStringList{QStringLiteral("scatter")}
                             << QStringList{QStringLiteral("FLUXCOM-X-BASE RMSE"),
                                            QStringLiteral("TAM-RL R²"), QStringLiteral("Cfb"),
                                            QStringLiteral("Dfc"), QStringLiteral("1:1")}
                             << QStringList{QStringLiteral("Sites: 6"), QStringLiteral("TAM-RL"),
                                            QStringLiteral("FLUXCOM-X-BASE"),
                                            QStringLiteral("all days"), QStringLiteral("GPP RMSE")}
                             << 12;
    QTest::newRow("bars") << QStringList{QStringLiteral("bars")}
                          << models + QStringList{QStringLiteral("DBF"), QStringLiteral("ENF"),
                                                  QStringLiteral("Mean GPP RMSE by IGBP class")}
                          << QStringList{QStringLiteral("TAM-RL"), QStringLiteral("all days"),
                                         QStringLiteral("GPP RMSE")}
                          << 12;
    QTest::newRow("heatmap") << QStringList{QStringLiteral("heatmap")}
                             << QStringList{QStringLiteral("TAM-RL"), QStringLiteral("XGBoost"),
                                            QStringLiteral("DBF"), QStringLiteral("+33 %"),
                                            QStringLiteral("blue: the model is better")}
                             << QStringList{QStringLiteral("against FLUXCOM-X-BASE"),
                                            QStringLiteral("relative GPP RMSE")}
                             << 8;
    QTest::newRow("table1") << QStringList{QStringLiteral("table1")}
                            << models + QStringList{QStringLiteral("Sites")}
                            << QStringList{QStringLiteral("Sites: 6"), QStringLiteral("TAM-RL"),
                                           QStringLiteral("NEE RMSE")}
                            << 0;
    QTest::newRow("map") << QStringList{QStringLiteral("map"), QStringLiteral("--site"),
                                        QStringLiteral("A1")}
                         << QStringList{} << QStringList{QStringLiteral("6 sites")} << 6;
}

void TestExportViews::svgHoldsThePlottedElements() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, description);
    QFETCH(int, minShapes);
    const QString out = path(arguments.first() + QStringLiteral(".svg"));
    const ProgramRun r =
        run(QStringList{QStringLiteral("--export")} + arguments +
            QStringList{QStringLiteral("--cache"), m_cache, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QSvgRenderer renderer(out);
    QVERIFY(renderer.isValid());
    const QString svg = readAll(out);
    // Physical size: 183 mm × 110 mm by default.
    const auto size =
        QRegularExpression(QStringLiteral("<svg width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\""))
            .match(svg);
    QVERIFY2(size.hasMatch(), qPrintable(svg.left(300)));
    QVERIFY2(std::abs(size.captured(1).toDouble() - 183.0) < 0.01, qPrintable(size.captured(0)));
    QVERIFY2(std::abs(size.captured(2).toDouble() - 110.0) < 0.01, qPrintable(size.captured(0)));
    for (const QString& text : texts)
        QVERIFY2(svg.contains(text), qPrintable(text));
    const QRegularExpression descRe(QStringLiteral("<desc>([^<]*)</desc>"));
    const QString desc = descRe.match(svg).captured(1);
    for (const QString& part : description)
        QVERIFY2(desc.contains(part), qPrintable(part + QStringLiteral(" not in: ") + desc));
    QVERIFY(svg.contains(QStringLiteral("<title>")));
    const qsizetype shapes = svg.count(QStringLiteral("<path")) +
                             svg.count(QStringLiteral("<polyline")) +
                             svg.count(QStringLiteral("<rect"));
    QVERIFY2(shapes >= minShapes, qPrintable(QString::number(shapes)));
}

void TestExportViews::pdfIsVectorOfTheChosenSize_data() {
    QTest::addColumn<QString>("figure");
    for (const char* f : {"timeseries", "scatter", "bars", "heatmap", "table1"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestExportViews::pdfIsVectorOfTheChosenSize() {
    QFETCH(QString, figure);
    const QString out = path(figure + QStringLiteral(".pdf"));
    const ProgramRun r =
        run({QStringLiteral("--export"), figure, QStringLiteral("--site"), QStringLiteral("A2"),
             QStringLiteral("--cache"), m_cache, QStringLiteral("--out"), out,
             QStringLiteral("--width-mm"), QStringLiteral("89"), QStringLiteral("--height-mm"),
             QStringLiteral("70")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(!pdf.contains("/Subtype /Image"), "a vector figure holds no raster image");
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo is not installed; page size not checked");
    const ProgramRun info = testing::runProgram(pdfinfo, {out});
    QVERIFY2(info.succeeded(), qPrintable(info.describe()));
    const QString text = info.out;
    const auto m =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    QVERIFY(std::abs(m.captured(1).toDouble() - 89.0 / 25.4 * 72.0) < 1.0);
    QVERIFY(std::abs(m.captured(2).toDouble() - 70.0 / 25.4 * 72.0) < 1.0);
}

void TestExportViews::pngHasSizeTimesDpiOnWhite_data() {
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("dpi");
    QTest::newRow("timeseries 300") << QStringLiteral("timeseries") << 300;
    QTest::newRow("scatter 150") << QStringLiteral("scatter") << 150;
    QTest::newRow("bars 200") << QStringLiteral("bars") << 200;
    QTest::newRow("heatmap 300") << QStringLiteral("heatmap") << 300;
    QTest::newRow("table1 120") << QStringLiteral("table1") << 120;
}

void TestExportViews::pngHasSizeTimesDpiOnWhite() {
    QFETCH(QString, figure);
    QFETCH(int, dpi);
    const QString out = path(figure + QString::number(dpi) + QStringLiteral(".png"));
    const ProgramRun r =
        run({QStringLiteral("--export"), figure, QStringLiteral("--site"), QStringLiteral("C1"),
             QStringLiteral("--cache"), m_cache, QStringLiteral("--out"), out,
             QStringLiteral("--width-mm"), QStringLiteral("89"), QStringLiteral("--height-mm"),
             QStringLiteral("60"), QStringLiteral("--dpi"), QString::number(dpi)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), static_cast<int>(std::lround(89.0 / 25.4 * dpi)));
    QCOMPARE(image.height(), static_cast<int>(std::lround(60.0 / 25.4 * dpi)));
    // Print theme: white background, dark text, something drawn.
    QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

void TestExportViews::csvHoldsThePlottedData() {
    const QString out = path(QStringLiteral("series-csv.svg"));
    ProgramRun r = run({QStringLiteral("--export"), QStringLiteral("timeseries"),
                        QStringLiteral("--site"), QStringLiteral("A1"), QStringLiteral("--cache"),
                        m_cache, QStringLiteral("--out"), out, QStringLiteral("--csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = readAll(path(QStringLiteral("series-csv.csv"))).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    QCOMPARE(lines.size(), kDays + 1);
    const QStringList header = lines.first().split(QLatin1Char(','));
    QVERIFY2(header.contains(QStringLiteral("TAM-RL")) &&
                 header.contains(QStringLiteral("TAM-RL sd")) &&
                 header.contains(QStringLiteral("FLUXCOM-X-BASE")) &&
                 header.contains(QStringLiteral("low_qc")),
             qPrintable(lines.first()));
    // The first day: 2001-01-01, its observation and the TAM-RL ±1σ of 0.3.
    const QStringList first = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(first.at(0), QStringLiteral("2001-01-01"));
    QCOMPARE(first.at(static_cast<int>(header.indexOf(QStringLiteral("TAM-RL sd")))).toDouble(),
             0.3);

    const QString scatter = path(QStringLiteral("scatter-csv.png"));
    r = run({QStringLiteral("--export"), QStringLiteral("scatter"), QStringLiteral("--model"),
             QStringLiteral("XGBoost"), QStringLiteral("--cache"), m_cache, QStringLiteral("--out"),
             scatter, QStringLiteral("--csv"), QStringLiteral("--dpi"), QStringLiteral("72")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    lines = readAll(path(QStringLiteral("scatter-csv.csv"))).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    QCOMPARE(lines.size(), 7); // header and six sites
    // Site A1 (index 0): XGBoost RMSE 1.2, reference 1.5.
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("A1,Cfb,GPP,all,XGBoost,FLUXCOM-X-BASE,1.2,1.5,")),
        qPrintable(lines.at(1)));

    const QString bars = path(QStringLiteral("bars-csv.pdf"));
    r = run({QStringLiteral("--export"), QStringLiteral("bars"), QStringLiteral("--cache"), m_cache,
             QStringLiteral("--out"), bars, QStringLiteral("--csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString barsCsv = readAll(path(QStringLiteral("bars-csv.csv")));
    // DBF holds A1 and A2 (indices 0, 1): TAM-RL mean RMSE (1.0 + 1.2) / 2.
    QVERIFY2(barsCsv.contains(QStringLiteral("igbp,DBF,TAM-RL,GPP,all,2,1.1,")),
             qPrintable(barsCsv));
}

void TestExportViews::exportsWithoutADisplay() {
    // --export and --help never open a window, so they run on a server without a display.
    const QString out = path(QStringLiteral("no-display-map.png"));
    ProgramRun r =
        run({QStringLiteral("--export"), QStringLiteral("map"), QStringLiteral("--cache"), m_cache,
             QStringLiteral("--out"), out, QStringLiteral("--dpi"), QStringLiteral("100")},
            true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QImage(out).isNull());
    r = run({QStringLiteral("--help")}, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("--export")), qPrintable(r.out));
}

void TestExportViews::table1LatexAndCsv() {
    const QString tex = path(QStringLiteral("table1.tex"));
    ProgramRun r = run({QStringLiteral("--export"), QStringLiteral("table1"),
                        QStringLiteral("--cache"), m_cache, QStringLiteral("--out"), tex});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString latex = readAll(tex);
    QVERIFY(latex.contains(QStringLiteral("\\begin{tabular}")));
    QVERIFY(latex.contains(QStringLiteral("\\end{tabular}")));
    QCOMPARE(latex.count(QStringLiteral("\\begin{tabular}")),
             latex.count(QStringLiteral("\\end{tabular}")));
    for (const char* row :
         {"all & TAM-RL &", "all & XGBoost &", "all & FLUXCOM-X-BASE &", "QC = 1 & TAM-RL &"})
        QVERIFY2(latex.contains(QString::fromLatin1(row)), row);
    QVERIFY(latex.contains(QStringLiteral("\\caption{Against FLUXCOM-X-BASE")));

    const QString csv = path(QStringLiteral("table1.csv"));
    r = run({QStringLiteral("--export"), QStringLiteral("table1"), QStringLiteral("--cache"),
             m_cache, QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = readAll(csv);
    QVERIFY(text.startsWith(QStringLiteral("table,model,target,qc,")));
    QVERIFY(text.contains(QStringLiteral("\nsummary,TAM-RL,GPP,all,")));
    QVERIFY(text.contains(QStringLiteral("\nheadline,XGBoost,GPP,all,")));
}

void TestExportViews::errors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("error.svg"));
    const QStringList cache = {QStringLiteral("--cache"), m_cache};
    const QString e = QStringLiteral("--export");
    QTest::newRow("unknown site") << QStringList{e,
                                                 QStringLiteral("timeseries"),
                                                 QStringLiteral("--site"),
                                                 QStringLiteral("ZZ-Nop"),
                                                 QStringLiteral("--out"),
                                                 out} +
                                         cache
                                  << 1 << QStringLiteral("no site ZZ-Nop");
    QTest::newRow("no metrics yet")
        << QStringList{e,   QStringLiteral("scatter"), QStringLiteral("--out"),
                       out, QStringLiteral("--cache"), m_emptyCache}
        << 1 << QStringLiteral("no metrics in the cache yet");
    QTest::newRow("no metrics for Table 1") << QStringList{e,
                                                           QStringLiteral("table1"),
                                                           QStringLiteral("--out"),
                                                           m_dir.filePath(QStringLiteral("t.tex")),
                                                           QStringLiteral("--cache"),
                                                           m_emptyCache}
                                            << 1 << QStringLiteral("no metrics in the cache yet");
    QTest::newRow("unknown model") << QStringList{e,
                                                  QStringLiteral("scatter"),
                                                  QStringLiteral("--model"),
                                                  QStringLiteral("Nope"),
                                                  QStringLiteral("--out"),
                                                  out} +
                                          cache
                                   << 1 << QStringLiteral("no metrics of a model 'Nope'");
    QTest::newRow("unwritable png")
        << QStringList{e, QStringLiteral("bars"), QStringLiteral("--out"),
                       QStringLiteral("/nonexistent-dir/fig.png")} +
               cache
        << 1 << QStringLiteral("/nonexistent-dir/fig.png");
    QTest::newRow("unwritable svg")
        << QStringList{e, QStringLiteral("heatmap"), QStringLiteral("--out"),
                       QStringLiteral("/nonexistent-dir/fig.svg")} +
               cache
        << 1 << QStringLiteral("/nonexistent-dir/fig.svg");
    QTest::newRow("unwritable tex")
        << QStringList{e, QStringLiteral("table1"), QStringLiteral("--out"),
                       QStringLiteral("/nonexistent-dir/t.tex")} +
               cache
        << 1 << QStringLiteral("/nonexistent-dir/t.tex");
    QTest::newRow("missing cache file")
        << QStringList{e,
                       QStringLiteral("bars"),
                       QStringLiteral("--out"),
                       out,
                       QStringLiteral("--cache"),
                       m_dir.filePath(QStringLiteral("none.sqlite"))}
        << 1 << QStringLiteral("no such cache file");
    QTest::newRow("unknown figure")
        << QStringList{e, QStringLiteral("pie"), QStringLiteral("--out"), out} + cache << 2
        << QStringLiteral("unknown figure 'pie'");
    QTest::newRow("tex for a chart")
        << QStringList{e, QStringLiteral("bars"), QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("bars.tex"))} +
               cache
        << 2 << QStringLiteral("must end in .png, .svg or .pdf");
    QTest::newRow("time series without a site")
        << QStringList{e, QStringLiteral("timeseries"), QStringLiteral("--out"), out} + cache << 2
        << QStringLiteral("needs --site");
    QTest::newRow("no --out") << QStringList{e, QStringLiteral("bars")} + cache << 2
                              << QStringLiteral("needs --cache FILE and --out FILE");
    QTest::newRow("bad dpi") << QStringList{e,   QStringLiteral("bars"),  QStringLiteral("--out"),
                                            out, QStringLiteral("--dpi"), QStringLiteral("abc")} +
                                    cache
                             << 2 << QStringLiteral("--dpi");
}

void TestExportViews::errors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ProgramRun r = run(arguments);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("error.svg"))));
}

QTEST_GUILESS_MAIN(TestExportViews)
#include "tst_export_views.moc"
