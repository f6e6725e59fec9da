// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "mac_address.h"

#include "hex_digit.h"

namespace hopscope::wire {

namespace {

constexpr char kHex[] = "0123456789abcdef";

} // namespace

std::optional<MacAddress> MacAddress::parse(std::string_view text) {
    // Exactly 17 characters: six two-digit groups and five separators of one kind.
    if (text.size() != 17) {
        return std::nullopt;
    }
    const char sep = text[2];
    if (sep != ':' && sep != '-') {
        return std::nullopt;
    }
    Bytes b{};
    for (std::size_t i = 0; i < 6; ++i) {
        const std::size_t at = i * 3;
        const int hi = hexDigitValue(text[at]);
        const int lo = hexDigitValue(text[at + 1]);
        if (hi < 0 || lo < 0) {
            return std::nullopt;
        }
        if (i < 5 && text[at + 2] != sep) {
            return std::nullopt;
        }
        b[i] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return MacAddress(b);
}

std::optional<MacAddress> MacAddress::fromBytes(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 6) {
        return std::nullopt;
    }
    Bytes b{};
    for (std::size_t i = 0; i < 6; ++i) {
        b[i] = bytes[i];
    }
    return MacAddress(b);
}

void MacAddress::appendTo(std::string& out) const {
    for (std::size_t i = 0; i < 6; ++i) {
        if (i != 0) {
            out.push_back(':');
        }
        out.push_back(kHex[m_bytes[i] >> 4]);
        out.push_back(kHex[m_bytes[i] & 0x0f]);
    }
}

std::string MacAddress::toString() const {
    std::string s;
    s.reserve(17);
    appendTo(s);
    return s;
}

} // namespace hopscope::wire
