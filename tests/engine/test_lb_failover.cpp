// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Health checks, retries and the documented failure codes, on real loopback sockets.
#include "engine/load_balancer_stack.h"
#include "lb_test_support.h"

#include <chrono>
#include <future>
#include <gtest/gtest.h>

namespace hopscope::engine {
namespace {

using namespace std::chrono_literals;
using testing::BlockingClient;
using testing::eventually;

// Checks every 50 ms find a killed backend at once (its connections are refused); the long
// timeout keeps a live one from failing its checks only because a loaded machine or
// ThreadSanitizer made an answer slow.
LoadBalancerStackConfig fastConfig(std::size_t backends = 3) {
    LoadBalancerStackConfig config;
    config.backends = LoadBalancerStackConfig::defaultBackends(backends);
    config.proxy.listen = net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 0);
    config.health.intervalNs = 50'000'000;
    config.health.timeoutNs = 3'000'000'000;
    config.health.rise = 2;
    config.health.fall = 2;
    return config;
}

bool isUp(const LoadBalancerStack& stack, std::size_t index) {
    return stack.backends().at(index).up;
}

// Requests the backend is serving now.
std::uint64_t busy(const LoadBalancerStack& stack, std::size_t index) {
    return stack.backends().at(index).server.busy;
}

TEST(LbFailover, HealthChecksTakeADeadBackendOutAndPutARevivedOneBack) {
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(fastConfig()));
    ASSERT_TRUE(isUp(stack, 1));
    ASSERT_TRUE(stack.killBackend(1));
    EXPECT_TRUE(eventually([&] { return !isUp(stack, 1); }, 10s));
    EXPECT_FALSE(stack.backends().at(1).alive);
    // While it is down, round robin alternates between the other two only.
    BlockingClient client(stack.address());
    for (int i = 0; i < 6; ++i) {
        const auto response = client.get("/");
        ASSERT_TRUE(response);
        EXPECT_NE(response->headers.get("X-Served-By"),
                  std::optional<std::string_view>("backend-2"));
    }
    ASSERT_TRUE(stack.reviveBackend(1));
    EXPECT_TRUE(eventually([&] { return isUp(stack, 1); }, 10s));
    EXPECT_GE(stack.backends().at(1).health.passed, 2U);
    int fromRevived = 0;
    for (int i = 0; i < 6; ++i) {
        const auto response = client.get("/");
        ASSERT_TRUE(response);
        fromRevived +=
            response->headers.get("X-Served-By") == std::optional<std::string_view>("backend-2");
    }
    EXPECT_EQ(fromRevived, 2);
}

TEST(LbFailover, KillingABackendUnderLoadLosesNoIdempotentRequest) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig();
    for (auto& backend : config.backends) {
        backend.settings.serviceTimeMeanNs = 2'000'000;
    }
    // Backend-1 holds each request for long enough that the kill below surely finds some in
    // service, however late this thread gets to run.
    config.backends[0].settings.serviceTimeMeanNs = 5'000'000'000;
    ASSERT_FALSE(stack.start(config));
    TrafficConfig load;
    load.mode = LoadMode::ClosedLoop;
    load.concurrency = 12;
    load.durationNs = 1'500'000'000;
    ASSERT_FALSE(stack.startLoad(load));
    ASSERT_TRUE(eventually([&] { return busy(stack, 0) > 0; }, 10s));
    ASSERT_TRUE(stack.killBackend(0));
    ASSERT_TRUE(stack.waitForLoad(20'000'000'000));
    const TrafficStats stats = stack.loadStats();
    EXPECT_GT(stats.completed, 100U);
    EXPECT_EQ(stats.failed, 0U);
    EXPECT_EQ(stats.byStatus.size(), 1U);
    EXPECT_EQ(stats.byStatus.count(200), 1U);
    const auto metrics = stack.metrics();
    // The attempts cut off by the kill were counted, as failures, on backend-1.
    EXPECT_GT(metrics.backends[0].errors, 0U);
    EXPECT_TRUE(eventually([&] { return !isUp(stack, 0); }, 10s));
}

TEST(LbFailover, PostCutOffMidRequestGets502AndGetIsRetried) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig();
    // Long enough that the kill surely comes while backend-1 still holds the request.
    config.backends[0].settings.serviceTimeMeanNs = 8'000'000'000;
    config.health.enabled = false; // only the kill decides here
    ASSERT_FALSE(stack.start(config));

    auto post = std::async(std::launch::async, [&] {
        BlockingClient client(stack.address(), 20'000);
        wire::HttpRequest request;
        request.method = "POST";
        request.target = "/order";
        request.setBody("item=1");
        return client.request(request);
    });
    // Round robin sends it to backend-1, which is slow.
    ASSERT_TRUE(eventually([&] { return busy(stack, 0) == 1; }, 10s));
    ASSERT_TRUE(stack.killBackend(0));
    const auto response = post.get();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 502);
    EXPECT_NE(response->body.find("backend-1"), std::string::npos) << response->body;
    EXPECT_FALSE(response->headers.has("X-Served-By"));

    ASSERT_TRUE(stack.reviveBackend(0));
    ASSERT_TRUE(eventually([&] { return busy(stack, 0) == 0; }, 10s)) << "the kill ended it";
    stack.setAlgorithm(balance::AlgorithmKind::RoundRobin); // a fresh turn starts at backend-1
    auto get = std::async(std::launch::async, [&] {
        BlockingClient client(stack.address(), 20'000);
        return client.get("/");
    });
    ASSERT_TRUE(eventually([&] { return busy(stack, 0) == 1; }, 10s));
    ASSERT_TRUE(stack.killBackend(0));
    const auto retried = get.get();
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->status, 200);
    EXPECT_EQ(retried->headers.get("X-Served-By"), std::optional<std::string_view>("backend-2"));
}

