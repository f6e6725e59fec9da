// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/lb_comparison.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::balance {
namespace {

constexpr std::int64_t kMs = 1'000'000;

LbComparisonSetup setupWith(std::vector<std::int64_t> serviceMs) {
    LbComparisonSetup s;
    for (std::size_t i = 0; i < serviceMs.size(); ++i) {
        LbSimBackend b;
        b.name = "backend-" + std::to_string(i + 1);
        b.settings.name = b.name;
        b.settings.capacity = 2;
        b.settings.serviceTime = http::ServiceTimeKind::Exponential;
        b.settings.serviceTimeMeanNs = serviceMs[i] * kMs;
        s.backends.push_back(b);
    }
    s.ratePerSecond = 60;
    s.durationNs = 60'000'000'000;
    s.seed = 7;
    return s;
}

TEST(LbComparison, BothAlgorithmsGetTheSameArrivalsAndRunsRepeat) {
    const LbComparisonSetup s = setupWith({20, 20, 20});
    const auto arrivals = LbComparison::arrivals(s);
    ASSERT_GT(arrivals.size(), 3000U);
    EXPECT_LT(arrivals.size(), 4200U); // about 60/s for 60 s
    EXPECT_TRUE(std::is_sorted(arrivals.begin(), arrivals.end(),
                               [](const auto& a, const auto& b) { return a.timeNs < b.timeNs; }));
    const LbSimResult a = LbComparison::run(s, AlgorithmKind::RoundRobin);
    const LbSimResult again = LbComparison::run(s, AlgorithmKind::RoundRobin);
    const LbSimResult b = LbComparison::run(s, AlgorithmKind::Random);
    EXPECT_EQ(a.requests, arrivals.size());
    EXPECT_EQ(b.requests, arrivals.size());
    EXPECT_EQ(a.metrics.total.completed, arrivals.size());
    EXPECT_EQ(b.metrics.total.completed, arrivals.size());
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(a.metrics.backends[i].completed, again.metrics.backends[i].completed);
        EXPECT_NEAR(static_cast<double>(a.metrics.backends[i].completed),
                    static_cast<double>(arrivals.size()) / 3, 1.0);
    }
    EXPECT_EQ(a.metrics.total.p99Ns, again.metrics.total.p99Ns);
    // Random is not round robin: its counts differ from an exact third.
    bool uneven = false;
    for (std::size_t i = 0; i < 3; ++i) {
        uneven = uneven || std::abs(static_cast<double>(b.metrics.backends[i].completed) -
                                    static_cast<double>(arrivals.size()) / 3) > 2;
    }
    EXPECT_TRUE(uneven);
}

TEST(LbComparison, LeastConnectionsAvoidsTheSlowBackend) {
    // One backend is ten times slower: round robin still sends it a third and its queue grows;
    // least connections notices the requests piling up there.
    const LbComparisonSetup s = setupWith({20, 20, 200});
    const LbSimResult rr = LbComparison::run(s, AlgorithmKind::RoundRobin);
    const LbSimResult lc = LbComparison::run(s, AlgorithmKind::LeastConnections);
    EXPECT_NEAR(static_cast<double>(rr.metrics.backends[2].completed),
                static_cast<double>(rr.requests) / 3, 1.0);
    EXPECT_LT(lc.metrics.backends[2].completed, rr.metrics.backends[2].completed / 2);
    EXPECT_LT(lc.metrics.total.p99Ns, rr.metrics.total.p99Ns / 2);
    EXPECT_GT(rr.maxQueue, lc.maxQueue);
}

TEST(LbComparison, AFullQueueAnswers503AndErrorRatesGive500s) {
    LbComparisonSetup s = setupWith({100});
    s.backends[0].settings.capacity = 1;
    s.backends[0].settings.queueLimit = 2;
    s.backends[0].settings.errorRate = 0.25;
    s.ratePerSecond = 50; // five times what one slot serves
    s.durationNs = 10'000'000'000;
    const LbSimResult r = LbComparison::run(s, AlgorithmKind::RoundRobin);
    EXPECT_GT(r.rejected503, r.requests / 2);
    EXPECT_EQ(r.maxQueue, 2U);
    const double served = static_cast<double>(r.requests - r.rejected503);
    EXPECT_NEAR(static_cast<double>(r.errors500), served * 0.25, served * 0.12);
}

} // namespace
} // namespace hopscope::balance
