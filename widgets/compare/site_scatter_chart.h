#pragma once

#include "metric_aggregation.h"

#include <QChart>
#include <QSet>
#include <vector>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace fluxlens {

// The paper's Fig. 5 as a QChart: one point per site, the model's RMSE (or R²) against the
// reference's, coloured by Köppen class, with the 1:1 line; selected sites ringed. Independent of
// any view, so the figure export can render it.
class SiteScatterChart : public QChart {
    Q_OBJECT
public:
    explicit SiteScatterChart(ScatterMetric metric, QGraphicsItem* parent = nullptr);

    void setPoints(std::vector<ScatterPoint> points, const QString& model, const QString& reference,
                   FluxTarget target);
    const std::vector<ScatterPoint>& points() const { return m_points; }
    ScatterMetric metric() const { return m_metric; }
    void setSelectedSites(const QSet<QString>& ids);
    QStringList ringedSites() const; // what the selection overlay shows, sorted
    // Chart position of a site's point; invalid (NaN) when the site has no point.
    QPointF positionOfSite(const QString& id) const;
    // The site whose point is nearest to `value` (axis units), empty when there are no points.
    QString siteNearest(const QPointF& value) const;

Q_SIGNALS:
    void siteClicked(const QString& id);

private:
    ScatterMetric m_metric;
    std::vector<ScatterPoint> m_points;
    QSet<QString> m_selected;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QScatterSeries* m_selectedSeries = nullptr;
    QLineSeries* m_identity = nullptr;
};

} // namespace fluxlens
