// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "buffered_input.h"
#include "capture_packet.h"

#include <cstdint>
#include <string>

namespace hopscope::wire {

// Streams the packet records of a classic pcap file (draft-ietf-opsawg-pcap), either byte
// order, microsecond or nanosecond magic, one record at a time in constant memory.
//
// File header (section 4), 24 bytes, integers in the writer's byte order:
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |     Magic Number (0xA1B2C3D4 us, 0xA1B23C4D ns)               |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |     Major Version (2)         |     Minor Version (4)         |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                     Reserved1 / Reserved2                     |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                            SnapLen                            |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   | FCS |f|0 0 0 0 0 0 0 0 0 0 0 0|         LinkType              |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Packet record (section 5): seconds, micro/nanoseconds, captured length, original length
// (4 bytes each), then the captured bytes.
class PcapReader {
public:
    static constexpr std::size_t kFileHeaderLength = 24;
    static constexpr std::size_t kRecordHeaderLength = 16;

    // Reads the file header at the input's current position; check error() afterwards.
    explicit PcapReader(BufferedInput& in);

    [[nodiscard]] bool headerOk() const { return m_headerOk; }
    [[nodiscard]] ByteOrder byteOrder() const { return m_order; }
    [[nodiscard]] TimeResolution resolution() const { return m_resolution; }
    [[nodiscard]] const CaptureInterface& interface() const { return m_interface; }
    [[nodiscard]] std::uint16_t versionMajor() const { return m_versionMajor; }
    [[nodiscard]] std::uint16_t versionMinor() const { return m_versionMinor; }

    // Fills `packet` with the next record (its buffers are reused, so one packet object read
    // in a loop allocates once).
    ReadStatus next(CapturePacket& packet);

    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] std::uint64_t errorOffset() const { return m_errorOffset; }

private:
    ReadStatus fail(std::uint64_t offset, std::string message);

    BufferedInput& m_in;
    bool m_headerOk = false;
    bool m_done = false;
    ByteOrder m_order = ByteOrder::Little;
    TimeResolution m_resolution = TimeResolution::Microseconds;
    std::uint16_t m_versionMajor = 0;
    std::uint16_t m_versionMinor = 0;
    CaptureInterface m_interface;
    std::uint64_t m_packets = 0;
    std::string m_error;
    std::uint64_t m_errorOffset = 0;
};

} // namespace hopscope::wire
