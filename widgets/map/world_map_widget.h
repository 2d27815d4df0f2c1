#pragma once

#include "map_coloring.h"
#include "map_scene.h"
#include "map_style.h"
#include "map_viewport.h"

#include <QPixmap>
#include <QPointer>
#include <QWidget>
#include <optional>

class QRubberBand;

namespace fluxlens {

class SiteTableModel;
struct MapFigure;
class RasterLayer;
class SiteFilter;
class SiteSelection;

// The world map of towers: land from an OGR layer, projected through PROJ; towers coloured by
// class; hover tooltip; click / ctrl-click / shift-drag selection; wheel zoom, drag pan.
class WorldMapWidget : public QWidget {
    Q_OBJECT
public:
    WorldMapWidget(SiteTableModel* sites, SiteFilter* filter, SiteSelection* selection,
                   QWidget* parent = nullptr);
    ~WorldMapWidget() override;

    void loadBasemap(const QString& path);
    void setProjection(MapProjection projection);
    void setColorMode(MapColorMode mode);
    // Switches to MapColorMode::Custom with these colours and legend.
    void setCustomColoring(CustomMapColoring coloring);
    MapColorMode colorMode() const { return m_colorMode; }

    const MapScene& scene() const { return m_scene; }
    // The gridded layer drawn under the towers (empty until a file is opened in it).
    RasterLayer* rasterLayer() const { return m_raster; }
    const MapViewport& viewport() const { return m_viewport; }
    // The towers that pass the filter, in model order, as drawn.
    std::vector<TowerMarker> visibleTowers() const;
    MapLegend legend() const;
    // Where the legend box is on the widget: placed over the ocean unless the user dragged it;
    // a click on it collapses it to its title (and back).
    QRectF legendRect() const;
    bool isLegendCollapsed() const { return m_legendCollapsed; }
    void setLegendCollapsed(bool collapsed);
    // What the map shows now (view, filter, selection, colours) as a publication figure.
    MapFigure figure() const;
    // Widget coordinates of a site's marker, when it is visible (tests and tooltips use it).
    std::optional<QPointF> markerPosition(const QString& id) const;
    QString siteAt(const QPointF& widgetPos) const;

    QSize sizeHint() const override { return {900, 520}; }

public Q_SLOTS:
    void zoomToSelection();
    void resetView();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void siteClicked(const QString& id);
    void statusMessage(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void onSitesReset();
    void invalidateBase();
    void updateHover(const QPointF& pos);
    QString tooltipFor(const QString& id) const;
    QPointF legendTopLeft() const;

    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    MapScene m_scene;
    MapViewport m_viewport;
    MapColorMode m_colorMode = MapColorMode::Koppen;
    CustomMapColoring m_custom;
    QPixmap m_baseCache; // ocean, land and graticule for the current view and size
    QString m_hoveredId;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_rubberBanding = false;
    QRubberBand* m_rubberBand = nullptr;              // child widget
    std::optional<QPointF> m_legendMovedTo;           // where the user dragged the legend
    mutable std::optional<QPointF> m_legendOverOcean; // for the current base map and legend size
    mutable QSizeF m_legendPlacedSize;
    bool m_legendCollapsed = false;
    bool m_onLegend = false; // the press was on the legend: dragging moves it
    RasterLayer* m_raster;   // child
};

} // namespace fluxlens
