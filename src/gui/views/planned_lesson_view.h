// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

class QLabel;

namespace hopscope::gui {

struct Lesson;

// The page of a lesson that is not built yet: plainly that it is not there yet, and what it
// will show (the lesson's plan). Nothing on it pretends to be traffic.
class PlannedLessonView : public LessonView {
    Q_OBJECT
public:
    // `lesson` (an entry of the registry, which outlives every page) must have a plan.
    explicit PlannedLessonView(const Lesson& lesson, QWidget* parent = nullptr);

    void setDisplayScale(double scale) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyScale();

    const Lesson& m_lesson;
    QLabel* m_iconLabel;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_summary;
    QLabel* m_willShowCaption;
    QLabel* m_willShow;
    QLabel* m_meanwhile;
    double m_scale = 1.0;
};

} // namespace hopscope::gui
