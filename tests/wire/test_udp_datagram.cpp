// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/udp_datagram.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(UdpDatagram, GoldenIpv4RoundTrip) {
    const Bytes frame = golden::bytes("eth_udp");
    const Bytes bytes(frame.begin() + 34, frame.end());
    const auto u = UdpDatagram::decode(bytes);
    ASSERT_TRUE(u) << u.problem;
    EXPECT_EQ(u->sourcePort, 5000);
    EXPECT_EQ(u->destinationPort, 9999);
    EXPECT_EQ(u->length, 44);
    EXPECT_EQ(u->payload, Bytes(bytes.begin() + 8, bytes.end()));
    EXPECT_EQ(u->info(), "5000 → 9999 Len=36"); // tshark's Info column
    // Encoding recomputes length and the RFC 768 checksum; both match the wire.
    EXPECT_EQ(u->encode(Ipv4Address(10, 0, 0, 2), Ipv4Address(192, 168, 1, 1)), bytes);
    EXPECT_EQ(
        UdpDatagram::computeChecksum(
            Checksum::pseudoHeader(Ipv4Address(10, 0, 0, 2), Ipv4Address(192, 168, 1, 1), 17, 44),
            bytes),
        u->checksum);
}

TEST(UdpDatagram, GoldenIpv6RoundTrip) {
    const Bytes frame = golden::bytes("eth_ipv6_udp");
    const Bytes bytes(frame.begin() + 54, frame.end());
    const auto u = UdpDatagram::decode(bytes);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->checksum, 0xc5e1); // tshark: udp.checksum 0xc5e1 (RFC 8200 pseudo-header)
    EXPECT_EQ(u->encode(*Ipv6Address::parse("fe80::1"), *Ipv6Address::parse("2001:db8::42")),
              bytes);
}

TEST(UdpDatagram, ComputedZeroIsSentAsAllOnes) {
    const Ipv4Address src(127, 0, 0, 1);
    const Ipv4Address dst(127, 0, 0, 2);
    UdpDatagram u;
    u.sourcePort = 53;
    u.destinationPort = 40000;
    u.payload = {0, 0};
    const Bytes first = u.encode(src, dst);
    // Put the checksum itself in the data: the sum becomes 0xffff and the checksum zero.
    u.payload = {first[6], first[7]};
    const Bytes bytes = u.encode(src, dst);
    EXPECT_EQ(bytes[6], 0xff);
    EXPECT_EQ(bytes[7], 0xff);
    Checksum whole = Checksum::pseudoHeader(src, dst, 17, 10);
    whole.add(bytes);
    EXPECT_TRUE(whole.verifies());
}

TEST(UdpDatagram, StructRoundTrip) {
    UdpDatagram x;
    x.sourcePort = 65535;
    x.destinationPort = 1;
    x.payload = {1, 2, 3};
    const Bytes bytes = x.encode(Ipv4Address(1, 2, 3, 4), Ipv4Address(5, 6, 7, 8));
    x.length = 11;
    x.checksum = static_cast<std::uint16_t>((bytes[6] << 8) | bytes[7]);
    const auto back = UdpDatagram::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, x);
}

TEST(UdpDatagram, TruncatedAndMalformed) {
    const Bytes frame = golden::bytes("eth_udp");
    const Bytes bytes(frame.begin() + 34, frame.end());
    for (std::size_t len = 0; len < 8; ++len) {
        EXPECT_EQ(UdpDatagram::decode(std::span(bytes).first(len))
                      .problem.rfind("UDP header at byte 0 is truncated: it needs 8 bytes", 0),
                  0u);
    }
    for (std::size_t len = 8; len < bytes.size(); ++len) {
        EXPECT_EQ(UdpDatagram::decode(std::span(bytes).first(len)).problem,
                  "UDP datagram at byte 0 is truncated: its length is 44 bytes but only " +
                      std::to_string(len) + " were captured.");
    }
    Bytes bad = bytes;
    bad[5] = 7;
    bad[4] = 0;
    EXPECT_EQ(UdpDatagram::decode(bad).problem,
              "UDP length 7 at byte 4 is smaller than the 8-byte header.");
}

} // namespace
} // namespace hopscope::wire
