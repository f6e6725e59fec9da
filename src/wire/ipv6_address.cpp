// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv6_address.h"

#include "hex_digit.h"
#include "ipv4_address.h"

namespace hopscope::wire {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendGroup(std::string& out, unsigned group) {
    // RFC 5952 section 4.1: no leading zeros.
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned nibble = (group >> shift) & 0xf;
        if (nibble != 0 || started || shift == 0) {
            out.push_back(kHex[nibble]);
            started = true;
        }
    }
}

} // namespace

Ipv6Address Ipv6Address::loopback() {
    Bytes b{};
    b[15] = 1;
    return Ipv6Address(b);
}

bool Ipv6Address::isV4Mapped() const {
    for (std::size_t i = 0; i < 10; ++i) {
        if (m_bytes[i] != 0) {
            return false;
        }
    }
    return m_bytes[10] == 0xff && m_bytes[11] == 0xff;
}

std::optional<Ipv6Address> Ipv6Address::fromBytes(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 16) {
        return std::nullopt;
    }
    Bytes b{};
    for (std::size_t i = 0; i < 16; ++i) {
        b[i] = bytes[i];
    }
    return Ipv6Address(b);
}

std::optional<Ipv6Address> Ipv6Address::parse(std::string_view text) {
    // Groups before and after "::" are collected separately, then the gap is zero-filled.
    std::array<std::uint16_t, 8> head{};
    std::array<std::uint16_t, 8> tail{};
    std::size_t headCount = 0;
    std::size_t tailCount = 0;
    bool sawGap = false;
    std::size_t pos = 0;
    if (text.size() >= 2 && text[0] == ':' && text[1] == ':') {
        sawGap = true;
        pos = 2;
    } else if (!text.empty() && text[0] == ':') {
        return std::nullopt;
    }
    while (pos < text.size()) {
        auto& groups = sawGap ? tail : head;
        auto& count = sawGap ? tailCount : headCount;
        // An embedded dotted quad may end the address (RFC 4291 section 2.2 form 3).
        const std::size_t nextColon = text.find(':', pos);
        const std::string_view piece =
            text.substr(pos, nextColon == std::string_view::npos ? text.npos : nextColon - pos);
        if (piece.find('.') != std::string_view::npos) {
            if (nextColon != std::string_view::npos || headCount + tailCount + 2 > 8) {
                return std::nullopt;
            }
            const auto v4 = Ipv4Address::parse(piece);
            if (!v4) {
                return std::nullopt;
            }
            groups[count++] = static_cast<std::uint16_t>(v4->value() >> 16);
            groups[count++] = static_cast<std::uint16_t>(v4->value());
            pos = text.size();
            break;
        }
        if (piece.empty() || piece.size() > 4 || headCount + tailCount >= 8) {
            return std::nullopt;
        }
        unsigned v = 0;
        for (char c : piece) {
            const int d = hexDigitValue(c);
            if (d < 0) {
                return std::nullopt;
            }
            v = (v << 4) | static_cast<unsigned>(d);
        }
        groups[count++] = static_cast<std::uint16_t>(v);
        pos += piece.size();
        if (pos == text.size()) {
            break;
        }
        // pos is at a ':'
        if (pos + 1 < text.size() && text[pos + 1] == ':') {
            if (sawGap) {
                return std::nullopt;
            }
            sawGap = true;
            pos += 2;
        } else {
            ++pos;
            if (pos == text.size()) {
                return std::nullopt; // trailing single colon
            }
        }
    }
    const std::size_t total = headCount + tailCount;
    if ((!sawGap && total != 8) || (sawGap && total > 7)) {
        return std::nullopt;
    }
    Bytes b{};
    for (std::size_t i = 0; i < headCount; ++i) {
        b[2 * i] = static_cast<std::uint8_t>(head[i] >> 8);
        b[2 * i + 1] = static_cast<std::uint8_t>(head[i]);
    }
    for (std::size_t i = 0; i < tailCount; ++i) {
        const std::size_t g = 8 - tailCount + i;
        b[2 * g] = static_cast<std::uint8_t>(tail[i] >> 8);
        b[2 * g + 1] = static_cast<std::uint8_t>(tail[i]);
    }
    return Ipv6Address(b);
}

void Ipv6Address::appendTo(std::string& out) const {
    std::array<unsigned, 8> g{};
    for (std::size_t i = 0; i < 8; ++i) {
        g[i] = (unsigned{m_bytes[2 * i]} << 8) | m_bytes[2 * i + 1];
    }
    // RFC 5952 section 4.2: shorten the longest run of two or more zero groups, the first
    // one when runs tie.
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[static_cast<std::size_t>(j)] == 0) {
            ++j;
        }
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    // RFC 5952 section 5: IPv4-mapped addresses end in dotted decimal.
    const int groupsAsHex = isV4Mapped() ? 6 : 8;
    for (int i = 0; i < groupsAsHex;) {
        if (i == bestStart) {
            out.append("::");
            i += bestLen;
            continue;
        }
        const bool rightAfterGap = bestStart >= 0 && i == bestStart + bestLen;
        if (i != 0 && !rightAfterGap) {
            out.push_back(':');
        }
        appendGroup(out, g[static_cast<std::size_t>(i)]);
        ++i;
    }
    if (groupsAsHex == 6) {
        if (out.empty() || out.back() != ':') {
            out.push_back(':');
        }
        Ipv4Address(m_bytes[12], m_bytes[13], m_bytes[14], m_bytes[15]).appendTo(out);
    }
}

std::string Ipv6Address::toString() const {
    std::string s;
    s.reserve(39);
    appendTo(s);
    return s;
}

} // namespace hopscope::wire
