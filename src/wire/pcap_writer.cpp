// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "pcap_writer.h"

#include <ostream>

namespace hopscope::wire {

PcapWriter::PcapWriter(std::ostream& out, LinkType linkType)
    : PcapWriter(out, linkType, Options{}) {}

PcapWriter::PcapWriter(std::ostream& out, LinkType linkType, Options options)
    : m_out(out), m_options(options) {
    m_scratch.reserve(65536);
    // File header (section 4): magic, version 2.4, two reserved words, snaplen, link type.
    put32(m_options.resolution == TimeResolution::Nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4);
    put16(2);
    put16(4);
    put32(0);
    put32(0);
    put32(m_options.snapLength);
    put32(static_cast<std::uint32_t>(linkType));
    m_out.write(reinterpret_cast<const char*>(m_scratch.data()),
                static_cast<std::streamsize>(m_scratch.size()));
}

void PcapWriter::put32(std::uint32_t v) {
    if (m_options.byteOrder == ByteOrder::Big) {
        for (int s = 24; s >= 0; s -= 8) {
            m_scratch.push_back(static_cast<std::uint8_t>(v >> s));
        }
    } else {
        for (int s = 0; s <= 24; s += 8) {
            m_scratch.push_back(static_cast<std::uint8_t>(v >> s));
        }
    }
}

void PcapWriter::put16(std::uint16_t v) {
    if (m_options.byteOrder == ByteOrder::Big) {
        m_scratch.push_back(static_cast<std::uint8_t>(v >> 8));
        m_scratch.push_back(static_cast<std::uint8_t>(v));
    } else {
        m_scratch.push_back(static_cast<std::uint8_t>(v));
        m_scratch.push_back(static_cast<std::uint8_t>(v >> 8));
    }
}

bool PcapWriter::write(std::int64_t timeNs, std::span<const std::uint8_t> data,
                       std::uint32_t originalLength) {
    constexpr std::int64_t kMaxNs = (std::int64_t{1} << 32) * 1'000'000'000 - 1;
    if (timeNs < 0 || timeNs > kMaxNs || data.size() > kMaxCaptureLength || !m_out) {
        return false;
    }
    const auto seconds = static_cast<std::uint32_t>(timeNs / 1'000'000'000);
    const auto ns = static_cast<std::uint32_t>(timeNs % 1'000'000'000);
    m_scratch.clear();
    // Packet record (section 5).
    put32(seconds);
    put32(m_options.resolution == TimeResolution::Nanoseconds ? ns : ns / 1000);
    put32(static_cast<std::uint32_t>(data.size()));
    put32(originalLength == 0 ? static_cast<std::uint32_t>(data.size()) : originalLength);
    m_out.write(reinterpret_cast<const char*>(m_scratch.data()),
                static_cast<std::streamsize>(m_scratch.size()));
    m_out.write(reinterpret_cast<const char*>(data.data()),
                static_cast<std::streamsize>(data.size()));
    ++m_packets;
    return static_cast<bool>(m_out);
}

bool PcapWriter::write(const CapturePacket& packet) {
    return write(packet.timeNs, packet.data, packet.originalLength);
}

bool PcapWriter::ok() const {
    return static_cast<bool>(m_out);
}

} // namespace hopscope::wire
