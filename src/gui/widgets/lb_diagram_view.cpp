// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_diagram_view.h"

#include "lb_scene.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace hopscope::gui {

LbDiagramView::LbDiagramView(LbScene* scene, QWidget* parent)
    : ZoomableView(scene, kMinZoom, kMaxZoom, parent), m_scene(scene) {
    setObjectName(QStringLiteral("lbDiagramView"));
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    // Every pixel comes from the static layer; the viewport filling itself first would paint
    // the area twice.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setMinimumSize(320, 200);
    connect(scene, &LbScene::dotsMoved, this, &LbDiagramView::repaintDots);
    // With a receiver for changed(), the scene reports every item update through it, so the
    // static layer hears of each change while the view still repaints it as before.
    connect(scene, &QGraphicsScene::changed, this, &LbDiagramView::sceneChanged);
}

void LbDiagramView::repaintDots(const QList<QRectF>& damaged) {
    const QSize size = viewport()->size();
    if (m_tiles.area() != size) {
        m_tiles.setArea(size);
    }
    const QTransform toViewport = viewportTransform();
    for (const QRectF& r : damaged) {
        // A pixel more on each side for antialiasing (DontAdjustForAntialiasing is set).
        m_tiles.add(toViewport.mapRect(r).toAlignedRect().adjusted(-1, -1, 1, 1));
    }
    if (!m_tiles.empty()) {
        viewport()->update(m_tiles.region());
        m_tiles.clear();
    }
}

void LbDiagramView::sceneChanged(const QList<QRectF>& rects) {
    // A whole-scene update arrives as the scene rectangle; an empty list means nothing changed.
    const QTransform toViewport = viewportTransform();
    for (const QRectF& r : rects) {
        // Two pixels more for antialiasing, as QGraphicsView itself adds.
        m_staticDamage += toViewport.mapRect(r).toAlignedRect().adjusted(-2, -2, 2, 2);
    }
}

void LbDiagramView::invalidateStatic() {
    m_staticDamage = QRegion(viewport()->rect());
    viewport()->update();
}

void LbDiagramView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    invalidateStatic(); // the layer holds what was visible before the scroll
}

void LbDiagramView::renderStatic() {
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(viewport()->size()) * ratio).toSize();
    if (m_static.size() != pixels || m_static.devicePixelRatio() != ratio) {
        m_static = QPixmap(pixels);
        m_static.setDevicePixelRatio(ratio);
        m_static.fill(Qt::white); // opaque, so copying it back is a plain copy
        m_staticDamage = QRegion(viewport()->rect());
    }
    m_staticDamage &= QRegion(viewport()->rect());
    if (m_staticDamage.isEmpty()) {
        return;
    }
    QPainter painter(&m_static);
    painter.setRenderHints(renderHints());
    m_scene->setDotsLeftOut(true);
    for (const QRect& r : m_staticDamage) {
        painter.setClipRect(r);
        render(&painter, QRectF(r), r, Qt::IgnoreAspectRatio);
    }
    m_scene->setDotsLeftOut(false);
    m_staticDamage = QRegion();
}

QRectF LbDiagramView::visibleSceneRect() const {
    return mapToScene(viewport()->rect()).boundingRect().intersected(m_scene->sceneRect());
}

void LbDiagramView::applyZoom() {
    setTransform(QTransform::fromScale(zoom(), zoom()));
    syncScene();
    invalidateStatic();
}

void LbDiagramView::syncScene() {
    // Zoomed in, the scene keeps the size it had at 1x and the view scrolls over it; zoomed
    // out, the layout spreads over the larger area.
    const double layoutZoom = std::min(zoom(), 1.0);
    m_scene->setViewportSize(QSizeF(viewport()->size()) / layoutZoom);
}

void LbDiagramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    syncScene();
}

void LbDiagramView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        m_scene->refreshPalette();
    }
    QGraphicsView::changeEvent(event);
}

void LbDiagramView::paintEvent(QPaintEvent* event) {
    renderStatic();
    QPainter painter(viewport());
    const qreal ratio = m_static.devicePixelRatio();
    for (const QRect& r : event->region()) {
        painter.drawPixmap(r, m_static,
                           QRectF(QPointF(r.topLeft()) * ratio, QSizeF(r.size()) * ratio));
    }
    painter.setRenderHints(renderHints());
    painter.setWorldTransform(viewportTransform());
    m_scene->paintDots(painter);
    painter.end();
    ++m_framesPainted;
    m_lastPaintedPixels = 0;
    for (const QRect& r : event->region()) {
        m_lastPaintedPixels += qint64{r.width()} * r.height();
    }
}

} // namespace hopscope::gui
