// Aggregation, decimation and metric summaries behind the comparison views, against
// hand-computed values.
#include "cache/cache.h"
#include "calendar_ticks.h"
#include "common/dates.h"
#include "metric_aggregation.h"
#include "metric_map_coloring.h"
#include "metric_set.h"
#include "series_aggregation.h"

#include <QDate>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>

using namespace fluxlens;
using namespace Qt::StringLiterals;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
int day(const char* iso) {
    return toDayNumber(*parseIsoDate(iso));
}

SiteRecord record(const QString& id, IgbpClass igbp, KoppenClass koppen) {
    SiteRecord r;
    r.site.id = id.toStdString();
    r.site.igbp = igbp;
    r.site.koppen = koppen;
    return r;
}
} // namespace

class TestCompareAggregation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aggregate_data();
    void aggregate();
    void periodLengths_data();
    void periodLengths();
    void decimateKeepsExtremes();
    void decimateShortSeriesUnchanged();
    void decimateBandEnvelopes();
    void metricSetFromCache();
    void classStatsMeanAndSpread();
    void relativeRmseSign();
    void headlineOverCommonSites();
    void scatterPointsPairSites();
    void mapColoringDiverges();
    void calendarTicksOnBoundaries_data();
    void calendarTicksOnBoundaries();
};

void TestCompareAggregation::aggregate_data() {
    QTest::addColumn<int>("aggregation");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("starts");
    QTest::addColumn<QList<int>>("lengths");
    QTest::addColumn<QList<double>>("means");

    QList<double> oneToTwenty;
    for (int i = 1; i <= 20; ++i)
        oneToTwenty.append(i);
    QTest::newRow("8-day from 1 January")
        << int(Aggregation::EightDay) << u"2001-01-01"_s << oneToTwenty
        << QStringList{u"2001-01-01"_s, u"2001-01-09"_s, u"2001-01-17"_s} << QList<int>{8, 8, 8}
        << QList<double>{4.5, 12.5, 18.5};
    QList<double> withGap = oneToTwenty;
    withGap[2] = kNaN; // 2001-01-03
    QTest::newRow("8-day skips a missing day")
        << int(Aggregation::EightDay) << u"2001-01-01"_s << withGap
        << QStringList{u"2001-01-01"_s, u"2001-01-09"_s, u"2001-01-17"_s} << QList<int>{8, 8, 8}
        << QList<double>{33.0 / 7.0, 12.5, 18.5};
    QList<double> oneToTen;
    for (int i = 1; i <= 10; ++i)
        oneToTen.append(i);
    QTest::newRow("8-day restarts on 1 January")
        << int(Aggregation::EightDay) << u"2001-12-25"_s << oneToTen
        << QStringList{u"2001-12-19"_s, u"2001-12-27"_s, u"2002-01-01"_s} << QList<int>{8, 5, 8}
        << QList<double>{1.5, 5.0, 9.0};
    QTest::newRow("8-day empty period left out")
        << int(Aggregation::EightDay) << u"2001-01-07"_s
        << QList<double>{1.0, 2.0, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 3.0}
        << QStringList{u"2001-01-01"_s, u"2001-01-17"_s} << QList<int>{8, 8}
        << QList<double>{1.5, 3.0};
    QTest::newRow("monthly across a month end")
        << int(Aggregation::Monthly) << u"2001-01-30"_s << QList<double>{10, 20, 30, 40}
        << QStringList{u"2001-01-01"_s, u"2001-02-01"_s} << QList<int>{31, 28}
        << QList<double>{15.0, 35.0};
    QTest::newRow("monthly leap February")
        << int(Aggregation::Monthly) << u"2004-02-28"_s << QList<double>{1, 2, 3}
        << QStringList{u"2004-02-01"_s, u"2004-03-01"_s} << QList<int>{29, 31}
        << QList<double>{1.5, 3.0};
    QTest::newRow("daily drops missing days")
        << int(Aggregation::Daily) << u"2001-03-01"_s << QList<double>{1, kNaN, 3}
        << QStringList{u"2001-03-01"_s, u"2001-03-03"_s} << QList<int>{1, 1} << QList<double>{1, 3};
}

