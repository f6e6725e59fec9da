// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/rate_sampler.h"
#include "trace/clock.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

namespace hopscope::balance {
namespace {

TEST(RateSampler, AdmitsABurstThenTheRate) {
    trace::ManualClock clock;
    RateSampler sampler(100, 10, clock);
    int admitted = 0;
    for (int k = 0; k < 1000; ++k) {
        admitted += sampler.admit() ? 1 : 0;
    }
    EXPECT_EQ(admitted, 10); // the full bucket, nothing more at one instant

    // One second in 1 ms steps, ten attempts each: exactly one token every 10 ms.
    admitted = 0;
    for (int ms = 1; ms <= 1000; ++ms) {
        clock.setNs(std::int64_t{ms} * 1'000'000);
        for (int k = 0; k < 10; ++k) {
            admitted += sampler.admit() ? 1 : 0;
        }
    }
    EXPECT_EQ(admitted, 100);
    EXPECT_EQ(sampler.admitted(), 110U);
    EXPECT_EQ(sampler.suppressed(), 11'000U - 110U);
}

TEST(RateSampler, AnIdlePeriodRefillsNoMoreThanTheBurst) {
    trace::ManualClock clock;
    RateSampler sampler(1000, 5, clock);
    while (sampler.admit()) {
    }
    clock.advanceNs(60'000'000'000); // a minute of silence
    int admitted = 0;
    for (int k = 0; k < 100; ++k) {
        admitted += sampler.admit() ? 1 : 0;
    }
    EXPECT_EQ(admitted, 5);
}

TEST(RateSampler, ZeroRateAdmitsNothingAndTheRateCanChange) {
    trace::ManualClock clock;
    RateSampler sampler(0, 10, clock);
    clock.advanceNs(1'000'000'000);
    EXPECT_FALSE(sampler.admit());
    sampler.setRate(2, 1);
    clock.advanceNs(1'000'000'000);
    EXPECT_TRUE(sampler.admit());
    EXPECT_FALSE(sampler.admit());
    clock.advanceNs(500'000'000);
    EXPECT_TRUE(sampler.admit());
}

TEST(RateSampler, AFasterRateIsHonouredAtOnceAfterARefusal) {
    trace::ManualClock clock;
    RateSampler sampler(1, 1, clock);
    EXPECT_TRUE(sampler.admit());
    EXPECT_FALSE(sampler.admit()); // the next token is a second away
    clock.advanceNs(999'999'999);
    EXPECT_FALSE(sampler.admit());
    clock.advanceNs(1);
    EXPECT_TRUE(sampler.admit()); // exactly one second after the first
    EXPECT_FALSE(sampler.admit());
    sampler.setRate(1000, 1);
    clock.advanceNs(1'000'000); // 1 ms at 1000/s earns a token
    EXPECT_TRUE(sampler.admit());
    EXPECT_EQ(sampler.admitted(), 3U);
    EXPECT_EQ(sampler.suppressed(), 3U);
}

TEST(RateSampler, ConcurrentCallersShareOneBucket) {
    const trace::ManualClock clock(42);
    RateSampler sampler(10, 50, clock);
    std::atomic<int> admitted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int k = 0; k < 1000; ++k) {
                if (sampler.admit()) {
                    ++admitted;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(admitted.load(), 50);
    EXPECT_EQ(sampler.admitted() + sampler.suppressed(), 4000U);
}

} // namespace
} // namespace hopscope::balance
