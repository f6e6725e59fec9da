// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <string>
#include <vector>

namespace hopscope::cli {

// Rows of words printed as left-aligned columns under a header, two spaces apart, with no
// space at the end of a line (so a terminal, grep and a test read them alike).
class ColumnText {
public:
    explicit ColumnText(std::vector<std::string> header, std::string indent = "  ");

    void add(std::vector<std::string> row);
    [[nodiscard]] bool empty() const { return m_rows.empty(); }
    // The header and every row, each line ending in '\n'.
    [[nodiscard]] std::string toString() const;

private:
    std::vector<std::string> m_header;
    std::string m_indent;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace hopscope::cli