void TestCompareAggregation::aggregate() {
    QFETCH(int, aggregation);
    QFETCH(QString, first);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, starts);
    QFETCH(QList<int>, lengths);
    QFETCH(QList<double>, means);
    std::vector<int> days;
    std::vector<double> v;
    const int d0 = day(first.toLatin1().constData());
    for (qsizetype i = 0; i < values.size(); ++i) {
        days.push_back(d0 + static_cast<int>(i));
        v.push_back(values[i]);
    }
    const AggregatedSeries out =
        fluxlens::aggregate(days, v, static_cast<Aggregation>(aggregation));
    QCOMPARE(out.startDays.size(), static_cast<std::size_t>(starts.size()));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        QCOMPARE(QString::fromStdString(formatIsoDate(fromDayNumber(out.startDays[k]))), starts[i]);
        QCOMPARE(out.lengths[k], lengths[i]);
        QVERIFY2(
            std::abs(out.values[k] - means[i]) < 1e-12,
            qPrintable(
                QStringLiteral("period %1: %2 != %3").arg(i).arg(out.values[k]).arg(means[i])));
    }
}

void TestCompareAggregation::periodLengths_data() {
    QTest::addColumn<int>("aggregation");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("length");
    QTest::newRow("last 8-day of a leap year")
        << int(Aggregation::EightDay) << "2004-12-31" << u"2004-12-26"_s << 6;
    QTest::newRow("last 8-day of a common year")
        << int(Aggregation::EightDay) << "2003-12-31" << u"2003-12-27"_s << 5;
    QTest::newRow("8-day in March")
        << int(Aggregation::EightDay) << "2001-03-01" << u"2001-02-26"_s << 8;
    QTest::newRow("December") << int(Aggregation::Monthly) << "2010-12-15" << u"2010-12-01"_s << 31;
    QTest::newRow("April") << int(Aggregation::Monthly) << "2010-04-30" << u"2010-04-01"_s << 30;
}

void TestCompareAggregation::periodLengths() {
    QFETCH(int, aggregation);
    QFETCH(QString, date);
    QFETCH(QString, start);
    QFETCH(int, length);
    const auto a = static_cast<Aggregation>(aggregation);
    const int s = periodStart(day(date.toLatin1().constData()), a);
    QCOMPARE(QString::fromStdString(formatIsoDate(fromDayNumber(s))), start);
    QCOMPARE(periodLength(s, a), length);
}

void TestCompareAggregation::decimateKeepsExtremes() {
    std::vector<double> x, y;
    for (int i = 0; i < 10000; ++i) {
        x.push_back(i);
        y.push_back(std::sin(i * 0.37) * (i == 4321 ? 10.0 : 1.0) + (i == 777 ? -20.0 : 0.0));
    }
    y[5000] = kNaN;
    const QList<QPointF> out = decimateMinMax(x, y, 0.0, 9999.0, 100);
    QVERIFY(out.size() <= 2 * 100 + 2);
    QVERIFY(out.size() >= 100);
    double lo = 1e9, hi = -1e9;
    for (qsizetype i = 0; i < out.size(); ++i) {
        lo = std::min(lo, out[i].y());
        hi = std::max(hi, out[i].y());
        if (i > 0)
            QVERIFY(out[i].x() > out[i - 1].x());
        const auto k = static_cast<std::size_t>(out[i].x());
        QCOMPARE(out[i].y(), y[k]); // only original points
    }
    QCOMPARE(lo, y[777]);
    QCOMPARE(hi, y[4321]);
    // A zoomed range keeps one point beyond each edge.
    const QList<QPointF> zoomed = decimateMinMax(x, y, 100.5, 110.5, 100);
    QCOMPARE(zoomed.first().x(), 100.0);
    QCOMPARE(zoomed.last().x(), 111.0);
}

