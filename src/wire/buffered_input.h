// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <vector>

namespace hopscope::wire {

// A read-ahead window over a std::istream, so capture readers stream a file of any size in
// constant memory while still handing codecs contiguous spans. It counts the absolute offset
// of every byte, which is what damage reports name.
class BufferedInput {
public:
    static constexpr std::size_t kDefaultWindow = std::size_t{1} << 20;

    explicit BufferedInput(std::istream& in, std::size_t window = kDefaultWindow);

    // The next n bytes without consuming them; shorter only when the input ends first. The view
    // stays valid until the next call that reads.
    std::span<const std::uint8_t> peek(std::size_t n);
    // Like peek, then consumes what it returns.
    std::span<const std::uint8_t> take(std::size_t n);
    // Consumes n bytes without keeping them; returns how many there were.
    std::uint64_t skip(std::uint64_t n);

    // Absolute offset of the next unread byte.
    [[nodiscard]] std::uint64_t offset() const { return m_consumedBefore + m_start; }
    // True once the stream is exhausted and every buffered byte consumed.
    [[nodiscard]] bool atEnd();

private:
    // Tries to hold at least n unread bytes; returns how many are held.
    std::size_t fill(std::size_t n);

    std::istream& m_in;
    std::vector<std::uint8_t> m_buffer;
    std::size_t m_start = 0;            // first unread byte in m_buffer
    std::size_t m_end = 0;              // one past the last valid byte
    std::uint64_t m_consumedBefore = 0; // stream bytes dropped from the buffer front
    bool m_eof = false;
};

} // namespace hopscope::wire
