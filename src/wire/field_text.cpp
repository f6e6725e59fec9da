// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "field_text.h"

#include <cstring>
#include <ostream>

namespace hopscope::wire {

void FieldText::copyFrom(std::string_view text) {
    m_data = "";
    m_size = 0;
    m_owned = false;
    if (text.empty()) {
        return;
    }
    char* copy = new char[text.size() + 1];
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    m_data = copy;
    m_size = text.size();
    m_owned = true;
}

std::ostream& operator<<(std::ostream& out, const FieldText& text) {
    return out << text.view();
}

} // namespace hopscope::wire
