#include "time_series_chart.h"

#include "calendar_ticks.h"
#include "chart_palette.h"
#include "value_axis_ticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace fluxlens {
namespace {
constexpr double kMsPerDay = 86400000.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPixelsPerDateLabel = 90.0;
} // namespace

// One legend entry: the aggregated values (x in days at the period's middle) and its series.
struct TimeSeriesChart::Line {
    QString name;
    FluxSeries::Kind kind = FluxSeries::Kind::Observed;
    QColor color;
    std::vector<double> x, y, sd, lower, upper;
    std::vector<int> starts, lengths;
    QXYSeries* series = nullptr;            // owned by the chart
    QAreaSeries* band = nullptr;            // owned by the chart
    std::unique_ptr<QLineSeries> bandLower; // an area series does not own its edges
    std::unique_ptr<QLineSeries> bandUpper;
    bool visible = true;
};

TimeSeriesChart::TimeSeriesChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_axisX(new QCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY->setTitleText(fluxUnit());
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setVisible(false);
    m_axisY->setVisible(false);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    setMargins(QMargins(4, 4, 4, 4));
    connect(this, &QChart::plotAreaChanged, this, [this] {
        if (!m_updating)
            redecimate();
    });
    connect(m_axisX, &QValueAxis::rangeChanged, this, [this](qreal min, qreal max) {
        if (m_updating)
            return;
        // Zoom and scroll by Qt Charts itself (rubber band, QChart::scroll).
        setDayRange(min / kMsPerDay, max / kMsPerDay);
    });
}

TimeSeriesChart::~TimeSeriesChart() {
    // The area series go before the edge series they refer to.
    removeAllSeries();
}

void TimeSeriesChart::setData(std::shared_ptr<const SiteTimeSeries> data) {
    const bool sameSite = m_data && data && m_data->siteId == data->siteId;
    m_data = std::move(data);
    rebuild();
    if (!sameSite)
        showRecentYears(2);
    else
        setDayRange(m_first, m_last);
}

void TimeSeriesChart::setTarget(FluxTarget target) {
    if (target == m_target)
        return;
    m_target = target;
    rebuild();
    setDayRange(m_first, m_last);
}

void TimeSeriesChart::setAggregation(Aggregation aggregation) {
    if (aggregation == m_aggregation)
        return;
    m_aggregation = aggregation;
    rebuild();
    setDayRange(m_first, m_last);
}

