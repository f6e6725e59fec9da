// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/balancer_factory.h"
#include "balance/load_balancer_metrics.h"
#include "balance/rate_sampler.h"
#include "simulation.h"
#include "trace/clock.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

namespace hopscope::balance {
namespace {

using std::chrono::microseconds;

TEST(LoadBalancerMetrics, CountsOneBackendsRequestsByOutcome) {
    BackendPool pool;
    pool.add({"a", 1, false});
    BackendMetrics& m = pool.metrics().backend(0);
    for (int k = 0; k < 6; ++k) {
        m.recordStart();
    }
    m.recordFinish(microseconds(100), Outcome::Ok);
    m.recordFinish(microseconds(200), Outcome::BadGateway);
    m.recordFinish(microseconds(300), Outcome::GatewayTimeout);
    m.recordFinish(microseconds(400), Outcome::ConnectFailed);
    m.recordFinish(microseconds(500), Outcome::ServiceUnavailable);
    m.recordQueued();
    m.recordQueued();
    m.recordDequeued();

    const BackendMetricsSnapshot s = m.snapshot();
    EXPECT_EQ(s.name, "a");
    EXPECT_EQ(s.started, 6U);
    EXPECT_EQ(s.completed, 5U);
    EXPECT_EQ(s.active, 1U);
    EXPECT_EQ(m.active(), 1U);
    EXPECT_EQ(s.queued, 1U);
    EXPECT_EQ(s.errors, 4U);
    EXPECT_EQ(s.count(Outcome::Ok), 1U);
    EXPECT_EQ(s.count(Outcome::BadGateway), 1U);
    EXPECT_EQ(s.count(Outcome::GatewayTimeout), 1U);
    EXPECT_EQ(s.count(Outcome::ConnectFailed), 1U);
    EXPECT_EQ(s.count(Outcome::ServiceUnavailable), 1U);
    EXPECT_EQ(s.latency.count(), 5U);
    EXPECT_EQ(s.maxNs, 500'000);
    EXPECT_NEAR(static_cast<double>(s.p50Ns), 300'000.0, 300'000.0 / 128);
}

TEST(LoadBalancerMetrics, ExactUnderConcurrentLoad) {
    // N threads x M requests through the full proxy path while a reader takes snapshots.
    auto pool = test::makePool({{"a", 1}, {"b", 2}, {"c", 1}});
    SwitchableBalancer lb(*pool, makeBalancer(AlgorithmKind::LeastConnections));
    constexpr int kThreads = 6;
    constexpr int kRequests = 4000;
    std::atomic<int> running{kThreads};

    std::vector<std::thread> workers;
    for (int t = 0; t < kThreads; ++t) {
        workers.emplace_back([&] {
            for (int k = 0; k < kRequests; ++k) {
                const auto choice = lb.pick({});
                if (!choice) {
                    ADD_FAILURE() << "no backend";
                    break;
                }
                lb.onStart(choice->backend);
                // 1..1000 µs, every value equally often over the run.
                const auto latency = microseconds(1 + k % 1000);
                lb.onFinish(choice->backend, latency,
                            k % 10 == 9 ? Outcome::BadGateway : Outcome::Ok);
            }
            --running;
        });
    }

    // While the workers run, every snapshot must be internally consistent.
    int snapshots = 0;
    std::uint64_t lastCompleted = 0;
    while (running.load() > 0 || snapshots == 0) {
        const LoadBalancerMetricsSnapshot s = pool->metrics().snapshot();
        std::uint64_t started = 0;
        std::uint64_t completed = 0;
        std::uint64_t errors = 0;
        for (const auto& b : s.backends) {
            ASSERT_LE(b.errors, b.completed);
            ASSERT_LE(b.completed, b.started);
            ASSERT_EQ(b.completed, b.latency.count());
            ASSERT_EQ(b.active, b.started - b.completed);
            std::uint64_t byOutcome = 0;
            for (const std::uint64_t n : b.outcomes) {
                byOutcome += n;
            }
            ASSERT_EQ(byOutcome, b.completed);
            started += b.started;
            completed += b.completed;
            errors += b.errors;
        }
        ASSERT_EQ(s.total.started, started);
        ASSERT_EQ(s.total.completed, completed);
        ASSERT_EQ(s.total.errors, errors);
        ASSERT_EQ(s.total.latency.count(), completed);
        ASSERT_GE(completed, lastCompleted); // counters only grow
        lastCompleted = completed;
        ++snapshots;
    }
    for (auto& worker : workers) {
        worker.join();
    }

    constexpr std::uint64_t kTotal = std::uint64_t{kThreads} * kRequests;
    const LoadBalancerMetricsSnapshot s = pool->metrics().snapshot();
    std::uint64_t sum = 0;
    for (const auto& b : s.backends) {
        EXPECT_EQ(b.active, 0U);
        EXPECT_EQ(b.started, b.completed);
        sum += b.completed;
    }
    EXPECT_EQ(sum, kTotal);
    EXPECT_EQ(s.total.completed, kTotal);
    EXPECT_EQ(s.total.latency.count(), kTotal);
    EXPECT_EQ(s.total.count(Outcome::BadGateway), kTotal / 10);
    EXPECT_EQ(s.total.count(Outcome::Ok), kTotal - kTotal / 10);
    // Uniform over 1..1000 µs: p50 500 µs, p90 900 µs, p99 990 µs, within the bucket precision.
    EXPECT_NEAR(static_cast<double>(s.total.p50Ns), 500'000.0, 500'000.0 / 64);
    EXPECT_NEAR(static_cast<double>(s.total.p90Ns), 900'000.0, 900'000.0 / 64);
    EXPECT_NEAR(static_cast<double>(s.total.p99Ns), 990'000.0, 990'000.0 / 64);
    EXPECT_EQ(s.total.maxNs, 1'000'000);
    EXPECT_EQ(s.unrouted, 0U);
}

TEST(LoadBalancerMetrics, CountersAreNeverSampledOnlyEventsAre) {
    // 10,000 requests in one simulated second; the trace may show 100 of them (plus a burst of
    // 10), the counters show all.
    trace::ManualClock clock;
    RateSampler sampler(100, 10, clock);
    auto pool = test::makePool({{"a", 1}, {"b", 1}});
    SwitchableBalancer lb(*pool, makeBalancer(AlgorithmKind::RoundRobin));
    int events = 0;
    for (int k = 0; k < 10'000; ++k) {
        clock.setNs(std::int64_t{k} * 100'000);
        const auto choice = lb.pick({});
        lb.onStart(choice->backend);
        lb.onFinish(choice->backend, microseconds(10), Outcome::Ok);
        events += sampler.admit() ? 1 : 0;
    }
    EXPECT_EQ(pool->metrics().snapshot().total.completed, 10'000U);
    EXPECT_LE(events, 110);
    EXPECT_GE(events, 100);
}

} // namespace
} // namespace hopscope::balance
