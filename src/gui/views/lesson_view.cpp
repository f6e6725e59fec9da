// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lesson_view.h"

namespace hopscope::gui {

void LessonView::setId(const QString& id) {
    m_id = id;
    setObjectName(id + QStringLiteral("View"));
}

} // namespace hopscope::gui
