#include "embedding_map_view.h"

#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace fluxlens {

EmbeddingMapView::EmbeddingMapView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(240, 200);
    setToolTip(tr("Each point is one site's task embedding, projected on its two principal "
                  "components. Sites the encoder finds alike sit close together. Click a point "
                  "to select that site."));
}

QColor EmbeddingMapView::rampColor(double t) {
    // viridis, five stops
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xfd, 0xe7, 0x25)};
    if (!std::isfinite(t))
        return QColor(0xbb, 0xbb, 0xbb);
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

void EmbeddingMapView::setPoints(std::vector<Point> points, const QString& xLabel,
                                 const QString& yLabel) {
    m_points = std::move(points);
    m_xLabel = xLabel;
    m_yLabel = yLabel;
    if (m_points.empty()) {
        m_bounds = QRectF(-1, -1, 2, 2);
    } else {
        double x0 = m_points[0].position.x(), x1 = x0, y0 = m_points[0].position.y(), y1 = y0;
        for (const Point& p : m_points) {
            x0 = std::min(x0, p.position.x());
            x1 = std::max(x1, p.position.x());
            y0 = std::min(y0, p.position.y());
            y1 = std::max(y1, p.position.y());
        }
        const double padX = std::max(1e-6, 0.08 * (x1 - x0)),
                     padY = std::max(1e-6, 0.08 * (y1 - y0));
        m_bounds = QRectF(QPointF(x0 - padX, y0 - padY), QPointF(x1 + padX, y1 + padY));
    }
    update();
}

void EmbeddingMapView::setCategoricalLegend(std::vector<LegendEntry> entries) {
    m_legend = std::move(entries);
    m_colorBar = false;
    update();
}

void EmbeddingMapView::setColorBar(const QString& title, double minimum, double maximum) {
    m_legend.clear();
    m_colorBar = true;
    m_colorBarTitle = title;
    m_colorMin = minimum;
    m_colorMax = maximum;
    update();
}

void EmbeddingMapView::setColors(const std::vector<QColor>& colors) {
    for (std::size_t i = 0; i < m_points.size() && i < colors.size(); ++i)
        m_points[i].color = colors[i];
    update();
}

void EmbeddingMapView::setCurrent(const QString& siteId) {
    m_current = siteId;
    update();
}

void EmbeddingMapView::setDonor(const QString& siteId) {
    m_donor = siteId;
    update();
}

QRectF EmbeddingMapView::plotRect() const {
    const int legendWidth = m_colorBar ? 70 : (m_legend.empty() ? 0 : 64);
    return QRectF(36, 10, std::max(40, width() - 46 - legendWidth), std::max(40, height() - 46));
}

QPointF EmbeddingMapView::toWidget(const QPointF& p) const {
    const QRectF r = plotRect();
    const double fx = (p.x() - m_bounds.left()) / std::max(1e-12, m_bounds.width());
    const double fy = (p.y() - m_bounds.top()) / std::max(1e-12, m_bounds.height());
    return QPointF(r.left() + fx * r.width(), r.bottom() - fy * r.height());
}

QPointF EmbeddingMapView::widgetPositionOf(const QString& siteId) const {
    for (const Point& p : m_points)
        if (p.siteId == siteId)
            return toWidget(p.position);
    return {};
}

QString EmbeddingMapView::siteAt(const QPointF& widgetPosition) const {
    QString best;
    double bestDistance = 8.0 * 8.0;
    for (const Point& p : m_points) {
        const QPointF d = toWidget(p.position) - widgetPosition;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestDistance) {
            bestDistance = d2;
            best = p.siteId;
        }
    }
    return best;
}

void EmbeddingMapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF r = plotRect();
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(r);
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(r.left(), r.bottom() + 4, r.width(), 18), Qt::AlignCenter, m_xLabel);
    painter.save();
    painter.translate(14, r.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-r.height() / 2, -9, r.height(), 18), Qt::AlignCenter, m_yLabel);
    painter.restore();
    if (m_points.empty()) {
        painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Load a TAM-RL model to see the "
                            "sites' task embeddings."));
        return;
    }
    // origin cross
    painter.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
    const QPointF origin = toWidget(QPointF(0, 0));
    if (r.contains(QPointF(origin.x(), r.center().y())))
        painter.drawLine(QPointF(origin.x(), r.top()), QPointF(origin.x(), r.bottom()));
    if (r.contains(QPointF(r.center().x(), origin.y())))
        painter.drawLine(QPointF(r.left(), origin.y()), QPointF(r.right(), origin.y()));
    for (const Point& p : m_points) {
        painter.setPen(QPen(QColor(0, 0, 0, 90), 0.8));
        painter.setBrush(p.color);
        painter.drawEllipse(toWidget(p.position), 4.5, 4.5);
    }
    auto ring = [&](const QString& id, const QColor& color, const QString& label) {
        if (id.isEmpty())
            return;
        for (const Point& p : m_points)
            if (p.siteId == id) {
                const QPointF c = toWidget(p.position);
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(color, 2.5));
                painter.drawEllipse(c, 8.5, 8.5);
                painter.setPen(color);
                painter.drawText(c + QPointF(10, -8), label + QStringLiteral(" ") + id);
            }
    };
    ring(m_donor, QColor(0xd6, 0x27, 0x28), QStringLiteral("B"));
    ring(m_current, QColor(0x10, 0x10, 0x10), QStringLiteral("A"));

    // legend
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    painter.setFont(small);
    const double lx = r.right() + 8;
    if (m_colorBar) {
        const QRectF bar(lx, r.top() + 18, 14, r.height() - 40);
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 4; ++i)
            gradient.setColorAt(i / 4.0, rampColor(i / 4.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawRect(bar);
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(lx - 6, r.top(), 70, 16), Qt::AlignLeft, m_colorBarTitle);
        painter.drawText(QPointF(bar.right() + 3, bar.top() + 8),
                         QString::number(m_colorMax, 'g', 3));
        painter.drawText(QPointF(bar.right() + 3, bar.bottom()),
                         QString::number(m_colorMin, 'g', 3));
    } else {
        double y = r.top() + 2;
        for (const LegendEntry& e : m_legend) {
            if (y > r.bottom() - 12)
                break;
            painter.setPen(Qt::NoPen);
            painter.setBrush(e.color);
            painter.drawEllipse(QPointF(lx + 5, y + 6), 4, 4);
            painter.setPen(palette().text().color());
            painter.drawText(QPointF(lx + 13, y + 10), e.label);
            y += 14;
        }
    }
}

void EmbeddingMapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QString id = siteAt(event->position());
    if (!id.isEmpty())
        Q_EMIT siteClicked(id);
}

void EmbeddingMapView::mouseMoveEvent(QMouseEvent* event) {
    const QString id = siteAt(event->position());
    setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (!id.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), id, this);
}

} // namespace fluxlens
