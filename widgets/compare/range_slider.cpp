#include "range_slider.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace fluxlens {
namespace {
constexpr double kHandleWidth = 8.0;
}

RangeSlider::RangeSlider(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Drag the ends to choose the visible period, the middle to move it"));
}

QSize RangeSlider::sizeHint() const {
    return {300, 22};
}
QSize RangeSlider::minimumSizeHint() const {
    return {60, 22};
}

void RangeSlider::setBounds(double minimum, double maximum) {
    if (!(maximum > minimum))
        maximum = minimum + 1.0;
    m_min = minimum;
    m_max = maximum;
    setRange(m_lower, m_upper);
}

void RangeSlider::setRange(double lower, double upper) {
    m_lower = std::clamp(std::min(lower, upper), m_min, m_max);
    m_upper = std::clamp(std::max(lower, upper), m_min, m_max);
    update();
}

QRectF RangeSlider::groove() const {
    return QRectF(kHandleWidth, height() / 2.0 - 3.0, width() - 2 * kHandleWidth, 6.0);
}

double RangeSlider::xOf(double value) const {
    const QRectF g = groove();
    return g.left() + (value - m_min) / (m_max - m_min) * g.width();
}

double RangeSlider::valueAt(double x) const {
    const QRectF g = groove();
    const double f = g.width() > 0 ? (x - g.left()) / g.width() : 0.0;
    return m_min + std::clamp(f, 0.0, 1.0) * (m_max - m_min);
}

void RangeSlider::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF g = groove();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Mid));
    p.drawRoundedRect(g, 3, 3);
    const double a = xOf(m_lower), b = xOf(m_upper);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawRect(QRectF(a, g.top(), b - a, g.height()));
    p.setPen(palette().color(QPalette::Dark));
    p.setBrush(palette().color(QPalette::Button));
    for (double x : {a, b})
        p.drawRoundedRect(QRectF(x - kHandleWidth / 2, 2, kHandleWidth, height() - 4), 2, 2);
}

void RangeSlider::mousePressEvent(QMouseEvent* event) {
    const double x = event->position().x();
    const double a = xOf(m_lower), b = xOf(m_upper);
    if (std::abs(x - a) <= kHandleWidth && std::abs(x - a) <= std::abs(x - b))
        m_drag = Drag::Lower;
    else if (std::abs(x - b) <= kHandleWidth)
        m_drag = Drag::Upper;
    else if (x > a && x < b)
        m_drag = Drag::Span;
    else {
        // Click outside: centre the range there.
        const double half = (m_upper - m_lower) / 2.0;
        const double v = std::clamp(valueAt(x), m_min + half, m_max - half);
        setRange(v - half, v + half);
        Q_EMIT rangeEdited(m_lower, m_upper);
        m_drag = Drag::Span;
    }
    m_pressValue = valueAt(x);
    m_pressLower = m_lower;
    m_pressUpper = m_upper;
}

void RangeSlider::mouseMoveEvent(QMouseEvent* event) {
    if (m_drag == Drag::None)
        return;
    const double v = valueAt(event->position().x());
    const double minSpan = (m_max - m_min) / 1000.0;
    switch (m_drag) {
    case Drag::Lower:
        setRange(std::min(v, m_upper - minSpan), m_upper);
        break;
    case Drag::Upper:
        setRange(m_lower, std::max(v, m_lower + minSpan));
        break;
    case Drag::Span: {
        const double span = m_pressUpper - m_pressLower;
        const double lower = std::clamp(m_pressLower + v - m_pressValue, m_min, m_max - span);
        setRange(lower, lower + span);
        break;
    }
    case Drag::None:
        break;
    }
    Q_EMIT rangeEdited(m_lower, m_upper);
}

void RangeSlider::mouseReleaseEvent(QMouseEvent*) {
    m_drag = Drag::None;
}

} // namespace fluxlens
