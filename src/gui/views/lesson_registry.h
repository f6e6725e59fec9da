// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>
#include <span>

class QWidget;

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

class LessonView;
class PlaybackController;

// What every lesson page is made with: the one engine whose current trace the event list, the
// transport bar and the inspector show, and the one playback position they all follow. A
// page takes from it what it needs, as references in its constructor.
struct LessonContext {
    engine::Engine& engine;
    PlaybackController& playback;
};

// What a lesson not built yet will teach: its page says so and lists this.
struct LessonPlan {
    const char* summary;
    std::span<const char* const> willShow;
};

// One lesson of the lesson list. Texts are source texts, translated when shown (title() and
// toolTip()), so the list follows a change of language.
struct Lesson {
    const char* id; // --view and the settings name the lesson by it
    const char* titleText;
    const char* toolTipText;
    const char* iconName; // :/icons/<iconName>.svg
    LessonView* (*create)(const Lesson& lesson, const LessonContext& context, QWidget* parent);
    const LessonPlan* plan = nullptr; // set while the lesson is not built yet

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QIcon icon() const;
};

// The lessons in navigation order: the main window's list and pages, --view and its help text
// all read this one table. Adding a lesson is writing its view and adding its entry here.
class LessonRegistry {
public:
    [[nodiscard]] static std::span<const Lesson> lessons();
    [[nodiscard]] static QStringList ids();
    [[nodiscard]] static const Lesson* find(const QString& id);
    // The lesson's page, its id set.
    [[nodiscard]] static LessonView* createView(const Lesson& lesson, const LessonContext& context,
                                                QWidget* parent);
    // A text of the registry (a title, a plan) in the current language.
    [[nodiscard]] static QString translate(const char* sourceText);
};

} // namespace hopscope::gui
