// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/ethernet_frame.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(EthernetFrame, DecodesAndReencodesAGoldenFrame) {
    const Bytes bytes = golden::bytes("eth_tcp_syn");
    const auto f = EthernetFrame::decode(bytes);
    ASSERT_TRUE(f) << f.problem;
    EXPECT_EQ(f->destination.toString(), "02:00:00:00:00:01");
    EXPECT_EQ(f->source.toString(), "0a:1b:2c:3d:4e:5f");
    EXPECT_FALSE(f->vlan);
    EXPECT_EQ(f->etherType, 0x0800);
    EXPECT_EQ(f->payload.size(), bytes.size() - 14);
    EXPECT_EQ(f->encode(), bytes);
}

TEST(EthernetFrame, VlanTagRoundTrip) {
    const Bytes bytes = golden::bytes("eth_vlan_udp");
    const auto f = EthernetFrame::decode(bytes);
    ASSERT_TRUE(f);
    ASSERT_TRUE(f->vlan);
    EXPECT_EQ(f->vlan->priority, 5);
    EXPECT_TRUE(f->vlan->dropEligible);
    EXPECT_EQ(f->vlan->id, 100);
    EXPECT_EQ(f->vlan->tci(), 0xb064);
    EXPECT_EQ(f->etherType, 0x0800);
    EXPECT_EQ(f->headerSize(), 18u);
    EXPECT_EQ(f->encode(), bytes);

    // Stacked tags: the inner one stays in the payload with type 0x8100.
    const Bytes qinq = golden::bytes("eth_qinq_udp");
    const auto q = EthernetFrame::decode(qinq);
    ASSERT_TRUE(q);
    EXPECT_EQ(q->vlan, (VlanTag{1, false, 10}));
    EXPECT_EQ(q->etherType, 0x8100);
    EXPECT_EQ(q->encode(), qinq);
}

TEST(EthernetFrame, StructRoundTrip) {
    EthernetFrame f;
    f.destination = MacAddress::broadcast();
    f.source = *MacAddress::parse("02:00:00:00:00:09");
    f.vlan = VlanTag{7, false, 4094};
    f.etherType = 0x86dd;
    f.payload = {1, 2, 3};
    const auto bytes = f.encode();
    ASSERT_EQ(bytes.size(), 21u);
    EXPECT_EQ(bytes[12], 0x81);
    EXPECT_EQ(bytes[13], 0x00);
    const auto back = EthernetFrame::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, f);
    EXPECT_EQ(VlanTag::fromTci(f.vlan->tci()), *f.vlan);
}

TEST(EthernetFrame, TruncatedHeaders) {
    const Bytes bytes = golden::bytes("eth_vlan_udp");
    for (std::size_t len = 0; len < 14; ++len) {
        const auto f = EthernetFrame::decode(std::span(bytes).first(len));
        EXPECT_FALSE(f);
        EXPECT_EQ(f.problem, "Ethernet header at byte 0 is truncated: it needs 14 bytes but only " +
                                 std::to_string(len) + (len == 1 ? " remains." : " remain."));
    }
    for (std::size_t len = 14; len < 18; ++len) {
        const auto f = EthernetFrame::decode(std::span(bytes).first(len));
        EXPECT_FALSE(f);
        EXPECT_EQ(f.problem.rfind("802.1Q VLAN tag at byte 14 is truncated", 0), 0u) << f.problem;
    }
    EXPECT_TRUE(EthernetFrame::decode(std::span(bytes).first(18)));
}

TEST(EthernetFrame, HeaderOffsetsAreFrameRelative) {
    Bytes bytes(6, 0xee); // something before the header
    const Bytes frame = golden::bytes("eth_tcp_syn");
    bytes.insert(bytes.end(), frame.begin(), frame.begin() + 10);
    ByteReader r(bytes);
    r.seek(6);
    const auto f = EthernetFrame::decodeHeader(r);
    EXPECT_EQ(f.problem, "Ethernet header at byte 6 is truncated: it needs 14 bytes but only 10 "
                         "remain.");
}

TEST(EthernetFrame, LayersNameTheirFields) {
    const auto f = EthernetFrame::decode(golden::bytes("eth_vlan_udp"));
    ASSERT_TRUE(f);
    const Layer eth = f->ethernetLayer(0);
    EXPECT_EQ(eth.protocol, "eth");
    EXPECT_EQ(eth.summary, "0a:1b:2c:3d:4e:5f → 02:00:00:00:00:01, 802.1Q Virtual LAN");
    ASSERT_EQ(eth.fields.size(), 3u);
    EXPECT_EQ(eth.fields[2].value, "0x8100");
    const Layer vlan = EthernetFrame::vlanLayer(14, *f->vlan, f->etherType);
    EXPECT_EQ(vlan.summary, "PRI: 5, DEI: 1, ID: 100");
    EXPECT_EQ(vlan.fields[3].display, "IPv4 (0x0800)");
    EXPECT_EQ(std::string(EthernetFrame::typeName(0x86dd)), "IPv6");
    EXPECT_EQ(EthernetFrame::typeName(0x1234), nullptr);
}

} // namespace
} // namespace hopscope::wire
