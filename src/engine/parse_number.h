// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <charconv>
#include <limits>
#include <string_view>
#include <system_error>

namespace hopscope::engine {

// A number the user typed (a command-line option of the app or the CLI): the whole text is one
// decimal number (as std::from_chars reads it: no spaces, no '+') within [low, high]. Sets
// `out` and returns true only then, so each option states its own range in one place and "5x",
// "-1" for a count or "nan" for a duration are refused alike.
template <typename T>
[[nodiscard]] bool parseNumber(std::string_view text, T& out,
                               T low = std::numeric_limits<T>::lowest(),
                               T high = std::numeric_limits<T>::max()) {
    T value{};
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    // Written so that NaN, which compares false with everything, is out of range.
    if (error != std::errc() || stop != end || !(value >= low && value <= high)) {
        return false;
    }
    out = value;
    return true;
}

} // namespace hopscope::engine
