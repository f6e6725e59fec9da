// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/backend_server.h"
#include "lb_test_support.h"

#include <chrono>
#include <future>
#include <gtest/gtest.h>
#include <vector>

namespace hopscope::engine {
namespace {

using testing::BlockingClient;

const net::SocketAddress kAnyLoopbackPort(wire::Ipv4Address(127, 0, 0, 1), 0);
// Generous bounds for a loaded machine or ThreadSanitizer; the tests wait for events, and
// these only end a test that would otherwise hang.
constexpr std::chrono::seconds kWait{10};
constexpr int kClientTimeoutMs = 20'000;

http::BackendSettings named(std::string name) {
    http::BackendSettings settings;
    settings.name = std::move(name);
    return settings;
}

TEST(BackendServer, AnswersWithItsNameInHeaderAndPage) {
    BackendServer server(named("backend-7"), kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    EXPECT_NE(server.address().port(), 0);
    BlockingClient client(server.address());
    ASSERT_TRUE(client.connected());
    for (int i = 0; i < 3; ++i) { // keep-alive: three requests on one connection
        const auto response = client.get("/page");
        ASSERT_TRUE(response);
        EXPECT_EQ(response->status, 200);
        EXPECT_EQ(response->headers.get("X-Served-By"),
                  std::optional<std::string_view>("backend-7"));
        EXPECT_NE(response->body.find("backend-7"), std::string::npos);
    }
    const auto health = client.get("/health");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(server.stats().served, 3U);
    EXPECT_EQ(server.stats().healthChecks, 1U);
}

// The service time runs on a clock the test moves, so what is in service and what waits is
// counted, never inferred from how long the machine took.
TEST(BackendServer, ServiceTimeDoesNotBlockOtherConnections) {
    testing::SteppedClock clock;
    http::BackendSettings settings = named("slow");
    settings.serviceTimeMeanNs = 200'000'000;
    BackendServer server(settings, kAnyLoopbackPort, 1, {}, clock);
    ASSERT_FALSE(server.start());
    std::vector<std::future<int>> answers;
    for (int i = 0; i < 5; ++i) {
        answers.push_back(std::async(std::launch::async, [&] {
            BlockingClient client(server.address(), kClientTimeoutMs);
            const auto response = client.get("/");
            return response ? response->status : 0;
        }));
    }
    // All five in service at once on the one loop thread, none answered before its 200 ms.
    ASSERT_TRUE(testing::eventually([&] { return server.stats().busy == 5; }, kWait))
        << "in service: " << server.stats().busy;
    EXPECT_EQ(server.stats().served, 0U);
    clock.advanceNs(200'000'000);
    server.catchUp();
    for (auto& answer : answers) {
        EXPECT_EQ(answer.get(), 200);
    }
    EXPECT_EQ(server.stats().served, 5U);
    EXPECT_EQ(server.stats().busy, 0U);
}

TEST(BackendServer, CapacityQueuesTheRest) {
    testing::SteppedClock clock;
    http::BackendSettings settings = named("narrow");
    settings.serviceTimeMeanNs = 100'000'000;
    settings.capacity = 1;
    settings.queueLimit = 1;
    BackendServer server(settings, kAnyLoopbackPort, 1, {}, clock);
    ASSERT_FALSE(server.start());
    const auto get = [&] {
        return std::async(std::launch::async, [&] {
            BlockingClient client(server.address(), kClientTimeoutMs);
            const auto response = client.get("/");
            return response ? response->status : 0;
        });
    };
    // One in service, one queued behind it, one refused because the queue is full: each
    // arrives once the one before it has taken its place.
    auto first = get();
    ASSERT_TRUE(testing::eventually([&] { return server.stats().busy == 1; }, kWait));
    auto second = get();
    ASSERT_TRUE(testing::eventually([&] { return server.stats().queued == 1; }, kWait));
    EXPECT_EQ(get().get(), 503) << "refused at once, while the clock stands";
    EXPECT_EQ(server.stats().rejected, 1U);
    // The queued one is served only after the first's 100 ms, in another 100 ms.
    clock.advanceNs(100'000'000);
    server.catchUp();
    EXPECT_EQ(first.get(), 200);
    ASSERT_TRUE(testing::eventually(
        [&] { return server.stats().busy == 1 && server.stats().queued == 0; }, kWait));
    EXPECT_EQ(server.stats().served, 1U);
    clock.advanceNs(100'000'000);
    server.catchUp();
    EXPECT_EQ(second.get(), 200);
    EXPECT_EQ(server.stats().served, 2U);
}

TEST(BackendServer, ErrorRateOneFailsEveryRequest) {
    http::BackendSettings settings = named("broken");
    settings.errorRate = 1.0;
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    BlockingClient client(server.address());
    const auto response = client.get("/");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 500);
    EXPECT_EQ(response->headers.get("X-Served-By"), std::optional<std::string_view>("broken"));
}

TEST(BackendServer, KillRefusesAndReviveListensOnTheSamePort) {
    BackendServer server(named("phoenix"), kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    const net::SocketAddress address = server.address();
    BlockingClient before(address);
    ASSERT_TRUE(before.get("/"));
    server.kill();
    EXPECT_FALSE(server.alive());
    EXPECT_FALSE(before.get("/")); // its connection was reset
    BlockingClient refused(address);
    EXPECT_FALSE(refused.connected());
    ASSERT_FALSE(server.revive());
    EXPECT_TRUE(server.alive());
    EXPECT_EQ(server.address(), address);
    BlockingClient after(address);
    const auto response = after.get("/");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
}

TEST(BackendServer, SettingsChangeWhileRunning) {
    BackendServer server(named("tunable"), kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    http::BackendSettings settings = server.settings();
    settings.errorRate = 1.0;
    server.setSettings(settings);
    BlockingClient client(server.address());
    EXPECT_TRUE(testing::eventually(
        [&] {
            const auto response = client.get("/");
            return response && response->status == 500;
        },
        kWait));
}

} // namespace
} // namespace hopscope::engine
