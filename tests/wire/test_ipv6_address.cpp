// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/ipv6_address.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

// Each output string is what tshark 4.0 printed for ipv6.src/ipv6.dst (dissector_golden.h).
TEST(Ipv6Address, FormatsLikeTshark) {
    const std::pair<const char*, const char*> cases[] = {
        {"fe80:0:0:0:0:0:0:1", "fe80::1"},
        {"2001:0DB8::0042", "2001:db8::42"},
        {"0:0:0:0:0:0:0:1", "::1"},
        {"::ffff:10.0.0.1", "::ffff:10.0.0.1"},
        {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
        {"1:0:0:0:0:0:0:0", "1::"},
        {"::", "::"},
        {"ff02::1:ff00:42", "ff02::1:ff00:42"},
    };
    for (const auto& [in, out] : cases) {
        const auto a = Ipv6Address::parse(in);
        ASSERT_TRUE(a) << in;
        EXPECT_EQ(a->toString(), out) << in;
        EXPECT_EQ(Ipv6Address::parse(out), a) << out;
    }
}

TEST(Ipv6Address, Rfc5952Rules) {
    // A single zero group is not shortened; the longest (then the first) run is.
    EXPECT_EQ(Ipv6Address::parse("2001:db8:0:1:1:1:1:1")->toString(), "2001:db8:0:1:1:1:1:1");
    EXPECT_EQ(Ipv6Address::parse("2001:0:0:1:0:0:0:1")->toString(), "2001:0:0:1::1");
    EXPECT_EQ(Ipv6Address::parse("2001:db8:0:0:1:0:0:1")->toString(), "2001:db8::1:0:0:1");
    EXPECT_EQ(Ipv6Address::parse("1:2:3:4:5:6:7:8")->toString(), "1:2:3:4:5:6:7:8");
    EXPECT_EQ(Ipv6Address::parse("1:2:3:4:5:6::")->toString(), "1:2:3:4:5:6::");
    EXPECT_EQ(Ipv6Address::parse("::2:3:4:5:6:7:8")->toString(), "0:2:3:4:5:6:7:8");
    EXPECT_EQ(Ipv6Address::parse("64:ff9b::192.0.2.33")->toString(), "64:ff9b::c000:221");
}

TEST(Ipv6Address, RejectsMalformedText) {
    for (const char* bad : {"", ":", ":::", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3",
                            "12345::", "g::1", "1:2:3:4:5:6:7:8::", ":1:2:3:4:5:6:7:8",
                            "1:2:3:4:5:6:7:", "::1.2.3", "::1.2.3.4:5", "1:2:3:4:5:6:7:1.2.3.4"}) {
        EXPECT_FALSE(Ipv6Address::parse(bad)) << bad;
    }
}

TEST(Ipv6Address, Properties) {
    EXPECT_TRUE(Ipv6Address::loopback().isLoopback());
    EXPECT_EQ(Ipv6Address::loopback().toString(), "::1");
    EXPECT_TRUE(Ipv6Address::parse("::ffff:127.0.0.1")->isV4Mapped());
    EXPECT_FALSE(Ipv6Address::parse("::1")->isV4Mapped());
    std::uint8_t b[16] = {};
    b[0] = 0xfe;
    b[1] = 0x80;
    b[15] = 2;
    EXPECT_EQ(Ipv6Address::fromBytes(b)->toString(), "fe80::2");
    EXPECT_FALSE(Ipv6Address::fromBytes(std::span<const std::uint8_t>(b, 15)));
}

} // namespace
} // namespace hopscope::wire
