// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lb_diagram_view.h"

#include "lb_scene.h"

#include <QEvent>
#include <QWheelEvent>
#include <algorithm>

namespace hopscope::gui {

LbDiagramView::LbDiagramView(LbScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene) {
    setObjectName(QStringLiteral("lbDiagramView"));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    setCacheMode(QGraphicsView::CacheNone);
    // The scene's background brush covers every exposed pixel; the viewport filling itself first
    // would paint the whole area twice a frame (a tenth of the GUI thread under load).
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(320, 200);
}

QRectF LbDiagramView::visibleSceneRect() const {
    return mapToScene(viewport()->rect()).boundingRect().intersected(m_scene->sceneRect());
}

void LbDiagramView::zoomIn() {
    setZoom(m_zoom * 1.25);
}

void LbDiagramView::zoomOut() {
    setZoom(m_zoom / 1.25);
}

void LbDiagramView::resetZoom() {
    setZoom(1.0);
}

void LbDiagramView::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, 0.5, 3.0);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    syncScene();
}

void LbDiagramView::syncScene() {
    // Zoomed in, the scene keeps the size it had at 1x and the view scrolls over it; zoomed
    // out, the layout spreads over the larger area.
    const double layoutZoom = std::min(m_zoom, 1.0);
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

void LbDiagramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void LbDiagramView::paintEvent(QPaintEvent* event) {
    QGraphicsView::paintEvent(event);
    ++m_framesPainted;
}

} // namespace hopscope::gui