void TimeSeriesChart::rebuild() {
    m_updating = true;
    // Keep the user's legend choices across sites, targets and aggregations.
    QHash<QString, bool> wasVisible;
    for (const auto& line : m_lines)
        wasVisible.insert(line->name, line->visible);
    removeAllSeries();
    m_lines.clear();
    m_shading = nullptr;
    m_shadingUpper.reset();
    m_shadingLower.reset();
    m_lowQcDays.clear();

    const QString site = m_data ? m_data->siteId : QString();
    setTitle(site.isEmpty() ? QString() : tr("%1 — %2").arg(site, fluxTargetName(m_target)));
    if (!m_data) {
        m_updating = false;
        return;
    }

    // Shading first so it lies behind every series.
    m_shadingUpper = std::make_unique<QLineSeries>();
    m_shadingLower = std::make_unique<QLineSeries>();
    m_shading = new QAreaSeries(m_shadingUpper.get(), m_shadingLower.get());
    // Legend labels are rich text: "<" escaped.
    m_shading->setName(tr("days with NEE QC < 0.5").toHtmlEscaped());
    m_shading->setColor(QColor(255, 170, 0, 45));
    m_shading->setBorderColor(Qt::transparent);
    addSeries(m_shading);
    m_shading->attachAxis(m_axisX);
    m_shading->attachAxis(m_axisY);
    for (int d : m_data->lowQcDays)
        m_lowQcDays.push_back(d);

    m_dataFirst = m_data->firstDay();
    m_dataLast = std::max(m_dataFirst + 1.0, m_data->lastDay() + 1.0);
    int colorIndex = 0;
    for (const FluxSeries& source : m_data->series(m_target)) {
        auto line = std::make_unique<Line>();
        line->name = source.name;
        line->kind = source.kind;
        // Observations in the text colour: near black on paper and light themes, light on dark.
        line->color = source.kind == FluxSeries::Kind::Observed ? legend()->labelColor()
                                                                : seriesColor(colorIndex++);
        const AggregatedSeries mean = aggregate(source.days, source.mean, m_aggregation);
        const std::vector<double> sd =
            source.hasBand()
                ? valuesAt(aggregate(source.days, source.sd, m_aggregation), mean.startDays)
                : std::vector<double>();
        for (std::size_t i = 0; i < mean.startDays.size(); ++i) {
            const int start = mean.startDays[i];
            line->starts.push_back(start);
            line->lengths.push_back(mean.lengths[i]);
            line->x.push_back(start + (mean.lengths[i] - 1) / 2.0);
            line->y.push_back(mean.values[i]);
            if (source.hasBand()) {
                const double v = sd[i];
                line->sd.push_back(v);
                line->lower.push_back(mean.values[i] - v);
                line->upper.push_back(mean.values[i] + v);
            }
        }
        if (source.hasBand()) {
            line->bandLower = std::make_unique<QLineSeries>();
            line->bandUpper = std::make_unique<QLineSeries>();
            line->band = new QAreaSeries(line->bandUpper.get(), line->bandLower.get());
            line->band->setName(tr("%1 ±1σ").arg(source.name));
            QColor fill = line->color;
            fill.setAlpha(60);
            line->band->setColor(fill);
            line->band->setBorderColor(Qt::transparent);
            addSeries(line->band);
            line->band->attachAxis(m_axisX);
            line->band->attachAxis(m_axisY);
        }
        if (source.kind == FluxSeries::Kind::Observed && m_aggregation == Aggregation::Daily) {
            auto* points = new QScatterSeries(this);
            points->setMarkerSize(4.0);
            points->setBorderColor(Qt::transparent);
            points->setColor(line->color);
            line->series = points;
        } else {
            auto* lineSeries = new QLineSeries(this);
            QPen pen(line->color);
            pen.setWidthF(source.kind == FluxSeries::Kind::Observed ? 2.0 : 1.4);
            if (source.kind == FluxSeries::Kind::Reference)
                pen.setStyle(Qt::DashLine);
            lineSeries->setPen(pen);
            line->series = lineSeries;
        }
        line->series->setName(source.name);
        addSeries(line->series);
        line->series->attachAxis(m_axisX);
        line->series->attachAxis(m_axisY);
        line->visible = wasVisible.value(source.name, true);
        m_lines.push_back(std::move(line));
    }

    for (QLegendMarker* marker : legend()->markers()) {
        const auto* area = qobject_cast<QAreaSeries*>(marker->series());
        if (area && area != m_shading)
            marker->setVisible(false); // bands follow their model's entry
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            if (marker->series() == m_shading) {
                m_shadingShown = !m_shadingShown;
                marker->setLabelBrush(m_shadingShown ? legend()->labelBrush() : QBrush(Qt::gray));
                redecimate();
                return;
            }
            for (const auto& line : m_lines)
                if (line->series == marker->series())
                    setSeriesVisible(line->name, !line->visible);
        });
    }
    for (const auto& line : m_lines)
        styleMarker(*line);
    m_updating = false;
}

void TimeSeriesChart::styleMarker(const Line& line) {
    for (QLegendMarker* marker : legend()->markers(line.series)) {
        // A hidden series keeps its legend entry, faded, so it can be clicked back on.
        marker->setVisible(true);
        QColor c = line.color;
        c.setAlphaF(line.visible ? 1.0f : 0.25f);
        marker->setBrush(c);
        marker->setPen(QPen(c));
        marker->setLabelBrush(line.visible ? legend()->labelBrush() : QBrush(Qt::gray));
    }
    if (line.band)
        for (QLegendMarker* marker : legend()->markers(line.band))
            marker->setVisible(false); // the band follows its model's entry
}

