// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "column_text.h"

#include <algorithm>

namespace hopscope::cli {

ColumnText::ColumnText(std::vector<std::string> header, std::string indent)
    : m_header(std::move(header)), m_indent(std::move(indent)) {}

void ColumnText::add(std::vector<std::string> row) {
    row.resize(std::max(row.size(), m_header.size()));
    m_rows.push_back(std::move(row));
}

std::string ColumnText::toString() const {
    std::vector<std::size_t> widths(m_header.size());
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        widths[c] = m_header[c].size();
    }
    for (const auto& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text = m_indent;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            text += cells[c];
            if (c + 1 < cells.size()) {
                text.append(widths[c] - cells[c].size() + 2, ' ');
            }
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out += text + '\n';
    };
    line(m_header);
    for (const auto& row : m_rows) {
        line(row);
    }
    return out;
}

} // namespace hopscope::cli