void TestCompareAggregation::decimateShortSeriesUnchanged() {
    const std::vector<double> x{0, 1, 2, 3};
    const std::vector<double> y{1, kNaN, 3, 4};
    const QList<QPointF> out = decimateMinMax(x, y, 0, 3, 100);
    QCOMPARE(out, (QList<QPointF>{{0, 1}, {2, 3}, {3, 4}}));
    QVERIFY(decimateMinMax(x, y, 3, 3, 100).isEmpty()); // empty range
}

void TestCompareAggregation::decimateBandEnvelopes() {
    std::vector<double> x, lo, hi;
    for (int i = 0; i < 1000; ++i) {
        x.push_back(i);
        lo.push_back(-1.0 - (i == 10 ? 5.0 : 0.0));
        hi.push_back(1.0 + (i == 500 ? 7.0 : 0.0));
    }
    QList<QPointF> lower, upper;
    decimateBand(x, lo, hi, 0, 999, 50, lower, upper);
    QCOMPARE(lower.size(), upper.size());
    QVERIFY(lower.size() <= 52);
    double minLo = 0, maxHi = 0;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        QCOMPARE(lower[i].x(), upper[i].x());
        minLo = std::min(minLo, lower[i].y());
        maxHi = std::max(maxHi, upper[i].y());
    }
    QCOMPARE(minLo, -6.0);
    QCOMPARE(maxHi, 8.0);
}

void TestCompareAggregation::metricSetFromCache() {
    std::vector<MetricRecord> records(5);
    records[0] = {"M", "GPP_NT_VUT_USTAR50", "", "S1", 1.5, 0.7, 0, 0, 100, "", ""};
    records[1] = {"M",
                  "NEE_VUT_USTAR50",
                  "NEE_VUT_USTAR50_QC=1;NEE_VUT_REF_QC=1",
                  "S1",
                  0.9,
                  0.6,
                  0,
                  0,
                  40,
                  "",
                  ""};
    records[2] = {"M", "GPP_NT_VUT_USTAR50", "", "", 9.0, 0.1, 0, 0, 1, "", ""}; // pooled
    records[3] = {"M", "LE_F_MDS", "", "S1", 9.0, 0.1, 0, 0, 1, "", ""};         // not a flux
    records[4] = {"M", "GPP", "weird mask", "S1", 9.0, 0.1, 0, 0, 1, "", ""};    // unknown mask
    const MetricSet set = MetricSet::fromCache(records);
    QCOMPARE(set.rows().size(), std::size_t(2));
    const SiteMetric* gpp = set.find(u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays);
    QVERIFY(gpp);
    QCOMPARE(gpp->rmse, 1.5);
    QCOMPARE(gpp->n, 100);
    const SiteMetric* nee = set.find(u"S1"_s, u"M"_s, FluxTarget::Nee, QcChoice::HighQuality);
    QVERIFY(nee);
    QCOMPARE(nee->r2, 0.6);
    QVERIFY(!set.find(u"S1"_s, u"M"_s, FluxTarget::Nee, QcChoice::AllDays));
    QCOMPARE(set.models(), QStringList{u"M"_s});
}

void TestCompareAggregation::classStatsMeanAndSpread() {
    const MetricSet set({{u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.5, 10},
                         {u"S2"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 3.0, 0.7, 20},
                         {u"S3"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.9, 5},
                         {u"S3"_s, u"M"_s, FluxTarget::Nee, QcChoice::AllDays, 8.0, 0.9, 5}});
    SiteIndex sites;
    sites.insert(u"S1"_s, record(u"S1"_s, IgbpClass::DBF, KoppenClass::Cfb));
    sites.insert(u"S2"_s, record(u"S2"_s, IgbpClass::DBF, KoppenClass::Dfb));
    sites.insert(u"S3"_s, record(u"S3"_s, IgbpClass::ENF, KoppenClass::Cfb));
    const auto igbp =
        classStats(set, sites, {u"M"_s}, FluxTarget::Gpp, QcChoice::AllDays, SiteGrouping::Igbp);
    QCOMPARE(igbp.size(), std::size_t(2));
    // Classes in code order: ENF (1) before DBF (4).
    QCOMPARE(igbp[0].classCode, int(IgbpClass::ENF));
    QVERIFY(std::isnan(igbp[0].sdRmse)); // one site: no spread
    QCOMPARE(igbp[0].meanRmse, 2.0);
    QCOMPARE(igbp[1].classCode, int(IgbpClass::DBF));
    QCOMPARE(igbp[1].sites, 2);
    QCOMPARE(igbp[1].meanRmse, 2.0);
    QVERIFY(std::abs(igbp[1].sdRmse - std::sqrt(2.0)) < 1e-12); // sample sd of {1, 3}
    QCOMPARE(igbp[1].meanR2, 0.6);
    QCOMPARE(igbp[1].samples, 30);
    const auto koppen =
        classStats(set, sites, {u"M"_s}, FluxTarget::Gpp, QcChoice::AllDays, SiteGrouping::Koppen);
    QCOMPARE(koppen.size(), std::size_t(2));
    QCOMPARE(koppen[0].classCode, int(KoppenClass::Cfb));
    QCOMPARE(koppen[0].meanRmse, 1.5);
}