TEST(LbFailover, AllBackendsDownGives503) {
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(fastConfig()));
    for (std::size_t i = 0; i < 3; ++i) {
        ASSERT_TRUE(stack.killBackend(i));
    }
    // Before the health checks notice, the proxy tries every backend and cannot connect.
    BlockingClient early(stack.address());
    const auto refused = early.get("/");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 503);
    EXPECT_NE(refused->body.find("could not reach"), std::string::npos) << refused->body;

    EXPECT_TRUE(
        eventually([&] { return !isUp(stack, 0) && !isUp(stack, 1) && !isUp(stack, 2); }, 10s));
    const std::uint64_t unroutedBefore = stack.metrics().unrouted;
    BlockingClient client(stack.address());
    const auto response = client.get("/");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 503);
    EXPECT_NE(response->body.find("No backend can take this request"), std::string::npos)
        << response->body;
    EXPECT_EQ(stack.metrics().unrouted, unroutedBefore + 1);
}

TEST(LbFailover, SlowBackendGives504) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig(1);
    config.backends[0].settings.serviceTimeMeanNs = 30'000'000'000;
    config.proxy.responseTimeoutNs = 300'000'000;
    ASSERT_FALSE(stack.start(config));
    BlockingClient client(stack.address(), 20'000);
    const auto start = std::chrono::steady_clock::now();
    const auto response = client.get("/");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 504);
    EXPECT_NE(response->body.find("did not answer in time"), std::string::npos) << response->body;
    EXPECT_GE(elapsed, 290ms);
    // The proxy's timeout, not the backend's 30 s, ended it (with room for a slow machine).
    EXPECT_LT(elapsed, 10s);
    EXPECT_EQ(stack.metrics().backends[0].count(balance::Outcome::GatewayTimeout), 1U);
}

TEST(LbFailover, BackupServesOnlyWhenNoPrimaryIsUp) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig();
    config.backends[2].backup = true;
    ASSERT_FALSE(stack.start(config));
    BlockingClient client(stack.address());
    for (int i = 0; i < 6; ++i) {
        const auto response = client.get("/");
        ASSERT_TRUE(response);
        EXPECT_NE(response->headers.get("X-Served-By"),
                  std::optional<std::string_view>("backend-3"));
    }
    stack.killBackend(0);
    stack.killBackend(1);
    EXPECT_TRUE(eventually([&] { return !isUp(stack, 0) && !isUp(stack, 1); }, 10s));
    const auto response = client.get("/");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->headers.get("X-Served-By"), std::optional<std::string_view>("backend-3"));
}

TEST(LbFailover, SlowClientIsCutOffWith408) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig();
    config.proxy.clientLimits.requestTimeoutNs = 300'000'000;
    ASSERT_FALSE(stack.start(config));
    BlockingClient client(stack.address(), 20'000);
    ASSERT_TRUE(client.sendRaw("GET / HTTP/1.1\r\nHost: slow"));
    const auto start = std::chrono::steady_clock::now();
    const std::string reply = client.readUntilClose();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_TRUE(reply.starts_with("HTTP/1.1 408 Request Timeout\r\n")) << reply;
    EXPECT_TRUE(client.closedByPeer());
    EXPECT_LT(elapsed, 10s); // the proxy's timeout, not our client's 20 s
    EXPECT_TRUE(eventually([&] { return stack.metrics().total.started == 0; }, 100ms));
}

TEST(LbFailover, OversizedHeaderGets431) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = fastConfig();
    config.proxy.clientLimits.parser.maxHeaderBytes = 1024;
    ASSERT_FALSE(stack.start(config));
    BlockingClient client(stack.address());
    ASSERT_TRUE(client.sendRaw("GET / HTTP/1.1\r\nX-Big: " + std::string(4000, 'x') + "\r\n\r\n"));
    const std::string reply = client.readUntilClose();
    EXPECT_TRUE(reply.starts_with("HTTP/1.1 431 ")) << reply.substr(0, 80);
}

} // namespace
} // namespace hopscope::engine