void TimeSeriesChart::resetDayRange() {
    setDayRange(m_dataFirst, m_dataLast);
}

void TimeSeriesChart::showRecentYears(int years) {
    setDayRange(std::max(m_dataFirst, m_dataLast - years * 365.0), m_dataLast);
}

QStringList TimeSeriesChart::dateTickLabels() const {
    return m_axisX->categoriesLabels();
}

void TimeSeriesChart::updateDateTicks() {
    for (const QString& label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    const int fit = std::max(2, static_cast<int>(plotArea().width() / kPixelsPerDateLabel));
    m_axisX->setStartValue(m_first * kMsPerDay);
    for (const CalendarTick& tick : calendarTicks(m_first, m_last, fit))
        m_axisX->append(tick.label, tick.day * kMsPerDay);
}

void TimeSeriesChart::setDayRange(double first, double last) {
    if (!(last > first) || !std::isfinite(first) || !std::isfinite(last))
        return;
    // At least two days visible, and within the record.
    const double minSpan = 2.0;
    if (last - first < minSpan) {
        const double mid = (first + last) / 2.0;
        first = mid - minSpan / 2.0;
        last = mid + minSpan / 2.0;
    }
    const double span = m_dataLast - m_dataFirst;
    if (last - first > span) {
        first = m_dataFirst;
        last = m_dataLast;
    } else if (first < m_dataFirst) {
        last += m_dataFirst - first;
        first = m_dataFirst;
    } else if (last > m_dataLast) {
        first -= last - m_dataLast;
        last = m_dataLast;
    }
    m_first = first;
    m_last = last;
    redecimate();
    Q_EMIT dayRangeChanged(m_first, m_last);
}

void TimeSeriesChart::redecimate() {
    // Axes laid out without any series attached stop drawing their labels in Qt Charts 6.4, so
    // they are hidden until there is something to show.
    const bool hasData = !m_lines.empty();
    m_axisX->setVisible(hasData);
    m_axisY->setVisible(hasData);
    if (!hasData)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    // One min/max pair per two pixels: indistinguishable from per pixel, half the points to draw.
    const int columns = std::max(50, static_cast<int>(plotArea().width() / 2.0));
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -yMin;
    const auto extend = [&](const QList<QPointF>& points) {
        for (const QPointF& p : points) {
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    };
    for (const auto& line : m_lines) {
        if (!line->visible) {
            line->series->clear();
            if (line->band) {
                line->bandLower->clear();
                line->bandUpper->clear();
            }
            continue;
        }
        const auto toMs = [](QList<QPointF>& points) {
            for (QPointF& p : points)
                p.setX(p.x() * kMsPerDay);
        };
        QList<QPointF> points = decimateMinMax(line->x, line->y, m_first, m_last, columns);
        toMs(points);
        extend(points);
        line->series->replace(points);
        if (line->band) {
            QList<QPointF> lower, upper;
            decimateBand(line->x, line->lower, line->upper, m_first, m_last, columns, lower, upper);
            toMs(lower);
            toMs(upper);
            extend(lower);
            extend(upper);
            line->bandLower->replace(lower);
            line->bandUpper->replace(upper);
        }
    }
    if (!(yMax >= yMin)) {
        yMin = 0.0;
        yMax = 1.0;
    }
    const double pad = std::max(1e-6, (yMax - yMin) * 0.05);
    yMin -= pad;
    yMax += pad;
    m_axisX->setRange(m_first * kMsPerDay, m_last * kMsPerDay);
    updateDateTicks();
    setNiceRange(*m_axisY, yMin, yMax);
    updateShading(m_axisY->min(), m_axisY->max(), columns);
    m_updating = wasUpdating;
}

void TimeSeriesChart::updateShading(double yMin, double yMax, int columns) {
    if (!m_shading)
        return;
    QList<QPointF> upper, lower;
    if (!m_shadingShown) {
        m_shadingUpper->clear();
        m_shadingLower->clear();
        return;
    }
    // Runs of low-QC days in the visible range; gaps shorter than a pixel column are bridged.
    const double bridge = std::max(1.0, (m_last - m_first) / columns);
    auto it = std::lower_bound(m_lowQcDays.begin(), m_lowQcDays.end(), std::floor(m_first));
    const auto addRun = [&](double a, double b) {
        a = std::max(a, m_first);
        b = std::min(b, m_last);
        for (double x : {a, a, b, b})
            lower.append(QPointF(x * kMsPerDay, yMin));
        for (const auto& [x, y] : {std::pair{a, yMin}, {a, yMax}, {b, yMax}, {b, yMin}})
            upper.append(QPointF(x * kMsPerDay, y));
    };
    if (it != m_lowQcDays.end() && *it <= m_last) {
        double runStart = *it, runEnd = *it + 1.0;
        for (++it; it != m_lowQcDays.end() && *it <= m_last; ++it) {
            if (*it - runEnd <= bridge) {
                runEnd = *it + 1.0;
                continue;
            }
            addRun(runStart, runEnd);
            runStart = *it;
            runEnd = *it + 1.0;
        }
        addRun(runStart, runEnd);
    }
    m_shadingUpper->replace(upper);
    m_shadingLower->replace(lower);
}

QStringList TimeSeriesChart::seriesNames() const {
    QStringList names;
    for (const auto& line : m_lines)
        names.append(line->name);
    return names;
}

TimeSeriesChart::Line* TimeSeriesChart::findLine(const QString& name) {
    return const_cast<Line*>(std::as_const(*this).findLine(name));
}

const TimeSeriesChart::Line* TimeSeriesChart::findLine(const QString& name) const {
    for (const auto& line : m_lines)
        if (line->name == name)
            return line.get();
    return nullptr;
}

void TimeSeriesChart::setSeriesVisible(const QString& name, bool visible) {
    Line* line = findLine(name);
    if (!line || line->visible == visible)
        return;
    // Hidden by drawing no points: a hidden QAbstractSeries would drop its legend entry.
    line->visible = visible;
    styleMarker(*line);
    redecimate(); // empties or refills the series; the y range follows what is shown
}

bool TimeSeriesChart::isSeriesVisible(const QString& name) const {
    const Line* line = findLine(name);
    return line && line->visible;
}

QList<TimeSeriesChart::Reading> TimeSeriesChart::readingsAt(double day) const {
    QList<Reading> out;
    for (const auto& line : m_lines) {
        if (!line->visible)
            continue;
        // The period holding `day`: the last start <= day, if day falls inside it.
        auto it = std::upper_bound(line->starts.begin(), line->starts.end(),
                                   static_cast<int>(std::floor(day)));
        if (it == line->starts.begin())
            continue;
        const auto i = static_cast<std::size_t>(it - line->starts.begin() - 1);
        if (std::floor(day) >= line->starts[i] + line->lengths[i])
            continue;
        out.append({line->name, line->color, line->y[i], line->sd.empty() ? kNaN : line->sd[i]});
    }
    return out;
}

int TimeSeriesChart::drawnPointCount() const {
    int n = 0;
    for (const auto& line : m_lines) {
        n += static_cast<int>(line->series->count());
        if (line->band)
            n += static_cast<int>(line->bandLower->count() + line->bandUpper->count());
    }
    return n;
}

double TimeSeriesChart::dayAt(const QPointF& chartPosition) const {
    const QRectF area = plotArea();
    if (area.width() <= 0)
        return m_first;
    return m_first + (chartPosition.x() - area.left()) / area.width() * (m_last - m_first);
}

double TimeSeriesChart::xPositionOfDay(double day) const {
    const QRectF area = plotArea();
    return area.left() + (day - m_first) / (m_last - m_first) * area.width();
}

} // namespace fluxlens
