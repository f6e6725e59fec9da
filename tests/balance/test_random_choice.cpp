// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/random_choice.h"
#include "simulation.h"

#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

std::vector<std::size_t> picks(RandomChoice& random, const BackendPool& pool, int n) {
    std::vector<std::size_t> out;
    for (int k = 0; k < n; ++k) {
        out.push_back(random.pick(pool, {})->backend);
    }
    return out;
}

TEST(RandomChoice, EqualWeightsGiveAnEvenDistribution) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    RandomChoice random(42);
    std::vector<int> counts(3, 0);
    for (const std::size_t i : picks(random, *pool, 30'000)) {
        ++counts[i];
    }
    // Binomial(30000, 1/3): standard deviation 82; five of them is 410.
    for (const int c : counts) {
        EXPECT_NEAR(c, 10'000, 410);
    }
}

TEST(RandomChoice, WeightsSetTheProportions) {
    auto pool = test::makePool({{"a", 3}, {"b", 1}});
    RandomChoice random(7);
    int a = 0;
    for (const std::size_t i : picks(random, *pool, 40'000)) {
        a += i == 0 ? 1 : 0;
    }
    EXPECT_NEAR(a / 40'000.0, 0.75, 0.011); // five standard deviations
}

TEST(RandomChoice, TheSeedFixesTheSequence) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}});
    RandomChoice first(1234);
    RandomChoice second(1234);
    RandomChoice other(4321);
    const auto s1 = picks(first, *pool, 200);
    EXPECT_EQ(s1, picks(second, *pool, 200));
    EXPECT_NE(s1, picks(other, *pool, 200));
}

TEST(RandomChoice, PicksOnlyCandidates) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    pool->setUp(1, false);
    RandomChoice random(3);
    for (const std::size_t i : picks(random, *pool, 1000)) {
        EXPECT_NE(i, 1U);
    }
    pool->setUp(0, false);
    pool->setUp(2, false);
    EXPECT_FALSE(random.pick(*pool, {}));
}

} // namespace
} // namespace hopscope::balance
