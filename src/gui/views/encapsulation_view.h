// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

namespace hopscope::gui {

class PlannedLessonPage;

// The encapsulation lesson: one HTTP request wrapped layer by layer and carried hop by hop.
// Its engine side has not landed, so the page says so and describes the lesson.
class EncapsulationView : public LessonView {
    Q_OBJECT
public:
    explicit EncapsulationView(QWidget* parent = nullptr);

    [[nodiscard]] QString id() const override { return QStringLiteral("encapsulation"); }
    void setDisplayScale(double scale) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlannedLessonPage* m_page;
};

} // namespace hopscope::gui
