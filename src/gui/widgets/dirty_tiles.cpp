// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dirty_tiles.h"

#include <algorithm>

namespace hopscope::gui {

DirtyTiles::DirtyTiles(QSize area, int tile) : m_tile(std::max(1, tile)) {
    setArea(area);
}

void DirtyTiles::setArea(QSize area) {
    m_area = area.expandedTo(QSize(0, 0));
    m_columns = (m_area.width() + m_tile - 1) / m_tile;
    m_rows = (m_area.height() + m_tile - 1) / m_tile;
    m_marked.assign(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), 0);
    m_count = 0;
}

void DirtyTiles::add(const QRect& rect) {
    const QRect r = rect.intersected(QRect(QPoint(0, 0), m_area));
    if (r.isEmpty()) {
        return;
    }
    const int firstColumn = r.left() / m_tile;
    const int lastColumn = r.right() / m_tile;
    for (int row = r.top() / m_tile; row <= r.bottom() / m_tile; ++row) {
        auto* marks = m_marked.data() + static_cast<std::size_t>(row) * m_columns;
        for (int column = firstColumn; column <= lastColumn; ++column) {
            m_count += marks[column] == 0 ? 1U : 0U;
            marks[column] = 1;
        }
    }
}

QRegion DirtyTiles::region() const {
    if (m_count == 0) {
        return {};
    }
    std::vector<QRect> rects;
    std::size_t bandStart = 0; // first rectangle of the band rows may be merged into
    std::size_t bandSize = 0;
    int bandBottomRow = -2;
    std::vector<QRect> runs;
    for (int row = 0; row < m_rows; ++row) {
        runs.clear();
        const auto* marks = m_marked.data() + static_cast<std::size_t>(row) * m_columns;
        for (int column = 0; column < m_columns;) {
            if (marks[column] == 0) {
                ++column;
                continue;
            }
            const int first = column;
            while (column < m_columns && marks[column] != 0) {
                ++column;
            }
            const int left = first * m_tile;
            const int right = std::min(column * m_tile, m_area.width());
            runs.emplace_back(left, 0, right - left, 0);
        }
        if (runs.empty()) {
            continue;
        }
        const int top = row * m_tile;
        const int height = std::min(m_tile, m_area.height() - top);
        const bool sameAsBand =
            bandBottomRow == row - 1 && bandSize == runs.size() &&
            std::equal(runs.begin(), runs.end(), rects.begin() + static_cast<long>(bandStart),
                       [](const QRect& a, const QRect& b) {
                           return a.left() == b.left() && a.width() == b.width();
                       });
        if (sameAsBand) {
            for (std::size_t k = bandStart; k < rects.size(); ++k) {
                rects[k].setHeight(rects[k].height() + height);
            }
        } else {
            bandStart = rects.size();
            bandSize = runs.size();
            for (QRect run : runs) {
                run.moveTop(top);
                run.setHeight(height);
                rects.push_back(run);
            }
        }
        bandBottomRow = row;
    }
    QRegion out;
    out.setRects(rects.data(), static_cast<int>(rects.size()));
    return out;
}

void DirtyTiles::clear() {
    if (m_count != 0) {
        std::fill(m_marked.begin(), m_marked.end(), 0);
        m_count = 0;
    }
}

} // namespace hopscope::gui
