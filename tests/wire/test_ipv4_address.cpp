// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/ipv4_address.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

TEST(Ipv4Address, ParsesAndFormats) {
    const auto a = Ipv4Address::parse("198.41.0.4");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->value(), 0xc6290004u);
    EXPECT_EQ(a->toString(), "198.41.0.4");
    EXPECT_EQ((Ipv4Address::Bytes{198, 41, 0, 4}), a->bytes());
    EXPECT_EQ(Ipv4Address(255, 255, 255, 255).toString(), "255.255.255.255");
    EXPECT_EQ(Ipv4Address().toString(), "0.0.0.0");
    EXPECT_EQ(Ipv4Address::parse("0.0.0.0"), Ipv4Address());
}

TEST(Ipv4Address, RejectsMalformedText) {
    for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "01.2.3.4", "1.2.3.4 ",
                            " 1.2.3.4", "a.b.c.d", "1.2.3.-4", "1.2.3.1000"}) {
        EXPECT_FALSE(Ipv4Address::parse(bad)) << bad;
    }
}

TEST(Ipv4Address, Properties) {
    EXPECT_TRUE(Ipv4Address(127, 0, 0, 53).isLoopback());
    EXPECT_FALSE(Ipv4Address(128, 0, 0, 1).isLoopback());
    EXPECT_TRUE(Ipv4Address().isUnspecified());
    const std::uint8_t b[] = {10, 0, 0, 1};
    EXPECT_EQ(Ipv4Address::fromBytes(b), Ipv4Address(10, 0, 0, 1));
    EXPECT_FALSE(Ipv4Address::fromBytes(std::span<const std::uint8_t>(b, 3)));
    EXPECT_LT(Ipv4Address(10, 0, 0, 1), Ipv4Address(10, 0, 0, 2));
}

} // namespace
} // namespace hopscope::wire
