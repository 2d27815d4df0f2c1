#include "film_series_chart.h"

#include "value_axis_ticks.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fluxlens {

namespace {
constexpr qint64 kMsecsPerDay = 86400000LL;

qreal msecsOfDay(int dayNumber) {
    return qreal(qint64(dayNumber) * kMsecsPerDay);
}

int dayOfMsecs(qint64 msecs) {
    return int(msecs >= 0 ? msecs / kMsecsPerDay : -((-msecs + kMsecsPerDay - 1) / kMsecsPerDay));
}

const std::vector<float>* predicted(const ml::SitePrediction& p, FilmSeriesChart::Target t) {
    switch (t) {
    case FilmSeriesChart::Target::Gpp:
        return &p.gpp;
    case FilmSeriesChart::Target::Reco:
        return &p.reco;
    case FilmSeriesChart::Target::Nee:
        return &p.nee;
    }
    return &p.gpp;
}

const std::vector<float>* observedValues(const ml::SiteSeries& s, FilmSeriesChart::Target t) {
    switch (t) {
    case FilmSeriesChart::Target::Gpp:
        return &s.gpp_gC_m2_d;
    case FilmSeriesChart::Target::Reco:
        return &s.reco_gC_m2_d;
    case FilmSeriesChart::Target::Nee:
        return &s.nee_gC_m2_d;
    }
    return &s.gpp_gC_m2_d;
}

const QColor kObservedColor(0x60, 0x60, 0x60);

// A filled circle; Qt Charts scales it to the series' marker size.
QImage roundMarker(const QColor& color) {
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, 15.0, 15.0));
    return image;
}

QList<QPointF> points(const std::vector<int>& days, const std::vector<float>& values) {
    QList<QPointF> out;
    out.reserve(qsizetype(days.size()));
    for (std::size_t i = 0; i < days.size() && i < values.size(); ++i)
        if (std::isfinite(values[i]))
            out.append(QPointF(msecsOfDay(days[i]), values[i]));
    return out;
}
} // namespace

FilmSeriesChart::FilmSeriesChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_observed(new QScatterSeries)
    , m_learned(new QLineSeries)
    , m_modulated(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis) {
    m_observed->setName(tr("observed"));
    m_observed->setMarkerSize(3.5);
    m_observed->setColor(kObservedColor);
    m_observed->setBorderColor(Qt::transparent);
    // A light marker is painted per point; the default markers are one graphics item each, and
    // replacing 7,000 of them for a new site took most of the lab's 150 ms (ScatterChartItem).
    m_observed->setLightMarker(roundMarker(kObservedColor));
    m_learned->setName(tr("as learned (scale 1)"));
    m_learned->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5, Qt::DashLine));
    m_modulated->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0));
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_observed, m_learned, m_modulated})
        m_chart->addSeries(s);
    m_x->setFormat(QStringLiteral("yyyy-MM"));
    m_x->setTickCount(7);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries* s : m_chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::HorizontalRubberBand);
    view->setMinimumHeight(220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    setTarget(Target::Gpp);
    connect(m_x, &QDateTimeAxis::rangeChanged, this, &FilmSeriesChart::onAxisRangeChanged);
}

std::optional<ml::DayRange> FilmSeriesChart::visibleDays() const {
    if (m_learnedPrediction.dayNumbers.empty())
        return std::nullopt;
    return ml::DayRange{dayOfMsecs(m_x->min().toMSecsSinceEpoch()),
                        dayOfMsecs(m_x->max().toMSecsSinceEpoch())};
}

void FilmSeriesChart::setVisibleDays(const ml::DayRange& days) {
    m_x->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(msecsOfDay(days.firstDay)), QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(qint64(msecsOfDay(days.lastDay)), QTimeZone::utc()));
}

ml::DayRange FilmSeriesChart::periodDays(Period period, int recordFirstDay, int recordLastDay) {
    const int span = period == Period::LastYear         ? 365
                     : period == Period::LastThreeYears ? 3 * 365
                                                        : 0;
    return {span > 0 ? std::max(recordFirstDay, recordLastDay - span) : recordFirstDay,
            recordLastDay};
}

