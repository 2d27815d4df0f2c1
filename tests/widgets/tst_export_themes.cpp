// The comparison charts follow the desktop theme (light or dark palette) on screen, while their
// exported figures keep the print theme whatever the desktop uses. Set FLUXLENS_SCREENSHOT_DIR to
// keep the rendered views as PNG files for a look.
#include "../compare/compare_test_world.h"
#include "app_settings.h"
#include "chart_theme.h"
#include "class_bars_chart.h"
#include "class_bars_view.h"
#include "compare_data.h"
#include "export/figure_writer.h"
#include "main_window.h"
#include "session_support.h"
#include "site_loader.h"
#include "site_scatter_chart.h"
#include "site_scatter_view.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "time_series_chart.h"
#include "time_series_chart_view.h"
#include "time_series_view.h"
#include "view_figures.h"

#include <QApplication>
#include <QChartView>
#include <QLegend>
#include <QMenu>
#include <QPalette>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;

namespace {
QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    return p;
}
} // namespace

class TestExportThemes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chartsFollowTheDarkPalette();
    void figuresKeepThePrintThemeInDarkMode();
    void fileMenuExportsEveryView();
    void cleanupTestCase();

private:
    void keep(QWidget& widget, const QString& name) const;

    QTemporaryDir m_dir;
    QString m_cache;
    SiteTableModel m_sites;
    SiteSelection m_selection;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<CompareData> m_data;
    QPalette m_original;
};

void TestExportThemes::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_original = QApplication::palette();
    m_cache = m_dir.filePath(QStringLiteral("world.sqlite"));
    comparetest::buildWorld(m_cache.toStdString(), comparetest::defaultSites(), 400);
    m_session = testing::openSession(m_cache);
    QVERIFY(m_session);
    LoadedSites loaded = loadSiteRecords(m_session->connector().openExisting());
    m_sites.setSites(std::move(loaded.sites));
    m_data = std::make_unique<CompareData>(&m_sites);
    m_data->setSession(m_session.get());
    QTRY_VERIFY(!m_data->isLoading() && !m_data->metrics().empty());
    m_selection.select(QStringLiteral("A1"));
}

void TestExportThemes::cleanupTestCase() {
    QApplication::setPalette(m_original);
}

void TestExportThemes::keep(QWidget& widget, const QString& name) const {
    const QString folder = qEnvironmentVariable("FLUXLENS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestExportThemes::chartsFollowTheDarkPalette() {
    QApplication::setPalette(darkPalette());
    TimeSeriesView series(m_data.get(), &m_selection);
    SiteScatterView scatter(m_data.get(), &m_selection);
    ClassBarsView bars(m_data.get());
    for (QWidget* w : {static_cast<QWidget*>(&series), static_cast<QWidget*>(&scatter),
                       static_cast<QWidget*>(&bars)}) {
        w->resize(900, 420);
        w->show();
    }
    QTRY_COMPARE(series.shownSite(), QStringLiteral("A1"));
    const QColor base = darkPalette().color(QPalette::Base);
    const QList<QChart*> charts = {series.chart(), scatter.rmseChart(), bars.chart()};
    for (QChart* chart : charts) {
        QCOMPARE(chart->backgroundBrush().color(), base);
        QVERIFY(chart->legend()->labelColor().lightness() > 180);
        QVERIFY(chart->titleBrush().color().lightness() > 180);
    }
    // The view itself is dark, not a white box in a dark window.
    const QImage image = series.chartView()->grab().toImage();
    QVERIFY(QColor(image.pixel(image.width() / 2, 3)).lightness() < 80);
    keep(series, QStringLiteral("dark-timeseries"));
    keep(scatter, QStringLiteral("dark-scatter"));
    keep(bars, QStringLiteral("dark-bars"));

    // Back to a light desktop: the charts follow.
    QApplication::setPalette(m_original);
    QTRY_COMPARE(bars.chart()->backgroundBrush().color(), m_original.color(QPalette::Base));
    QVERIFY(bars.chart()->legend()->labelColor().lightness() < 100);
}

void TestExportThemes::figuresKeepThePrintThemeInDarkMode() {
    QApplication::setPalette(darkPalette());
    FigureChoices choices;
    const ViewFigure figure = classBarsFigure(*m_data, choices);
    FigureSpec spec;
    spec.width_mm = 89;
    spec.height_mm = 60;
    spec.dpi = 150;
    const QString path = m_dir.filePath(QStringLiteral("bars.png"));
    writeFigure(path, spec, [&](QPainter& p, const QSizeF& size) { figure.paint(p, size, spec); });
    const QImage image(path);
    QCOMPARE(image.size(), spec.pixelSize());
    // White paper, dark ink, whatever the desktop.
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
    QCOMPARE(QColor(image.pixel(image.width() - 3, image.height() - 3)), QColor(Qt::white));
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 60 ? 1 : 0;
    QVERIFY2(dark > 300, qPrintable(QString::number(dark)));
    QApplication::setPalette(m_original);
}

void TestExportThemes::fileMenuExportsEveryView() {
    AppSettings settings;
    MainWindow window(&settings);
    const auto* menu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (QAction* action : menu->actions()) {
        texts << action->text().remove(QLatin1Char('&'));
        QVERIFY(action->isEnabled());
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Map…"), QStringLiteral("Time series…"),
                                 QStringLiteral("Per-site scatter…"), QStringLiteral("Class bars…"),
                                 QStringLiteral("Relative RMSE heatmap…"),
                                 QStringLiteral("Table 1 (LaTeX, CSV)…"),
                                 QStringLiteral("Table 1 as a figure…")}));
}

QTEST_MAIN(TestExportThemes)
#include "tst_export_themes.moc"
