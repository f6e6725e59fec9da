// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "planned_lesson_view.h"

#include "lesson_registry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <cmath>

namespace hopscope::gui {

PlannedLessonView::PlannedLessonView(const Lesson& lesson, QWidget* parent)
    : LessonView(parent), m_lesson(lesson) {
    Q_ASSERT(lesson.plan != nullptr);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_iconLabel = new QLabel(this);
    m_title = new QLabel(this);
    m_status = new QLabel(this);
    m_summary = new QLabel(this);
    m_willShowCaption = new QLabel(this);
    m_willShow = new QLabel(this);
    m_meanwhile = new QLabel(this);
    for (QLabel* l : {m_title, m_status, m_summary, m_willShowCaption, m_willShow, m_meanwhile}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_willShowCaption->setTextFormat(Qt::PlainText);
    m_willShow->setTextFormat(Qt::RichText);
    m_meanwhile->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_meanwhile->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_iconLabel, 0, Qt::AlignLeft);
    column->addWidget(m_title);
    column->addWidget(m_status);
    column->addSpacing(6);
    column->addWidget(m_summary);
    column->addSpacing(6);
    column->addWidget(m_willShowCaption);
    column->addWidget(m_willShow);
    column->addSpacing(10);
    column->addWidget(m_meanwhile);
    column->addStretch(1);

    // The text scrolls rather than forcing the window taller, also in presentation mode.
    auto* content = new QWidget;
    content->setBackgroundRole(QPalette::Base);
    auto* card = new QWidget(content);
    card->setLayout(column);
    card->setMaximumWidth(760);
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(32, 48, 32, 32);
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Base);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    retranslate();
    applyScale();
}

void PlannedLessonView::setDisplayScale(double scale) {
    m_scale = scale;
    applyScale();
}

void PlannedLessonView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        applyScale();
    }
    LessonView::changeEvent(event);
}

void PlannedLessonView::retranslate() {
    m_title->setText(m_lesson.title());
    m_summary->setText(LessonRegistry::translate(m_lesson.plan->summary));
    QString items;
    for (const char* item : m_lesson.plan->willShow) {
        items += QStringLiteral("<li style=\"margin-bottom:4px\">") %
                 LessonRegistry::translate(item).toHtmlEscaped() % QStringLiteral("</li>");
    }
    m_willShow->setText(QStringLiteral("<ul style=\"margin-left:0px\">") % items %
                        QStringLiteral("</ul>"));
    m_status->setText(tr("This lesson is not built yet."));
    m_willShowCaption->setText(tr("When it is, it will show:"));
    m_meanwhile->setText(tr("Meanwhile, the Trace page shows any capture you open "
                            "(File › Open Capture…) as a ladder diagram, with every packet in "
                            "the inspector."));
}

void PlannedLessonView::applyScale() {
    const int icon = static_cast<int>(std::lround(72 * m_scale));
    m_iconLabel->setPixmap(m_lesson.icon().pixmap(QSize(icon, icon), devicePixelRatioF()));
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.9);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont statusFont = font();
    statusFont.setPointSizeF(font().pointSizeF() * 1.2);
    m_status->setFont(statusFont);
    QFont bold = font();
    bold.setBold(true);
    m_willShowCaption->setFont(bold);
}

} // namespace hopscope::gui
