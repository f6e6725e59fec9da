// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

namespace hopscope::gui {

class PlannedLessonPage;

// The load balancing lesson: one front end spreading requests over several backends.
// Its engine side has not landed, so the page says so and describes the lesson.
class LoadBalancingView : public LessonView {
    Q_OBJECT
public:
    explicit LoadBalancingView(QWidget* parent = nullptr);

    [[nodiscard]] QString id() const override { return QStringLiteral("loadbalancing"); }
    void setDisplayScale(double scale) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlannedLessonPage* m_page;
};

} // namespace hopscope::gui
