// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv4_packet_of.h"

#include "ethernet_frame.h"
#include "linux_cooked.h"
#include "tcp_segment.h"

namespace hopscope::wire {

namespace {

constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint8_t kBsdAfInet = 2; // the Null link type's AF_INET, on every BSD

} // namespace

std::optional<Ipv4Packet> ipv4PacketOf(LinkType linkType, std::span<const std::uint8_t> frame) {
    std::vector<std::uint8_t> holder; // a decoded link layer's payload
    std::span<const std::uint8_t> ip;
    switch (linkType) {
    case LinkType::Ethernet: {
        auto decoded = EthernetFrame::decode(frame);
        if (!decoded || decoded->etherType != kEtherTypeIpv4) {
            return std::nullopt;
        }
        holder = std::move(decoded->payload);
        ip = holder;
        break;
    }
    case LinkType::LinuxSll:
    case LinkType::LinuxSll2: {
        auto cooked =
            LinuxCooked::decode(frame, linkType == LinkType::LinuxSll ? LinuxCooked::Version::V1
                                                                      : LinuxCooked::Version::V2);
        if (!cooked || cooked->protocol != kEtherTypeIpv4) {
            return std::nullopt;
        }
        holder = std::move(cooked->payload);
        ip = holder;
        break;
    }
    case LinkType::Null:
        // The family is in the capturing host's byte order (as the dissector reads it): try
        // both ends of the word.
        if (frame.size() < 4 || (frame[0] != kBsdAfInet && frame[3] != kBsdAfInet)) {
            return std::nullopt;
        }
        ip = frame.subspan(4);
        break;
    case LinkType::Raw:
        ip = frame;
        break;
    }
    if (ip.empty() || (ip[0] >> 4) != 4) {
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
