// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_lookup_view.h"

#include "gui/widgets/planned_lesson_page.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace hopscope::gui {

DnsLookupView::DnsLookupView(QWidget* parent)
    : LessonView(parent), m_page(new PlannedLessonPage(this)) {
    setObjectName(id() + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    retranslate();
}

void DnsLookupView::setDisplayScale(double scale) {
    m_page->setScale(scale);
}

void DnsLookupView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    LessonView::changeEvent(event);
}

void DnsLookupView::retranslate() {
    m_page->setContent(
        QIcon(QStringLiteral(":/icons/lesson_dns.svg")), tr("DNS lookup"),
        tr("Your laptop asks its resolver for the address of www.foobar.com. The resolver does not "
           "know it, so it walks down the name hierarchy: a root server, then the .com servers, "
           "then the servers for foobar.com, and brings the answer back."),
        {tr("The resolver asking a root server, which refers it to the .com servers"),
         tr("The .com server referring it on to the authoritative servers for foobar.com"),
         tr("The authoritative answer: www is an alias (CNAME) for foobar.com, and its address"),
         tr("The answer cached with its TTL counting down, so the next lookup is instant"),
         tr("Every query and answer as real DNS bytes from the servers on this computer, the "
            "same that dig shows")});
}

} // namespace hopscope::gui
