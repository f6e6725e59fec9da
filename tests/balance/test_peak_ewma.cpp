// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/peak_ewma.h"
#include "balance/round_robin.h"
#include "simulation.h"
#include "trace/clock.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(PeakEwma, JumpsToAPeakAndDecaysWithTime) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}});
    PeakEwma ewma(clock, seconds(10));
    EXPECT_EQ(ewma.ewmaNs(0), 0.0);

    ewma.onFinish(*pool, 0, milliseconds(10), true);
    EXPECT_DOUBLE_EQ(ewma.ewmaNs(0), 10e6);
    // A faster sample at the same instant carries no weight yet: no time has passed.
    ewma.onFinish(*pool, 0, milliseconds(1), true);
    EXPECT_DOUBLE_EQ(ewma.ewmaNs(0), 10e6);

    // One decay time later: 10 ms * e^-1 decayed, plus 1 ms * (1 - e^-1) from the new sample.
    clock.advanceNs(10'000'000'000);
    ewma.onFinish(*pool, 0, milliseconds(1), true);
    const double expected = 10e6 * std::exp(-1.0) + 1e6 * (1.0 - std::exp(-1.0));
    EXPECT_NEAR(ewma.ewmaNs(0), expected, 1.0);

    // The peak: a slower sample is believed at once.
    ewma.onFinish(*pool, 0, milliseconds(20), true);
    EXPECT_DOUBLE_EQ(ewma.ewmaNs(0), 20e6);
    // Idle for five decay times, the estimate fades towards zero so the backend is retried.
    clock.advanceNs(50'000'000'000);
    EXPECT_NEAR(ewma.ewmaNs(0), 20e6 * std::exp(-5.0), 1.0);
}

TEST(PeakEwma, AFailureCountsAsAtLeastThePenalty) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}});
    PeakEwma ewma(clock, seconds(10), seconds(1));
    ewma.onFinish(*pool, 0, std::chrono::microseconds(50), false);
    EXPECT_DOUBLE_EQ(ewma.ewmaNs(0), 1e9);
}

TEST(PeakEwma, CostIsLatencyTimesTheQueueItWouldJoin) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}, {"b", 1}});
    auto algorithm = std::make_unique<PeakEwma>(clock);
    PeakEwma& ewma = *algorithm;
    SwitchableBalancer lb(*pool, std::move(algorithm));
    ewma.onFinish(*pool, 0, milliseconds(2), true); // a: 2 ms
    ewma.onFinish(*pool, 1, milliseconds(5), true); // b: 5 ms
    EXPECT_EQ(lb.pick({})->backend, 0U);            // 2 * 1 < 5 * 1
    lb.onStart(0);
    lb.onStart(0); // a: 2 ms * 3 = 6 > 5
    EXPECT_EQ(lb.pick({})->backend, 1U);
}

TEST(PeakEwma, ExploresUnmeasuredBackendsWithoutFloodingThem) {
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}, {"b", 1}});
    auto algorithm = std::make_unique<PeakEwma>(clock);
    PeakEwma& ewma = *algorithm;
    SwitchableBalancer lb(*pool, std::move(algorithm));
    ewma.onFinish(*pool, 0, milliseconds(5), true);
    // b is unmeasured and idle: cost 0, so it is tried.
    EXPECT_EQ(lb.pick({})->backend, 1U);
    lb.onStart(1);
    // Now b has a request in flight and still no measurement: the penalty sends the next to a.
    EXPECT_EQ(lb.pick({})->backend, 0U);
}

TEST(PeakEwma, PrefersTheFastBackendUnderSkewedServiceTimes) {
    auto serviceTime = [](std::size_t backend, std::int64_t) -> std::int64_t {
        return backend == 0 ? 1'000'000 : 10'000'000;
    };
    trace::ManualClock clock;
    auto pool = test::makePool({{"fast", 1}, {"slow", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<PeakEwma>(clock));
    const auto ewma = test::Simulation(clock).run(lb, 20'000, 250'000, serviceTime);
    EXPECT_GT(static_cast<double>(ewma.served[0]) / 20'000.0, 0.85)
        << ewma.served[0] << " / " << ewma.served[1];

    auto rrPool = test::makePool({{"fast", 1}, {"slow", 1}});
    SwitchableBalancer rr(*rrPool, std::make_unique<RoundRobin>());
    const auto even = test::Simulation(clock).run(rr, 20'000, 250'000, serviceTime);
    EXPECT_LT(ewma.meanLatencyNs, 0.5 * even.meanLatencyNs);
}

TEST(PeakEwma, MovesAwayFromABackendThatTurnsSlowAndReturnsAfterItRecovers) {
    // Both backends take 2 ms until t = 1 s, when a turns slow (40 ms) for one second.
    auto serviceTime = [](std::size_t backend, std::int64_t now) -> std::int64_t {
        const bool aSlow = now >= 1'000'000'000 && now < 2'000'000'000;
        return backend == 0 && aSlow ? 40'000'000 : 2'000'000;
    };
    trace::ManualClock clock;
    auto pool = test::makePool({{"a", 1}, {"b", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<PeakEwma>(clock, milliseconds(200)));
    test::Simulation sim(clock);
    // One request per millisecond, one second at a time.
    const auto before = sim.run(lb, 1000, 1'000'000, serviceTime);
    const auto during = sim.run(lb, 1000, 1'000'000, serviceTime);
    const auto after = sim.run(lb, 1000, 1'000'000, serviceTime);
    EXPECT_NEAR(static_cast<double>(before.served[0]), 500.0, 150.0);
    // While slow, a gets only the requests that probe it.
    EXPECT_LT(during.served[0], 100U);
    // After it recovers, the estimate decays and a takes its share again.
    EXPECT_GT(after.served[0], 300U);
}

} // namespace
} // namespace hopscope::balance
