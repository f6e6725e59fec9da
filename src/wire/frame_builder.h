// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "arp_packet.h"
#include "icmp_message.h"
#include "ipv4_address.h"
#include "ipv4_packet.h"
#include "ipv6_address.h"
#include "mac_address.h"
#include "tcp_segment.h"

#include <cstdint>
#include <span>
#include <vector>

namespace hopscope::wire {

// Wraps real socket payloads into complete frames with display addresses, so the engine can
// show what a packet between two nodes would look like on the wire. Every length and
// checksum is computed; each frame is built in one allocation. IPv4 headers get Don't
// Fragment set, as Linux does for TCP and (with path MTU discovery) UDP.
class FrameBuilder {
public:
    // Ethernet II / IPv4 / UDP.
    [[nodiscard]] static std::vector<std::uint8_t> udpOverIpv4OverEthernet(
        const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Address& srcIp,
        const Ipv4Address& dstIp, std::uint16_t srcPort, std::uint16_t dstPort,
        std::span<const std::uint8_t> payload, std::uint8_t ttl = 64, std::uint16_t ipId = 0);
    // Ethernet II / IPv4 / TCP: ports, seq/ack, flags, window and options come from
    // `segment` (its checksum is computed); `payload` is the data (segment.payload unused).
    [[nodiscard]] static std::vector<std::uint8_t>
    tcpOverIpv4OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac,
                            const Ipv4Address& srcIp, const Ipv4Address& dstIp,
                            const TcpSegment& segment, std::span<const std::uint8_t> payload,
                            std::uint8_t ttl = 64, std::uint16_t ipId = 0);
    // The same with the data taken from segment.payload.
    [[nodiscard]] static std::vector<std::uint8_t>
    tcpOverIpv4OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac,
                            const Ipv4Address& srcIp, const Ipv4Address& dstIp,
                            const TcpSegment& segment, std::uint8_t ttl = 64,
                            std::uint16_t ipId = 0);
    // Ethernet II / IPv6 / UDP and TCP.
    [[nodiscard]] static std::vector<std::uint8_t>
    udpOverIpv6OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac,
                            const Ipv6Address& srcIp, const Ipv6Address& dstIp,
                            std::uint16_t srcPort, std::uint16_t dstPort,
                            std::span<const std::uint8_t> payload, std::uint8_t hopLimit = 64);
    [[nodiscard]] static std::vector<std::uint8_t>
    tcpOverIpv6OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac,
                            const Ipv6Address& srcIp, const Ipv6Address& dstIp,
                            const TcpSegment& segment, std::span<const std::uint8_t> payload,
                            std::uint8_t hopLimit = 64);
    // Ethernet II / IPv4 / ICMP.
    [[nodiscard]] static std::vector<std::uint8_t>
    icmpOverIpv4OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac,
                             const Ipv4Address& srcIp, const Ipv4Address& dstIp,
                             const IcmpMessage& message, std::uint8_t ttl = 64,
                             std::uint16_t ipId = 0);
    // Ethernet II / ARP: requests go to the broadcast address, replies to the target MAC.
    [[nodiscard]] static std::vector<std::uint8_t> arpOverEthernet(const ArpPacket& arp);
    // Ethernet II around a complete IPv4 header template (addresses, TTL, flags, options ...)
    // and its payload; lengths and the header checksum are computed.
    [[nodiscard]] static std::vector<std::uint8_t>
    ipv4OverEthernet(const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Packet& header,
                     std::span<const std::uint8_t> payload);

    // Raw IPv4 packets (LinkType::Raw), for links that carry no Ethernet header.
    [[nodiscard]] static std::vector<std::uint8_t>
    udpOverIpv4(const Ipv4Address& srcIp, const Ipv4Address& dstIp, std::uint16_t srcPort,
                std::uint16_t dstPort, std::span<const std::uint8_t> payload, std::uint8_t ttl = 64,
                std::uint16_t ipId = 0);
    [[nodiscard]] static std::vector<std::uint8_t>
    tcpOverIpv4(const Ipv4Address& srcIp, const Ipv4Address& dstIp, const TcpSegment& segment,
                std::span<const std::uint8_t> payload, std::uint8_t ttl = 64,
                std::uint16_t ipId = 0);
};

} // namespace hopscope::wire
