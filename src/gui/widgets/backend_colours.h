// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QColor>
#include <cstddef>

namespace hopscope::gui {

// The colour of backend N in every load-balancing picture (dots, cards, bars, lines, exports):
// the Okabe-Ito palette in order, safe for colour-blind viewers and on projectors.
// Past eight backends the colours repeat with a dashed outline, so no two look the same.
class BackendColours {
public:
    static constexpr std::size_t kDistinct = 8;

    [[nodiscard]] static QColor fill(std::size_t index);
    // A darker edge for the same colour, so yellow and light blue stay visible on white.
    [[nodiscard]] static QColor outline(std::size_t index);
    // Pen style of the outline: solid for the first eight, dashed for the next eight.
    [[nodiscard]] static Qt::PenStyle outlineStyle(std::size_t index);
    // Black or white, whichever reads on the fill.
    [[nodiscard]] static QColor textOn(std::size_t index);
};

} // namespace hopscope::gui
