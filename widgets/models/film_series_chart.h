#pragma once

#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <QWidget>
#include <optional>
#include <string>
#include <utility>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace fluxlens {

// The selected site's time series in the FiLM lab: observations, the model as trained (scale 1)
// and the prediction with the current FiLM setting, which is computed for the visible period only.
// Drag to zoom in on a period, right-click to zoom out; the lab recomputes for the new period
// (visibleDaysChanged).
class FilmSeriesChart : public QWidget {
    Q_OBJECT
public:
    enum class Target { Gpp, Reco, Nee };
    enum class Period { LastYear, LastThreeYears, WholeRecord };

    explicit FilmSeriesChart(QWidget* parent = nullptr);

    void setTarget(Target target);
    void setPeriod(Period period);
    // observed: may be null (no flux record).
    void show(const ml::SiteSeries* observed, const ml::SitePrediction& learned,
              const ml::SitePrediction& modulated, const QString& modulatedLabel);
    void clear();
    int modulatedPointCount() const;
    // The y axis range: the points inside the visible days, padded.
    std::pair<double, double> yRange() const;

    // The site whose learned prediction is shown (empty before the first show()).
    std::string shownSite() const { return m_learnedPrediction.siteId; }
    // The days the x axis shows now (partly visible days included); none before the first show().
    std::optional<ml::DayRange> visibleDays() const;
    // Zooms the x axis to these days (as a drag of the rubber band does).
    void setVisibleDays(const ml::DayRange& days);
    // The days `period` shows of a record from recordFirstDay to recordLastDay.
    static ml::DayRange periodDays(Period period, int recordFirstDay, int recordLastDay);

Q_SIGNALS:
    // The x axis shows other days: after a zoom, a zoom-out, a new period or a new site.
    void visibleDaysChanged(int firstDay, int lastDay);

private:
    void redraw();
    void redrawReference();
    void redrawModulated();
    void rescaleY(); // to the points inside the visible days
    void applyPeriod();
    void onAxisRangeChanged();

    Target m_target = Target::Gpp;
    Period m_period = Period::LastThreeYears;
    const ml::SiteSeries* m_observedSite = nullptr;
    ml::SitePrediction m_learnedPrediction, m_modulatedPrediction;
    std::optional<ml::DayRange> m_announcedDays; // last visibleDaysChanged
    QChart* m_chart;
    QScatterSeries* m_observed;
    QLineSeries* m_learned;
    QLineSeries* m_modulated;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
};

} // namespace fluxlens
