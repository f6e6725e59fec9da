// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv4_packet_of.h"

#include "ethernet_frame.h"
#include "tcp_segment.h"

namespace hopscope::wire {

namespace {

constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint8_t kProtocolTcp = 6;

} // namespace

std::optional<Ipv4Packet> ipv4PacketOf(LinkType linkType, std::span<const std::uint8_t> frame) {
    std::optional<EthernetFrame> ethernet;
    std::span<const std::uint8_t> ip;
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
    auto packet = Ipv4Packet::decode(ip);
    if (!packet || packet->isFragment()) {
        return std::nullopt;
    }
    return std::move(*packet.value);
}

bool isPureTcpAck(LinkType linkType, std::span<const std::uint8_t> frame) {
    const auto packet = ipv4PacketOf(linkType, frame);
    if (!packet || packet->protocol != kProtocolTcp) {
        return false;
    }
    const auto tcp = TcpSegment::decode(packet->payload);
    return tcp && tcp->flags == static_cast<std::uint16_t>(TcpFlag::Ack) && tcp->payload.empty();
}

} // namespace hopscope::wire