void TestCompareAggregation::relativeRmseSign() {
    const MetricSet set({{u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.5, 10},
                         {u"S1"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.5, 10},
                         {u"S2"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 3.0, 0.5, 10},
                         {u"S2"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.5, 10},
                         {u"S3"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.5, 10}});
    QCOMPARE(siteRelativeRmse(set, u"S1"_s, u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays),
             0.5);
    QCOMPARE(siteRelativeRmse(set, u"S2"_s, u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays),
             -0.5);
    QVERIFY(std::isnan(
        siteRelativeRmse(set, u"S3"_s, u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays)));
    SiteIndex sites;
    for (const QString& id : {u"S1"_s, u"S2"_s, u"S3"_s})
        sites.insert(id, record(id, IgbpClass::GRA, KoppenClass::Csa));
    const auto cells = relativeRmseByClass(set, sites, {u"M"_s}, u"R"_s, FluxTarget::Gpp,
                                           QcChoice::AllDays, SiteGrouping::Igbp);
    QCOMPARE(cells.size(), std::size_t(1));
    QCOMPARE(cells[0].sites, 2);          // S3 has no reference figure
    QCOMPARE(cells[0].relativeRmse, 0.0); // (4 − 4) / 4
    QCOMPARE(cells[0].samples, 20);
}

void TestCompareAggregation::headlineOverCommonSites() {
    const MetricSet set({{u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.9, 10},
                         {u"S1"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.6, 10},
                         {u"S2"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 3.0, 0.7, 10},
                         {u"S2"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 4.0, 0.4, 10},
                         {u"S3"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 100.0, -5, 10}});
    const Headline h = headline(set, u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays);
    QVERIFY(std::abs(h.rmseReductionPercent - (6.0 - 4.0) / 6.0 * 100.0) < 1e-9);
    QVERIFY(std::abs(h.r2IncreasePercent - (0.8 - 0.5) / 0.5 * 100.0) < 1e-9);
    const MetricSet negative(
        {{u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.2, 10},
         {u"S1"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, -0.3, 10}});
    QVERIFY(std::isnan(
        headline(negative, u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays).r2IncreasePercent));
}

void TestCompareAggregation::scatterPointsPairSites() {
    const MetricSet set({{u"S1"_s, u"M"_s, FluxTarget::Nee, QcChoice::HighQuality, 1.0, 0.9, 10},
                         {u"S1"_s, u"R"_s, FluxTarget::Nee, QcChoice::HighQuality, 2.0, 0.6, 10},
                         {u"S2"_s, u"M"_s, FluxTarget::Nee, QcChoice::HighQuality, 3.0, kNaN, 10},
                         {u"S2"_s, u"R"_s, FluxTarget::Nee, QcChoice::HighQuality, 4.0, 0.4, 10}});
    SiteIndex sites;
    sites.insert(u"S1"_s, record(u"S1"_s, IgbpClass::GRA, KoppenClass::BSk));
    const auto rmse = scatterPoints(set, sites, u"M"_s, u"R"_s, FluxTarget::Nee,
                                    QcChoice::HighQuality, ScatterMetric::Rmse);
    QCOMPARE(rmse.size(), std::size_t(2));
    QCOMPARE(rmse[0].referenceValue, 2.0);
    QCOMPARE(rmse[0].modelValue, 1.0);
    QCOMPARE(rmse[0].koppen, KoppenClass::BSk);
    QCOMPARE(rmse[1].koppen, KoppenClass::Unknown); // not in the site index
    const auto r2 = scatterPoints(set, sites, u"M"_s, u"R"_s, FluxTarget::Nee,
                                  QcChoice::HighQuality, ScatterMetric::R2);
    QCOMPARE(r2.size(), std::size_t(1)); // S2 has no model R²
}

