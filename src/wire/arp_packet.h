// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "byte_reader.h"
#include "byte_writer.h"
#include "decode_result.h"
#include "ipv4_address.h"
#include "layer.h"
#include "mac_address.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopscope::wire {

// An ARP packet for IPv4 over Ethernet (RFC 826), 28 bytes:
//
//   +---------------------------+---------------------------+
//   | hardware type (2) = 1     | protocol type (2) = 0x0800|
//   | hw size (1)=6 | pr size=4 | opcode (2)                |
//   +---------------------------+---------------------------+
//   | sender MAC (6)            | sender IPv4 (4)           |
//   | target MAC (6)            | target IPv4 (4)           |
//   +---------------------------+---------------------------+
//
// Other hardware/protocol pairs exist but are reported as unsupported.
struct ArpPacket {
    enum class Opcode : std::uint16_t {
        Request = 1,
        Reply = 2,
        ReverseRequest = 3, // RFC 903
        ReverseReply = 4,
    };
    static constexpr std::size_t kSize = 28;

    std::uint16_t hardwareType = 1;
    std::uint16_t protocolType = 0x0800;
    std::uint8_t hardwareSize = 6;
    std::uint8_t protocolSize = 4;
    std::uint16_t opcode = static_cast<std::uint16_t>(Opcode::Request);
    MacAddress senderMac;
    Ipv4Address senderIp;
    MacAddress targetMac;
    Ipv4Address targetIp;

    // "Who has targetIp? Tell senderIp": the target MAC is what is being asked for.
    [[nodiscard]] static ArpPacket request(const MacAddress& senderMac, const Ipv4Address& senderIp,
                                           const Ipv4Address& targetIp);
    // "senderIp is at senderMac", answering `request`.
    [[nodiscard]] static ArpPacket reply(const MacAddress& senderMac, const Ipv4Address& senderIp,
                                         const MacAddress& targetMac, const Ipv4Address& targetIp);

    [[nodiscard]] static DecodeResult<ArpPacket> decode(ByteReader& reader);
    [[nodiscard]] static DecodeResult<ArpPacket> decode(std::span<const std::uint8_t> bytes);
    void encodeTo(ByteWriter& out) const;
    [[nodiscard]] std::vector<std::uint8_t> encode() const;

    // The Protocol and Info columns as Wireshark shows them ("ARP", "Who has 10.0.0.1? Tell
    // 10.0.0.2"); reverse ARP opcodes show as "RARP".
    [[nodiscard]] const char* protocolColumn() const;
    [[nodiscard]] std::string info() const;
    [[nodiscard]] Layer toLayer(std::size_t byteOffset) const;

    bool operator==(const ArpPacket&) const = default;
};

} // namespace hopscope::wire
