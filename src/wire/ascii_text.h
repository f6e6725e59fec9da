// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace hopscope::wire {

// Protocol text is case-insensitive for the ASCII letters only (RFC 9110 section 5.1 for HTTP
// field names, RFC 4343 section 3 for DNS labels): bytes above 0x7F and the C library's locale
// never change a comparison, so these helpers work byte by byte instead of calling tolower.

[[nodiscard]] constexpr char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] constexpr bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

// True for an empty run too, as std::all_of: callers check the length they need.
[[nodiscard]] constexpr bool allAsciiDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

[[nodiscard]] inline std::string asciiLowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), asciiLower);
    return out;
}

[[nodiscard]] constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return asciiLower(x) == asciiLower(y);
           });
}

[[nodiscard]] constexpr bool startsWithIgnoringCase(std::string_view text,
                                                    std::string_view prefix) {
    return text.size() >= prefix.size() &&
           equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

// `text` without leading and trailing `blanks`; the default is HTTP's optional whitespace,
// space and horizontal tab (RFC 9110 section 5.6.3).
[[nodiscard]] constexpr std::string_view trimmed(std::string_view text,
                                                 std::string_view blanks = " \t") {
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) {
        return text.substr(text.size());
    }
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

} // namespace hopscope::wire
