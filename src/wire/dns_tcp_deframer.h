// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace hopscope::wire {

// Splits a DNS-over-TCP byte stream into messages. Each message is preceded by its length as
// a two-byte big-endian number (RFC 1035 section 4.2.2, RFC 7766 section 8):
//
//     +--------+--------+------------------------------+
//     |   LENGTH (16)   |  DNS message (LENGTH bytes)  | ...next length, next message
//     +--------+--------+------------------------------+
//
// The stream arrives in arbitrary pieces, so bytes are buffered until a whole message is in.
class DnsTcpDeframer {
public:
    void feed(std::span<const std::uint8_t> bytes);
    // The next complete message, or nullopt until more bytes arrive.
    [[nodiscard]] std::optional<std::vector<std::uint8_t>> next();
    // Bytes held that do not yet form a whole message.
    [[nodiscard]] std::size_t buffered() const { return m_buffer.size(); }

    // The length prefix followed by `message`; nullopt when it exceeds 65535 bytes.
    [[nodiscard]] static std::optional<std::vector<std::uint8_t>>
    frame(std::span<const std::uint8_t> message);

private:
    std::deque<std::uint8_t> m_buffer;
};

} // namespace hopscope::wire
