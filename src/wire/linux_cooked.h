// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "layer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// The pseudo link-layer header Linux adds when capturing on "any" or on devices without a
// link header of their own (tcpdump.org LINKTYPE_LINUX_SLL and LINKTYPE_LINUX_SLL2).
//
// v1, 16 bytes:                           v2, 20 bytes:
//   +--------------------------+            +--------------------------+
//   | packet type          (2) |            | protocol type        (2) |
//   | ARPHRD_ type         (2) |            | reserved, zero       (2) |
//   | address length       (2) |            | interface index      (4) |
//   | address, zero-padded (8) |            | ARPHRD_ type         (2) |
//   | protocol type        (2) |            | packet type          (1) |
//   +--------------------------+            | address length       (1) |
//                                           | address, zero-padded (8) |
//                                           +--------------------------+
// All fields are big-endian. A protocol type above 1536 is an EtherType; at or below it is a
// Linux-internal protocol number (ETH_P_802_2 and friends).
struct LinuxCooked {
    enum class Version : std::uint8_t { V1, V2 };
    static constexpr std::size_t kV1Size = 16;
    static constexpr std::size_t kV2Size = 20;

    Version version = Version::V1;
    std::uint16_t packetType = 0; // 0 to us, 1 broadcast, 2 multicast, 3 to another host, 4 by us
    std::uint16_t arphrdType = 1; // ARPHRD_ETHER
    std::uint16_t addressLength = 6;
    std::array<std::uint8_t, 8> address{};
    std::uint16_t protocol = 0;
    std::uint16_t reserved = 0;       // v2 only
    std::uint32_t interfaceIndex = 0; // v2 only
    std::vector<std::uint8_t> payload;

    [[nodiscard]] std::size_t headerSize() const {
        return version == Version::V1 ? kV1Size : kV2Size;
    }

    // Reads the header at the reader's position and leaves the reader on the payload.
    [[nodiscard]] static DecodeResult<LinuxCooked> decodeHeader(ByteReader& reader,
                                                                Version version);
    [[nodiscard]] static DecodeResult<LinuxCooked> decode(std::span<const std::uint8_t> bytes,
                                                          Version version);
    void encodeHeaderTo(ByteWriter& out) const;
    [[nodiscard]] std::vector<std::uint8_t> encode() const;

    // "Unicast to us", "Broadcast", "Multicast", "Unicast to another host", "Sent by us", or
    // "Unknown (N)".
    [[nodiscard]] std::string packetTypeName() const;
    // The "sll" layer for this header at byteOffset.
    [[nodiscard]] Layer toLayer(std::size_t byteOffset) const;

    bool operator==(const LinuxCooked&) const = default;
};

} // namespace hopscope::wire
