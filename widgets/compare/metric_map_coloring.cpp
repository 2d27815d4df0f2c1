#include "metric_map_coloring.h"

#include "chart_palette.h"
#include "metric_aggregation.h"

#include <cmath>
#include <limits>

namespace fluxlens {

MetricMapColoring::MetricMapColoring(const MetricSet& metrics, Choice choice)
    : m_choice(std::move(choice)) {
    for (const QString& site : metrics.sites()) {
        const double v = siteRelativeRmse(metrics, site, m_choice.model, m_choice.reference,
                                          m_choice.target, m_choice.qc);
        if (std::isfinite(v))
            m_values.insert(site, v);
    }
}

double MetricMapColoring::value(const QString& siteId) const {
    return m_values.value(siteId, std::numeric_limits<double>::quiet_NaN());
}

QColor MetricMapColoring::colorForValue(double relativeRmse, double saturation) {
    if (!std::isfinite(relativeRmse) || !(saturation > 0.0))
        return missingColor();
    return divergingColor(relativeRmse / saturation);
}

QColor MetricMapColoring::missingColor() {
    return divergingColor(std::nan(""));
}

QColor MetricMapColoring::color(const QString& siteId) const {
    const auto it = m_values.constFind(siteId);
    return it == m_values.constEnd() ? missingColor() : colorForValue(*it, m_choice.saturation);
}

MapLegend MetricMapColoring::legend() const {
    MapLegend legend;
    legend.title = tr("%1 RMSE of %2 vs %3 (%4)")
                       .arg(fluxTargetName(m_choice.target), m_choice.model, m_choice.reference,
                            qcChoiceName(m_choice.qc));
    const double s = m_choice.saturation * 100.0;
    // Five steps: ≤ −s, −s/2, 0, +s/2, ≥ +s (percent improvement).
    const double steps[] = {-1.0, -0.5, 0.0, 0.5, 1.0};
    for (double step : steps) {
        const double percent = step * s;
        QString label = QStringLiteral("%1%2 %")
                            .arg(percent > 0 ? QStringLiteral("+") : QString())
                            .arg(percent, 0, 'f', 0);
        if (step == -1.0)
            label = QStringLiteral("≤ ") + label;
        else if (step == 1.0)
            label = QStringLiteral("≥ ") + label;
        legend.entries.push_back(
            {divergingColor(step), label,
             step > 0   ? tr("%1 has a lower RMSE than %2").arg(m_choice.model, m_choice.reference)
             : step < 0 ? tr("%1 has a higher RMSE than %2").arg(m_choice.model, m_choice.reference)
                        : tr("equal RMSE")});
    }
    legend.entries.push_back(
        {missingColor(), tr("no figure"), tr("no metric for both at this site")});
    return legend;
}

} // namespace fluxlens