void TestCompareAggregation::mapColoringDiverges() {
    const MetricSet set({{u"S1"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 1.0, 0.9, 10},
                         {u"S1"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.6, 10},
                         {u"S2"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 3.0, 0.7, 10},
                         {u"S2"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.4, 10},
                         {u"S3"_s, u"M"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.7, 10},
                         {u"S3"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 2.0, 0.4, 10}});
    const MetricMapColoring coloring(set,
                                     {u"M"_s, u"R"_s, FluxTarget::Gpp, QcChoice::AllDays, 0.5});
    QCOMPARE(coloring.siteCount(), 3);
    QCOMPARE(coloring.value(u"S1"_s), 0.5);
    const QColor better = coloring.color(u"S1"_s);
    const QColor worse = coloring.color(u"S2"_s);
    const QColor equal = coloring.color(u"S3"_s);
    QVERIFY(better.blue() > better.red());
    QVERIFY(worse.red() > worse.blue());
    QVERIFY(std::abs(equal.red() - equal.blue()) < 10 && equal.green() > 200); // near white
    QCOMPARE(coloring.color(u"nowhere"_s), MetricMapColoring::missingColor());
    const MapLegend legend = coloring.legend();
    QCOMPARE(legend.entries.size(), std::size_t(6));
    QCOMPARE(legend.entries.front().color, MetricMapColoring::colorForValue(-0.5, 0.5));
    QCOMPARE(legend.entries[4].color, better);
    QVERIFY(legend.title.contains(u"M"_s));
}

void TestCompareAggregation::calendarTicksOnBoundaries_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QStringList>("expected");
    const auto month = [](int year, int m) {
        return QLocale().toString(QDate(year, m, 1), QStringLiteral("MMM yyyy"));
    };
    QTest::newRow("two years, 6 ticks: half-years")
        << u"2000-12-15"_s << u"2002-12-31"_s << 6
        << QStringList{month(2001, 1), month(2001, 7), month(2002, 1), month(2002, 7)};
    QTest::newRow("twenty years, 6 ticks: every 5 years")
        << u"2001-03-03"_s << u"2021-01-01"_s << 6
        << QStringList{u"2005"_s, u"2010"_s, u"2015"_s, u"2020"_s};
    QTest::newRow("three months, 40 ticks: every month")
        << u"2001-01-01"_s << u"2001-03-31"_s << 40
        << QStringList{month(2001, 1), month(2001, 2), month(2001, 3)};
}

void TestCompareAggregation::calendarTicksOnBoundaries() {
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, maxTicks);
    QFETCH(QStringList, expected);
    const int firstDay = toDayNumber(*parseIsoDate(first.toStdString()));
    const int lastDay = toDayNumber(*parseIsoDate(last.toStdString()));
    const std::vector<CalendarTick> ticks = calendarTicks(firstDay, lastDay, maxTicks);
    QStringList labels;
    for (const CalendarTick& t : ticks) {
        labels << t.label;
        // Every tick is the first of a month, inside the range.
        QVERIFY(t.day >= firstDay && t.day <= lastDay);
        QCOMPARE(formatIsoDate(fromDayNumber(t.day)).substr(8), std::string("01"));
    }
    QCOMPARE(labels, expected);
    QVERIFY(static_cast<int>(ticks.size()) <= maxTicks);
}

QTEST_GUILESS_MAIN(TestCompareAggregation)
#include "tst_compare_aggregation.moc"