void FilmSeriesChart::onAxisRangeChanged() {
    const std::optional<ml::DayRange> days = visibleDays();
    if (!days || (m_announcedDays && m_announcedDays->firstDay == days->firstDay &&
                  m_announcedDays->lastDay == days->lastDay))
        return;
    m_announcedDays = days;
    rescaleY();
    Q_EMIT visibleDaysChanged(days->firstDay, days->lastDay);
}

void FilmSeriesChart::setTarget(Target target) {
    m_target = target;
    const QString name = target == Target::Gpp    ? QStringLiteral("GPP")
                         : target == Target::Reco ? QStringLiteral("RECO")
                                                  : QStringLiteral("NEE");
    m_y->setTitleText(tr("%1 (gC m⁻² d⁻¹)").arg(name));
    redraw();
}

void FilmSeriesChart::setPeriod(Period period) {
    m_period = period;
    applyPeriod();
}

void FilmSeriesChart::show(const ml::SiteSeries* observed, const ml::SitePrediction& learned,
                           const ml::SitePrediction& modulated, const QString& modulatedLabel) {
    const bool newSite = m_learnedPrediction.siteId != learned.siteId || m_observedSite != observed;
    m_observedSite = observed;
    if (newSite)
        m_learnedPrediction = learned;
    m_modulatedPrediction = modulated;
    m_modulated->setName(modulatedLabel);
    if (newSite) {
        redrawReference();
        applyPeriod();
    }
    redrawModulated();
}

void FilmSeriesChart::clear() {
    m_observedSite = nullptr;
    m_announcedDays.reset();
    m_learnedPrediction = {};
    m_modulatedPrediction = {};
    m_observed->clear();
    m_learned->clear();
    m_modulated->clear();
}

int FilmSeriesChart::modulatedPointCount() const {
    return int(m_modulated->count());
}

std::pair<double, double> FilmSeriesChart::yRange() const {
    return {m_y->min(), m_y->max()};
}

void FilmSeriesChart::redraw() {
    redrawReference();
    redrawModulated();
}

// Observations and the model as trained: they change only with the site or the target.
void FilmSeriesChart::redrawReference() {
    m_learned->replace(
        points(m_learnedPrediction.dayNumbers, *predicted(m_learnedPrediction, m_target)));
    if (m_observedSite && !observedValues(*m_observedSite, m_target)->empty())
        m_observed->replace(
            points(m_observedSite->dayNumbers, *observedValues(*m_observedSite, m_target)));
    else
        m_observed->clear();
}

// The modulated prediction: the only series a slider changes.
void FilmSeriesChart::redrawModulated() {
    m_modulated->replace(
        points(m_modulatedPrediction.dayNumbers, *predicted(m_modulatedPrediction, m_target)));
    rescaleY();
}

void FilmSeriesChart::rescaleY() {
    const qreal first = m_x->min().toMSecsSinceEpoch(), last = m_x->max().toMSecsSinceEpoch();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const QXYSeries* series :
         std::initializer_list<const QXYSeries*>{m_observed, m_learned, m_modulated})
        for (const QPointF& p : series->points())
            if (p.x() >= first && p.x() <= last) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
    if (std::isfinite(lo) && std::isfinite(hi)) {
        const double pad = std::max(0.05, 0.05 * (hi - lo));
        setNiceRange(*m_y, lo - pad, hi + pad);
    }
}

void FilmSeriesChart::applyPeriod() {
    const std::vector<int>& days = m_learnedPrediction.dayNumbers;
    if (days.empty())
        return;
    m_x->setFormat(m_period == Period::LastYear ? QStringLiteral("MMM yyyy")
                                                : QStringLiteral("yyyy-MM"));
    setVisibleDays(periodDays(m_period, days.front(), days.back()));
}

} // namespace fluxlens
