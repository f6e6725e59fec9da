// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "zoomable_view.h"

#include <QWheelEvent>
#include <algorithm>

namespace hopscope::gui {

ZoomableView::ZoomableView(QGraphicsScene* scene, double minZoom, double maxZoom, QWidget* parent)
    : QGraphicsView(scene, parent), m_minZoom(minZoom), m_maxZoom(maxZoom) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setCacheMode(QGraphicsView::CacheNone);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::ClickFocus);
}

void ZoomableView::zoomIn() {
    setZoom(m_zoom * kZoomStep);
}

void ZoomableView::zoomOut() {
    setZoom(m_zoom / kZoomStep);
}

void ZoomableView::resetZoom() {
    setZoom(1.0);
}

void ZoomableView::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    applyZoom();
}

void ZoomableView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace hopscope::gui
