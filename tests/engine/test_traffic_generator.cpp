// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/backend_server.h"
#include "engine/traffic_generator.h"

#include <gtest/gtest.h>

namespace hopscope::engine {
namespace {

const net::SocketAddress kAnyLoopbackPort(wire::Ipv4Address(127, 0, 0, 1), 0);

TEST(TrafficGenerator, OpenLoopKeepsItsRate) {
    http::BackendSettings settings;
    settings.name = "target";
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    TrafficGenerator generator;
    TrafficConfig config;
    config.target = server.address();
    config.mode = LoadMode::OpenLoop;
    config.ratePerSecond = 200;
    config.durationNs = 2'000'000'000;
    config.seed = 7;
    ASSERT_FALSE(generator.start(config));
    ASSERT_TRUE(generator.wait(10'000'000'000));
    const TrafficStats stats = generator.stats();
    // 400 expected; a Poisson count has a standard deviation of 20.
    EXPECT_GE(stats.completed, 330U);
    EXPECT_LE(stats.completed, 470U);
    EXPECT_EQ(stats.sent, stats.completed);
    EXPECT_EQ(stats.failed, 0U);
    EXPECT_EQ(stats.byStatus.at(200), stats.completed);
    EXPECT_EQ(stats.byClient.size(), 4U); // 127.0.0.2 .. 127.0.0.5
    EXPECT_EQ(stats.byClient.count("127.0.0.2"), 1U);
    EXPECT_GE(stats.elapsedNs, 2'000'000'000);
}

TEST(TrafficGenerator, ClosedLoopHoldsItsConcurrency) {
    http::BackendSettings settings;
    settings.name = "target";
    settings.serviceTimeMeanNs = 20'000'000; // 20 ms per request
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    TrafficGenerator generator;
    TrafficConfig config;
    config.target = server.address();
    config.mode = LoadMode::ClosedLoop;
    config.concurrency = 5;
    config.durationNs = 1'000'000'000;
    ASSERT_FALSE(generator.start(config));
    ASSERT_TRUE(generator.wait(10'000'000'000));
    const TrafficStats stats = generator.stats();
    // Five clients, each about one request per 20 ms for a second: about 250 (Little's law).
    EXPECT_GE(stats.completed, 150U);
    EXPECT_LE(stats.completed, 260U);
    EXPECT_EQ(stats.byClient.size(), 4U);
    EXPECT_GE(stats.p50Ns, 19'000'000);
}

TEST(TrafficGenerator, DeadTargetCountsFailuresAndStaysBounded) {
    BackendServer server(http::BackendSettings{}, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    const net::SocketAddress address = server.address();
    server.stop();
    TrafficGenerator generator;
    TrafficConfig config;
    config.target = address;
    config.concurrency = 4;
    config.durationNs = 300'000'000;
    ASSERT_FALSE(generator.start(config));
    ASSERT_TRUE(generator.wait(5'000'000'000));
    const TrafficStats stats = generator.stats();
    EXPECT_EQ(stats.completed, 0U);
    EXPECT_GT(stats.failed, 0U);
    EXPECT_LT(stats.failed, 200U); // the reconnect pause keeps it from spinning
}

TEST(TrafficGenerator, RefusesNonLoopbackTargets) {
    TrafficGenerator generator;
    TrafficConfig config;
    config.target = net::SocketAddress(wire::Ipv4Address(192, 0, 2, 1), 80);
    EXPECT_TRUE(generator.start(config));
}

} // namespace
} // namespace hopscope::engine
