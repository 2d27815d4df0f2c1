// Drives the comparison views through a small cache: selection linking between the metrics
// table, the time series and the scatter; the item models under QAbstractItemModelTester; the
// chart contents against the values the cache holds.
#include "class_bars_chart.h"
#include "class_bars_view.h"
#include "compare_data.h"
#include "compare_test_world.h"
#include "map/world_map_widget.h"
#include "metric_choice_bar.h"
#include "range_slider.h"
#include "relative_rmse_model.h"
#include "relative_rmse_view.h"
#include "session_support.h"
#include "site_filter.h"
#include "site_loader.h"
#include "site_metrics_model.h"
#include "site_metrics_view.h"
#include "site_scatter_chart.h"
#include "site_scatter_view.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "table1_model.h"
#include "table1_view.h"
#include "time_series_chart.h"
#include "time_series_chart_view.h"
#include "time_series_view.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>
#include <memory>

using namespace fluxlens;
namespace ct = fluxlens::comparetest;
using namespace Qt::StringLiterals;
using fluxlens::testing::scaledMs;

class TestCompareViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTester();
    void metricsTableShowsCacheValues();
    void qcToggleSwitchesFigures();
    void filterHidesRows();
    void tableSelectionDrivesTimeSeriesAndScatter();
    void sharedSelectionDrivesTable();
    void mapAndTableFollowEachOther();
    void scatterClickSelectsSite();
    void timeSeriesShowsEverySource();
    void timeSeriesAggregationReadsMonthlyMean();
    void timeSeriesZoomPanAndSlider();
    void legendTogglesSeries();
    void barsHaveErrorBarsOnlyForMultiSiteClasses();
    void heatmapRelativeRmse();
    void table1Headline();
    void brokenCacheReportsError();
    void snapshots();

private:
    int siteIndex(const QString& id) const;

    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<CacheSession> m_session;
    std::vector<SiteRecord> m_records;
    std::unique_ptr<SiteTableModel> m_sites;
    std::unique_ptr<SiteFilter> m_filter;
    std::unique_ptr<SiteSelection> m_selection;
    std::unique_ptr<CompareData> m_data;
};

