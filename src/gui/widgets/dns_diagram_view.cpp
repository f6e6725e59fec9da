// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_diagram_view.h"

#include "dns_lookup_scene.h"
#include "gui/controllers/playback_controller.h"

#include <QEvent>
#include <QMouseEvent>
#include <algorithm>

namespace hopscope::gui {

DnsDiagramView::DnsDiagramView(PlaybackController& controller, DnsLookupScene* scene,
                               QWidget* parent)
    : ZoomableView(scene, kMinZoom, kMaxZoom, parent), m_controller(controller), m_scene(scene) {
    setObjectName(QStringLiteral("dnsDiagramView"));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAlignment(Qt::AlignCenter);
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        // The scene grew past the viewport (a larger display scale): fit it again.
        const QRectF r = m_scene->sceneRect();
        const double fit = std::min({1.0, viewport()->width() / (r.width() * zoom()),
                                     viewport()->height() / (r.height() * zoom())});
        setTransform(QTransform::fromScale(zoom() * fit, zoom() * fit));
    });
}

void DnsDiagramView::applyZoom() {
    syncScene();
}

void DnsDiagramView::syncScene() {
    // Lay out on what is visible at this zoom; the scene refuses to go below its minimum, and
    // then the view shrinks it to fit instead of cutting it off.
    const QSizeF visible(viewport()->width() / zoom(), viewport()->height() / zoom());
    m_scene->setLayoutSize(visible);
    const QRectF r = m_scene->sceneRect();
    const double fit = std::min({1.0, visible.width() / r.width(), visible.height() / r.height()});
    setTransform(QTransform::fromScale(zoom() * fit, zoom() * fit));
}

void DnsDiagramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    syncScene();
}

void DnsDiagramView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        m_scene->refreshPalette();
    }
    QGraphicsView::changeEvent(event);
}

void DnsDiagramView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const QPointF pos = mapToScene(event->position().toPoint());
        if (const auto k = m_scene->eventAt(pos)) {
            m_scene->setSelectedPlace(std::nullopt);
            m_controller.pause();
            m_controller.seekToEvent(*k);
            event->accept();
            return;
        }
        if (const auto place = m_scene->placeAt(pos)) {
            m_scene->setSelectedPlace(place);
            if (const auto k = m_scene->nextEventOf(*place)) {
                m_controller.pause();
                m_controller.seekToEvent(*k);
            }
            event->accept();
            return;
        }
        m_scene->setSelectedPlace(std::nullopt);
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace hopscope::gui
