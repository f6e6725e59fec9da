// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "ipv6_address.h"
#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace hopscope::wire {

// The fixed IPv6 header (RFC 8200 section 3); extension headers are left in the payload:
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |Version| Traffic Class |           Flow Label                  |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |         Payload Length        |  Next Header  |   Hop Limit   |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                   Source Address (128 bits)                   |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                Destination Address (128 bits)                 |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
struct Ipv6Packet {
    static constexpr std::size_t kHeaderSize = 40;

    std::uint8_t trafficClass = 0;
    std::uint32_t flowLabel = 0; // 20 bits
    std::uint16_t payloadLength = 0;
    std::uint8_t nextHeader = 0;
    std::uint8_t hopLimit = 64;
    Ipv6Address source;
    Ipv6Address destination;
    std::vector<std::uint8_t> payload;

    // Reads the 40-byte header and leaves the reader on the first payload byte.
    [[nodiscard]] static DecodeResult<Ipv6Packet> decodeHeader(ByteReader& reader);
    // Header plus Payload Length bytes; anything after them (link padding) is ignored.
    [[nodiscard]] static DecodeResult<Ipv6Packet> decode(std::span<const std::uint8_t> bytes);
    // Writes the header for payloadLength bytes of payload (stored payloadLength not used).
    void encodeHeaderTo(ByteWriter& out, std::size_t payloadLength) const;
    [[nodiscard]] std::vector<std::uint8_t> encode() const;

    [[nodiscard]] Layer toLayer(std::size_t byteOffset) const;

    bool operator==(const Ipv6Packet&) const = default;
};

} // namespace hopscope::wire
