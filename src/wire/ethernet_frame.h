// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "layer.h"
#include "mac_address.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hopscope::wire {

// EtherType values this project dissects (IEEE Registration Authority assignments).
enum class EtherType : std::uint16_t {
    Ipv4 = 0x0800,
    Arp = 0x0806,
    Vlan = 0x8100,
    Ipv6 = 0x86dd,
};

// The IEEE 802.1Q tag control information (IEEE 802.1Q-2018 section 9.6):
//   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
//  +-----+-+-----------------------+
//  | PCP |D|         VID           |
//  +-----+-+-----------------------+
struct VlanTag {
    std::uint8_t priority = 0; // PCP, 3 bits
    bool dropEligible = false; // DEI, 1 bit
    std::uint16_t id = 0;      // VID, 12 bits

    [[nodiscard]] static VlanTag fromTci(std::uint16_t tci) {
        return VlanTag{static_cast<std::uint8_t>(tci >> 13), (tci & 0x1000) != 0,
                       static_cast<std::uint16_t>(tci & 0x0fff)};
    }
    [[nodiscard]] std::uint16_t tci() const {
        return static_cast<std::uint16_t>(((priority & 0x7) << 13) | (dropEligible ? 0x1000 : 0) |
                                          (id & 0x0fff));
    }
    bool operator==(const VlanTag&) const = default;
};

// An Ethernet II frame (IEEE 802.3 section 3.2.6, type interpretation of the Length/Type
// field) with at most one 802.1Q tag; the FCS is not part of captured frames.
//
//   +-------------+-------------+ - - - - - - - - - - - +-----------+--------------+
//   | Destination |   Source    | [TPID 0x8100 |  TCI ] | EtherType |   payload    |
//   |   6 bytes   |   6 bytes   | [ 2 bytes    | 2 b. ] |  2 bytes  |              |
//   +-------------+-------------+ - - - - - - - - - - - +-----------+--------------+
//
// Values below 0x0600 in the type position are an IEEE 802.3 length, kept in etherType as is.
struct EthernetFrame {
    static constexpr std::size_t kHeaderSize = 14;
    static constexpr std::size_t kTagSize = 4;
    static constexpr std::size_t kMinimumSize = 60; // without the 4-byte FCS

    MacAddress destination;
    MacAddress source;
    std::optional<VlanTag> vlan;
    std::uint16_t etherType = 0; // the type of the payload (after the tag when there is one)
    std::vector<std::uint8_t> payload;

    // Reads the header (and tag) at the reader's position; the reader is left on the first
    // payload byte and `payload` stays empty, so dissecting copies nothing. With readTag false
    // a tag is left unread (etherType stays 0x8100), for callers that walk tags themselves.
    [[nodiscard]] static DecodeResult<EthernetFrame> decodeHeader(ByteReader& reader,
                                                                  bool readTag = true);
    // The header and every byte after it (padding included: Ethernet does not know where its
    // payload ends).
    [[nodiscard]] static DecodeResult<EthernetFrame> decode(std::span<const std::uint8_t> bytes);

    void encodeHeaderTo(ByteWriter& out) const;
    [[nodiscard]] std::vector<std::uint8_t> encode() const;
    [[nodiscard]] std::size_t headerSize() const { return kHeaderSize + (vlan ? kTagSize : 0); }

    // The "eth" layer: the 14 bytes at byteOffset (its type field is 0x8100 when tagged).
    [[nodiscard]] Layer ethernetLayer(std::size_t byteOffset) const;
    // A "vlan" layer for the 4 bytes at byteOffset: tag control information, then the type
    // of what follows. Static because stacked tags (QinQ) follow one another.
    [[nodiscard]] static Layer vlanLayer(std::size_t byteOffset, const VlanTag& tag,
                                         std::uint16_t innerType);

    // "IPv4", "ARP", "IPv6", "802.1Q Virtual LAN", or nullptr for types we do not name.
    [[nodiscard]] static const char* typeName(std::uint16_t etherType);

    bool operator==(const EthernetFrame&) const = default;
};

} // namespace hopscope::wire
