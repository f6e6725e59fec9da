// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <QRect>
#include <QRegion>
#include <QSize>
#include <cstdint>
#include <vector>

namespace hopscope::gui {

// Coalesces many small damaged rectangles (one per moving dot) into a region of whole tiles,
// built in one pass. Uniting hundreds of rectangles into a QRegion one at a time costs time
// quadratic in their number, and the window system is sent one copy per rectangle of the
// region; tiles bound both, while still repainting only a small part of a large diagram.
class DirtyTiles {
public:
    explicit DirtyTiles(QSize area = {}, int tile = 16);

    // A new area clears the tiles.
    void setArea(QSize area);
    [[nodiscard]] QSize area() const { return m_area; }
    // Marks every tile the rectangle touches; parts outside the area are ignored.
    void add(const QRect& rect);
    [[nodiscard]] bool empty() const { return m_count == 0; }
    // The marked tiles, cut to the area: one rectangle per run of tiles in a row, rows with the
    // same runs merged, in the y-x banded order QRegion::setRects requires.
    [[nodiscard]] QRegion region() const;
    void clear();

private:
    QSize m_area;
    int m_tile;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::uint8_t> m_marked; // row-major, m_columns per row
    std::size_t m_count = 0;
};

} // namespace hopscope::gui
