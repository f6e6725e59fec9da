// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lesson_view.h"

#include "gui/widgets/zoomable_view.h"

#include <QGraphicsScene>

namespace hopscope::gui {

void LessonView::setId(const QString& id) {
    m_id = id;
    setObjectName(id + QStringLiteral("View"));
}

bool LessonView::zoomable() const {
    return zoomView() != nullptr && exportScene() != nullptr;
}

void LessonView::zoomIn() {
    if (ZoomableView* view = zoomView()) {
        view->zoomIn();
    }
}

void LessonView::zoomOut() {
    if (ZoomableView* view = zoomView()) {
        view->zoomOut();
    }
}

void LessonView::resetZoom() {
    if (ZoomableView* view = zoomView()) {
        view->resetZoom();
    }
}

QRectF LessonView::wholeExportRect() const {
    const QGraphicsScene* scene = exportScene();
    return scene != nullptr ? scene->sceneRect() : QRectF();
}

} // namespace hopscope::gui
