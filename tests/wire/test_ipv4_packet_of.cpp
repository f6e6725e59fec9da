// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/frame_builder.h"
#include "wire/ipv4_packet_of.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

const MacAddress kA = *MacAddress::parse("02:00:00:00:00:01");
const MacAddress kB = *MacAddress::parse("02:00:00:00:00:02");
const Ipv4Address kClient(192, 168, 1, 10);
const Ipv4Address kServer(198, 51, 100, 10);

std::vector<std::uint8_t> segment(std::uint16_t flags, std::vector<std::uint8_t> data = {}) {
    TcpSegment tcp;
    tcp.sourcePort = 40000;
    tcp.destinationPort = 80;
    tcp.sequenceNumber = 7;
    tcp.acknowledgmentNumber = 9;
    tcp.flags = flags;
    tcp.window = 502;
    return FrameBuilder::tcpOverIpv4OverEthernet(kA, kB, kClient, kServer, tcp, data);
}

TEST(Ipv4PacketOf, ReadsThePacketOfAnEthernetFrameAndOfARawOne) {
    const auto frame = segment(static_cast<std::uint16_t>(TcpFlag::Ack));
    const auto packet = ipv4PacketOf(LinkType::Ethernet, frame);
    ASSERT_TRUE(packet);
    EXPECT_EQ(packet->source, kClient);
    EXPECT_EQ(packet->destination, kServer);
    EXPECT_EQ(packet->protocol, 6);
    const std::span<const std::uint8_t> raw = std::span(frame).subspan(14);
    ASSERT_TRUE(ipv4PacketOf(LinkType::Raw, raw));
    EXPECT_EQ(ipv4PacketOf(LinkType::Raw, raw)->payload, packet->payload);
    // An ARP frame, a cut frame and another link type hold no IPv4 packet.
    EXPECT_FALSE(ipv4PacketOf(LinkType::Ethernet, std::span(frame).first(20)));
    EXPECT_FALSE(ipv4PacketOf(LinkType::LinuxSll, frame));
}

TEST(Ipv4PacketOf, APureAckIsTheAckFlagAloneWithoutData) {
    EXPECT_TRUE(
        isPureTcpAck(LinkType::Ethernet, segment(static_cast<std::uint16_t>(TcpFlag::Ack))));
    EXPECT_FALSE(isPureTcpAck(LinkType::Ethernet,
                              segment(static_cast<std::uint16_t>(TcpFlag::Ack), {'G', 'E', 'T'})));
    EXPECT_FALSE(isPureTcpAck(LinkType::Ethernet, segment(TcpFlag::Ack | TcpFlag::Fin)));
    EXPECT_FALSE(isPureTcpAck(LinkType::Ethernet, segment(TcpFlag::Syn | TcpFlag::Ack)));
    EXPECT_FALSE(isPureTcpAck(LinkType::Ethernet, segment(TcpFlag::Ack | TcpFlag::Psh)));
}

} // namespace
} // namespace hopscope::wire
