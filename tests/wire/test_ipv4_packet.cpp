// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/checksum.h"
#include "wire/ipv4_packet.h"

#include <gtest/gtest.h>
#include <random>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes ipPart(const char* golden, std::size_t linkHeader = 14) {
    const Bytes frame = golden::bytes(golden);
    return Bytes(frame.begin() + static_cast<std::ptrdiff_t>(linkHeader), frame.end());
}

TEST(Ipv4Packet, DecodesAGoldenHeader) {
    const Bytes bytes = ipPart("eth_tcp_syn");
    const auto p = Ipv4Packet::decode(bytes);
    ASSERT_TRUE(p) << p.problem;
    EXPECT_EQ(p->dscp, 0);
    EXPECT_EQ(p->ecn, 0);
    EXPECT_EQ(p->totalLength, 60);
    EXPECT_EQ(p->identification, 0x1234);
    EXPECT_FALSE(p->reservedFlag);
    EXPECT_TRUE(p->dontFragment);
    EXPECT_FALSE(p->moreFragments);
    EXPECT_EQ(p->fragmentOffset, 0);
    EXPECT_EQ(p->ttl, 64);
    EXPECT_EQ(p->protocol, 6);
    EXPECT_EQ(p->headerChecksum, 0x5cdd); // tshark: ip.checksum 0x5cdd
    EXPECT_EQ(p->source, Ipv4Address(10, 0, 0, 2));
    EXPECT_EQ(p->destination, Ipv4Address(192, 168, 1, 1));
    EXPECT_TRUE(p->options.empty());
    EXPECT_EQ(p->headerLength(), 20u);
    EXPECT_EQ(p->payload.size(), 40u);
    EXPECT_EQ(p->encode(), bytes);
}

TEST(Ipv4Packet, OptionsDscpEcnAndFlagsRoundTrip) {
    const Bytes withOptions = ipPart("eth_ipv4_options");
    const auto o = Ipv4Packet::decode(withOptions);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->headerLength(), 40u);
    EXPECT_EQ(o->options.size(), 20u);
    EXPECT_EQ(o->options[0], 7); // Record Route
    EXPECT_EQ(o->encode(), withOptions);

    const Bytes tagged = ipPart("eth_vlan_udp", 18);
    const auto t = Ipv4Packet::decode(tagged);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->dscp, 46);
    EXPECT_EQ(t->ecn, 1);
    EXPECT_EQ(t->encode(), tagged);

    const Bytes fragment = ipPart("eth_ipv4_later_fragment");
    const auto f = Ipv4Packet::decode(fragment);
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->reservedFlag);
    EXPECT_FALSE(f->moreFragments);
    EXPECT_EQ(f->fragmentOffset, 2);
    EXPECT_TRUE(f->isFragment());
    EXPECT_EQ(f->fragmentInfo(), "Fragmented IP protocol (proto=UDP 17, off=16, ID=4343)");
    EXPECT_EQ(f->encode(), fragment);
}

TEST(Ipv4Packet, LinkPaddingIsNotPayload) {
    const Bytes padded = ipPart("eth_udp_zero_checksum_padded");
    const auto p = Ipv4Packet::decode(padded);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->totalLength, 29);
    EXPECT_EQ(p->payload.size(), 9u);
    EXPECT_EQ(p->encode(), Bytes(padded.begin(), padded.begin() + 29));
}

TEST(Ipv4Packet, StructRoundTrip) {
    Ipv4Packet x;
    x.dscp = 10;
    x.ecn = 3;
    x.identification = 0xbeef;
    x.moreFragments = true;
    x.fragmentOffset = 0x1fff;
    x.ttl = 1;
    x.protocol = 17;
    x.source = Ipv4Address(198, 41, 0, 4);
    x.destination = Ipv4Address(127, 0, 0, 1);
    x.options = {1, 1, 1, 0};
    x.payload = {0xde, 0xad};
    const Bytes bytes = x.encode();
    ASSERT_EQ(bytes.size(), 26u);
    EXPECT_EQ(bytes[0], 0x46);
    Bytes header(bytes.begin(), bytes.begin() + 24);
    header[10] = header[11] = 0;
    // The checksum field holds the RFC 1071 sum of the header with the field zero.
    EXPECT_EQ((bytes[10] << 8) | bytes[11], Checksum::compute(header));
    x.totalLength = 26;
    x.headerChecksum = static_cast<std::uint16_t>((bytes[10] << 8) | bytes[11]);
    const auto back = Ipv4Packet::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, x);
}

