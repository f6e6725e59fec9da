// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/smooth_weighted_round_robin.h"
#include "simulation.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <string>

namespace hopscope::balance {
namespace {

std::string sequence(SmoothWeightedRoundRobin& swrr, const BackendPool& pool, int picks) {
    std::string out;
    for (int k = 0; k < picks; ++k) {
        out += pool.at(swrr.pick(pool, {})->backend).name();
    }
    return out;
}

TEST(SmoothWeightedRoundRobin, WeightsFiveOneOneGiveNginxsDocumentedSequence) {
    // The example in nginx's commit introducing the algorithm (ngx_http_upstream_round_robin.c):
    // weights { 5, 1, 1 } select a a b a c a a, not a a a a a b c.
    auto pool = test::makePool({{"a", 5}, {"b", 1}, {"c", 1}});
    SmoothWeightedRoundRobin swrr;
    EXPECT_EQ(sequence(swrr, *pool, 7), "aabacaa");
    // After a whole cycle every current weight is back at zero: the cycle repeats.
    EXPECT_EQ(sequence(swrr, *pool, 7), "aabacaa");
}

TEST(SmoothWeightedRoundRobin, ProportionsAreExactOverWholeCycles) {
    auto pool = test::makePool({{"a", 3}, {"b", 2}, {"c", 4}, {"d", 1}});
    SmoothWeightedRoundRobin swrr;
    std::vector<int> counts(4, 0);
    for (int k = 0; k < 10 * 1000; ++k) {
        ++counts[swrr.pick(*pool, {})->backend];
    }
    EXPECT_EQ(counts, (std::vector<int>{3000, 2000, 4000, 1000}));
}

TEST(SmoothWeightedRoundRobin, EveryPrefixStaysWithinOneRequestOfTheExactShare) {
    // What "smooth" means: after any number of picks n, each backend has had its share
    // n * weight / total to within one request. Plain weighted round robin (a a a a a b c) is
    // 1.4 requests ahead on a after five picks.
    auto pool = test::makePool({{"a", 5}, {"b", 1}, {"c", 1}, {"d", 3}, {"e", 2}});
    SmoothWeightedRoundRobin swrr;
    const double total = 12.0;
    const std::vector<double> weights = {5, 1, 1, 3, 2};
    std::vector<int> counts(5, 0);
    for (int n = 1; n <= 1200; ++n) {
        ++counts[swrr.pick(*pool, {})->backend];
        for (std::size_t i = 0; i < counts.size(); ++i) {
            ASSERT_LT(std::abs(counts[i] - n * weights[i] / total), 1.0)
                << "backend " << i << " after " << n << " picks";
        }
    }
}

TEST(SmoothWeightedRoundRobin, AFailureLowersTheEffectiveWeightUntilItRecovers) {
    auto pool = test::makePool({{"a", 5}, {"b", 1}, {"c", 1}});
    SmoothWeightedRoundRobin swrr;
    EXPECT_EQ(sequence(swrr, *pool, 7), "aabacaa");
    swrr.onFinish(*pool, 0, std::chrono::milliseconds(1), false);
    const std::string afterFailure = sequence(swrr, *pool, 7);
    EXPECT_LT(std::count(afterFailure.begin(), afterFailure.end(), 'a'), 5) << afterFailure;
    // One unit back per pick: after a while the 5:1:1 proportion holds again.
    sequence(swrr, *pool, 70);
    std::vector<int> counts(3, 0);
    for (int k = 0; k < 7000; ++k) {
        ++counts[swrr.pick(*pool, {})->backend];
    }
    // Current weights need not be back at zero here, so allow the one-cycle offset they carry.
    EXPECT_NEAR(counts[0], 5000, 2);
    EXPECT_NEAR(counts[1], 1000, 2);
    EXPECT_NEAR(counts[2], 1000, 2);
}

TEST(SmoothWeightedRoundRobin, FollowsAWeightChangeAndSkipsDrainedAndDownBackends) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    SmoothWeightedRoundRobin swrr;
    EXPECT_EQ(sequence(swrr, *pool, 3), "abc");
    pool->setWeight(2, 0); // drain c
    pool->setUp(1, false);
    EXPECT_EQ(sequence(swrr, *pool, 4), "aaaa");
    pool->setUp(1, true);
    pool->setWeight(2, 2);
    std::vector<int> counts(3, 0);
    for (int k = 0; k < 400; ++k) {
        ++counts[swrr.pick(*pool, {})->backend];
    }
    EXPECT_EQ(counts, (std::vector<int>{100, 100, 200}));
}

} // namespace
} // namespace hopscope::balance
