#pragma once

#include "map/map_renderer.h"
#include "metric_set.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fluxlens {

// Colours towers by a metric for the map: the relative RMSE improvement of a model over a
// reference per site, (RMSE_ref − RMSE_model) / RMSE_ref, on a diverging palette (blue: the model
// is better, red: worse, white: equal; saturated at ±saturation), with the matching legend.
// Sites without figures for both are grey.
class MetricMapColoring {
    Q_DECLARE_TR_FUNCTIONS(MetricMapColoring)
public:
    struct Choice {
        QString model;
        QString reference;
        FluxTarget target = FluxTarget::Gpp;
        QcChoice qc = QcChoice::AllDays;
        double saturation = 0.5; // relative RMSE at the palette's ends
    };

    MetricMapColoring() = default;
    MetricMapColoring(const MetricSet& metrics, Choice choice);

    const Choice& choice() const { return m_choice; }
    bool hasValue(const QString& siteId) const { return m_values.contains(siteId); }
    double value(const QString& siteId) const; // NaN when none
    QColor color(const QString& siteId) const;
    static QColor colorForValue(double relativeRmse, double saturation);
    static QColor missingColor();
    // Title and one entry per palette step from the worst to the best, then "no figure".
    MapLegend legend() const;
    int siteCount() const { return static_cast<int>(m_values.size()); }

private:
    Choice m_choice;
    QHash<QString, double> m_values;
};

} // namespace fluxlens
