// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QColor>
#include <QFont>

namespace hopscope::gui {

// What the diagrams and the panels beside them draw with: fonts that grow with the display
// scale, and colours that let what is behind them show.
class DiagramStyle {
public:
    // The size fonts scale from when a font has none in points (one set in pixels).
    static constexpr double kFallbackPointSize = 10.0;

    // `font` at `relative` of its size, times the display `scale`.
    [[nodiscard]] static QFont scaled(QFont font, double scale, double relative = 1.0);
    // `colour` with its alpha set to `alpha` (kept within 0 to 1).
    [[nodiscard]] static QColor withAlpha(QColor colour, double alpha);
};

} // namespace hopscope::gui
