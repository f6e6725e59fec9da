// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "lesson_view.h"

namespace hopscope::gui {

class PlannedLessonPage;

// The DNS lookup lesson: the resolver walking from the root down to the authoritative server.
// Its engine side has not landed, so the page says so and describes the lesson.
class DnsLookupView : public LessonView {
    Q_OBJECT
public:
    explicit DnsLookupView(QWidget* parent = nullptr);

    [[nodiscard]] QString id() const override { return QStringLiteral("dns"); }
    void setDisplayScale(double scale) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlannedLessonPage* m_page;
};

} // namespace hopscope::gui
