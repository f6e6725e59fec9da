// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace hopscope::wire {

// Appends network-order (or, for file formats, little-endian) integers to a byte vector and
// patches values written earlier, such as lengths and checksums known only at the end.
class ByteWriter {
public:
    ByteWriter() = default;
    explicit ByteWriter(std::vector<std::uint8_t>& target) : m_out(&target) {}

    void u8(std::uint8_t v) { out().push_back(v); }
    void u16be(std::uint16_t v) {
        out().push_back(static_cast<std::uint8_t>(v >> 8));
        out().push_back(static_cast<std::uint8_t>(v));
    }
    void u16le(std::uint16_t v) {
        out().push_back(static_cast<std::uint8_t>(v));
        out().push_back(static_cast<std::uint8_t>(v >> 8));
    }
    void u32be(std::uint32_t v) {
        for (int s = 24; s >= 0; s -= 8) {
            out().push_back(static_cast<std::uint8_t>(v >> s));
        }
    }
    void u32le(std::uint32_t v) {
        for (int s = 0; s <= 24; s += 8) {
            out().push_back(static_cast<std::uint8_t>(v >> s));
        }
    }
    void bytes(std::span<const std::uint8_t> b) { out().insert(out().end(), b.begin(), b.end()); }
    void zeros(std::size_t n) { out().insert(out().end(), n, 0); }
    void patch16be(std::size_t at, std::uint16_t v) {
        out()[at] = static_cast<std::uint8_t>(v >> 8);
        out()[at + 1] = static_cast<std::uint8_t>(v);
    }
    [[nodiscard]] std::size_t size() const { return m_out ? m_out->size() : m_own.size(); }
    std::vector<std::uint8_t>& data() { return out(); }
    std::vector<std::uint8_t> take() { return std::move(out()); }

private:
    std::vector<std::uint8_t>& out() { return m_out ? *m_out : m_own; }

    std::vector<std::uint8_t> m_own;
    std::vector<std::uint8_t>* m_out = nullptr;
};

} // namespace hopscope::wire
