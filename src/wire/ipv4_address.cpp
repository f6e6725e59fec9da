// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv4_address.h"

#include "ascii_text.h"

#include <charconv>

namespace hopscope::wire {

std::optional<Ipv4Address> Ipv4Address::parse(std::string_view text) {
    std::uint32_t value = 0;
    std::size_t pos = 0;
    for (int part = 0; part < 4; ++part) {
        if (part != 0) {
            if (pos >= text.size() || text[pos] != '.') {
                return std::nullopt;
            }
            ++pos;
        }
        const std::size_t start = pos;
        unsigned octet = 0;
        while (pos < text.size() && isAsciiDigit(text[pos])) {
            octet = octet * 10 + static_cast<unsigned>(text[pos] - '0');
            ++pos;
            if (pos - start > 3) {
                return std::nullopt;
            }
        }
        const std::size_t digits = pos - start;
        if (digits == 0 || octet > 255 || (digits > 1 && text[start] == '0')) {
            return std::nullopt;
        }
        value = (value << 8) | octet;
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    return Ipv4Address(value);
}

std::optional<Ipv4Address> Ipv4Address::fromBytes(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 4) {
        return std::nullopt;
    }
    return Ipv4Address(bytes[0], bytes[1], bytes[2], bytes[3]);
}

Ipv4Address::Bytes Ipv4Address::bytes() const {
    return {static_cast<std::uint8_t>(m_value >> 24), static_cast<std::uint8_t>(m_value >> 16),
            static_cast<std::uint8_t>(m_value >> 8), static_cast<std::uint8_t>(m_value)};
}

void Ipv4Address::appendTo(std::string& out) const {
    char buf[16];
    char* p = buf;
    for (int shift = 24; shift >= 0; shift -= 8) {
        if (shift != 24) {
            *p++ = '.';
        }
        p = std::to_chars(p, buf + sizeof buf, (m_value >> shift) & 0xff).ptr;
    }
    out.append(buf, p);
}

std::string Ipv4Address::toString() const {
    std::string s;
    s.reserve(15);
    appendTo(s);
    return s;
}

} // namespace hopscope::wire
