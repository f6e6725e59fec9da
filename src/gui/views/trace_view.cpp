// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace_view.h"

#include "gui/controllers/playback_controller.h"
#include "gui/widgets/caption_label.h"
#include "gui/widgets/ladder_scene.h"
#include "gui/widgets/ladder_view.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace hopscope::gui {

TraceView::TraceView(PlaybackController& controller, QWidget* parent)
    : LessonView(parent), m_controller(controller) {
    m_scene = new LadderScene(controller, this);
    m_diagram = new QWidget(this);
    m_view = new LadderView(controller, m_scene, m_diagram);
    m_caption = new CaptionLabel(m_diagram);
    auto* diagramLayout = new QVBoxLayout(m_diagram);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->setSpacing(0);
    diagramLayout->addWidget(m_view, 1);
    diagramLayout->addWidget(m_caption);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_diagram);

    connect(&m_controller, &PlaybackController::positionChanged, this, &TraceView::refresh);
    connect(&m_controller, &PlaybackController::traceGrew, this, &TraceView::refresh);
    connect(&m_controller, &PlaybackController::traceReplaced, this, &TraceView::refresh);
    retranslate();
}

QGraphicsScene* TraceView::exportScene() const {
    return m_stack->currentWidget() == m_diagram ? m_scene : nullptr;
}

QRectF TraceView::exportRect() const {
    return m_view->visibleSceneRect();
}

void TraceView::setExportingWhole(bool exporting) {
    m_scene->setHeaderTop(exporting ? 0.0 : m_view->visibleSceneRect().top());
}

void TraceView::setDisplayScale(double scale) {
    m_scale = scale;
    m_scene->setScale(scale);
    m_view->scrollToLeft();
}

ZoomableView* TraceView::zoomView() const {
    return m_view;
}

void TraceView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void TraceView::retranslate() {
    m_empty->setText(tr("No trace is loaded.\n\nOpen a pcap or pcapng capture with "
                        "File › Open Capture… to see it here as a ladder diagram: one lifeline "
                        "per machine, one arrow per packet."));
    refresh();
}

QString TraceView::captionText() const {
    const auto k = m_controller.currentIndex();
    if (!k) {
        return tr("Press Space to play, or step with the arrow keys.");
    }
    const auto& e = m_controller.event(*k);
    const QString who =
        tr("%1 → %2").arg(QString::fromStdString(e.from()), QString::fromStdString(e.to()));
    if (!e.note().empty()) {
        return tr("%1. %2: %3").arg(*k + 1).arg(who, QString::fromStdString(e.note()));
    }
    return tr("%1. %2: %3 %4")
        .arg(*k + 1)
        .arg(who, QString::fromStdString(e.protocol()), QString::fromStdString(e.summary()));
}

void TraceView::refresh() {
    const bool any = m_controller.eventCount() > 0;
    m_stack->setCurrentWidget(any ? m_diagram : m_empty);
    if (any) {
        const QString caption = captionText();
        if (m_caption->text() != caption) {
            m_caption->setText(caption);
        }
    }
}

} // namespace hopscope::gui
