// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "diagram_style.h"

#include <algorithm>

namespace hopscope::gui {

QFont DiagramStyle::scaled(QFont font, double scale, double relative) {
    const double pt = font.pointSizeF() > 0 ? font.pointSizeF() : kFallbackPointSize;
    font.setPointSizeF(pt * relative * scale);
    return font;
}

QColor DiagramStyle::withAlpha(QColor colour, double alpha) {
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

} // namespace hopscope::gui
