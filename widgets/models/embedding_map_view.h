#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QWidget>
#include <vector>

namespace fluxlens {

// A 2-D scatter of the sites' task embeddings (PCA scores). Points carry a colour (by Köppen, IGBP
// or a hidden demo parameter); a legend of classes or a colour bar explains it. The current site
// (A) is ringed, the embedding donor (B) marked; clicking a point emits siteClicked.
class EmbeddingMapView : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QString siteId;
        QPointF position; // PC1, PC2
        QColor color;
    };
    struct LegendEntry {
        QString label;
        QColor color;
    };

    explicit EmbeddingMapView(QWidget* parent = nullptr);

    void setPoints(std::vector<Point> points, const QString& xLabel, const QString& yLabel);
    void setCategoricalLegend(std::vector<LegendEntry> entries);
    void setColorBar(const QString& title, double minimum, double maximum); // viridis-like
    void setColors(const std::vector<QColor>& colors); // same order as the points
    void setCurrent(const QString& siteId);
    void setDonor(const QString& siteId);
    int pointCount() const { return int(m_points.size()); }
    QString siteAt(const QPointF& widgetPosition) const; // nearest within 8 px, else ""
    QPointF widgetPositionOf(const QString& siteId) const;

    static QColor rampColor(double t); // 0..1 on the continuous scale

    QSize sizeHint() const override { return {360, 320}; }

Q_SIGNALS:
    void siteClicked(const QString& siteId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    QPointF toWidget(const QPointF& p) const;

    std::vector<Point> m_points;
    QString m_xLabel, m_yLabel;
    QRectF m_bounds;
    std::vector<LegendEntry> m_legend;
    bool m_colorBar = false;
    QString m_colorBarTitle;
    double m_colorMin = 0, m_colorMax = 1;
    QString m_current, m_donor;
};

} // namespace fluxlens
