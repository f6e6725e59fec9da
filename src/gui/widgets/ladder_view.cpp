// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ladder_view.h"

#include "gui/controllers/playback_controller.h"
#include "ladder_scene.h"

#include <QEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <algorithm>

namespace hopscope::gui {

LadderView::LadderView(PlaybackController& controller, LadderScene* scene, QWidget* parent)
    : ZoomableView(scene, kMinZoom, kMaxZoom, parent), m_controller(controller), m_scene(scene) {
    setObjectName(QStringLiteral("ladderView"));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);

    connect(&m_controller, &PlaybackController::positionChanged, this, &LadderView::followCursor);
    connect(&m_controller, &PlaybackController::traceReplaced, this, [this] {
        m_followed.reset();
        syncScene();
    });
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, [this] { syncScene(); });
}

QRectF LadderView::visibleSceneRect() const {
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    return visible.intersected(m_scene->sceneRect());
}

void LadderView::scrollToLeft() {
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void LadderView::applyZoom() {
    setTransform(QTransform::fromScale(zoom(), zoom()));
    syncScene();
}

void LadderView::syncScene() {
    const bool wider = m_scene->sceneRect().width() * zoom() > viewport()->width();
    if (!wider) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    }
    m_scene->setViewportWidth(viewport()->width() / zoom());
    m_scene->setHeaderTop(mapToScene(QPoint(0, 0)).y());
}

void LadderView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    syncScene();
}

void LadderView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    m_scene->setHeaderTop(mapToScene(QPoint(0, 0)).y());
}

void LadderView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        m_scene->refreshPalette();
    }
    QGraphicsView::changeEvent(event);
}

void LadderView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const QPointF pos = mapToScene(event->position().toPoint());
        if (pos.y() > m_scene->headerHeight() + mapToScene(QPoint(0, 0)).y()) {
            if (const auto k = m_scene->eventAt(pos.y())) {
                m_controller.seekToEvent(*k);
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void LadderView::followCursor() {
    const auto k = m_controller.currentIndex();
    if (!k || k == m_followed) {
        return;
    }
    m_followed = k;
    // Keep the row below the pinned header, with a row of context around it.
    const QRectF row = m_scene->rowRect(*k);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const double top = visible.top() + m_scene->headerHeight();
    if (row.top() - m_scene->rowHeight() < top ||
        row.bottom() + m_scene->rowHeight() > visible.bottom()) {
        const double target = row.center().y() - (visible.height() + m_scene->headerHeight()) / 2;
        verticalScrollBar()->setValue(static_cast<int>(target * zoom()));
    }
    // When the lifelines do not all fit, bring the current arrow into sight.
    const QRectF arrow = m_scene->arrowRect(*k);
    if (arrow.left() < visible.left() || arrow.right() > visible.right()) {
        const double target = arrow.width() < visible.width()
                                  ? arrow.center().x() - visible.width() / 2
                                  : arrow.left() - m_scene->rowHeight();
        horizontalScrollBar()->setValue(static_cast<int>(target * zoom()));
    }
}

} // namespace hopscope::gui
