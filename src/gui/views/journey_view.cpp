// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "journey_view.h"

#include "gui/widgets/planned_lesson_page.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace hopscope::gui {

JourneyView::JourneyView(QWidget* parent)
    : LessonView(parent), m_page(new PlannedLessonPage(this)) {
    setObjectName(id() + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    retranslate();
}

void JourneyView::setDisplayScale(double scale) {
    m_page->setScale(scale);
}

void JourneyView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void JourneyView::retranslate() {
    m_page->setContent(
        QIcon(QStringLiteral(":/icons/lesson_journey.svg")), tr("Journey"),
        tr("All the lessons in order: what happens between typing an address into a browser "
           "and the page appearing."),
        {tr("The DNS lookup that turns the name into an address"),
         tr("The TCP handshake with the web server"),
         tr("The HTTP request, encapsulated and carried hop by hop"),
         tr("The load balancer picking a backend, and the answer travelling back"),
         tr("One timeline across all of it, stepping forward and back at any speed")});
}

} // namespace hopscope::gui
