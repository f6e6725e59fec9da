// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_tcp_deframer.h"

namespace hopscope::wire {

void DnsTcpDeframer::feed(std::span<const std::uint8_t> bytes) {
    m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
}

std::optional<std::vector<std::uint8_t>> DnsTcpDeframer::next() {
    if (m_buffer.size() < 2) {
        return std::nullopt;
    }
    const std::size_t length = (static_cast<std::size_t>(m_buffer[0]) << 8) | m_buffer[1];
    if (m_buffer.size() < 2 + length) {
        return std::nullopt;
    }
    const auto begin = m_buffer.begin() + 2;
    const auto end = begin + static_cast<std::ptrdiff_t>(length);
    std::vector<std::uint8_t> message(begin, end);
    m_buffer.erase(m_buffer.begin(), end);
    return message;
}

std::optional<std::vector<std::uint8_t>>
DnsTcpDeframer::frame(std::span<const std::uint8_t> message) {
    if (message.size() > 0xFFFF) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    out.reserve(message.size() + 2);
    out.push_back(static_cast<std::uint8_t>(message.size() >> 8));
    out.push_back(static_cast<std::uint8_t>(message.size()));
    out.insert(out.end(), message.begin(), message.end());
    return out;
}

} // namespace hopscope::wire
