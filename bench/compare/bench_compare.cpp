// How long each comparison view takes to follow a change of the selected site (issue 7 asks for
// under 100 ms), with 23 years × 6 series in the time series and 600 sites in the tables.
// Prints figures; not a test. Usage: bench_compare [sites-with-metrics] [repetitions]
#include "class_bars_view.h"
#include "compare_data.h"
#include "compare_test_world.h"
#include "metric_choice_bar.h"
#include "relative_rmse_view.h"
#include "session/cache_session.h"
#include "site_filter.h"
#include "site_loader.h"
#include "site_metrics_view.h"
#include "site_scatter_chart.h"
#include "site_scatter_view.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "table1_view.h"
#include "time_series_chart.h"
#include "time_series_chart_view.h"
#include "time_series_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

using namespace fluxlens;
namespace ct = fluxlens::comparetest;

namespace {
struct Figures {
    double median = 0, worst = 0;
};

Figures summarize(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

void print(const char* what, const Figures& f) {
    std::printf("%-58s median %7.2f ms   worst %7.2f ms\n", what, f.median, f.worst);
}

// Runs `change` then makes `widget` paint; returns the milliseconds both took.
double timed(QWidget* widget, const std::function<void()>& change) {
    QElapsedTimer t;
    t.start();
    change();
    QCoreApplication::processEvents();
    widget->repaint();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int metricSites = argc > 1 ? std::max(10, std::atoi(argv[1])) : 600;
    const int repetitions = argc > 2 ? std::max(3, std::atoi(argv[2])) : 20;
    const int days = 23 * 365 + 6; // 23 years

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer setup;
    setup.start();
    // Five sites with 23 years of observations, four models and one reference product.
    std::vector<ct::WorldSite> dataSites = {
        {"DE-Hai", IgbpClass::DBF, KoppenClass::Cfb, 51.1, 10.5},
        {"FI-Hyy", IgbpClass::ENF, KoppenClass::Dfc, 61.8, 24.3},
        {"US-Ha1", IgbpClass::DBF, KoppenClass::Dfb, 42.5, -72.2},
        {"BR-Sa1", IgbpClass::EBF, KoppenClass::Am, -2.9, -55.0},
        {"AU-How", IgbpClass::WSA, KoppenClass::Aw, -12.5, 131.2}};
    ct::buildWorld(path.toStdString(), dataSites, days);
    {
        Cache cache = Cache::open(path.toStdString());
        for (const ct::WorldSite& s : dataSites)
            for (const char* model : {"CT-LSTM", "TAMLSTM"})
                cache.storePredictions(model, s.id, cache.loadPredictions(ct::kXgb, s.id));
        // Many more sites with metrics only, for the table and the charts.
        std::vector<Site> more;
        std::vector<MetricRecord> metrics;
        const auto igbp = allIgbpClasses();
        const auto koppen = allKoppenClasses();
        for (int i = 0; i < metricSites; ++i) {
            Site s;
            s.id = "XX-" + std::to_string(1000 + i);
            s.lat_deg = -50.0 + (i * 37) % 120;
            s.lon_deg = -170.0 + (i * 53) % 340;
            s.igbp = igbp[static_cast<std::size_t>(i) % igbp.size()];
            s.koppen = koppen[static_cast<std::size_t>(i * 7) % koppen.size()];
            s.network = "bench";
            more.push_back(s);
            for (const char* model : {ct::kTamRl, ct::kXgb, "CT-LSTM", "TAMLSTM", ct::kReference})
                for (const char* target : {"GPP_NT_VUT_USTAR50", "NEE_VUT_USTAR50"})
                    for (bool qc : {false, true}) {
                        MetricRecord r;
                        r.modelName = model;
                        r.target = target;
                        r.qcMask = qc ? ct::kQcStorage : "";
                        r.siteId = s.id;
                        r.rmse = ct::metricRmse(i % 11, model, qc);
                        r.r2 = ct::metricR2(i % 11, model, qc);
                        r.n = 3000;
                        metrics.push_back(r);
                    }
        }
        cache.upsertSites(more);
        cache.storeMetrics(metrics);
    }
    CacheSession session;
    {
        QSignalSpy opened(&session, &CacheSession::opened);
        session.open(path);
        opened.wait(30000);
    }
    const LoadedSites loaded = loadSiteRecords(session.connector().openExisting());
    std::printf("setup: %zu sites, %d days x 6 series on %zu of them, built in %.1f s\n",
                loaded.sites.size(), days, dataSites.size(), setup.elapsed() / 1000.0);

    SiteTableModel sites;
    SiteFilter filter;
    SiteSelection selection;
    CompareData data(&sites);
    sites.setSites(loaded.sites);
    {
        QSignalSpy done(&data, &CompareData::metricsChanged);
        QElapsedTimer t;
        t.start();
        data.setSession(&session);
        done.wait(30000);
        std::printf("metrics read off the GUI thread: %.1f ms (%zu figures)\n",
                    static_cast<double>(t.nsecsElapsed()) / 1e6, data.metrics().rows().size());
    }

    SiteMetricsView table(&data, &filter, &selection);
    SiteScatterView scatter(&data, &selection);
    TimeSeriesView series(&data, &selection);
    ClassBarsView bars(&data);
    RelativeRmseView heat(&data);
    Table1View table1(&data);
    for (QWidget* w :
         std::initializer_list<QWidget*>{&table, &scatter, &series, &bars, &heat, &table1}) {
        w->resize(1200, 600);
        w->show();
    }
    QCoreApplication::processEvents();

    // Selection-driven views, each measured with only its own reaction (the others react too,
    // so the sum is the whole window's cost).
    QStringList ids;
    for (const SiteRecord& r : loaded.sites)
        ids.append(r.id());
    std::vector<double> all, tableMs, scatterMs;
    for (int i = 0; i < repetitions; ++i) {
        const QString id = ids[(i * 97) % ids.size()];
        all.push_back(timed(&table, [&] { selection.select(id); }));
        tableMs.push_back(timed(&table, [] {}));
        scatterMs.push_back(timed(&scatter, [&] { scatter.rmseChart()->setSelectedSites({id}); }));
    }
    print("selection change, every view reacting, table repainted", summarize(all));
    print("site metrics table repaint", summarize(tableMs));
    print("scatter: re-ring selection and repaint", summarize(scatterMs));

    // Time series: from the selection change to the chart painted with the new site's data.
    std::vector<double> cold, warm;
    for (int i = 0; i < repetitions; ++i) {
        const QString id =
            QString::fromStdString(dataSites[static_cast<std::size_t>(i) % dataSites.size()].id);
        QSignalSpy shown(&series, &TimeSeriesView::siteShown);
        QElapsedTimer t;
        t.start();
        selection.select(id);
        if (shown.isEmpty())
            shown.wait(10000);
        series.repaint();
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        (i < static_cast<int>(dataSites.size()) ? cold : warm).push_back(ms);
    }
    print("time series, first visit (read 23 y x 6 series + draw)", summarize(cold));
    print("time series, revisit (kept in memory)", summarize(warm));
    std::printf("time series points handed to Qt Charts after decimation: %d "
                "(of %d daily values per series)\n",
                series.chart()->drawnPointCount(), days);

    std::vector<double> zoom, agg;
    for (int i = 0; i < repetitions; ++i) {
        zoom.push_back(timed(&series, [&] {
            series.chartView()->zoomAround(series.chart()->dataFirstDay() + 4000.0,
                                           i % 2 ? 1.6 : 0.625);
        }));
    }
    print("time series zoom step (re-decimate + repaint)", summarize(zoom));
    std::vector<double> zoomOnly;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer t;
        t.start();
        series.chartView()->zoomAround(series.chart()->dataFirstDay() + 4000.0,
                                       i % 2 ? 1.6 : 0.625);
        zoomOnly.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    print("time series zoom step, re-decimation only (no paint)", summarize(zoomOnly));
    for (int i = 0; i < repetitions; ++i)
        agg.push_back(timed(
            &series, [&] { series.chart()->setAggregation(static_cast<Aggregation>(i % 3)); }));
    print("time series aggregation switch", summarize(agg));

    // Views that follow the metric choices rather than the selection.
    std::vector<double> barsMs, heatMs, scatterRebuild, table1Ms, tableTarget;
    for (int i = 0; i < repetitions; ++i) {
        const FluxTarget t = i % 2 ? FluxTarget::Nee : FluxTarget::Gpp;
        barsMs.push_back(timed(&bars, [&] { bars.choices()->setTarget(t); }));
        heatMs.push_back(timed(&heat, [&] { heat.choices()->setTarget(t); }));
        scatterRebuild.push_back(timed(&scatter, [&] { scatter.choices()->setTarget(t); }));
        tableTarget.push_back(timed(&table, [&] { table.choices()->setTarget(t); }));
        table1Ms.push_back(
            timed(&table1, [&] { data.setMetrics(data.metrics(), data.references()); }));
    }
    print("class bars: change of flux", summarize(barsMs));
    print("relative RMSE heatmap: change of flux", summarize(heatMs));
    print("scatter (both charts): change of flux", summarize(scatterRebuild));
    print("metrics table: change of flux", summarize(tableTarget));
    print("all views: metrics reloaded", summarize(table1Ms));
    return 0;
}
