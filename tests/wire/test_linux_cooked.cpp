// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/linux_cooked.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(LinuxCooked, V1RoundTrip) {
    const Bytes bytes = golden::bytes("sll_ipv6_udp_loopback");
    const auto h = LinuxCooked::decode(bytes, LinuxCooked::Version::V1);
    ASSERT_TRUE(h) << h.problem;
    EXPECT_EQ(h->packetType, 4);
    EXPECT_EQ(h->arphrdType, 772);
    EXPECT_EQ(h->addressLength, 6);
    EXPECT_EQ(h->address[5], 9);
    EXPECT_EQ(h->protocol, 0x86dd);
    EXPECT_EQ(h->headerSize(), 16u);
    EXPECT_EQ(h->payload.size(), bytes.size() - 16);
    EXPECT_EQ(h->encode(), bytes);
    EXPECT_EQ(h->packetTypeName(), "Sent by us");
}

TEST(LinuxCooked, V2RoundTrip) {
    const Bytes bytes = golden::bytes("sll2_arp");
    const auto h = LinuxCooked::decode(bytes, LinuxCooked::Version::V2);
    ASSERT_TRUE(h) << h.problem;
    EXPECT_EQ(h->protocol, 0x0806);
    EXPECT_EQ(h->interfaceIndex, 7u);
    EXPECT_EQ(h->arphrdType, 1);
    EXPECT_EQ(h->packetType, 1);
    EXPECT_EQ(h->addressLength, 6);
    EXPECT_EQ(h->headerSize(), 20u);
    EXPECT_EQ(h->encode(), bytes);

    LinuxCooked c;
    c.version = LinuxCooked::Version::V2;
    c.protocol = 0x0800;
    c.interfaceIndex = 0xdeadbeef;
    c.packetType = 3;
    c.addressLength = 0;
    c.payload = {9, 9};
    const auto back = LinuxCooked::decode(c.encode(), LinuxCooked::Version::V2);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, c);
}

TEST(LinuxCooked, Truncated) {
    const Bytes v1 = golden::bytes("sll_ipv4_udp");
    for (std::size_t len = 0; len < 16; ++len) {
        const auto h = LinuxCooked::decode(std::span(v1).first(len), LinuxCooked::Version::V1);
        EXPECT_FALSE(h);
        EXPECT_EQ(h.problem.rfind("Linux cooked (SLL) header at byte 0 is truncated", 0), 0u);
    }
    const Bytes v2 = golden::bytes("sll2_ipv4_udp");
    for (std::size_t len = 0; len < 20; ++len) {
        const auto h = LinuxCooked::decode(std::span(v2).first(len), LinuxCooked::Version::V2);
        EXPECT_FALSE(h);
        EXPECT_EQ(h.problem.rfind("Linux cooked (SLL2) header at byte 0 is truncated", 0), 0u);
    }
}

TEST(LinuxCooked, LayerFieldsFollowTheAddressLength) {
    const auto none =
        LinuxCooked::decode(golden::bytes("sll_no_address"), LinuxCooked::Version::V1);
    ASSERT_TRUE(none);
    const Layer l = none->toLayer(0);
    Dissection d;
    d.layers.push_back(l);
    EXPECT_TRUE(d.find("sll.src.eth").empty());
    ASSERT_EQ(d.find("sll.unused").size(), 1u);
    EXPECT_EQ(d.find("sll.unused")[0]->bitOffset, 6 * 8u);
    EXPECT_EQ(d.find("sll.unused")[0]->bitLength, 64u);
    const auto llc = LinuxCooked::decode(Bytes{0, 3, 0, 1, 0, 6, 2, 0, 0, 0, 0, 1, 0, 0, 0, 4},
                                         LinuxCooked::Version::V1);
    ASSERT_TRUE(llc);
    Dissection d2;
    d2.layers.push_back(llc->toLayer(0));
    ASSERT_EQ(d2.find("sll.ltype").size(), 1u); // protocol <= 1536 is not an EtherType
    EXPECT_EQ(d2.find("sll.ltype")[0]->value, "0x0004");
}

} // namespace
} // namespace hopscope::wire
