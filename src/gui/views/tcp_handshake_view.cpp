// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_handshake_view.h"

#include "gui/widgets/planned_lesson_page.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace hopscope::gui {

TcpHandshakeView::TcpHandshakeView(QWidget* parent)
    : LessonView(parent), m_page(new PlannedLessonPage(this)) {
    setObjectName(id() + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    retranslate();
}

void TcpHandshakeView::setDisplayScale(double scale) {
    m_page->setScale(scale);
}

void TcpHandshakeView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void TcpHandshakeView::retranslate() {
    m_page->setContent(
        QIcon(QStringLiteral(":/icons/lesson_tcp.svg")), tr("TCP handshake"),
        tr("Before any web page travels, your laptop and the web server agree to talk: three "
           "small segments, SYN, SYN-ACK and ACK, set up a connection that both sides can trust."),
        {tr("SYN, SYN-ACK and ACK on the ladder, with the sequence and acknowledgement numbers "
            "explained"),
         tr("The connection closing again with FIN and ACK, and the wait in TIME-WAIT"),
         tr("In the lab network: a lost SYN and the retransmission that repairs it"),
         tr("Each segment's header in the inspector, flag by flag and bit by bit")});
}

} // namespace hopscope::gui
