// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QLabel>

namespace hopscope::gui {

// The sentence under a lesson's diagram that says what the current step is and why: plain
// text, wrapped, on the alternate base colour so it reads as part of the stage.
class CaptionLabel : public QLabel {
    Q_OBJECT
public:
    explicit CaptionLabel(QWidget* parent = nullptr);
};

} // namespace hopscope::gui
