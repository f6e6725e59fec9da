// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "tcp_option.h"

#include <algorithm>

namespace hopscope::wire {

namespace {

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
           (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}

void put32(std::uint8_t* p, std::uint32_t v) {
    p[0] = static_cast<std::uint8_t>(v >> 24);
    p[1] = static_cast<std::uint8_t>(v >> 16);
    p[2] = static_cast<std::uint8_t>(v >> 8);
    p[3] = static_cast<std::uint8_t>(v);
}

} // namespace

TcpOption TcpOption::raw(std::uint8_t kind, std::span<const std::uint8_t> data) {
    TcpOption o;
    o.kind = kind;
    o.m_size = static_cast<std::uint8_t>(std::min(data.size(), kMaxData));
    std::copy_n(data.begin(), o.m_size, o.m_data.begin());
    return o;
}

TcpOption TcpOption::endOfList() {
    return raw(0, {});
}
TcpOption TcpOption::noOperation() {
    return raw(1, {});
}

TcpOption TcpOption::maximumSegmentSize(std::uint16_t mss) {
    const std::uint8_t d[2] = {static_cast<std::uint8_t>(mss >> 8), static_cast<std::uint8_t>(mss)};
    return raw(2, d);
}

TcpOption TcpOption::windowScale(std::uint8_t shift) {
    const std::uint8_t d[1] = {shift};
    return raw(3, d);
}

TcpOption TcpOption::sackPermitted() {
    return raw(4, {});
}

TcpOption TcpOption::sack(std::span<const SackBlock> blocks) {
    std::array<std::uint8_t, 32> d{};
    const std::size_t n = std::min<std::size_t>(blocks.size(), 4);
    for (std::size_t i = 0; i < n; ++i) {
        put32(&d[8 * i], blocks[i].left);
        put32(&d[8 * i + 4], blocks[i].right);
    }
    return raw(5, std::span<const std::uint8_t>(d.data(), 8 * n));
}

TcpOption TcpOption::timestamps(std::uint32_t value, std::uint32_t echoReply) {
    std::array<std::uint8_t, 8> d{};
    put32(&d[0], value);
    put32(&d[4], echoReply);
    return raw(8, d);
}

std::optional<std::uint16_t> TcpOption::mss() const {
    if (!is(Kind::MaximumSegmentSize) || m_size != 2) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>((m_data[0] << 8) | m_data[1]);
}

std::optional<std::uint8_t> TcpOption::shift() const {
    if (!is(Kind::WindowScale) || m_size != 1) {
        return std::nullopt;
    }
    return m_data[0];
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> TcpOption::timestampValues() const {
    if (!is(Kind::Timestamps) || m_size != 8) {
        return std::nullopt;
    }
    return std::make_pair(be32(data(), 0), be32(data(), 4));
}

std::vector<SackBlock> TcpOption::sackBlocks() const {
    std::vector<SackBlock> blocks;
    if (!is(Kind::Sack)) {
        return blocks;
    }
    for (std::size_t at = 0; at + 8 <= m_size; at += 8) {
        blocks.push_back({be32(data(), at), be32(data(), at + 4)});
    }
    return blocks;
}

bool TcpOption::operator==(const TcpOption& other) const {
    return kind == other.kind && m_size == other.m_size &&
           std::equal(m_data.begin(), m_data.begin() + m_size, other.m_data.begin());
}

} // namespace hopscope::wire
