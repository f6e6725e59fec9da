// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "capture_packet.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace hopscope::wire {

// A ByteReader that reads integers in the byte order a capture file declared, so the pcap and
// pcapng readers decode one code path for files from little- and big-endian machines.
class EndianReader {
public:
    EndianReader(std::span<const std::uint8_t> bytes, ByteOrder order)
        : m_reader(bytes), m_big(order == ByteOrder::Big) {}

    std::uint16_t u16() { return m_big ? m_reader.u16be() : m_reader.u16le(); }
    std::uint32_t u32() { return m_big ? m_reader.u32be() : m_reader.u32le(); }
    // A 64-bit value stored as one integer in file byte order (section length, if_tsoffset).
    std::uint64_t u64() {
        const std::uint64_t a = u32();
        const std::uint64_t b = u32();
        return m_big ? (a << 32) | b : (b << 32) | a;
    }
    std::uint8_t u8() { return m_reader.u8(); }
    std::span<const std::uint8_t> bytes(std::size_t n) { return m_reader.bytes(n); }
    bool skip(std::size_t n) { return m_reader.skip(n); }

    [[nodiscard]] std::size_t offset() const { return m_reader.offset(); }
    [[nodiscard]] std::size_t remaining() const { return m_reader.remaining(); }
    [[nodiscard]] bool ok() const { return m_reader.ok(); }

private:
    ByteReader m_reader;
    bool m_big;
};

} // namespace hopscope::wire
