// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_payload.h"

#include "ethernet_frame.h"
#include "ipv4_packet.h"
#include "tcp_segment.h"
#include "udp_datagram.h"

namespace hopscope::wire {

namespace {

constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint8_t kProtocolUdp = 17;

} // namespace

std::optional<std::vector<std::uint8_t>>
dnsPayloadOf(LinkType linkType, std::span<const std::uint8_t> frame) {
    std::span<const std::uint8_t> ip;
    std::optional<EthernetFrame> ethernet;
    if (linkType == LinkType::Ethernet) {
        auto decoded = EthernetFrame::decode(frame);
        if (!decoded || decoded->etherType != kEtherTypeIpv4) {
            return std::nullopt;
        }
        ethernet = std::move(*decoded.value);
        ip = ethernet->payload;
    } else if (linkType == LinkType::Raw) {
        ip = frame;
    } else {
        return std::nullopt;
    }
    const auto packet = Ipv4Packet::decode(ip);
    if (!packet || packet->isFragment()) {
        return std::nullopt;
    }
    if (packet->protocol == kProtocolUdp) {
        auto udp = UdpDatagram::decode(packet->payload);
        if (!udp) {
            return std::nullopt;
        }
        return std::move(udp->payload);
    }
    if (packet->protocol == kProtocolTcp) {
        const auto tcp = TcpSegment::decode(packet->payload);
        // One whole message after its two-byte length (RFC 1035 section 4.2.2), as the
        // engine records it.
        if (!tcp || tcp->payload.size() < 2) {
            return std::nullopt;
        }
        const std::size_t length =
            (static_cast<std::size_t>(tcp->payload[0]) << 8) | tcp->payload[1];
        if (tcp->payload.size() < 2 + length) {
            return std::nullopt;
        }
        return std::vector<std::uint8_t>(tcp->payload.begin() + 2,
                                         tcp->payload.begin() + 2 +
                                             static_cast<std::ptrdiff_t>(length));
    }
    return std::nullopt;
}

} // namespace hopscope::wire
