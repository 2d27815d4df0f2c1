#include "time_series_chart_view.h"

#include "time_series_chart.h"

#include <QDate>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <cmath>

namespace fluxlens {

TimeSeriesChartView::TimeSeriesChartView(TimeSeriesChart* chart, QWidget* parent)
    : QChartView(chart, parent)
    , m_chart(chart)
    , m_crossLine(new QGraphicsLineItem(chart))
    , m_crossText(new QGraphicsTextItem(chart)) {
    // No antialiasing: with two points per pixel column it costs much and shows little.
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_crossLine->setPen(QPen(QColor(80, 80, 80, 160), 1.0, Qt::DashLine));
    m_crossLine->setZValue(1000);
    m_crossText->setZValue(1001);
    m_crossLine->hide();
    m_crossText->hide();
    setToolTip(tr("Wheel: zoom · left drag: zoom to period · middle or right drag: pan · "
                  "double click: whole record"));
}

void TimeSeriesChartView::zoomAround(double anchorDay, double factor) {
    const double first = m_chart->visibleFirstDay();
    const double last = m_chart->visibleLastDay();
    m_chart->setDayRange(anchorDay - (anchorDay - first) * factor,
                         anchorDay + (last - anchorDay) * factor);
}

void TimeSeriesChartView::panByDays(double days) {
    m_chart->setDayRange(m_chart->visibleFirstDay() + days, m_chart->visibleLastDay() + days);
}

void TimeSeriesChartView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(event->position().toPoint()));
    zoomAround(m_chart->dayAt(chartPos), std::pow(0.8, steps));
    showCrosshairAt(event->position());
    event->accept();
}

void TimeSeriesChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const double width = m_chart->plotArea().width();
        if (width > 0) {
            const double dx = event->position().x() - m_lastPan.x();
            panByDays(-dx / width * (m_chart->visibleLastDay() - m_chart->visibleFirstDay()));
        }
        m_lastPan = event->position();
        event->accept();
        return;
    }
    showCrosshairAt(event->position());
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton)) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeSeriesChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    m_chart->resetDayRange();
    event->accept();
}

void TimeSeriesChartView::keyPressEvent(QKeyEvent* event) {
    const double span = m_chart->visibleLastDay() - m_chart->visibleFirstDay();
    const double mid = (m_chart->visibleFirstDay() + m_chart->visibleLastDay()) / 2.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panByDays(-span / 10.0);
        break;
    case Qt::Key_Right:
        panByDays(span / 10.0);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(mid, 0.8);
        break;
    case Qt::Key_Minus:
        zoomAround(mid, 1.25);
        break;
    case Qt::Key_Home:
        m_chart->resetDayRange();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeSeriesChartView::leaveEvent(QEvent* event) {
    m_crossLine->hide();
    m_crossText->hide();
    QChartView::leaveEvent(event);
}

void TimeSeriesChartView::showCrosshairAt(const QPointF& widgetPosition) {
    const QPointF chartPos = m_chart->mapFromScene(mapToScene(widgetPosition.toPoint()));
    const QRectF area = m_chart->plotArea();
    if (!area.contains(chartPos) || !m_chart->siteData()) {
        m_crossLine->hide();
        m_crossText->hide();
        return;
    }
    const double day = m_chart->dayAt(chartPos);
    const QDate date = QDate(1970, 1, 1).addDays(static_cast<qint64>(std::floor(day)));
    QString html = QStringLiteral("<b>%1</b>").arg(date.toString(Qt::ISODate));
    for (const TimeSeriesChart::Reading& r : m_chart->readingsAt(day)) {
        QString value = QString::number(r.value, 'f', 2);
        if (std::isfinite(r.sd))
            value += QStringLiteral(" ± %1").arg(r.sd, 0, 'f', 2);
        html += QStringLiteral("<br><span style='color:%1'>■</span> %2: %3")
                    .arg(r.color.name(), r.name.toHtmlEscaped(), value);
    }
    m_crossText->setHtml(
        QStringLiteral("<div style='background:rgba(255,255,255,220)'>%1</div>").arg(html));
    m_crossLine->setLine(chartPos.x(), area.top(), chartPos.x(), area.bottom());
    const QSizeF size = m_crossText->boundingRect().size();
    double x = chartPos.x() + 8;
    if (x + size.width() > area.right())
        x = chartPos.x() - 8 - size.width();
    m_crossText->setPos(x, area.top() + 4);
    m_crossLine->show();
    m_crossText->show();
}

QString TimeSeriesChartView::crosshairText() const {
    return m_crossText->isVisible() ? m_crossText->toPlainText() : QString();
}

} // namespace fluxlens
