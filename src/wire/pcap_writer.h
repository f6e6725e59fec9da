// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "capture_packet.h"

#include <cstdint>
#include <iosfwd>
#include <span>
#include <vector>

namespace hopscope::wire {

// Writes a classic pcap file (draft-ietf-opsawg-pcap sections 4 and 5; layout drawn in
// pcap_reader.h) for one link type, with micro- or nanosecond timestamps, in either byte
// order. It streams: each packet goes to the ostream as it is written.
class PcapWriter {
public:
    struct Options {
        TimeResolution resolution = TimeResolution::Microseconds;
        ByteOrder byteOrder = ByteOrder::Little;
        std::uint32_t snapLength = 262144; // libpcap's default
    };

    // Writes the file header at once.
    PcapWriter(std::ostream& out, LinkType linkType);
    PcapWriter(std::ostream& out, LinkType linkType, Options options);

    // Appends one record. originalLength 0 means "as captured". Returns false when the time is
    // before 1970 or beyond 2106 (pcap's unsigned 32-bit seconds), the data is larger than
    // kMaxCaptureLength, or the stream failed.
    bool write(std::int64_t timeNs, std::span<const std::uint8_t> data,
               std::uint32_t originalLength = 0);
    // Writes the packet's time and bytes; its link type and comments are not representable in
    // pcap and are ignored.
    bool write(const CapturePacket& packet);

    [[nodiscard]] bool ok() const;
    [[nodiscard]] std::uint64_t packetsWritten() const { return m_packets; }

private:
    void put32(std::uint32_t v);
    void put16(std::uint16_t v);

    std::ostream& m_out;
    Options m_options;
    std::vector<std::uint8_t> m_scratch;
    std::uint64_t m_packets = 0;
};

} // namespace hopscope::wire
