// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "caption_label.h"

namespace hopscope::gui {

CaptionLabel::CaptionLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(8);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
}

} // namespace hopscope::gui
