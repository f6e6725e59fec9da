// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace hopscope::wire {

// Every codec reads through this one bounds-checked cursor: a read past
// the end never touches memory, it only sets the failed flag and returns zero, so a decoder
// checks ok() once at the end of a header instead of before every field.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::uint8_t> bytes) : m_bytes(bytes) {}

    [[nodiscard]] std::size_t offset() const { return m_offset; }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] std::size_t remaining() const {
        return m_offset <= m_bytes.size() ? m_bytes.size() - m_offset : 0;
    }
    [[nodiscard]] bool ok() const { return !m_failed; }
    [[nodiscard]] bool atEnd() const { return remaining() == 0; }

    std::uint8_t u8() {
        if (!need(1)) {
            return 0;
        }
        return m_bytes[m_offset++];
    }
    std::uint16_t u16be() {
        if (!need(2)) {
            return 0;
        }
        const auto v = static_cast<std::uint16_t>((m_bytes[m_offset] << 8) | m_bytes[m_offset + 1]);
        m_offset += 2;
        return v;
    }
    std::uint16_t u16le() {
        if (!need(2)) {
            return 0;
        }
        const auto v = static_cast<std::uint16_t>(m_bytes[m_offset] | (m_bytes[m_offset + 1] << 8));
        m_offset += 2;
        return v;
    }
    std::uint32_t u32be() {
        if (!need(4)) {
            return 0;
        }
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            v = (v << 8) | m_bytes[m_offset + i];
        }
        m_offset += 4;
        return v;
    }
    std::uint32_t u32le() {
        if (!need(4)) {
            return 0;
        }
        std::uint32_t v = 0;
        for (int i = 3; i >= 0; --i) {
            v = (v << 8) | m_bytes[m_offset + i];
        }
        m_offset += 4;
        return v;
    }
    // A view of the next n bytes; empty (and failed) when fewer remain.
    std::span<const std::uint8_t> bytes(std::size_t n) {
        if (!need(n)) {
            return {};
        }
        auto s = m_bytes.subspan(m_offset, n);
        m_offset += n;
        return s;
    }
    std::span<const std::uint8_t> rest() { return bytes(remaining()); }
    bool skip(std::size_t n) { return !bytes(n).empty() || n == 0; }
    // Moves to an absolute offset (used by DNS compression pointers).
    bool seek(std::size_t offset) {
        if (offset > m_bytes.size()) {
            m_failed = true;
            return false;
        }
        m_offset = offset;
        return true;
    }

private:
    bool need(std::size_t n) {
        if (m_failed || n > remaining()) {
            m_failed = true;
            return false;
        }
        return true;
    }

    std::span<const std::uint8_t> m_bytes;
    std::size_t m_offset = 0;
    bool m_failed = false;
};

} // namespace hopscope::wire
