// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "ipv4_address.h"
#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// IP protocol numbers (IANA "Assigned Internet Protocol Numbers") this project dissects.
enum class IpProtocol : std::uint8_t {
    Icmp = 1,
    Tcp = 6,
    Udp = 17,
    Icmpv6 = 58,
};

// An IPv4 datagram (RFC 791 section 3.1; DSCP/ECN per RFC 2474 and RFC 3168):
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |Version|  IHL  |   DSCP    |ECN|          Total Length         |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |         Identification        |R|D|M|     Fragment Offset     |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |  Time to Live |    Protocol   |         Header Checksum       |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                       Source Address                          |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                    Destination Address                        |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |                    Options (IHL > 5)          |    Padding    |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Options are kept as raw bytes (padding included) so any header round-trips exactly.
struct Ipv4Packet {
    static constexpr std::size_t kMinHeaderSize = 20;
    static constexpr std::size_t kMaxHeaderSize = 60;

    std::uint8_t dscp = 0; // 6 bits
    std::uint8_t ecn = 0;  // 2 bits
    std::uint16_t totalLength = 0;
    std::uint16_t identification = 0;
    bool reservedFlag = false; // must be zero (RFC 791); RFC 3514's "evil bit"
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0; // 13 bits, in units of 8 bytes
    std::uint8_t ttl = 64;
    std::uint8_t protocol = 0;
    std::uint16_t headerChecksum = 0;
    Ipv4Address source;
    Ipv4Address destination;
    std::vector<std::uint8_t> options; // a multiple of 4 bytes when decoded
    std::vector<std::uint8_t> payload;

    [[nodiscard]] std::size_t headerLength() const { return kMinHeaderSize + paddedOptionsSize(); }
    [[nodiscard]] bool isFragment() const { return moreFragments || fragmentOffset != 0; }

    // Reads the header at the reader's position (header checksum is read, not judged) and
    // leaves the reader on the first payload byte; `payload` stays empty.
    [[nodiscard]] static DecodeResult<Ipv4Packet> decodeHeader(ByteReader& reader);
    // Header plus the payload up to Total Length; bytes after that (link padding) are ignored.
    [[nodiscard]] static DecodeResult<Ipv4Packet> decode(std::span<const std::uint8_t> bytes);

    // Writes the header for a payload of payloadLength bytes, computing IHL, Total Length and
    // the header checksum (the stored totalLength/headerChecksum are not used).
    void encodeHeaderTo(ByteWriter& out, std::size_t payloadLength) const;
    [[nodiscard]] std::vector<std::uint8_t> encode() const;

    // The checksum this header should carry (RFC 1071 over the header with the field zero).
    [[nodiscard]] static std::uint16_t computeHeaderChecksum(std::span<const std::uint8_t> header);

    // What a router does (RFC 1812 section 5.3.1): TTL minus one, checksum patched with RFC
    // 1624 instead of being recomputed. Returns false (and changes nothing) when TTL is 0.
    bool decrementTtl();
    // The same on a header in a buffer (at least 20 bytes), for forwarding frames in place.
    static bool decrementTtl(std::span<std::uint8_t> header);

    // "ip" layer for the header at byteOffset; `header` are the header's bytes (to judge the
    // checksum).
    [[nodiscard]] Layer toLayer(std::size_t byteOffset, std::span<const std::uint8_t> header) const;
    // Info column for a fragment whose payload is not dissected:
    // "Fragmented IP protocol (proto=UDP 17, off=0, ID=1234)".
    [[nodiscard]] std::string fragmentInfo() const;
    // "TCP", "UDP", "ICMP" ... or nullptr.
    [[nodiscard]] static const char* protocolName(std::uint8_t protocol);

    bool operator==(const Ipv4Packet&) const = default;

private:
    [[nodiscard]] std::size_t paddedOptionsSize() const { return (options.size() + 3) / 4 * 4; }
};

} // namespace hopscope::wire
