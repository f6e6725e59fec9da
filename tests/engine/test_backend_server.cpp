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

TEST(BackendServer, ServiceTimeDoesNotBlockOtherConnections) {
    http::BackendSettings settings = named("slow");
    settings.serviceTimeMeanNs = 200'000'000;
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::future<int>> answers;
    for (int i = 0; i < 5; ++i) {
        answers.push_back(std::async(std::launch::async, [&] {
            BlockingClient client(server.address());
            const auto response = client.get("/");
            return response ? response->status : 0;
        }));
    }
    for (auto& answer : answers) {
        EXPECT_EQ(answer.get(), 200);
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    // Five requests of 200 ms each, served together by one loop thread.
    EXPECT_GE(elapsed, std::chrono::milliseconds(190));
    EXPECT_LT(elapsed, std::chrono::milliseconds(900));
}

TEST(BackendServer, CapacityQueuesTheRest) {
    http::BackendSettings settings = named("narrow");
    settings.serviceTimeMeanNs = 100'000'000;
    settings.capacity = 1;
    settings.queueLimit = 1;
    BackendServer server(settings, kAnyLoopbackPort);
    ASSERT_FALSE(server.start());
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::future<int>> answers;
    for (int i = 0; i < 3; ++i) {
        answers.push_back(std::async(std::launch::async, [&] {
            BlockingClient client(server.address());
            const auto response = client.get("/");
            return response ? response->status : 0;
        }));
    }
    std::vector<int> statuses;
    for (auto& answer : answers) {
        statuses.push_back(answer.get());
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::sort(statuses.begin(), statuses.end());
    // One served, one queued behind it, one refused because the queue was full.
    EXPECT_EQ(statuses, (std::vector<int>{200, 200, 503}));
    EXPECT_GE(elapsed, std::chrono::milliseconds(190));
    EXPECT_EQ(server.stats().rejected, 1U);
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
        std::chrono::milliseconds(1000)));
}

} // namespace
} // namespace hopscope::engine
