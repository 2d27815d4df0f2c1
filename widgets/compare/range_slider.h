#pragma once

#include <QWidget>

namespace fluxlens {

// A horizontal slider with two handles selecting a sub-range of [minimum, maximum]: drag a
// handle to move one end, drag between them to move the whole range.
class RangeSlider : public QWidget {
    Q_OBJECT
public:
    explicit RangeSlider(QWidget* parent = nullptr);

    void setBounds(double minimum, double maximum);
    // Programmatic changes do not emit rangeEdited.
    void setRange(double lower, double upper);
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    double lower() const { return m_lower; }
    double upper() const { return m_upper; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rangeEdited(double lower, double upper); // by the user

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    enum class Drag { None, Lower, Upper, Span };
    double valueAt(double x) const;
    double xOf(double value) const;
    QRectF groove() const;

    double m_min = 0.0, m_max = 1.0, m_lower = 0.0, m_upper = 1.0;
    Drag m_drag = Drag::None;
    double m_pressValue = 0.0, m_pressLower = 0.0, m_pressUpper = 0.0;
};

} // namespace fluxlens
