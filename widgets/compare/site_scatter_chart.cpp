#include "site_scatter_chart.h"

#include "koppen_colors.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fluxlens {

SiteScatterChart::SiteScatterChart(ScatterMetric metric, QGraphicsItem* parent)
    : QChart(parent)
    , m_metric(metric)
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this)) {
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    legend()->setAlignment(Qt::AlignRight);
    setMargins(QMargins(4, 4, 4, 4));
}

void SiteScatterChart::setPoints(std::vector<ScatterPoint> points, const QString& model,
                                 const QString& reference, FluxTarget target) {
    m_points = std::move(points);
    removeAllSeries();
    m_selectedSeries = nullptr;
    const QString what = m_metric == ScatterMetric::Rmse ? tr("RMSE") : tr("R²");
    const QString unit =
        m_metric == ScatterMetric::Rmse ? QStringLiteral(" (%1)").arg(fluxUnit()) : QString();
    setTitle(tr("%1 %2 per site").arg(fluxTargetName(target), what));
    m_axisX->setTitleText(tr("%1 %2%3").arg(reference, what, unit));
    m_axisY->setTitleText(tr("%1 %2%3").arg(model, what, unit));

    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const ScatterPoint& p : m_points) {
        lo = std::min({lo, p.referenceValue, p.modelValue});
        hi = std::max({hi, p.referenceValue, p.modelValue});
    }
    if (m_points.empty()) {
        lo = 0.0;
        hi = 1.0;
    }
    if (m_metric == ScatterMetric::Rmse)
        lo = 0.0;
    else
        hi = std::max(hi, 1.0);
    const double pad = std::max(1e-6, (hi - lo) * 0.04);
    lo = m_metric == ScatterMetric::Rmse ? 0.0 : lo - pad;
    hi += m_metric == ScatterMetric::Rmse ? pad : 0.0;
    // Round ticks; both axes share the range so the 1:1 line is the diagonal.
    m_axisX->setRange(lo, hi);
    m_axisX->applyNiceNumbers();
    lo = m_axisX->min();
    hi = m_axisX->max();
    m_axisY->setRange(lo, hi);
    m_axisY->setTickCount(m_axisX->tickCount());

    m_identity = new QLineSeries(this);
    m_identity->setName(tr("1:1"));
    m_identity->append(lo, lo);
    m_identity->append(hi, hi);
    m_identity->setPen(QPen(QColor(90, 90, 90), 1.2, Qt::DashLine));
    addSeries(m_identity);
    m_identity->attachAxis(m_axisX);
    m_identity->attachAxis(m_axisY);

    std::map<int, QScatterSeries*> byClass;
    for (const ScatterPoint& p : m_points) {
        QScatterSeries*& series = byClass[static_cast<int>(p.koppen)];
        if (!series) {
            series = new QScatterSeries(this);
            const std::string_view code = koppenCode(p.koppen);
            series->setName(QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())));
            series->setColor(koppenQColor(p.koppen));
            series->setBorderColor(QColor(60, 60, 60));
            series->setMarkerSize(9.0);
        }
        series->append(p.referenceValue, p.modelValue);
    }
    for (const auto& [code, series] : byClass) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        connect(series, &QScatterSeries::clicked, this,
                [this](const QPointF& value) { Q_EMIT siteClicked(siteNearest(value)); });
    }
    m_selectedSeries = new QScatterSeries(this);
    m_selectedSeries->setName(tr("selected"));
    m_selectedSeries->setMarkerSize(16.0);
    m_selectedSeries->setColor(Qt::transparent);
    m_selectedSeries->setBorderColor(legend()->labelColor()); // the theme's text colour
    QPen ring(legend()->labelColor());
    ring.setWidthF(2.0);
    m_selectedSeries->setPen(ring);
    addSeries(m_selectedSeries);
    m_selectedSeries->attachAxis(m_axisX);
    m_selectedSeries->attachAxis(m_axisY);
    connect(m_selectedSeries, &QScatterSeries::clicked, this,
            [this](const QPointF& value) { Q_EMIT siteClicked(siteNearest(value)); });
    for (QLegendMarker* marker : legend()->markers(m_selectedSeries))
        marker->setVisible(false);
    m_axisX->setRange(lo, hi); // attaching series may have refitted the axes
    m_axisY->setRange(lo, hi);
    setSelectedSites(m_selected);
}

void SiteScatterChart::setSelectedSites(const QSet<QString>& ids) {
    m_selected = ids;
    if (!m_selectedSeries)
        return;
    QList<QPointF> ringed;
    for (const ScatterPoint& p : m_points)
        if (m_selected.contains(p.siteId))
            ringed.append(QPointF(p.referenceValue, p.modelValue));
    m_selectedSeries->replace(ringed);
}

QStringList SiteScatterChart::ringedSites() const {
    QStringList ids;
    for (const ScatterPoint& p : m_points)
        if (m_selected.contains(p.siteId))
            ids.append(p.siteId);
    ids.sort();
    return ids;
}

QPointF SiteScatterChart::positionOfSite(const QString& id) const {
    for (const ScatterPoint& p : m_points)
        if (p.siteId == id)
            return const_cast<SiteScatterChart*>(this)->mapToPosition(
                QPointF(p.referenceValue, p.modelValue), m_identity);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
}

QString SiteScatterChart::siteNearest(const QPointF& value) const {
    QString best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const ScatterPoint& p : m_points) {
        const double d = std::hypot(p.referenceValue - value.x(), p.modelValue - value.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = p.siteId;
        }
    }
    return best;
}

} // namespace fluxlens
