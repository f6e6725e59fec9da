// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/source_ip_hash.h"
#include "simulation.h"

#include <array>
#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

RequestContext from(const ClientAddress& address) {
    RequestContext request;
    request.client = address;
    return request;
}

TEST(SourceIpHash, AClientAlwaysGetsTheSameBackend) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    SourceIpHash source;
    for (int host = 1; host <= 200; ++host) {
        const auto client = ClientAddress::v4(10, 0, static_cast<std::uint8_t>(host / 256),
                                              static_cast<std::uint8_t>(host % 256));
        const std::size_t first = source.pick(*pool, from(client))->backend;
        for (int again = 0; again < 5; ++again) {
            EXPECT_EQ(source.pick(*pool, from(client))->backend, first);
        }
        // A fresh instance agrees: the mapping is a function of the address, not of history.
        EXPECT_EQ(SourceIpHash().pick(*pool, from(client))->backend, first);
    }
}

TEST(SourceIpHash, ClientsSpreadOverBackendsByWeight) {
    auto pool = test::makePool({{"a", 2}, {"b", 1}, {"c", 1}});
    SourceIpHash source;
    std::vector<int> counts(3, 0);
    for (std::uint32_t host = 0; host < 8000; ++host) {
        ++counts[source.pick(*pool, from(ClientAddress::v4(0x0a000000U + host)))->backend];
    }
    EXPECT_NEAR(counts[0], 4000, 250);
    EXPECT_NEAR(counts[1], 2000, 200);
    EXPECT_NEAR(counts[2], 2000, 200);
}

TEST(SourceIpHash, AnIpv4MappedAddressHashesLikeTheIpv4Address) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}, {"e", 1}});
    SourceIpHash source;
    for (std::uint8_t host = 1; host < 50; ++host) {
        const std::array<std::uint8_t, 16> mapped = {0, 0, 0,    0,    0,   0, 0, 0,
                                                     0, 0, 0xff, 0xff, 192, 0, 2, host};
        const auto v6 = ClientAddress::fromBytes(mapped);
        ASSERT_TRUE(v6);
        EXPECT_EQ(source.pick(*pool, from(*v6))->backend,
                  source.pick(*pool, from(ClientAddress::v4(192, 0, 2, host)))->backend);
    }
}

TEST(SourceIpHash, ABackendGoingDownReshufflesClients) {
    // Map-based hashing is not consistent: the lesson contrasts it with ConsistentHash.
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}});
    SourceIpHash source;
    std::vector<std::size_t> before;
    for (std::uint32_t host = 0; host < 1000; ++host) {
        before.push_back(source.pick(*pool, from(ClientAddress::v4(0x0a000000U + host)))->backend);
    }
    pool->setUp(3, false);
    int movedFromLive = 0;
    for (std::uint32_t host = 0; host < 1000; ++host) {
        const auto now = source.pick(*pool, from(ClientAddress::v4(0x0a000000U + host)))->backend;
        EXPECT_NE(now, 3U);
        movedFromLive += (before[host] != 3 && now != before[host]) ? 1 : 0;
    }
    EXPECT_GT(movedFromLive, 300);
}

} // namespace
} // namespace hopscope::balance
