// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "layer.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// An ICMP message for IPv4 (RFC 792):
//
//    0                   1                   2                   3
//    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |     Type      |     Code      |          Checksum             |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |  Identifier (echo) / unused   |  Sequence (echo) / unused/MTU |
//   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//   |  echo data, or the offending datagram's IP header + 8 bytes   |
//
// The checksum covers the whole message (no pseudo-header for ICMPv4). Next-hop MTU for
// "fragmentation needed" is RFC 1191 section 4.
struct IcmpMessage {
    enum class Type : std::uint8_t {
        EchoReply = 0,
        DestinationUnreachable = 3,
        EchoRequest = 8,
        TimeExceeded = 11,
    };
    static constexpr std::size_t kHeaderSize = 8;

    std::uint8_t type = 0;
    std::uint8_t code = 0;
    std::uint16_t checksum = 0; // as read; encode computes it
    std::uint32_t rest = 0;     // bytes 4-7: identifier and sequence, or unused / next-hop MTU
    std::vector<std::uint8_t> payload;

    [[nodiscard]] static IcmpMessage echoRequest(std::uint16_t identifier, std::uint16_t sequence,
                                                 std::span<const std::uint8_t> data);
    [[nodiscard]] static IcmpMessage echoReply(std::uint16_t identifier, std::uint16_t sequence,
                                               std::span<const std::uint8_t> data);
    // `original` is the offending IPv4 datagram; its header plus the first 8 data bytes are
    // quoted (RFC 792). Codes: 0 net, 1 host, 2 protocol, 3 port, 4 fragmentation needed.
    [[nodiscard]] static IcmpMessage destinationUnreachable(std::uint8_t code,
                                                            std::span<const std::uint8_t> original,
                                                            std::uint16_t nextHopMtu = 0);
    // Codes: 0 TTL exceeded in transit, 1 fragment reassembly time exceeded.
    [[nodiscard]] static IcmpMessage timeExceeded(std::uint8_t code,
                                                  std::span<const std::uint8_t> original);

    [[nodiscard]] bool isEcho() const { return type == 0 || type == 8 || type == 13 || type == 14; }
    [[nodiscard]] std::uint16_t identifier() const {
        return static_cast<std::uint16_t>(rest >> 16);
    }
    [[nodiscard]] std::uint16_t sequence() const { return static_cast<std::uint16_t>(rest); }
    // True for types whose data quotes an earlier datagram (3, 4, 5, 11, 12).
    [[nodiscard]] bool quotesDatagram() const;

    [[nodiscard]] static DecodeResult<IcmpMessage> decodeHeader(ByteReader& reader);
    [[nodiscard]] static DecodeResult<IcmpMessage> decode(std::span<const std::uint8_t> bytes);
    [[nodiscard]] std::vector<std::uint8_t> encode() const;
    void encodeTo(ByteWriter& out) const;

    // "icmp" layer for the header at byteOffset; `message` is the captured message (header and
    // data, for the checksum; unverified when `complete` is false). Quoted datagrams are
    // decoded into children of an "Original datagram" field.
    [[nodiscard]] Layer toLayer(std::size_t byteOffset, std::span<const std::uint8_t> message,
                                bool complete) const;
    // "Echo (ping) request  id=0x0001, seq=1/256, ttl=64" (the TTL of the carrying IP header).
    [[nodiscard]] std::string info(std::optional<std::uint8_t> ttl) const;

    bool operator==(const IcmpMessage&) const = default;
};

} // namespace hopscope::wire