int TestCompareViews::siteIndex(const QString& id) const {
    const auto sites = ct::defaultSites();
    for (std::size_t i = 0; i < sites.size(); ++i)
        if (QString::fromStdString(sites[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

void TestCompareViews::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cachePath = m_dir.filePath(QStringLiteral("compare.sqlite"));
    ct::buildWorld(m_cachePath.toStdString(), ct::defaultSites(), 800);
    m_session = testing::openSession(m_cachePath);
    QVERIFY(m_session);
    const LoadedSites loaded = loadSiteRecords(m_session->connector().openExisting());
    m_records = loaded.sites;
    QCOMPARE(m_records.size(), std::size_t(6));
}

void TestCompareViews::init() {
    m_sites = std::make_unique<SiteTableModel>();
    m_filter = std::make_unique<SiteFilter>();
    m_selection = std::make_unique<SiteSelection>();
    m_data = std::make_unique<CompareData>(m_sites.get());
    m_sites->setSites(m_records);
    QSignalSpy loaded(m_data.get(), &CompareData::metricsChanged);
    m_data->setSession(m_session.get());
    QVERIFY(loaded.wait(scaledMs(5000)));
    QCOMPARE(m_data->models(), (QStringList{u"TAM-RL"_s, u"XGBoost"_s}));
    QCOMPARE(m_data->references(), QStringList{u"FLUXCOM-X-BASE"_s});
    QCOMPARE(m_data->primaryModel(), QStringLiteral("TAM-RL"));
}

void TestCompareViews::cleanup() {
    m_data.reset();
    m_selection.reset();
    m_filter.reset();
    m_sites.reset();
}

void TestCompareViews::modelsPassTester() {
    // Created before the data change so every reset and change is checked.
    CompareData data(m_sites.get());
    SiteMetricsModel metrics(&data);
    SiteMetricsProxy proxy(m_filter.get());
    proxy.setSourceModel(&metrics);
    RelativeRmseModel heat;
    Table1Model table1;
    QAbstractItemModelTester t1(&metrics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&heat, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&table1, QAbstractItemModelTester::FailureReportingMode::QtTest);
    data.setMetrics(m_data->metrics(), m_data->references());
    metrics.setTarget(FluxTarget::Nee);
    metrics.setQc(QcChoice::HighQuality);
    proxy.sort(SiteMetricsModel::FixedColumnCount, Qt::DescendingOrder);
    m_filter->setIgbpClasses({IgbpClass::DBF});
    m_filter->reset();
    heat.setCells(relativeRmseByClass(data.metrics(), data.sites(), data.models(),
                                      QStringLiteral("FLUXCOM-X-BASE"), FluxTarget::Gpp,
                                      QcChoice::AllDays, SiteGrouping::Igbp),
                  data.models(), QStringLiteral("FLUXCOM-X-BASE"), SiteGrouping::Igbp);
    table1.setMetrics(data.metrics(), data.allNames());
    m_sites->setSites(m_records);
    QCOMPARE(metrics.rowCount(), 6);
    QCOMPARE(heat.rowCount(), 2);
    QCOMPARE(heat.columnCount(), 4); // DBF, ENF, GRA, EBF
    QCOMPARE(table1.rowCount(), 3);
}

void TestCompareViews::metricsTableShowsCacheValues() {
    SiteMetricsView view(m_data.get(), m_filter.get(), m_selection.get());
    SiteMetricsModel* model = view.model();
    QCOMPARE(model->rowCount(), 6);
    // Columns: fixed, then RMSE and R² for TAM-RL, XGBoost, FLUXCOM-X-BASE.
    QCOMPARE(model->columnCount(), SiteMetricsModel::FixedColumnCount + 6);
    const int row = model->rowOf(QStringLiteral("B2"));
    const int i = siteIndex(QStringLiteral("B2"));
    QString name;
    bool isRmse = false;
    QVERIFY(model->metricColumn(SiteMetricsModel::FixedColumnCount + 2, &name, &isRmse));
    QCOMPARE(name, QStringLiteral("XGBoost"));
    QVERIFY(isRmse);
    const double v = model->index(row, SiteMetricsModel::FixedColumnCount + 2)
                         .data(SiteMetricsModel::SortRole)
                         .toDouble();
    QCOMPARE(v, ct::metricRmse(i, ct::kXgb, false));
    QCOMPARE(model->index(row, SiteMetricsModel::Igbp).data().toString(), QStringLiteral("ENF"));
    QCOMPARE(model->index(row, SiteMetricsModel::Days).data().toInt(), 800 - 16);
    // Sorting by TAM-RL RMSE descending puts the last site (largest RMSE) first.
    view.table()->sortByColumn(SiteMetricsModel::FixedColumnCount, Qt::DescendingOrder);
    QCOMPARE(view.proxy()->index(0, 0).data(SiteMetricsModel::SiteIdRole).toString(),
             QStringLiteral("D1"));
}

void TestCompareViews::qcToggleSwitchesFigures() {
    SiteMetricsView view(m_data.get(), m_filter.get(), m_selection.get());
    view.choices()->setQc(QcChoice::HighQuality);
    view.choices()->setTarget(FluxTarget::Nee);
    const int row = view.model()->rowOf(QStringLiteral("C1"));
    const double v = view.model()
                         ->index(row, SiteMetricsModel::FixedColumnCount)
                         .data(SiteMetricsModel::SortRole)
                         .toDouble();
    QCOMPARE(v, ct::metricRmse(siteIndex(QStringLiteral("C1")), ct::kTamRl, true) * 0.5);
    view.choices()->setTarget(FluxTarget::Reco); // no RECO metrics in the cache
    QVERIFY(
        view.model()->index(row, SiteMetricsModel::FixedColumnCount).data().toString().isEmpty());
}

void TestCompareViews::filterHidesRows() {
    SiteMetricsView view(m_data.get(), m_filter.get(), m_selection.get());
    m_filter->setIgbpClasses({IgbpClass::ENF});
    QCOMPARE(view.proxy()->rowCount(), 2);
    m_filter->reset();
    m_filter->setNetworks({QStringLiteral("ICOS")});
    QCOMPARE(view.proxy()->rowCount(), 2);
    m_filter->reset();
    m_filter->setText(QStringLiteral("d1"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    m_filter->reset();
    m_filter->setKoppenClasses({KoppenClass::Cfb});
    QCOMPARE(view.proxy()->rowCount(), 2);
}

void TestCompareViews::tableSelectionDrivesTimeSeriesAndScatter() {
    SiteMetricsView table(m_data.get(), m_filter.get(), m_selection.get());
    TimeSeriesView series(m_data.get(), m_selection.get());
    SiteScatterView scatter(m_data.get(), m_selection.get());
    QSignalSpy shown(&series, &TimeSeriesView::siteShown);
    const int row = table.model()->rowOf(QStringLiteral("B1"));
    const QModelIndex index = table.proxy()->mapFromSource(table.model()->index(row, 0));
    table.table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    QCOMPARE(m_selection->currentId(), QStringLiteral("B1"));
    QCOMPARE(m_selection->selectedIds(), QSet<QString>{QStringLiteral("B1")});
    QCOMPARE(scatter.rmseChart()->ringedSites(), QStringList{u"B1"_s});
    QCOMPARE(scatter.r2Chart()->ringedSites(), QStringList{u"B1"_s});
    QVERIFY(shown.wait(scaledMs(5000)));
    QCOMPARE(series.shownSite(), QStringLiteral("B1"));
    // Another site, twice in a row: the view ends on the last one.
    const QModelIndex c1 = table.proxy()->mapFromSource(
        table.model()->index(table.model()->rowOf(QStringLiteral("C1")), 0));
    const QModelIndex a2 = table.proxy()->mapFromSource(
        table.model()->index(table.model()->rowOf(QStringLiteral("A2")), 0));
    table.table()->selectionModel()->setCurrentIndex(c1, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    table.table()->selectionModel()->setCurrentIndex(a2, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QTRY_COMPARE_WITH_TIMEOUT(series.shownSite(), QStringLiteral("A2"), scaledMs(5000));
    QVERIFY(!series.isLoading() || series.shownSite() == QStringLiteral("A2"));
    QCOMPARE(scatter.rmseChart()->ringedSites(), QStringList{u"A2"_s});
}

void TestCompareViews::sharedSelectionDrivesTable() {
    SiteMetricsView table(m_data.get(), m_filter.get(), m_selection.get());
    m_selection->setSelection({QStringLiteral("A1"), QStringLiteral("D1")}, QStringLiteral("D1"));
    QStringList ids;
    for (const QModelIndex& index : table.table()->selectionModel()->selectedRows())
        ids.append(index.data(SiteMetricsModel::SiteIdRole).toString());
    ids.sort();
    QCOMPARE(ids, (QStringList{u"A1"_s, u"D1"_s}));
    // A site the filter hides stays selected when the table selection changes.
    m_filter->setIgbpClasses({IgbpClass::DBF});
    table.table()->selectRow(
        table.proxy()
            ->mapFromSource(table.model()->index(table.model()->rowOf(QStringLiteral("A2")), 0))
            .row());
    QVERIFY(m_selection->isSelected(QStringLiteral("A2")));
    QVERIFY(m_selection->isSelected(QStringLiteral("D1")));
}

void TestCompareViews::mapAndTableFollowEachOther() {
    SiteMetricsView table(m_data.get(), m_filter.get(), m_selection.get());
    WorldMapWidget map(m_sites.get(), m_filter.get(), m_selection.get());
    map.resize(900, 500);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const auto selectedOnMap = [&map] {
        QStringList ids;
        for (const TowerMarker& t : map.visibleTowers())
            if (t.selected)
                ids.append(t.id);
        return ids;
    };
    // Table -> map.
    const QModelIndex b2 = table.proxy()->mapFromSource(
        table.model()->index(table.model()->rowOf(QStringLiteral("B2")), 0));
    table.table()->selectionModel()->setCurrentIndex(b2, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QCOMPARE(selectedOnMap(), QStringList{u"B2"_s});
    // Map click -> table.
    const std::optional<QPointF> pos = map.markerPosition(QStringLiteral("D1"));
    QVERIFY(pos.has_value());
    QTest::mouseClick(&map, Qt::LeftButton, {}, pos->toPoint());
    QCOMPARE(m_selection->currentId(), QStringLiteral("D1"));
    const QModelIndexList rows = table.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(SiteMetricsModel::SiteIdRole).toString(), QStringLiteral("D1"));
    QCOMPARE(selectedOnMap(), QStringList{u"D1"_s});
}

void TestCompareViews::scatterClickSelectsSite() {
    SiteMetricsView table(m_data.get(), m_filter.get(), m_selection.get());
    SiteScatterView scatter(m_data.get(), m_selection.get());
    scatter.resize(900, 450);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    QCOMPARE(scatter.choices()->model(), QStringLiteral("TAM-RL"));
    QCOMPARE(scatter.choices()->reference(), QStringLiteral("FLUXCOM-X-BASE"));
    SiteScatterChart* chart = scatter.rmseChart();
    QCOMPARE(chart->points().size(), std::size_t(6));
    const int i = siteIndex(QStringLiteral("C1"));
    for (const ScatterPoint& p : chart->points())
        if (p.siteId == QStringLiteral("C1")) {
            QCOMPARE(p.modelValue, ct::metricRmse(i, ct::kTamRl, false));
            QCOMPARE(p.referenceValue, ct::metricRmse(i, ct::kReference, false));
            QCOMPARE(p.koppen, KoppenClass::Csa);
        }
    const QPointF chartPos = chart->positionOfSite(QStringLiteral("C1"));
    QVERIFY(std::isfinite(chartPos.x()));
    const QPoint viewPos = scatter.rmseView()->mapFromScene(chart->mapToScene(chartPos));
    QTest::mouseClick(scatter.rmseView()->viewport(), Qt::LeftButton, {}, viewPos);
    QCOMPARE(m_selection->currentId(), QStringLiteral("C1"));
    QCOMPARE(chart->ringedSites(), QStringList{u"C1"_s});
    const QModelIndexList rows = table.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(SiteMetricsModel::SiteIdRole).toString(), QStringLiteral("C1"));
}

void TestCompareViews::timeSeriesShowsEverySource() {
    TimeSeriesView view(m_data.get(), m_selection.get());
    view.resize(900, 500);
    QSignalSpy shown(&view, &TimeSeriesView::siteShown);
    m_selection->select(QStringLiteral("A1"));
    QVERIFY(shown.wait(scaledMs(5000)));
    TimeSeriesChart* chart = view.chart();
    QCOMPARE(chart->seriesNames(),
             (QStringList{u"Observed"_s, u"TAM-RL"_s, u"XGBoost"_s, u"FLUXCOM-X-BASE"_s}));
    const SiteTimeSeries* data = chart->siteData();
    QVERIFY(data);
    // QC below kLowQcThreshold on every 5th day (and observed): the shaded days.
    int expectedLow = 0;
    for (int d = ct::firstDay(); d < ct::firstDay() + 800; ++d)
        if (d % 5 == 0 && d % 50 != 0) // days without observations are not shaded
            ++expectedLow;
    QCOMPARE(static_cast<int>(data->lowQcDays.size()), expectedLow);
    // TAM-RL has a band, XGBoost none.
    for (const FluxSeries& s : data->series(FluxTarget::Gpp)) {
        if (s.name == QStringLiteral("TAM-RL"))
            QVERIFY(s.hasBand());
        if (s.name == QStringLiteral("XGBoost"))
            QVERIFY(!s.hasBand());
    }
    // The crosshair reads the daily values in the middle of the plot.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRectF area = chart->plotArea();
    const QPointF middle = area.center();
    const QPoint widgetPos = view.chartView()->mapFromScene(chart->mapToScene(middle));
    view.chartView()->showCrosshairAt(widgetPos);
    const QString text = view.chartView()->crosshairText();
    QVERIFY2(text.contains(QStringLiteral("TAM-RL")) && text.contains(QStringLiteral("±")),
             qPrintable(text));
    const double day = std::floor(chart->dayAt(middle));
    const auto readings = chart->readingsAt(day);
    bool sawObserved = false;
    for (const auto& r : readings)
        if (r.name == QStringLiteral("Observed")) {
            sawObserved = true;
            QCOMPARE(r.value, ct::observedGpp(0, static_cast<int>(day)));
        }
    QCOMPARE(sawObserved, static_cast<int>(day) % 50 != 0);
    // Switch to NEE.
    view.targetChooser()->setCurrentIndex(view.targetChooser()->findText(QStringLiteral("NEE")));
    QCOMPARE(chart->target(), FluxTarget::Nee);
    QCOMPARE(chart->seriesNames().size(), 4);
}

void TestCompareViews::timeSeriesAggregationReadsMonthlyMean() {
    TimeSeriesView view(m_data.get(), m_selection.get());
    view.resize(900, 500);
    QSignalSpy shown(&view, &TimeSeriesView::siteShown);
    m_selection->select(QStringLiteral("B2"));
    QVERIFY(shown.wait(scaledMs(5000)));
    TimeSeriesChart* chart = view.chart();
    const int dailyPoints = chart->drawnPointCount();
    view.aggregationChooser()->setCurrentIndex(
        view.aggregationChooser()->findData(static_cast<int>(Aggregation::Monthly)));
    QCOMPARE(chart->aggregation(), Aggregation::Monthly);
    QVERIFY(chart->drawnPointCount() < dailyPoints);
    // February 2001: mean of the valid observed days, computed by hand from the generator.
    const int feb1 = toDayNumber(*parseIsoDate("2001-02-01"));
    const int i = siteIndex(QStringLiteral("B2"));
    double sum = 0.0;
    int n = 0;
    for (int d = feb1; d < feb1 + 28; ++d) {
        const double v = ct::observedGpp(i, d);
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    bool found = false;
    for (const auto& r : chart->readingsAt(feb1 + 10))
        if (r.name == QStringLiteral("Observed")) {
            found = true;
            QVERIFY(std::abs(r.value - sum / n) < 1e-9);
        }
    QVERIFY(found);
    view.aggregationChooser()->setCurrentIndex(
        view.aggregationChooser()->findData(static_cast<int>(Aggregation::EightDay)));
    // 8-day period of 2001-02-10 (day of year 41): days of year 41..48.
    const int start = toDayNumber(*parseIsoDate("2001-02-10"));
    sum = 0.0;
    n = 0;
    for (int d = start; d < start + 8; ++d)
        if (const double v = ct::observedGpp(i, d); std::isfinite(v)) {
            sum += v;
            ++n;
        }
    for (const auto& r : chart->readingsAt(start + 3))
        if (r.name == QStringLiteral("Observed"))
            QVERIFY(std::abs(r.value - sum / n) < 1e-9);
}

void TestCompareViews::timeSeriesZoomPanAndSlider() {
    TimeSeriesView view(m_data.get(), m_selection.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &TimeSeriesView::siteShown);
    m_selection->select(QStringLiteral("A1"));
    QVERIFY(shown.wait(scaledMs(5000)));
    TimeSeriesChart* chart = view.chart();
    const double first = chart->dataFirstDay(), last = chart->dataLastDay();
    // A site opens on the last two years of its record, daily: readable, not 20 years squeezed.
    QCOMPARE(chart->visibleLastDay(), last);
    QCOMPARE(chart->visibleFirstDay(), std::max(first, last - 730.0));
    QCOMPARE(chart->aggregation(), Aggregation::Daily);
    // Date ticks on calendar boundaries: "Mar 2001" or "2001", never an arbitrary day.
    const QStringList labels = chart->dateTickLabels();
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u", ")));
    for (const QString& label : labels)
        QVERIFY2(QRegularExpression(QStringLiteral("^(\\S+ )?\\d{4}$")).match(label).hasMatch(),
                 qPrintable(label));
    // The whole record is one click away.
    view.findChild<QToolButton*>()->click();
    QCOMPARE(chart->visibleFirstDay(), first);
    QCOMPARE(chart->visibleLastDay(), last);
    const double mid = (first + last) / 2.0;
    view.chartView()->zoomAround(mid, 0.25);
    QVERIFY(std::abs((chart->visibleLastDay() - chart->visibleFirstDay()) - (last - first) / 4) <
            1e-6);
    QCOMPARE(view.rangeSlider()->lower(), chart->visibleFirstDay());
    QCOMPARE(view.rangeSlider()->upper(), chart->visibleLastDay());
    const double before = chart->visibleFirstDay();
    view.chartView()->panByDays(30.0);
    QCOMPARE(chart->visibleFirstDay(), before + 30.0);
    // Panning stops at the record's end.
    view.chartView()->panByDays(1e6);
    QCOMPARE(chart->visibleLastDay(), last);
    // The wheel zooms in around the pointer.
    const double spanBefore = chart->visibleLastDay() - chart->visibleFirstDay();
    const QPoint centre =
        view.chartView()->mapFromScene(chart->mapToScene(chart->plotArea().center()));
    QWheelEvent wheel(centre, view.chartView()->mapToGlobal(centre), {}, QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.chartView()->viewport(), &wheel);
    QVERIFY(chart->visibleLastDay() - chart->visibleFirstDay() < spanBefore);
    // The slider moves the chart.
    Q_EMIT view.rangeSlider()->rangeEdited(first + 10.0, first + 70.0);
    QCOMPARE(chart->visibleFirstDay(), first + 10.0);
    QCOMPARE(chart->visibleLastDay(), first + 70.0);
    // Decimation: never more than about two points per pixel column per series.
    chart->resetDayRange();
    const int columns = static_cast<int>(chart->plotArea().width());
    QVERIFY(chart->drawnPointCount() <= 4 * (2 * std::max(50, columns) + 2) * 2);
}

void TestCompareViews::legendTogglesSeries() {
    TimeSeriesView view(m_data.get(), m_selection.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &TimeSeriesView::siteShown);
    m_selection->select(QStringLiteral("A1"));
    QVERIFY(shown.wait(scaledMs(5000)));
    TimeSeriesChart* chart = view.chart();
    QLegendMarker* xgb = nullptr;
    for (QLegendMarker* marker : chart->legend()->markers())
        if (marker->label() == QStringLiteral("XGBoost"))
            xgb = marker;
    QVERIFY(xgb);
    QCOMPARE(xgb->labelBrush().color(), QColor(Qt::black));
    const int pointsBefore = chart->drawnPointCount();
    Q_EMIT xgb->clicked();
    QVERIFY(!chart->isSeriesVisible(QStringLiteral("XGBoost")));
    // It stays in the legend, faded, to be clicked back on; its points are gone.
    QVERIFY(chart->legend()->markers().contains(xgb));
    QCOMPARE(xgb->labelBrush().color(), QColor(Qt::gray));
    QVERIFY(chart->drawnPointCount() < pointsBefore);
    for (const auto& r : chart->readingsAt(chart->dataFirstDay() + 3))
        QVERIFY(r.name != QStringLiteral("XGBoost"));
    // The choice survives a change of site.
    m_selection->select(QStringLiteral("A2"));
    QVERIFY(shown.wait(scaledMs(5000)));
    QVERIFY(!chart->isSeriesVisible(QStringLiteral("XGBoost")));
    chart->setSeriesVisible(QStringLiteral("XGBoost"), true);
    QVERIFY(chart->isSeriesVisible(QStringLiteral("XGBoost")));
}

void TestCompareViews::barsHaveErrorBarsOnlyForMultiSiteClasses() {
    ClassBarsView view(m_data.get());
    view.resize(800, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ClassBarsChart* chart = view.chart();
    QCOMPARE(chart->categories(), (QStringList{u"ENF"_s, u"EBF"_s, u"DBF"_s, u"GRA"_s}));
    // DBF and ENF have two sites each: one error bar per model there, none elsewhere.
    QCOMPARE(chart->errorBarCount(), 2 * 3);
    for (const ClassStat& s : chart->stats())
        if (s.classCode == int(IgbpClass::DBF) && s.model == QStringLiteral("TAM-RL"))
            QCOMPARE(s.meanRmse,
                     (ct::metricRmse(0, ct::kTamRl, false) + ct::metricRmse(1, ct::kTamRl, false)) /
                         2.0);
    view.groupingChooser()->setCurrentIndex(1); // Köppen: only Cfb has two sites
    QCOMPARE(chart->errorBarCount(), 3);
}

void TestCompareViews::heatmapRelativeRmse() {
    RelativeRmseView view(m_data.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.choices()->reference(), QStringLiteral("FLUXCOM-X-BASE"));
    RelativeRmseModel* model = view.model();
    QCOMPARE(model->rowCount(), 2);
    int dbf = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->classCodeOfColumn(c) == int(IgbpClass::DBF))
            dbf = c;
    QVERIFY(dbf >= 0);
    const double ref =
        ct::metricRmse(0, ct::kReference, false) + ct::metricRmse(1, ct::kReference, false);
    const double tam = ct::metricRmse(0, ct::kTamRl, false) + ct::metricRmse(1, ct::kTamRl, false);
    QCOMPARE(model->index(0, dbf).data(RelativeRmseModel::ValueRole).toDouble(), (ref - tam) / ref);
    QCOMPARE(model->index(0, dbf).data().toString(), QStringLiteral("+33 %"));
    const QString header = model->headerData(dbf, Qt::Horizontal).toString();
    QVERIFY2(header.contains(QStringLiteral("2 site")) &&
                 header.contains(QStringLiteral("1568 day")),
             qPrintable(header));
    QVERIFY(model->index(0, dbf).data(Qt::BackgroundRole).value<QBrush>().color().blue() > 150);
}

void TestCompareViews::table1Headline() {
    Table1View view(m_data.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 3);
    // TAM-RL GPP RMSE on all days: mean over the six sites.
    double sum = 0.0;
    for (int i = 0; i < 6; ++i)
        sum += ct::metricRmse(i, ct::kTamRl, false);
    QCOMPARE(view.model()->index(0, 0).data(Table1Model::ValueRole).toDouble(), sum / 6);
    QCOMPARE(view.model()->index(0, Table1Model::kFigureColumns).data().toInt(), 6);
    // TAM-RL's RMSE is 1/1.5 of the reference's at every site: −33.3 %.
    const QString text = view.headlineLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("RMSE -33.3 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TAM-RL against FLUXCOM-X-BASE")), qPrintable(text));
}

void TestCompareViews::brokenCacheReportsError() {
    const QString path = m_dir.filePath(QStringLiteral("not-a-cache.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an SQLite file, just text\n");
    file.close();
    // The session refuses it, names the file and keeps nothing open: no view reads it.
    CacheSession session;
    QSignalSpy failed(&session, &CacheSession::openFailed);
    session.open(path);
    QVERIFY(failed.wait(scaledMs(5000)));
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("not-a-cache")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(!session.isOpen());
    CompareData data(m_sites.get());
    data.setSession(&session);
    QVERIFY(!data.isLoading());
    QVERIFY(data.metrics().empty());
}

void TestCompareViews::snapshots() {
    // Renders every view to PNG for a person to look at: FLUXLENS_COMPARE_SNAPSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("FLUXLENS_COMPARE_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("set FLUXLENS_COMPARE_SNAPSHOTS to a folder to render the views");
    m_selection->setSelection({QStringLiteral("B1"), QStringLiteral("C1")}, QStringLiteral("B1"));
    SiteMetricsView table(m_data.get(), m_filter.get(), m_selection.get());
    TimeSeriesView series(m_data.get(), m_selection.get());
    SiteScatterView scatter(m_data.get(), m_selection.get());
    ClassBarsView bars(m_data.get());
    RelativeRmseView heat(m_data.get());
    Table1View table1(m_data.get());
    QSignalSpy shown(&series, &TimeSeriesView::siteShown);
    QTRY_VERIFY_WITH_TIMEOUT(series.shownSite() == QStringLiteral("B1"), scaledMs(5000));
    const std::pair<QWidget*, const char*> views[] = {
        {&table, "metrics_table"}, {&series, "time_series"}, {&scatter, "scatter"},
        {&bars, "bars"},           {&heat, "heatmap"},       {&table1, "table1"}};
    for (const auto& [w, name] : views) {
        w->resize(1000, 520);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(50);
        QVERIFY(
            w->grab().save(folder + QStringLiteral("/compare_%1.png").arg(QLatin1String(name))));
    }
    series.chart()->setDayRange(series.chart()->dataFirstDay() + 1, series.chart()->dataLastDay());
    series.chart()->resetDayRange();
    QVERIFY(series.grab().save(folder + QStringLiteral("/compare_time_series_reset.png")));
    series.chartView()->zoomAround(series.chart()->dataFirstDay() + 60, 0.1);
    series.chartView()->showCrosshairAt(series.chartView()->mapFromScene(
        series.chart()->mapToScene(series.chart()->plotArea().center())));
    QVERIFY(series.grab().save(folder + QStringLiteral("/compare_time_series_zoom.png")));
}

QTEST_MAIN(TestCompareViews)
#include "tst_compare_views.moc"
