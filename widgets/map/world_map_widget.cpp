#include "world_map_widget.h"

#include "map_figure.h"
#include "raster_layer.h"
#include "site_filter.h"
#include "site_selection.h"
#include "site_table_model.h"
#include "tower_tooltip.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace fluxlens {
namespace {
constexpr double kHitRadius_px = 8.0;
constexpr int kDragThreshold_px = 4;
} // namespace

WorldMapWidget::WorldMapWidget(SiteTableModel* sites, SiteFilter* filter, SiteSelection* selection,
                               QWidget* parent)
    : QWidget(parent)
    , m_sites(sites)
    , m_filter(filter)
    , m_selection(selection)
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, this))
    , m_raster(new RasterLayer(this)) {
    setObjectName(QStringLiteral("worldMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
    m_viewport.setWorld(m_scene.worldBounds());

    connect(m_sites, &QAbstractItemModel::modelReset, this, &WorldMapWidget::onSitesReset);
    connect(m_filter, &SiteFilter::changed, this, qOverload<>(&QWidget::update));
    connect(m_selection, &SiteSelection::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(m_raster, &RasterLayer::changed, this, qOverload<>(&QWidget::update));
    onSitesReset();
}

WorldMapWidget::~WorldMapWidget() = default;

void WorldMapWidget::loadBasemap(const QString& path) {
    m_scene.loadBasemap(path);
    m_legendOverOcean.reset();
    invalidateBase();
    if (!m_scene.basemapError().isEmpty())
        Q_EMIT statusMessage(tr("No land shown: %1. Set another land polygon layer under "
                                "View ▸ Basemap or with FLUXLENS_BASEMAP.")
                                 .arg(m_scene.basemapError()));
}

void WorldMapWidget::setProjection(MapProjection projection) {
    if (projection == m_scene.projection())
        return;
    m_scene.setProjection(projection);
    m_viewport.setWorld(m_scene.worldBounds());
    m_legendOverOcean.reset();
    invalidateBase();
}

void WorldMapWidget::setColorMode(MapColorMode mode) {
    m_colorMode = mode;
    update();
}

void WorldMapWidget::setCustomColoring(CustomMapColoring coloring) {
    m_custom = std::move(coloring);
    m_colorMode = MapColorMode::Custom;
    update();
}

void WorldMapWidget::onSitesReset() {
    m_scene.setSites(m_sites->sites());
    std::vector<std::pair<QString, QPointF>> towers;
    for (const SiteRecord& r : m_sites->sites())
        towers.emplace_back(r.id(), QPointF(r.site.lon_deg, r.site.lat_deg));
    m_raster->setTowers(std::move(towers));
    m_hoveredId.clear();
    update();
}

void WorldMapWidget::invalidateBase() {
    m_baseCache = QPixmap();
    update();
}

std::vector<TowerMarker> WorldMapWidget::visibleTowers() const {
    std::vector<TowerMarker> towers;
    const auto& positions = m_scene.towerPositions();
    towers.reserve(m_sites->sites().size());
    for (const SiteRecord& r : m_sites->sites()) {
        if (!m_filter->accepts(r))
            continue;
        const QString id = r.id();
        auto it = positions.find(id);
        if (it == positions.end())
            continue;
        const QColor color = m_colorMode == MapColorMode::Custom && m_custom.color
                                 ? m_custom.color(r)
                                 : MapColoring::color(r, m_colorMode);
        towers.push_back({id, *it, color, m_selection->isSelected(id)});
    }
    return towers;
}

MapLegend WorldMapWidget::legend() const {
    if (m_colorMode == MapColorMode::Custom)
        return m_custom.legend;
    std::vector<const SiteRecord*> visible;
    for (const SiteRecord& r : m_sites->sites())
        if (m_filter->accepts(r))
            visible.push_back(&r);
    return MapColoring::legend(visible, m_colorMode);
}

MapFigure WorldMapWidget::figure() const {
    MapFigure figure;
    figure.scene = &m_scene;
    figure.viewport = &m_viewport;
    figure.towers = visibleTowers();
    figure.legend = legend();
    figure.raster = m_raster->picture();
    for (const TowerMarker& m : figure.towers)
        figure.sites.push_back(m_sites->find(m.id));
    return figure;
}

std::optional<QPointF> WorldMapWidget::markerPosition(const QString& id) const {
    const SiteRecord* r = m_sites->find(id);
    auto it = m_scene.towerPositions().find(id);
    if (!r || !m_filter->accepts(*r) || it == m_scene.towerPositions().end())
        return std::nullopt;
    const QPointF p = m_viewport.toScreen(size()).map(*it);
    if (!rect().contains(p.toPoint()))
        return std::nullopt;
    return p;
}

QString WorldMapWidget::siteAt(const QPointF& pos) const {
    const QTransform t = m_viewport.toScreen(size());
    QString best;
    double bestDistance = kHitRadius_px * kHitRadius_px;
    for (const TowerMarker& m : visibleTowers()) {
        const QPointF d = t.map(m.world) - pos;
        const double d2 = QPointF::dotProduct(d, d);
        // Later (topmost) markers win ties, as they are drawn over earlier ones.
        if (d2 <= bestDistance) {
            bestDistance = d2;
            best = m.id;
        }
    }
    return best;
}

void WorldMapWidget::paintEvent(QPaintEvent*) {
    const qreal dpr = devicePixelRatioF();
    if (m_baseCache.isNull() || m_baseCache.size() != size() * dpr) {
        m_baseCache = QPixmap(size() * dpr);
        m_baseCache.setDevicePixelRatio(dpr);
        QPainter basePainter(&m_baseCache);
        MapRenderer::paintBase(basePainter, size(), m_scene, m_viewport,
                               MapStyle::screen(palette()));
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_baseCache);
    const MapStyle style = MapStyle::screen(palette());
    const RasterPicture raster = m_raster->picture();
    RasterRenderer::paintRaster(painter, size(), m_scene, m_viewport, raster, style);
    MapRenderer::paintTowers(painter, size(), m_viewport, visibleTowers(), style, m_hoveredId);
    MapRenderer::paintLegend(painter, size(), legend(), style, legendTopLeft(), m_legendCollapsed,
                             true);
    RasterRenderer::paintColorBar(painter, size(), raster, style);
}

QPointF WorldMapWidget::legendTopLeft() const {
    const MapStyle style = MapStyle::screen(palette());
    const QSizeF box = MapRenderer::legendSize(size(), legend(), style, m_legendCollapsed);
    if (m_legendMovedTo) // kept inside the widget when it shrinks
        return QPointF(
            std::clamp(m_legendMovedTo->x(), 0.0, std::max(0.0, width() - box.width())),
            std::clamp(m_legendMovedTo->y(), 0.0, std::max(0.0, height() - box.height())));
    // Placed once per base map and legend size, over the ocean, where it hides no land.
    if (!m_legendOverOcean || m_legendPlacedSize != box) {
        m_legendOverOcean =
            m_baseCache.isNull()
                ? QPointF(10, height() - box.height() - 10)
                : MapRenderer::legendPlaceOverOcean(m_baseCache.toImage(), box, style);
        m_legendPlacedSize = box;
    }
    return *m_legendOverOcean;
}

QRectF WorldMapWidget::legendRect() const {
    const QSizeF box =
        MapRenderer::legendSize(size(), legend(), MapStyle::screen(palette()), m_legendCollapsed);
    return box.isEmpty() ? QRectF() : QRectF(legendTopLeft(), box);
}

void WorldMapWidget::setLegendCollapsed(bool collapsed) {
    m_legendCollapsed = collapsed;
    m_legendOverOcean.reset();
    update();
}

void WorldMapWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_baseCache = QPixmap();
    m_legendOverOcean.reset(); // placed again over the new size's ocean
}

void WorldMapWidget::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_viewport.zoomAt(event->position(), size(), std::pow(1.25, steps));
    invalidateBase();
    event->accept();
}

void WorldMapWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
    m_onLegend = legendRect().contains(event->position());
    if (m_onLegend)
        return;
    m_rubberBanding = event->modifiers() & Qt::ShiftModifier;
    if (m_rubberBanding) {
        m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
        m_rubberBand->show();
    }
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        updateHover(event->position());
        return;
    }
    if (m_rubberBanding) {
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        return;
    }
    if (m_onLegend) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() < kDragThreshold_px)
            return;
        m_dragging = true;
        m_legendMovedTo = legendTopLeft() + QPointF(pos - m_lastDragPos);
        m_lastDragPos = pos;
        update();
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < kDragThreshold_px)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_viewport.panBy(pos - m_lastDragPos, size());
    m_lastDragPos = pos;
    invalidateBase();
}

void WorldMapWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (m_onLegend) {
        m_onLegend = false;
        if (!m_dragging) // a click: collapse or expand
            setLegendCollapsed(!m_legendCollapsed);
        m_dragging = false;
        return;
    }
    if (m_rubberBanding) {
        m_rubberBand->hide();
        m_rubberBanding = false;
        const QRectF band = QRectF(m_pressPos, pos).normalized();
        const QTransform t = m_viewport.toScreen(size());
        QStringList ids;
        for (const TowerMarker& m : visibleTowers())
            if (band.contains(t.map(m.world)))
                ids.append(m.id);
        if (event->modifiers() & Qt::ControlModifier)
            m_selection->addToSelection(ids);
        else
            m_selection->setSelection(ids);
        Q_EMIT statusMessage(tr("%n site(s) selected", nullptr,
                                static_cast<int>(m_selection->selectedIds().size())));
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QString id = siteAt(event->position());
    if (event->modifiers() & Qt::ControlModifier) {
        if (!id.isEmpty())
            m_selection->toggle(id);
    } else if (id.isEmpty()) {
        m_selection->clear();
    } else {
        m_selection->select(id);
    }
    if (!id.isEmpty())
        Q_EMIT siteClicked(id);
}

void WorldMapWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    if (siteAt(event->position()).isEmpty()) {
        m_viewport.zoomAt(event->position(), size(), 2.0);
        invalidateBase();
    }
}

void WorldMapWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Escape:
        m_selection->clear();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorldMapWidget::leaveEvent(QEvent* event) {
    if (!m_hoveredId.isEmpty()) {
        m_hoveredId.clear();
        update();
    }
    QWidget::leaveEvent(event);
}

bool WorldMapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString id = siteAt(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(id), this);
        return true;
    }
    return QWidget::event(event);
}

void WorldMapWidget::updateHover(const QPointF& pos) {
    const QString id = siteAt(pos);
    if (id != m_hoveredId) {
        m_hoveredId = id;
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

QString WorldMapWidget::tooltipFor(const QString& id) const {
    const SiteRecord* r = m_sites->find(id);
    return r ? towerTooltip(*r, m_raster->towerTooltip(id)) : QString();
}

void WorldMapWidget::zoomToSelection() {
    double left = 0, right = 0, bottom = 0, top = 0;
    bool any = false;
    for (const QString& id : m_selection->selectedIds()) {
        auto it = m_scene.towerPositions().find(id);
        if (it == m_scene.towerPositions().end())
            continue;
        left = any ? std::min(left, it->x()) : it->x();
        right = any ? std::max(right, it->x()) : it->x();
        bottom = any ? std::min(bottom, it->y()) : it->y();
        top = any ? std::max(top, it->y()) : it->y();
        any = true;
    }
    if (!any) {
        Q_EMIT statusMessage(tr("Nothing selected to zoom to"));
        return;
    }
    m_viewport.fitWorldRect(QRectF(QPointF(left, bottom), QPointF(right, top)), size());
    invalidateBase();
}

void WorldMapWidget::resetView() {
    m_viewport.reset();
    m_legendOverOcean.reset();
    invalidateBase();
}

void WorldMapWidget::zoomIn() {
    m_viewport.zoomAt(rect().center(), size(), 1.5);
    invalidateBase();
}

void WorldMapWidget::zoomOut() {
    m_viewport.zoomAt(rect().center(), size(), 1 / 1.5);
    invalidateBase();
}

} // namespace fluxlens
