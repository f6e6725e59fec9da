// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

namespace hopscope::gui {

class PlannedLessonPage;

// The journey: every lesson in order, from typing an address to the page arriving.
// Its engine side has not landed, so the page says so and describes the lesson.
class JourneyView : public LessonView {
    Q_OBJECT
public:
    explicit JourneyView(QWidget* parent = nullptr);

    [[nodiscard]] QString id() const override { return QStringLiteral("journey"); }
    void setDisplayScale(double scale) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlannedLessonPage* m_page;
};

} // namespace hopscope::gui
