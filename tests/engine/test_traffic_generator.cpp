// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/backend_server.h"
#include "engine/net/file_descriptor.h"
#include "engine/traffic_generator.h"
#include "lb_test_support.h"

#include <arpa/inet.h>
#include <chrono>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <vector>

namespace hopscope::engine {
namespace {

using namespace std::chrono_literals;
using testing::eventually;
using testing::SteppedClock;

const net::SocketAddress kAnyLoopbackPort(wire::Ipv4Address(127, 0, 0, 1), 0);

// Moves the clock on 5 ms at a time until the run is over (bounded in real time).
bool runsToItsEnd(SteppedClock& clock, TrafficGenerator& generator) {
    return eventually(
        [&] {
            clock.advanceNs(5'000'000);
            generator.catchUp();
            return !generator.running();
        },
        10s);
}

// The arrivals run on a clock the test moves: which requests fall in which window depends on
// the seed alone, never on how busy the machine is.
TEST(TrafficGenerator, OpenLoopKeepsItsRate) {
    http::BackendSettings settings;
    settings.name = "target";
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    SteppedClock clock;
    TrafficGenerator generator(clock);
    TrafficConfig config;
    config.target = server.address();
    config.mode = LoadMode::OpenLoop;
    config.ratePerSecond = 200;
    config.durationNs = 2'000'000'000;
    config.seed = 7;
    ASSERT_FALSE(generator.start(config));
    std::vector<std::uint64_t> sentBySecond;
    for (int second = 0; second < 2; ++second) {
        for (int step = 0; step < 100; ++step) {
            clock.advanceNs(10'000'000);
            generator.catchUp();
        }
        sentBySecond.push_back(generator.stats().sent);
    }
    // 200 a second expected; a Poisson count has a standard deviation of about 14.
    EXPECT_GE(sentBySecond[0], 150U);
    EXPECT_LE(sentBySecond[0], 250U);
    EXPECT_GE(sentBySecond[1] - sentBySecond[0], 150U);
    EXPECT_LE(sentBySecond[1] - sentBySecond[0], 250U);
    // The run ends once the last answers are in (the clock moves on meanwhile, as time does).
    ASSERT_TRUE(runsToItsEnd(clock, generator));
    const TrafficStats stats = generator.stats();
    EXPECT_EQ(stats.sent, sentBySecond[1]) << "nothing sent after the duration";
    EXPECT_EQ(stats.completed, stats.sent);
    EXPECT_EQ(stats.failed, 0U);
    EXPECT_EQ(stats.dropped, 0U);
    EXPECT_EQ(stats.byStatus.at(200), stats.completed);
    EXPECT_EQ(stats.byClient.size(), 4U); // 127.0.0.2 .. 127.0.0.5
    EXPECT_EQ(stats.byClient.count("127.0.0.2"), 1U);
    EXPECT_GE(stats.elapsedNs, 2'000'000'000);
}

// Closed loop with the backend's service time and the generator on one test clock: each turn
// moves it by the 20 ms service time once all five requests are in service.
TEST(TrafficGenerator, ClosedLoopHoldsItsConcurrency) {
    SteppedClock clock;
    http::BackendSettings settings;
    settings.name = "target";
    settings.serviceTimeMeanNs = 20'000'000; // 20 ms per request
    BackendServer server(settings, kAnyLoopbackPort, 1, {}, clock);
    ASSERT_FALSE(server.start());
    TrafficGenerator generator(clock);
    TrafficConfig config;
    config.target = server.address();
    config.mode = LoadMode::ClosedLoop;
    config.concurrency = 5;
    config.durationNs = 1'000'000'000;
    ASSERT_FALSE(generator.start(config));
    for (int turn = 1; turn <= 50; ++turn) {
        SCOPED_TRACE("turn " + std::to_string(turn));
        ASSERT_TRUE(eventually([&] { return server.stats().busy == 5; }, 10s))
            << "five requests in service, not " << server.stats().busy;
        clock.advanceNs(20'000'000);
        server.catchUp();
        ASSERT_TRUE(eventually(
            [&] { return generator.stats().completed == 5U * static_cast<unsigned>(turn); }, 10s));
    }
    // Five clients, one request each per 20 ms for a second (Little's law): exactly 250.
    generator.catchUp();
    ASSERT_TRUE(eventually([&] { return !generator.running(); }, 10s));
    const TrafficStats stats = generator.stats();
    EXPECT_EQ(stats.completed, 250U);
    EXPECT_EQ(stats.sent, 250U);
    EXPECT_EQ(stats.failed, 0U);
    EXPECT_EQ(stats.byClient.size(), 4U);
    EXPECT_EQ(stats.p50Ns / 1'000'000, 20) << stats.p50Ns;
    EXPECT_EQ(stats.p99Ns / 1'000'000, 20) << stats.p99Ns;
}

TEST(TrafficGenerator, DeadTargetCountsFailuresAndStaysBounded) {
    // A port bound and kept, never listened on: the kernel refuses every connection with a
    // RST, and no other program can take the port while the test runs (as it could one a
    // stopped server released).
    const net::FileDescriptor held(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    ASSERT_TRUE(held.valid());
    sockaddr_in bound = kAnyLoopbackPort.toSockaddr();
    socklen_t length = sizeof bound;
    ASSERT_EQ(::bind(held.get(), reinterpret_cast<const sockaddr*>(&bound), sizeof bound), 0);
    ASSERT_EQ(::getsockname(held.get(), reinterpret_cast<sockaddr*>(&bound), &length), 0);
    const net::SocketAddress address(wire::Ipv4Address(127, 0, 0, 1), ntohs(bound.sin_port));
    SteppedClock clock;
    TrafficGenerator generator(clock);
    TrafficConfig config;
    config.target = address;
    config.concurrency = 4;
    config.durationNs = 300'000'000;
    ASSERT_FALSE(generator.start(config));
    ASSERT_TRUE(eventually([&] { return generator.stats().failed >= 4; }, 10s))
        << "every client's first connection is refused";
    ASSERT_TRUE(runsToItsEnd(clock, generator));
    const TrafficStats stats = generator.stats();
    EXPECT_EQ(stats.completed, 0U);
    // The reconnect pause keeps it from spinning: each client tries again 20 ms after a
    // failure, so four clients fail at most 4 * (300 / 20 + 1) times in 300 ms.
    EXPECT_LE(stats.failed, 64U);
}

TEST(TrafficGenerator, RefusesNonLoopbackTargets) {
    TrafficGenerator generator;
    TrafficConfig config;
    config.target = net::SocketAddress(wire::Ipv4Address(192, 0, 2, 1), 80);
    EXPECT_TRUE(generator.start(config));
}

} // namespace
} // namespace hopscope::engine
