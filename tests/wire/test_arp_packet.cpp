// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/arp_packet.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

const MacAddress kA = *MacAddress::parse("0a:1b:2c:3d:4e:5f");
const MacAddress kB = *MacAddress::parse("02:00:00:00:00:01");

TEST(ArpPacket, RequestRoundTrip) {
    const Bytes frame = golden::bytes("eth_arp_request");
    const std::span<const std::uint8_t> arp = std::span(frame).subspan(14);
    const auto p = ArpPacket::decode(arp);
    ASSERT_TRUE(p) << p.problem;
    const auto expected =
        ArpPacket::request(kA, Ipv4Address(10, 0, 0, 2), Ipv4Address(192, 168, 1, 1));
    EXPECT_EQ(*p, expected);
    EXPECT_EQ(p->encode(), Bytes(arp.begin(), arp.end()));
    EXPECT_EQ(p->info(), "Who has 192.168.1.1? Tell 10.0.0.2"); // tshark's Info column
}

TEST(ArpPacket, ReplyRoundTrip) {
    const Bytes frame = golden::bytes("eth_arp_reply");
    const auto p = ArpPacket::decode(std::span(frame).subspan(14));
    ASSERT_TRUE(p);
    EXPECT_EQ(*p, ArpPacket::reply(kB, Ipv4Address(192, 168, 1, 1), kA, Ipv4Address(10, 0, 0, 2)));
    EXPECT_EQ(p->info(), "192.168.1.1 is at 02:00:00:00:00:01");
    EXPECT_EQ(std::string(p->protocolColumn()), "ARP");
}

// The Info strings are tshark 4.0's for the same packets (dissector_golden.h).
TEST(ArpPacket, SpecialForms) {
    const Ipv4Address a(10, 0, 0, 2);
    EXPECT_EQ(ArpPacket::request(kA, a, a).info(), "ARP Announcement for 10.0.0.2");
    auto gratuitous = ArpPacket::request(kA, a, a);
    gratuitous.targetMac = MacAddress::broadcast();
    EXPECT_EQ(gratuitous.info(), "Gratuitous ARP for 10.0.0.2 (Request)");
    EXPECT_EQ(ArpPacket::request(kA, Ipv4Address(), Ipv4Address(192, 168, 1, 1)).info(),
              "Who has 192.168.1.1? (ARP Probe)");
    EXPECT_EQ(ArpPacket::reply(kA, a, MacAddress::broadcast(), a).info(),
              "Gratuitous ARP for 10.0.0.2 (Reply)");
    auto rarp = ArpPacket::request(kA, a, a);
    rarp.opcode = 3;
    EXPECT_EQ(std::string(rarp.protocolColumn()), "RARP");
    rarp.opcode = 9;
    EXPECT_EQ(rarp.info(), "Unknown ARP opcode 0x0009");
}

TEST(ArpPacket, TruncatedAndUnsupported) {
    const Bytes frame = golden::bytes("eth_arp_request");
    const std::span<const std::uint8_t> arp = std::span(frame).subspan(14);
    for (std::size_t len = 0; len < ArpPacket::kSize; ++len) {
        const auto p = ArpPacket::decode(arp.first(len));
        EXPECT_FALSE(p) << len;
        EXPECT_NE(p.problem.find("at byte 0 is truncated"), std::string::npos) << p.problem;
    }
    Bytes other(arp.begin(), arp.end());
    other[4] = 8; // 8-byte hardware addresses
    EXPECT_EQ(ArpPacket::decode(other).problem,
              "ARP packet at byte 0 has 8-byte hardware and 4-byte protocol addresses; only "
              "Ethernet/IPv4 (6 and 4 bytes) is supported.");
}

} // namespace
} // namespace hopscope::wire
