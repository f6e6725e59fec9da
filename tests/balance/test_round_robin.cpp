// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/round_robin.h"
#include "simulation.h"

#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

TEST(RoundRobin, ThreeHundredPicksOverThreeAreExactlyEvenAndInOrder) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    RoundRobin rr;
    std::vector<std::size_t> counts(3, 0);
    for (std::size_t k = 0; k < 300; ++k) {
        const auto choice = rr.pick(*pool, {});
        ASSERT_TRUE(choice);
        EXPECT_EQ(choice->backend, k % 3) << "pick " << k;
        EXPECT_TRUE(choice->setCookie.empty());
        ++counts[choice->backend];
    }
    EXPECT_EQ(counts, (std::vector<std::size_t>{100, 100, 100}));
}

TEST(RoundRobin, IgnoresWeights) {
    auto pool = test::makePool({{"a", 5}, {"b", 1}});
    RoundRobin rr;
    std::vector<std::size_t> counts(2, 0);
    for (int k = 0; k < 100; ++k) {
        ++counts[rr.pick(*pool, {})->backend];
    }
    EXPECT_EQ(counts, (std::vector<std::size_t>{50, 50}));
}

TEST(RoundRobin, SkipsADownBackendAndReturnsNothingWhenAllAreDown) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    RoundRobin rr;
    pool->setUp(1, false);
    std::vector<std::size_t> seen;
    for (int k = 0; k < 4; ++k) {
        seen.push_back(rr.pick(*pool, {})->backend);
    }
    EXPECT_EQ(seen, (std::vector<std::size_t>{0, 2, 0, 2}));
    pool->setUp(0, false);
    pool->setUp(2, false);
    EXPECT_FALSE(rr.pick(*pool, {}));
}

} // namespace
} // namespace hopscope::balance