TEST(Ipv4Packet, TruncatedAndMalformed) {
    const Bytes bytes = ipPart("eth_ipv4_options");
    for (std::size_t len = 0; len < 40; ++len) {
        const auto p = Ipv4Packet::decode(std::span(bytes).first(len));
        EXPECT_FALSE(p);
        const std::size_t need = len < 20 ? 20 : 40;
        EXPECT_EQ(p.problem, "IPv4 header at byte 0 is truncated: it needs " +
                                 std::to_string(need) + " bytes but only " + std::to_string(len) +
                                 (len == 1 ? " remains." : " remain."));
    }
    for (std::size_t len = 40; len < bytes.size(); ++len) {
        const auto p = Ipv4Packet::decode(std::span(bytes).first(len));
        EXPECT_EQ(p.problem, "IPv4 datagram at byte 0 is truncated: its total length is 51 bytes "
                             "but only " +
                                 std::to_string(len) + " were captured.");
    }
    Bytes bad = bytes;
    bad[0] = 0x43;
    EXPECT_EQ(Ipv4Packet::decode(bad).problem,
              "IPv4 header at byte 0 gives a header length of 12 bytes; the minimum is 20.");
    bad[0] = 0x55;
    EXPECT_EQ(Ipv4Packet::decode(bad).problem, "IPv4 header at byte 0 has version 5, not 4.");
}

TEST(Ipv4Packet, RouterTtlDecrementPatchesTheChecksum) {
    Bytes bytes = ipPart("eth_tcp_syn");
    auto p = Ipv4Packet::decode(bytes);
    ASSERT_TRUE(p);
    ASSERT_TRUE(p->decrementTtl());
    EXPECT_EQ(p->ttl, 63);
    ASSERT_TRUE(Ipv4Packet::decrementTtl(bytes));
    EXPECT_EQ(bytes[8], 63);
    EXPECT_EQ(p->headerChecksum, (bytes[10] << 8) | bytes[11]);
    EXPECT_EQ(p->headerChecksum, Ipv4Packet::computeHeaderChecksum(std::span(bytes).first(20)));
    EXPECT_EQ(p->encode(), bytes);

    // From 64 down to 0 the in-place update always agrees with recomputation.
    std::mt19937 rng(1812);
    for (int round = 0; round < 200; ++round) {
        Ipv4Packet r;
        r.identification = static_cast<std::uint16_t>(rng());
        r.ttl = static_cast<std::uint8_t>(rng() % 256);
        r.protocol = static_cast<std::uint8_t>(rng());
        r.source = Ipv4Address(static_cast<std::uint32_t>(rng()));
        r.destination = Ipv4Address(static_cast<std::uint32_t>(rng()));
        Bytes h = r.encode();
        while (h[8] > 0) {
            ASSERT_TRUE(Ipv4Packet::decrementTtl(h));
            ASSERT_EQ((h[10] << 8) | h[11], Ipv4Packet::computeHeaderChecksum(h));
        }
        EXPECT_FALSE(Ipv4Packet::decrementTtl(h)); // TTL 0: a router drops, not wraps
    }
    Ipv4Packet zero;
    zero.ttl = 0;
    EXPECT_FALSE(zero.decrementTtl());
    EXPECT_EQ(zero.ttl, 0);
    Bytes tiny(19, 0x45);
    EXPECT_FALSE(Ipv4Packet::decrementTtl(tiny));
}

TEST(Ipv4Packet, LayerOptionsAreDecoded) {
    const Bytes frame = golden::bytes("eth_ipv4_options");
    const auto p = Ipv4Packet::decode(std::span(frame).subspan(14));
    ASSERT_TRUE(p);
    const Layer l = p->toLayer(14, std::span(frame).subspan(14, 40));
    EXPECT_EQ(l.byteLength, 40u);
    EXPECT_EQ(l.summary, "10.0.0.2 → 192.168.1.1, TTL 1, UDP");
    Dissection d;
    d.layers.push_back(l);
    ASSERT_EQ(d.find("ip.rec_rt").size(), 1u);
    EXPECT_EQ(d.find("ip.rec_rt")[0]->value, "10.0.0.1");
    EXPECT_EQ(d.find("ip.rec_rt")[0]->bitOffset, (14 + 20 + 3) * 8u);
    EXPECT_EQ(d.find("ip.empty_rt")[0]->display, "0.0.0.0 <- (next)");
    EXPECT_EQ(d.find("ip.opt.ra")[0]->value, "0");
    EXPECT_EQ(d.find("ip.checksum")[0]->display.substr(7), "[correct]");
}

} // namespace
} // namespace hopscope::wire
