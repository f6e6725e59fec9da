// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_payload.h"

#include "ipv4_packet_of.h"
#include "tcp_segment.h"
#include "udp_datagram.h"

namespace hopscope::wire {

namespace {

constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint8_t kProtocolUdp = 17;

} // namespace

std::optional<std::vector<std::uint8_t>> dnsPayloadOf(LinkType linkType,
                                                      std::span<const std::uint8_t> frame) {
    const auto packet = ipv4PacketOf(linkType, frame);
    if (!packet) {
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
