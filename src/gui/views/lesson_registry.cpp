// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lesson_registry.h"

#include "dns_lookup_view.h"
#include "encapsulation_view.h"
#include "load_balancing_view.h"
#include "planned_lesson_view.h"
#include "tcp_lesson_view.h"
#include "trace_view.h"

#include <QCoreApplication>

namespace hopscope::gui {

namespace {

constexpr const char* kJourneyWillShow[] = {
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                      "The DNS lookup that turns the name into an address"),
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "The TCP handshake with the web server"),
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                      "The HTTP request, encapsulated and carried hop by hop"),
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                      "The load balancer picking a backend, and the answer travelling back"),
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                      "One timeline across all of it, stepping forward and back at any speed"),
};
constexpr LessonPlan kJourneyPlan{
    QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                      "All the lessons in order: what happens between typing an address into a "
                      "browser and the page appearing."),
    kJourneyWillShow};

LessonView* planned(const Lesson& lesson, const LessonContext& /*context*/, QWidget* parent) {
    return new PlannedLessonView(lesson, parent);
}

const Lesson kLessons[] = {
    {"dns", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "DNS lookup"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "How a name becomes an address, down the DNS hierarchy"),
     "lesson_dns",
     [](const Lesson&, const LessonContext& context, QWidget* parent) -> LessonView* {
         return new DnsLookupView(context.playback, context.engine, parent);
     }},
    {"tcp", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "TCP handshake"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "SYN, SYN-ACK, ACK: how a connection is opened and closed"),
     "lesson_tcp",
     [](const Lesson&, const LessonContext& context, QWidget* parent) -> LessonView* {
         return new TcpLessonView(context.playback, context.engine, parent);
     }},
    {"encapsulation", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "Encapsulation"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "A request wrapped layer by layer and carried hop by hop"),
     "lesson_encapsulation",
     [](const Lesson&, const LessonContext& context, QWidget* parent) -> LessonView* {
         return new EncapsulationView(context.playback, context.engine, parent);
     }},
    {"loadbalancing", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "Load balancing"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "One front end spreading requests over several backends"),
     "lesson_load_balancing",
     [](const Lesson&, const LessonContext& context, QWidget* parent) -> LessonView* {
         return new LoadBalancingView(context.engine, parent);
     }},
    {"journey", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "Journey"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "All the lessons in order, from typing an address to the page arriving"),
     "lesson_journey", planned, &kJourneyPlan},
    {"trace", QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry", "Trace"),
     QT_TRANSLATE_NOOP("hopscope::gui::LessonRegistry",
                       "Whatever trace is loaded, an opened capture included, as a ladder "
                       "diagram"),
     "lesson_trace",
     [](const Lesson&, const LessonContext& context, QWidget* parent) -> LessonView* {
         return new TraceView(context.playback, parent);
     }},
};

} // namespace

QString Lesson::title() const {
    return LessonRegistry::translate(titleText);
}

QString Lesson::toolTip() const {
    return LessonRegistry::translate(toolTipText);
}

QIcon Lesson::icon() const {
    // The same picture when selected: a tinted lesson icon would lose its layer colours.
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(iconName));
    QIcon icon;
    icon.addFile(path, {}, QIcon::Normal);
    icon.addFile(path, {}, QIcon::Selected);
    return icon;
}

std::span<const Lesson> LessonRegistry::lessons() {
    return kLessons;
}

QStringList LessonRegistry::ids() {
    QStringList out;
    for (const Lesson& lesson : kLessons) {
        out << QString::fromLatin1(lesson.id);
    }
    return out;
}

const Lesson* LessonRegistry::find(const QString& id) {
    for (const Lesson& lesson : kLessons) {
        if (id == QLatin1String(lesson.id)) {
            return &lesson;
        }
    }
    return nullptr;
}

LessonView* LessonRegistry::createView(const Lesson& lesson, const LessonContext& context,
                                       QWidget* parent) {
    LessonView* view = lesson.create(lesson, context, parent);
    view->setId(QString::fromLatin1(lesson.id));
    return view;
}

QString LessonRegistry::translate(const char* sourceText) {
    return QCoreApplication::translate("hopscope::gui::LessonRegistry", sourceText);
}

} // namespace hopscope::gui
