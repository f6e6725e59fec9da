// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/backend_pool.h"
#include "balance/metrics_time_series.h"

#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

using std::chrono::milliseconds;
constexpr std::int64_t kSecond = 1'000'000'000;

void serve(BackendPool& pool, std::size_t backend, int requests, milliseconds latency,
           Outcome outcome = Outcome::Ok) {
    for (int k = 0; k < requests; ++k) {
        pool.metrics().backend(backend).recordStart();
        pool.metrics().backend(backend).recordFinish(latency, outcome);
    }
}

TEST(MetricsTimeSeries, EachPointHoldsTheRequestsAndLatenciesOfItsInterval) {
    BackendPool pool;
    pool.add({"a", 1, false});
    pool.add({"b", 1, false});
    MetricsTimeSeries series(10);
    serve(pool, 0, 7, milliseconds(3)); // before the baseline: in no point
    series.record(0, pool.metrics().snapshot());
    EXPECT_TRUE(series.points().empty());

    serve(pool, 0, 100, milliseconds(1));
    serve(pool, 1, 50, milliseconds(5), Outcome::GatewayTimeout);
    series.record(kSecond, pool.metrics().snapshot());
    serve(pool, 0, 10, milliseconds(10));
    series.record(3 * kSecond, pool.metrics().snapshot()); // a late timer: two seconds

    const auto points = series.points();
    ASSERT_EQ(points.size(), 2U);
    const SeriesPoint& first = points[0];
    EXPECT_EQ(first.timeNs, kSecond);
    EXPECT_EQ(first.intervalNs, kSecond);
    ASSERT_EQ(first.backends.size(), 2U);
    EXPECT_EQ(first.backends[0].requests, 100U);
    EXPECT_DOUBLE_EQ(first.backends[0].requestsPerSecond, 100.0);
    EXPECT_NEAR(static_cast<double>(first.backends[0].p50Ns), 1e6, 1e6 / 128);
    EXPECT_EQ(first.backends[1].requests, 50U);
    EXPECT_EQ(first.backends[1].errors, 50U);
    EXPECT_NEAR(static_cast<double>(first.backends[1].p99Ns), 5e6, 5e6 / 128);
    EXPECT_EQ(first.total.requests, 150U);
    EXPECT_NEAR(static_cast<double>(first.total.p50Ns), 1e6, 1e6 / 128);
    EXPECT_NEAR(static_cast<double>(first.total.p99Ns), 5e6, 5e6 / 128);

    const SeriesPoint& second = points[1];
    EXPECT_EQ(second.intervalNs, 2 * kSecond);
    EXPECT_EQ(second.backends[0].requests, 10U);
    EXPECT_DOUBLE_EQ(second.backends[0].requestsPerSecond, 5.0);
    // Only this interval's requests: 10 ms, not mixed with the earlier 1 ms ones.
    EXPECT_NEAR(static_cast<double>(second.backends[0].p50Ns), 10e6, 10e6 / 128);
    EXPECT_EQ(second.backends[1].requests, 0U);
    EXPECT_EQ(second.backends[1].p50Ns, 0);
    EXPECT_EQ(series.latest()->timeNs, 3 * kSecond);
}

TEST(MetricsTimeSeries, TheRingKeepsTheNewestPointsInOrderAndTheyAddUp) {
    BackendPool pool;
    pool.add({"a", 1, false});
    MetricsTimeSeries series(3);
    series.record(0, pool.metrics().snapshot());
    for (int s = 1; s <= 5; ++s) {
        serve(pool, 0, s, milliseconds(1));
        series.record(s * kSecond, pool.metrics().snapshot());
    }
    series.record(5 * kSecond, pool.metrics().snapshot()); // no time passed: ignored
    const auto points = series.points();
    ASSERT_EQ(points.size(), 3U);
    for (std::size_t k = 0; k < points.size(); ++k) {
        EXPECT_EQ(points[k].timeNs, static_cast<std::int64_t>(k + 3) * kSecond);
        EXPECT_EQ(points[k].backends[0].requests, k + 3);
    }
    EXPECT_EQ(series.latest()->timeNs, 5 * kSecond);
}

TEST(MetricsTimeSeries, ABackendAddedLaterStartsFromZero) {
    BackendPool pool;
    pool.add({"a", 1, false});
    MetricsTimeSeries series;
    series.record(0, pool.metrics().snapshot());
    pool.add({"b", 1, false});
    serve(pool, 1, 4, milliseconds(2));
    series.record(kSecond, pool.metrics().snapshot());
    const auto point = series.latest();
    ASSERT_TRUE(point);
    ASSERT_EQ(point->backends.size(), 2U);
    EXPECT_EQ(point->backends[1].requests, 4U);
    EXPECT_EQ(point->total.requests, 4U);
}

} // namespace
} // namespace hopscope::balance
