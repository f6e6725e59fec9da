// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "checksum.h"
#include "decode_result.h"
#include "ipv4_address.h"
#include "ipv6_address.h"
#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// A UDP datagram (RFC 768):
//
//    0      7 8     15 16    23 24    31
//   +--------+--------+--------+--------+
//   |   Source Port   |  Destination    |
//   |                 |      Port       |
//   +--------+--------+--------+--------+
//   |     Length      |    Checksum     |
//   +--------+--------+--------+--------+
//   |          data octets ...
//
// The checksum covers a pseudo-header (RFC 768 for IPv4, RFC 8200 section 8.1 for IPv6),
// the header and the data. Over IPv4 a zero checksum means "none"; a computed zero is sent as
// 0xffff.
struct UdpDatagram {
    static constexpr std::size_t kHeaderSize = 8;

    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint16_t length = 0;   // as read; encode computes it
    std::uint16_t checksum = 0; // as read; encode computes it
    std::vector<std::uint8_t> payload;

    [[nodiscard]] static DecodeResult<UdpDatagram> decodeHeader(ByteReader& reader);
    // Header plus Length - 8 payload bytes.
    [[nodiscard]] static DecodeResult<UdpDatagram> decode(std::span<const std::uint8_t> bytes);

    // Encodes with Length and Checksum computed for the given IP endpoints.
    [[nodiscard]] std::vector<std::uint8_t> encode(const Ipv4Address& src,
                                                   const Ipv4Address& dst) const;
    [[nodiscard]] std::vector<std::uint8_t> encode(const Ipv6Address& src,
                                                   const Ipv6Address& dst) const;
    // Writes header and `data` with Length and Checksum computed from `pseudoHeader`, which
    // must already hold the pseudo-header for this length (see Checksum::pseudoHeader).
    static void encodeTo(ByteWriter& out, std::uint16_t sourcePort, std::uint16_t destinationPort,
                         std::span<const std::uint8_t> data, Checksum pseudoHeader);

    // The checksum a datagram (header + data, as on the wire) should carry given its
    // pseudo-header sum; the stored checksum field is skipped.
    [[nodiscard]] static std::uint16_t computeChecksum(Checksum pseudoHeader,
                                                       std::span<const std::uint8_t> datagram);

    // "udp" layer for the header at byteOffset. `expectedChecksum` is what the checksum should
    // be, when the whole datagram was captured (nullopt: not verified); `payloadLength` the
    // captured payload bytes.
    [[nodiscard]] Layer toLayer(std::size_t byteOffset,
                                std::optional<std::uint16_t> expectedChecksum,
                                std::size_t payloadLength) const;
    // Info column: "5000 → 9999 Len=3".
    [[nodiscard]] std::string info() const;

    bool operator==(const UdpDatagram&) const = default;
};

} // namespace hopscope::wire
