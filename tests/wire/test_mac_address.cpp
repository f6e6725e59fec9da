// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/mac_address.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

TEST(MacAddress, ParsesAndFormatsLikeWireshark) {
    const auto mac = MacAddress::parse("0A:1b:2C:3d:4E:5f");
    ASSERT_TRUE(mac);
    EXPECT_EQ(mac->toString(), "0a:1b:2c:3d:4e:5f"); // eth.src as tshark prints it
    EXPECT_EQ(MacAddress::parse("0a-1b-2c-3d-4e-5f"), mac);
    EXPECT_EQ(mac->bytes()[0], 0x0a);
    EXPECT_EQ(mac->bytes()[5], 0x5f);
}

TEST(MacAddress, RejectsMalformedText) {
    for (const char* bad :
         {"", "0a:1b:2c:3d:4e", "0a:1b:2c:3d:4e:5f:00", "0a:1b-2c:3d:4e:5f", "0g:1b:2c:3d:4e:5f",
          "0a:1b:2c:3d:4e:5", "0a1b2c3d4e5f", "0a:1b:2c:3d:4e:5f "}) {
        EXPECT_FALSE(MacAddress::parse(bad)) << bad;
    }
}

TEST(MacAddress, Properties) {
    EXPECT_TRUE(MacAddress::broadcast().isBroadcast());
    EXPECT_TRUE(MacAddress::broadcast().isMulticast());
    EXPECT_EQ(MacAddress::broadcast().toString(), "ff:ff:ff:ff:ff:ff");
    EXPECT_TRUE(MacAddress().isZero());
    EXPECT_FALSE(MacAddress::parse("02:00:00:00:00:01")->isMulticast());
    EXPECT_TRUE(MacAddress::parse("01:00:5e:00:00:fb")->isMulticast());
    const std::uint8_t bytes[] = {1, 2, 3, 4, 5, 6, 7};
    EXPECT_EQ(MacAddress::fromBytes(bytes)->toString(), "01:02:03:04:05:06");
    EXPECT_FALSE(MacAddress::fromBytes(std::span<const std::uint8_t>(bytes, 5)));
    EXPECT_LT(*MacAddress::parse("02:00:00:00:00:01"), *MacAddress::parse("02:00:00:00:00:02"));
}

} // namespace
} // namespace hopscope::wire
