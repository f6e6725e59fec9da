// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/balancer_factory.h"
#include "balance/least_connections.h"
#include "balance/round_robin.h"
#include "balance/switchable_balancer.h"
#include "simulation.h"

#include <atomic>
#include <deque>
#include <gtest/gtest.h>
#include <string>
#include <thread>

namespace hopscope::balance {
namespace {

TEST(SwitchableBalancer, SwitchingKeepsActiveConnectionCounts) {
    auto pool = test::makePool({{"a", 1}, {"b", 1}, {"c", 1}});
    SwitchableBalancer lb(*pool, std::make_unique<LeastConnections>());
    EXPECT_EQ(lb.algorithm(), AlgorithmKind::LeastConnections);
    lb.onStart(0);
    lb.onStart(0);
    lb.onStart(1);

    lb.setAlgorithm(std::make_unique<RoundRobin>());
    EXPECT_EQ(lb.algorithm(), AlgorithmKind::RoundRobin);
    EXPECT_EQ(pool->at(0).active(), 2U);
    EXPECT_EQ(pool->at(1).active(), 1U);

    // Back to least-connections, which sees the requests the first one started.
    lb.setAlgorithm(std::make_unique<LeastConnections>());
    EXPECT_EQ(lb.pick({})->backend, 2U);
    // Requests started under one algorithm finish under another without leaking a count.
    lb.onFinish(0, std::chrono::milliseconds(1), Outcome::Ok);
    lb.onFinish(0, std::chrono::milliseconds(1), Outcome::Ok);
    lb.onFinish(1, std::chrono::milliseconds(1), Outcome::Ok);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(pool->at(i).active(), 0U);
    }
    EXPECT_EQ(pool->metrics().snapshot().total.completed, 3U);
}

TEST(SwitchableBalancer, IgnoresANullAlgorithmAndForeignIndices) {
    auto pool = test::makePool({{"a", 1}});
    SwitchableBalancer lb(*pool, nullptr);
    EXPECT_EQ(lb.algorithm(), AlgorithmKind::RoundRobin);
    lb.setAlgorithm(nullptr);
    EXPECT_EQ(lb.algorithm(), AlgorithmKind::RoundRobin);
    lb.onStart(5);
    lb.onFinish(5, std::chrono::milliseconds(1), Outcome::Ok);
    EXPECT_EQ(pool->metrics().snapshot().total.started, 0U);
}

TEST(SwitchableBalancer, CountsARequestWithNoBackendAsUnrouted) {
    auto pool = test::makePool({{"a", 1}});
    SwitchableBalancer lb(*pool, makeBalancer(AlgorithmKind::RoundRobin));
    pool->setUp(0, false);
    EXPECT_FALSE(lb.pick({}));
    EXPECT_FALSE(lb.pick({}));
    const auto snapshot = pool->metrics().snapshot();
    EXPECT_EQ(snapshot.unrouted, 2U);
    EXPECT_EQ(snapshot.total.started, 0U);
}

TEST(SwitchableBalancer, SwitchingUnderConcurrentRequestsLosesNothing) {
    auto pool = test::makePool({{"a", 1}, {"b", 2}, {"c", 1}, {"d", 1}});
    SwitchableBalancer lb(*pool, makeBalancer(AlgorithmKind::RoundRobin));
    constexpr int kThreads = 4;
    constexpr int kRequests = 3000;
    std::atomic<int> running{kThreads};
    std::atomic<int> switches{0};
    std::atomic<std::uint64_t> badPicks{0};

    std::vector<std::thread> workers;
    for (int t = 0; t < kThreads; ++t) {
        workers.emplace_back([&, t] {
            // Each worker keeps a few requests in flight, so switches land between their start
            // and their finish.
            std::deque<std::size_t> inFlight;
            std::string key;
            for (int k = 0; k < kRequests; ++k) {
                key = "/t" + std::to_string(t) + "/" + std::to_string(k);
                RequestContext request;
                request.hashKey = key;
                request.client = ClientAddress::v4(10, 0, static_cast<std::uint8_t>(t),
                                                   static_cast<std::uint8_t>(k % 256));
                const auto choice = lb.pick(request);
                if (!choice || choice->backend >= 4) {
                    ++badPicks;
                    continue;
                }
                lb.onStart(choice->backend);
                inFlight.push_back(choice->backend);
                // Every 300 requests, with some in flight, the worker lets a switch happen
                // before it goes on: switches surely land mid-request, however the threads
                // are scheduled.
                if (k % 300 == 150) {
                    const int seen = switches.load();
                    while (switches.load() == seen) {
                        std::this_thread::yield();
                    }
                }
                if (inFlight.size() > 3) {
                    lb.onFinish(inFlight.front(), std::chrono::microseconds(100 + k % 100),
                                Outcome::Ok);
                    inFlight.pop_front();
                }
            }
            for (const std::size_t backend : inFlight) {
                lb.onFinish(backend, std::chrono::microseconds(100), Outcome::Ok);
            }
            --running;
        });
    }
    while (running.load() > 0) {
        const int n = switches.load();
        lb.setAlgorithm(
            makeBalancer(kAllAlgorithms[static_cast<std::size_t>(n) % kAllAlgorithms.size()], 5));
        switches.store(n + 1);
        std::this_thread::yield();
    }
    for (auto& worker : workers) {
        worker.join();
    }

    EXPECT_EQ(badPicks.load(), 0U);
    EXPECT_GE(switches.load(), kRequests / 300); // at least one for each worker's pause
    const auto snapshot = pool->metrics().snapshot();
    std::uint64_t sum = 0;
    for (const auto& b : snapshot.backends) {
        EXPECT_EQ(b.active, 0U) << b.name;
        EXPECT_EQ(pool->at(b.index).active(), 0U) << b.name;
        EXPECT_EQ(b.started, b.completed) << b.name;
        sum += b.completed;
    }
    EXPECT_EQ(sum, std::uint64_t{kThreads * kRequests});
    EXPECT_EQ(snapshot.total.completed, std::uint64_t{kThreads * kRequests});
    EXPECT_EQ(snapshot.unrouted, 0U);
}

} // namespace
} // namespace hopscope::balance
