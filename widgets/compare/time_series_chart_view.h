#pragma once

#include <QChartView>

class QGraphicsLineItem;
class QGraphicsTextItem;

namespace fluxlens {

class TimeSeriesChart;

// Interaction for a TimeSeriesChart: wheel zoom around the pointer, rubber-band zoom (left
// drag), pan (middle or right drag, arrow keys), double click resets, and a crosshair that reads
// every visible series at the pointer's day.
class TimeSeriesChartView : public QChartView {
    Q_OBJECT
public:
    explicit TimeSeriesChartView(TimeSeriesChart* chart, QWidget* parent = nullptr);

    TimeSeriesChart* timeSeriesChart() const { return m_chart; }
    // Zooms by `factor` (< 1 zooms in) keeping `anchorDay` in place.
    void zoomAround(double anchorDay, double factor);
    void panByDays(double days);
    // Shows the crosshair at a widget position (what a mouse move does); hidden when outside.
    void showCrosshairAt(const QPointF& widgetPosition);
    QString crosshairText() const; // plain text of the reading, empty when hidden

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    TimeSeriesChart* m_chart;
    QGraphicsLineItem* m_crossLine;
    QGraphicsTextItem* m_crossText;
    bool m_panning = false;
    QPointF m_lastPan;
};

} // namespace fluxlens
