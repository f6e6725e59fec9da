// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/least_connections.h"
#include "balance/round_robin.h"
#include "simulation.h"
#include "trace/clock.h"

#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

TEST(LeastConnections, PicksTheBackendWithFewestActiveRequests) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<LeastConnections>());
    lb.onStart(0);
    lb.onStart(0);
    lb.onStart(2);
    for (int k = 0; k < 5; ++k) {
        EXPECT_EQ(lb.pick({})->backend, 1U);
    }
    lb.onStart(1);
    lb.onStart(1); // a 2, b 2, c 1
    EXPECT_EQ(lb.pick({})->backend, 2U);
}

TEST(LeastConnections, BreaksTiesRoundRobin) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    LeastConnections lc;
    std::vector<std::size_t> seen;
    for (int k = 0; k < 6; ++k) {
        seen.push_back(lc.pick(*pool, {})->backend);
    }
    EXPECT_EQ(seen, (std::vector<std::size_t>{0, 1, 2, 0, 1, 2}));
}

TEST(LeastConnections, WeighsActiveRequestsByWeight) {
    // (active + 1) / weight: a holds 3 with weight 4 -> 1.0; b holds 1 with weight 1 -> 2.0.
    auto pool = test::makePool({{"a", 4}, {"b", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<LeastConnections>());
    for (int k = 0; k < 3; ++k) {
        lb.onStart(0);
    }
    lb.onStart(1);
    EXPECT_EQ(lb.pick({})->backend, 0U);
}

TEST(LeastConnections, PrefersTheFastBackendUnderSkewedServiceTimes) {
    // a answers in 1 ms, b in 10 ms; a request arrives every 0.25 ms (4000/s, far more than b
    // alone could take). Equalising queue lengths sends about ten times as many to a.
    auto serviceTime = [](std::size_t backend, std::int64_t) -> std::int64_t {
        return backend == 0 ? 1'000'000 : 10'000'000;
    };
    trace::ManualClock clock;

    auto pool = test::makePool({{"fast", 1}, {"slow", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<LeastConnections>());
    const auto lc = test::Simulation(clock).run(lb, 20'000, 250'000, serviceTime);
    const double fastShare = static_cast<double>(lc.served[0]) / 20'000.0;
    EXPECT_GT(fastShare, 0.85) << lc.served[0] << " / " << lc.served[1];

    // The control: round robin in the same simulation splits evenly and waits longer.
    auto rrPool = test::makePool({{"fast", 1}, {"slow", 1}});
    SwitchableBalancer rrLb(*rrPool, std::make_unique<RoundRobin>());
    const auto rr = test::Simulation(clock).run(rrLb, 20'000, 250'000, serviceTime);
    EXPECT_EQ(rr.served[0], 10'000U);
    EXPECT_LT(lc.meanLatencyNs, 0.5 * rr.meanLatencyNs);

    // Every request the simulation started, it finished.
    const auto snapshot = pool->metrics().snapshot();
    EXPECT_EQ(snapshot.total.completed, 20'000U);
    EXPECT_EQ(snapshot.total.active, 0U);
}

} // namespace
} // namespace hopscope::balance
