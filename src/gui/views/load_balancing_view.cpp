// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancing_view.h"

#include "gui/widgets/planned_lesson_page.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace hopscope::gui {

LoadBalancingView::LoadBalancingView(QWidget* parent)
    : LessonView(parent), m_page(new PlannedLessonPage(this)) {
    setObjectName(id() + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    retranslate();
}

void LoadBalancingView::setDisplayScale(double scale) {
    m_page->setScale(scale);
}

void LoadBalancingView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void LoadBalancingView::retranslate() {
    m_page->setContent(
        QIcon(QStringLiteral(":/icons/lesson_load_balancing.svg")), tr("Load balancing"),
        tr("A popular site is served by several machines. A load balancer in front of them "
           "decides which backend answers each request, and stops sending work to one that "
           "fails."),
        {tr("Requests spread over the backends by round robin, least connections or hashing"),
         tr("Health checks taking a failing backend out, and bringing it back when it recovers"),
         tr("Live charts of requests per backend and of response times"),
         tr("Real HTTP traffic that curl or a browser can join")});
}

} // namespace hopscope::gui
