// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "encapsulation_view.h"

#include "gui/widgets/planned_lesson_page.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace hopscope::gui {

EncapsulationView::EncapsulationView(QWidget* parent)
    : LessonView(parent), m_page(new PlannedLessonPage(this)) {
    setObjectName(id() + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    retranslate();
}

void EncapsulationView::setDisplayScale(double scale) {
    m_page->setScale(scale);
}

void EncapsulationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void EncapsulationView::retranslate() {
    m_page->setContent(
        QIcon(QStringLiteral(":/icons/lesson_encapsulation.svg")), tr("Encapsulation"),
        tr("One HTTP request, wrapped like a letter in envelopes: a TCP segment, inside an IP "
           "packet, inside an Ethernet frame, then carried hop by hop to the server."),
        {tr("The request wrapped layer by layer, each layer in its own colour"),
         tr("The frame crossing a switch, a router and the NAT gateway of a home network"),
         tr("The router lowering the TTL and writing new MAC addresses at every hop"),
         tr("The NAT gateway rewriting the private address and port, and back again on the "
            "answer"),
         tr("The OSI and the TCP/IP names for each layer, side by side")});
}

} // namespace hopscope::gui
