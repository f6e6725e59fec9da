// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/dissector.h"
#include "wire/frame_builder.h"

#include <gtest/gtest.h>
#include <string>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

const MacAddress kServerMac = *MacAddress::parse("02:00:00:00:00:01");
const MacAddress kClientMac = *MacAddress::parse("0a:1b:2c:3d:4e:5f");
const Ipv4Address kClient(10, 0, 0, 2);
const Ipv4Address kServer(192, 168, 1, 1);

Bytes text(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

TcpSegment synSegment() {
    TcpSegment syn;
    syn.sourcePort = 49152;
    syn.destinationPort = 80;
    syn.sequenceNumber = 1000;
    syn.flags = static_cast<std::uint16_t>(TcpFlag::Syn);
    syn.window = 64240;
    syn.options = {TcpOption::maximumSegmentSize(1460), TcpOption::sackPermitted(),
                   TcpOption::timestamps(12345, 0), TcpOption::noOperation(),
                   TcpOption::windowScale(7)};
    return syn;
}

// The golden frames were made with these calls and checked with tshark (checksums included).
TEST(FrameBuilder, BuildsTheGoldenFrames) {
    const TcpSegment syn = synSegment();
    EXPECT_EQ(FrameBuilder::tcpOverIpv4OverEthernet(kClientMac, kServerMac, kClient, kServer, syn,
                                                    {}, 64, 0x1234),
              golden::bytes("eth_tcp_syn"));

    TcpSegment ack;
    ack.sourcePort = 40000;
    ack.destinationPort = 5555;
    ack.sequenceNumber = 1;
    ack.acknowledgmentNumber = 2;
    ack.flags = TcpFlag::Psh | TcpFlag::Ack;
    ack.window = 502;
    ack.options = {TcpOption::noOperation(), TcpOption::noOperation(),
                   TcpOption::timestamps(4000000000u, 123)};
    EXPECT_EQ(FrameBuilder::tcpOverIpv4OverEthernet(kClientMac, kServerMac, kClient, kServer, ack,
                                                    text("hello world"), 64, 2),
              golden::bytes("eth_tcp_psh_ack_data"));
    ack.payload = text("hello world");
    EXPECT_EQ(
        FrameBuilder::tcpOverIpv4OverEthernet(kClientMac, kServerMac, kClient, kServer, ack, 64, 2),
        golden::bytes("eth_tcp_psh_ack_data"));

    EXPECT_EQ(
        FrameBuilder::udpOverIpv4OverEthernet(kClientMac, kServerMac, kClient, kServer, 5000, 9999,
                                              text("abcdefghijklmnopqrstuvwxyz0123456789"), 64, 6),
        golden::bytes("eth_udp"));

    const Bytes ping = text("abcdefgh");
    EXPECT_EQ(FrameBuilder::icmpOverIpv4OverEthernet(kClientMac, kServerMac, kClient, kServer,
                                                     IcmpMessage::echoRequest(1, 1, ping), 64, 8),
              golden::bytes("eth_icmp_echo_request"));
    const Bytes original = FrameBuilder::tcpOverIpv4(kServer, kClient, syn, {}, 1, 0x56);
    EXPECT_EQ(FrameBuilder::icmpOverIpv4OverEthernet(kServerMac, kClientMac, kClient, kServer,
                                                     IcmpMessage::timeExceeded(0, original), 64,
                                                     12),
              golden::bytes("eth_icmp_ttl_exceeded_tcp"));

    EXPECT_EQ(FrameBuilder::arpOverEthernet(ArpPacket::request(kClientMac, kClient, kServer)),
              golden::bytes("eth_arp_request"));
    EXPECT_EQ(
        FrameBuilder::arpOverEthernet(ArpPacket::reply(kServerMac, kServer, kClientMac, kClient)),
        golden::bytes("eth_arp_reply"));

    const auto fe80 = *Ipv6Address::parse("fe80::1");
    const auto doc = *Ipv6Address::parse("2001:db8::42");
    EXPECT_EQ(FrameBuilder::udpOverIpv6OverEthernet(kClientMac, kServerMac, fe80, doc, 1234, 5678,
                                                    text("xyz"), 64),
              golden::bytes("eth_ipv6_udp"));
    EXPECT_EQ(FrameBuilder::tcpOverIpv6OverEthernet(kClientMac, kServerMac, Ipv6Address::loopback(),
                                                    *Ipv6Address::parse("::ffff:10.0.0.1"), syn,
                                                    text("ab"), 1),
              golden::bytes("eth_ipv6_tcp_v4mapped"));

    EXPECT_EQ(FrameBuilder::udpOverIpv4(kClient, kServer, 1, 2, text("q")),
              golden::bytes("raw_ipv4_udp"));
    EXPECT_EQ(FrameBuilder::tcpOverIpv4(kClient, kServer, syn, {}),
              golden::bytes("raw_ipv4_tcp_syn"));

    Ipv4Packet fragment;
    fragment.source = kClient;
    fragment.destination = kServer;
    fragment.protocol = 17;
    fragment.identification = 0x4242;
    fragment.moreFragments = true;
    EXPECT_EQ(
        FrameBuilder::ipv4OverEthernet(kClientMac, kServerMac, fragment, text("0123456789abcdef")),
        golden::bytes("eth_ipv4_first_fragment"));
}

// Frames as the engine makes them (loopback display addresses, DNS-sized payloads) dissect
// with every checksum correct.
TEST(FrameBuilder, EveryChecksumIsCorrect) {
    const auto mac1 = *MacAddress::parse("02:00:00:00:00:0a");
    const auto mac2 = *MacAddress::parse("02:00:00:00:00:0b");
    for (std::size_t size : {0u, 1u, 2u, 3u, 511u, 1472u}) {
        Bytes payload(size);
        for (std::size_t i = 0; i < size; ++i) {
            payload[i] = static_cast<std::uint8_t>(i * 7 + 3);
        }
        SCOPED_TRACE(size);
        const auto udp = FrameBuilder::udpOverIpv4OverEthernet(
            mac1, mac2, Ipv4Address(198, 41, 0, 4), Ipv4Address(127, 0, 0, 1), 5353, 40000, payload,
            61, static_cast<std::uint16_t>(size));
        const auto d = dissect(LinkType::Ethernet, udp);
        EXPECT_EQ(d.problem, "");
        EXPECT_EQ(d.find("ip.checksum")[0]->display.substr(7), "[correct]");
        const auto& udpSum = d.find("udp.checksum")[0]->display;
        EXPECT_EQ(udpSum.substr(udpSum.size() - 9), "[correct]");
        EXPECT_EQ(d.find("ip.ttl")[0]->value, "61");

        TcpSegment seg = synSegment();
        seg.flags = TcpFlag::Ack | TcpFlag::Psh;
        const auto tcp = FrameBuilder::tcpOverIpv4OverEthernet(
            mac1, mac2, Ipv4Address(127, 0, 0, 1), Ipv4Address(127, 0, 0, 2), seg, payload);
        const auto t = dissect(LinkType::Ethernet, tcp);
        EXPECT_EQ(t.find("tcp.checksum")[0]->display.substr(7), "[correct]");
        EXPECT_EQ(t.find("tcp.len")[0]->value, std::to_string(size));

        const auto v6 = FrameBuilder::tcpOverIpv6OverEthernet(
            mac1, mac2, Ipv6Address::loopback(), Ipv6Address::loopback(), seg, payload);
        EXPECT_EQ(dissect(LinkType::Ethernet, v6).find("tcp.checksum")[0]->display.substr(7),
                  "[correct]");
    }
}

} // namespace
} // namespace hopscope::wire
