#pragma once

#include "series_aggregation.h"
#include "time_series_data.h"

#include <QChart>
#include <QColor>
#include <QList>
#include <memory>
#include <vector>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace fluxlens {

// The time series of one site as a QChart, independent of any view (the figure export renders
// it too): observations as points, each model and reference product as a line, ±1σ bands where
// the model has an ensemble standard deviation, and days failing QC = 1 shaded. Only what the
// visible day range needs is drawn: each series is reduced to its minimum and maximum per pixel
// column whenever the range or the plot width changes.
class TimeSeriesChart : public QChart {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QGraphicsItem* parent = nullptr);
    ~TimeSeriesChart() override;

    void setData(std::shared_ptr<const SiteTimeSeries> data);
    const SiteTimeSeries* siteData() const { return m_data.get(); }
    void setTarget(FluxTarget target);
    void setAggregation(Aggregation aggregation);
    FluxTarget target() const { return m_target; }
    Aggregation aggregation() const { return m_aggregation; }

    // Visible range in days since 1970 (fractional).
    void setDayRange(double first, double last);
    void resetDayRange(); // the whole record
    // The last `years` years of the record (all of it when shorter): what a site opens on, daily
    // values then being readable.
    void showRecentYears(int years);
    // The date axis' labels, in order ("2003" or "Mar 2003": calendar boundaries).
    QStringList dateTickLabels() const;
    double visibleFirstDay() const { return m_first; }
    double visibleLastDay() const { return m_last; }
    double dataFirstDay() const { return m_dataFirst; }
    double dataLastDay() const { return m_dataLast; }

    // Series shown (names as in the legend); hidden ones stay in the legend, faded.
    QStringList seriesNames() const;
    void setSeriesVisible(const QString& name, bool visible);
    bool isSeriesVisible(const QString& name) const;

    // What the crosshair reads at `day`: every visible series' value in the period holding it.
    struct Reading {
        QString name;
        QColor color;
        double value = 0.0;
        double sd = 0.0; // NaN when the series has no band
    };
    QList<Reading> readingsAt(double day) const;
    // Points handed to Qt Charts over all series (what decimation leaves).
    int drawnPointCount() const;
    // Converts between chart positions and days.
    double dayAt(const QPointF& chartPosition) const;
    double xPositionOfDay(double day) const;

Q_SIGNALS:
    void dayRangeChanged(double first, double last);

private:
    struct Line;
    void rebuild();
    void redecimate();
    void updateShading(double yMin, double yMax, int columns);
    void styleMarker(const Line& line);
    Line* findLine(const QString& name);
    const Line* findLine(const QString& name) const;

    std::shared_ptr<const SiteTimeSeries> m_data;
    FluxTarget m_target = FluxTarget::Gpp;
    Aggregation m_aggregation = Aggregation::Daily;
    std::vector<std::unique_ptr<Line>> m_lines;
    QCategoryAxis* m_axisX; // x in ms since 1970; ticks on calendar boundaries
    void updateDateTicks();
    QValueAxis* m_axisY;
    QAreaSeries* m_shading = nullptr; // owned by the chart
    // An area series does not own its edges.
    std::unique_ptr<QLineSeries> m_shadingUpper;
    std::unique_ptr<QLineSeries> m_shadingLower;
    std::vector<double> m_lowQcDays;
    bool m_shadingShown = true; // toggled from the legend
    double m_first = 0.0, m_last = 1.0;
    double m_dataFirst = 0.0, m_dataLast = 1.0;
    bool m_updating = false;
};

} // namespace fluxlens
