// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/ipv6_packet.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(Ipv6Packet, GoldenRoundTrip) {
    const Bytes frame = golden::bytes("eth_ipv6_no_next_header");
    const Bytes bytes(frame.begin() + 14, frame.end());
    const auto p = Ipv6Packet::decode(bytes);
    ASSERT_TRUE(p) << p.problem;
    EXPECT_EQ(p->trafficClass, 0xb9);
    EXPECT_EQ(p->flowLabel, 0xabcdeu);
    EXPECT_EQ(p->payloadLength, 0);
    EXPECT_EQ(p->nextHeader, 59);
    EXPECT_EQ(p->hopLimit, 64);
    EXPECT_EQ(p->source.toString(), "fe80::1");
    EXPECT_EQ(p->destination.toString(), "2001:db8::42");
    EXPECT_EQ(p->encode(), bytes);

    const Bytes udpFrame = golden::bytes("eth_ipv6_udp");
    const Bytes udp(udpFrame.begin() + 14, udpFrame.end());
    const auto u = Ipv6Packet::decode(udp);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->payloadLength, 11);
    EXPECT_EQ(u->payload.size(), 11u);
    EXPECT_EQ(u->encode(), udp);
}

TEST(Ipv6Packet, StructRoundTrip) {
    Ipv6Packet x;
    x.trafficClass = 0xff;
    x.flowLabel = 0xfffff;
    x.nextHeader = 6;
    x.hopLimit = 1;
    x.source = Ipv6Address::loopback();
    x.destination = *Ipv6Address::parse("::ffff:127.0.0.1");
    x.payload = {1, 2, 3, 4, 5};
    const Bytes bytes = x.encode();
    ASSERT_EQ(bytes.size(), 45u);
    EXPECT_EQ(bytes[0], 0x6f);
    x.payloadLength = 5;
    const auto back = Ipv6Packet::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, x);
}

TEST(Ipv6Packet, TruncatedAndMalformed) {
    const Bytes frame = golden::bytes("eth_ipv6_udp");
    const Bytes bytes(frame.begin() + 14, frame.end());
    for (std::size_t len = 0; len < 40; ++len) {
        const auto p = Ipv6Packet::decode(std::span(bytes).first(len));
        EXPECT_FALSE(p);
        EXPECT_EQ(p.problem.rfind("IPv6 header at byte 0 is truncated: it needs 40 bytes", 0), 0u);
    }
    for (std::size_t len = 40; len < bytes.size(); ++len) {
        EXPECT_EQ(Ipv6Packet::decode(std::span(bytes).first(len)).problem,
                  "IPv6 packet at byte 0 is truncated: its payload length is 11 bytes but only " +
                      std::to_string(len - 40) + " follow the header.");
    }
    Bytes v4 = bytes;
    v4[0] = 0x45;
    EXPECT_EQ(Ipv6Packet::decode(v4).problem, "IPv6 header at byte 0 has version 4, not 6.");
}

} // namespace
} // namespace hopscope::wire
