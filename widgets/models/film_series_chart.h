#pragma once

#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace fluxlens {

// The selected site's time series in the FiLM lab: observations, the model as trained (scale 1)
// and the prediction with the current FiLM setting. Drag to zoom in on a period, right-click to
// zoom out.
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

private:
    void redraw();
    void redrawReference();
    void redrawModulated();
    void applyPeriod();

    Target m_target = Target::Gpp;
    Period m_period = Period::LastThreeYears;
    const ml::SiteSeries* m_observedSite = nullptr;
    ml::SitePrediction m_learnedPrediction, m_modulatedPrediction;
    double m_referenceLo = 0, m_referenceHi = 0; // y extent of observations and learned
    QChart* m_chart;
    QScatterSeries* m_observed;
    QLineSeries* m_learned;
    QLineSeries* m_modulated;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
};

} // namespace fluxlens
