#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "geo/land_polygons.h"
#include "map/map_figure.h"
#include "map/world_map_widget.h"
#include "program_run.h"
#include "site_filter.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "test_sites.h"

#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pngHasSizeTimesDpi_data();
    void pngHasSizeTimesDpi();
    void svgParsesAndHoldsTheTowers();
    void pdfIsVectorOfTheChosenSize();
    void csvListsTheTowersShown();
    void unwritablePathIsAClearError();

private:
    MapFigure figure() const { return m_map->figure(); }
    void write(const QString& path, const FigureSpec& spec) const;

    QTemporaryDir m_dir;
    SiteTableModel m_sites;
    SiteFilter m_filter;
    SiteSelection m_selection;
    std::unique_ptr<WorldMapWidget> m_map;
};

void TestExport::initTestCase() {
    m_sites.setSites(test::sampleSites());
    m_selection.select(QStringLiteral("DE-Hai"));
    m_map = std::make_unique<WorldMapWidget>(&m_sites, &m_filter, &m_selection);
    m_map->resize(1000, 600);
    m_map->loadBasemap(QString::fromStdString(defaultLandPolygonPath()));
}

void TestExport::write(const QString& path, const FigureSpec& spec) const {
    const MapFigure f = figure();
    writeFigure(path, spec, [&](QPainter& p, const QSizeF& size) { f.paint(p, size, spec); });
}

void TestExport::pngHasSizeTimesDpi_data() {
    QTest::addColumn<double>("width_mm");
    QTest::addColumn<double>("height_mm");
    QTest::addColumn<int>("dpi");
    QTest::newRow("single column 300 dpi") << 89.0 << 60.0 << 300;
    QTest::newRow("double column 150 dpi") << 183.0 << 110.0 << 150;
    QTest::newRow("custom 600 dpi") << 120.0 << 80.0 << 600;
}

void TestExport::pngHasSizeTimesDpi() {
    QFETCH(double, width_mm);
    QFETCH(double, height_mm);
    QFETCH(int, dpi);
    FigureSpec spec;
    spec.format = FigureSpec::Format::Png;
    spec.width_mm = width_mm;
    spec.height_mm = height_mm;
    spec.dpi = dpi;
    const QString path = m_dir.filePath(QStringLiteral("map.png"));
    write(path, spec);
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), qRound(width_mm / 25.4 * dpi));
    QCOMPARE(image.height(), qRound(height_mm / 25.4 * dpi));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    // Something was drawn: the ocean colour of the print style is present.
    const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
    QVERIFY(centre != QColor(Qt::white));
}

void TestExport::svgParsesAndHoldsTheTowers() {
    FigureSpec spec;
    spec.format = FigureSpec::Format::Svg;
    spec.title = QStringLiteral("Towers");
    spec.description = figure().description();
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    write(path, spec);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&file));
    QCOMPARE(doc.documentElement().firstChildElement(QStringLiteral("title")).text(),
             QStringLiteral("Towers"));
    QVERIFY(doc.documentElement()
                .firstChildElement(QStringLiteral("desc"))
                .text()
                .contains(QStringLiteral("10 sites")));
    // One ellipse per tower plus the selection ring, and the legend's labels as text.
    const int ellipses = doc.elementsByTagName(QStringLiteral("ellipse")).count() +
                         doc.elementsByTagName(QStringLiteral("circle")).count();
    QVERIFY2(ellipses >= 11, qPrintable(QString::number(ellipses)));
    const QString svgText = doc.toString();
    for (const char* label : {"Cfb", "Dfc", "Aw", "unknown"})
        QVERIFY2(svgText.contains(QLatin1String(label)), label);
}

void TestExport::pdfIsVectorOfTheChosenSize() {
    FigureSpec spec;
    spec.format = FigureSpec::Format::Pdf;
    spec.width_mm = 89;
    spec.height_mm = 70;
    const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
    write(path, spec);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // Vector: no embedded raster image of the map.
    QVERIFY(!bytes.contains("/Subtype /Image"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed; the page size is not checked");
    const fluxlens::testing::ProgramRun pdf = fluxlens::testing::runProgram(pdfinfo, {path});
    QVERIFY2(pdf.succeeded(), qPrintable(pdf.describe()));
    const QString info = pdf.out;
    const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto match = size.match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QVERIFY(std::abs(match.captured(1).toDouble() - 89 / 25.4 * 72) < 1.0);
    QVERIFY(std::abs(match.captured(2).toDouble() - 70 / 25.4 * 72) < 1.0);
}

void TestExport::csvListsTheTowersShown() {
    m_filter.setKoppenClasses({KoppenClass::Cfb, KoppenClass::Csa});
    const QString path = m_dir.filePath(QStringLiteral("map.csv"));
    figure().writeCsv(path);
    m_filter.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("site_id,name,lat,lon")));
    QVERIFY(lines
                .filter(QStringLiteral(
                    "DE-Hai,Test site DE-Hai,51.08000,10.45000,DBF,Cfb,metadata,FLUXNET2015,1"))
                .size() == 1);
    QCOMPARE(ExportDialog::csvPathFor(QStringLiteral("/a/b/fig.v2.pdf")),
             QStringLiteral("/a/b/fig.v2.csv"));
}

void TestExport::unwritablePathIsAClearError() {
    FigureSpec spec;
    for (auto format :
         {FigureSpec::Format::Png, FigureSpec::Format::Svg, FigureSpec::Format::Pdf}) {
        spec.format = format;
        try {
            write(QStringLiteral("/nonexistent-dir/map.out"), spec);
            QFAIL("expected an error");
        } catch (const std::runtime_error& e) {
            QVERIFY(
                QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent-dir/map.out")));
        }
    }
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
