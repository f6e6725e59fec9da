// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/client_address.h"

#include <array>
#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

TEST(ClientAddress, AcceptsFourOrSixteenBytesOnly) {
    const std::array<std::uint8_t, 4> v4 = {192, 0, 2, 1};
    const std::array<std::uint8_t, 16> v6 = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                             0,    0,    0,    0,    0, 0, 0, 1};
    const std::array<std::uint8_t, 5> odd = {1, 2, 3, 4, 5};
    ASSERT_TRUE(ClientAddress::fromBytes(v4));
    EXPECT_TRUE(ClientAddress::fromBytes(v4)->isV4());
    EXPECT_EQ(*ClientAddress::fromBytes(v4), ClientAddress::v4(0xc0000201U));
    ASSERT_TRUE(ClientAddress::fromBytes(v6));
    EXPECT_TRUE(ClientAddress::fromBytes(v6)->isV6());
    EXPECT_EQ(ClientAddress::fromBytes(v6)->bytes().size(), 16U);
    EXPECT_FALSE(ClientAddress::fromBytes(odd));
    EXPECT_FALSE(ClientAddress().isKnown());
    const std::array<std::uint8_t, 16> mapped = {0, 0, 0,    0,    0,   0, 0, 0,
                                                 0, 0, 0xff, 0xff, 192, 0, 2, 1};
    EXPECT_EQ(*ClientAddress::fromBytes(mapped), ClientAddress::v4(192, 0, 2, 1));
}

} // namespace
} // namespace hopscope::balance
