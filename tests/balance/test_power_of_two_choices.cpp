// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/power_of_two_choices.h"
#include "balance/round_robin.h"
#include "simulation.h"
#include "trace/clock.h"

#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

TEST(PowerOfTwoChoices, IdleBackendsShareEvenly) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    PowerOfTwoChoices p2c(42);
    std::vector<int> counts(3, 0);
    for (int k = 0; k < 30'000; ++k) {
        ++counts[p2c.pick(*pool, {})->backend];
    }
    for (const int c : counts) {
        EXPECT_NEAR(c, 10'000, 410);
    }
}

TEST(PowerOfTwoChoices, NeverPicksTheMostLoadedOfThree) {
    // Whatever pair is drawn, the loaded backend loses against an idle one.
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<PowerOfTwoChoices>(9));
    for (int k = 0; k < 5; ++k) {
        lb.onStart(1);
    }
    std::vector<int> counts(3, 0);
    for (int k = 0; k < 3000; ++k) {
        ++counts[lb.pick({})->backend];
    }
    EXPECT_EQ(counts[1], 0);
    EXPECT_NEAR(counts[0], 1500, 150);
}

TEST(PowerOfTwoChoices, TheSeedFixesTheSequence) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}});
    PowerOfTwoChoices first(5);
    PowerOfTwoChoices second(5);
    PowerOfTwoChoices other(6);
    std::vector<std::size_t> s1;
    std::vector<std::size_t> s2;
    std::vector<std::size_t> s3;
    for (int k = 0; k < 200; ++k) {
        s1.push_back(first.pick(*pool, {})->backend);
        s2.push_back(second.pick(*pool, {})->backend);
        s3.push_back(other.pick(*pool, {})->backend);
    }
    EXPECT_EQ(s1, s2);
    EXPECT_NE(s1, s3);
}

TEST(PowerOfTwoChoices, PrefersTheFastBackendUnderSkewedServiceTimes) {
    // Four backends, one of them ten times slower; p2c starves the slow one of most requests.
    auto serviceTime = [](std::size_t backend, std::int64_t) -> std::int64_t {
        return backend == 3 ? 10'000'000 : 1'000'000;
    };
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"slow", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<PowerOfTwoChoices>(11));
    const auto p2c = test::Simulation(clock).run(lb, 20'000, 100'000, serviceTime);
    EXPECT_LT(p2c.served[3], 20'000U / 8) << p2c.served[3];

    auto rrPool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}, {"slow", 1}});
    SwitchableBalancer rr(*rrPool, std::make_unique<RoundRobin>());
    const auto even = test::Simulation(clock).run(rr, 20'000, 100'000, serviceTime);
    EXPECT_LT(p2c.meanLatencyNs, even.meanLatencyNs);
}

} // namespace
} // namespace hopscope::balance
