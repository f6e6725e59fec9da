// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/load_balancer_stack.h"
#include "lb_test_support.h"

#include <chrono>
#include <gtest/gtest.h>
#include <set>

namespace hopscope::engine {
namespace {

using namespace std::chrono_literals;
using testing::BlockingClient;
using testing::eventually;

LoadBalancerStackConfig localConfig(std::size_t backends = 3) {
    LoadBalancerStackConfig config;
    config.backends = LoadBalancerStackConfig::defaultBackends(backends);
    config.proxy.listen = net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 0);
    return config;
}

TEST(LbStack, MetricsAddUpExactlyUnderConcurrentLoad) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = localConfig(4);
    config.algorithm = balance::AlgorithmKind::LeastConnections;
    config.backends[1].settings.serviceTime = http::ServiceTimeKind::Exponential;
    config.backends[1].settings.serviceTimeMeanNs = 1'000'000;
    config.backends[2].settings.errorRate = 0.2; // backend 500s are still proxied answers
    ASSERT_FALSE(stack.start(config));
    TrafficConfig load;
    load.concurrency = 32;
    load.clientAddresses = 8;
    load.durationNs = 3'000'000'000;
    ASSERT_FALSE(stack.startLoad(load));
    // Switching algorithms in the middle, with requests going on either side of each switch,
    // must not lose or double-count anything.
    const auto completed = [&] { return stack.metrics().total.completed; };
    ASSERT_TRUE(eventually([&] { return completed() >= 20; }, 10s));
    stack.setAlgorithm(balance::AlgorithmKind::PowerOfTwoChoices);
    const std::uint64_t atFirstSwitch = completed();
    ASSERT_TRUE(eventually([&] { return completed() >= atFirstSwitch + 20; }, 10s));
    stack.setAlgorithm(balance::AlgorithmKind::RoundRobin);
    const std::uint64_t atSecondSwitch = completed();
    ASSERT_TRUE(eventually([&] { return completed() >= atSecondSwitch + 20; }, 10s))
        << "the load ended before the second switch";
    ASSERT_TRUE(stack.waitForLoad(20'000'000'000));
    const TrafficStats traffic = stack.loadStats();
    const auto metrics = stack.metrics();
    std::uint64_t sum = 0;
    for (const auto& backend : metrics.backends) {
        sum += backend.completed;
        EXPECT_EQ(backend.active, 0U) << backend.name;
        EXPECT_EQ(backend.started, backend.completed) << backend.name;
        EXPECT_GT(backend.completed, 0U) << backend.name;
    }
    EXPECT_GT(traffic.completed, 50U); // real concurrent load, even under a sanitizer
    EXPECT_EQ(traffic.failed, 0U);
    EXPECT_EQ(sum, metrics.total.completed);
    EXPECT_EQ(sum, traffic.completed); // no retries happened, so attempts == requests
    EXPECT_EQ(metrics.total.latency.count(), traffic.completed);
    std::uint64_t served = 0;
    for (const auto& [name, count] : traffic.byServer) {
        served += count;
    }
    EXPECT_EQ(served, traffic.completed);
}

TEST(LbStack, SourceHashKeepsEachClientAddressOnOneBackend) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = localConfig(3);
    config.algorithm = balance::AlgorithmKind::SourceIpHash;
    ASSERT_FALSE(stack.start(config));
    TrafficConfig load;
    load.concurrency = 12; // each closed-loop client keeps its own source address
    load.clientAddresses = 12;
    load.durationNs = 600'000'000;
    ASSERT_FALSE(stack.startLoad(load));
    ASSERT_TRUE(stack.waitForLoad(10'000'000'000));
    const TrafficStats traffic = stack.loadStats();
    EXPECT_EQ(traffic.serversByClient.size(), 12U);
    std::set<std::string> used;
    for (const auto& [client, servers] : traffic.serversByClient) {
        EXPECT_EQ(servers.size(), 1U) << client << " reached more than one backend";
        used.insert(servers.begin()->first);
    }
    EXPECT_GE(used.size(), 2U); // twelve addresses do not all hash to one of three
}

TEST(LbStack, PipelinedRequestsAreAnsweredInOrder) {
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(localConfig(3)));
    BlockingClient client(stack.address());
    std::vector<wire::HttpRequest> requests(4);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        requests[i].target = "/item/" + std::to_string(i);
    }
    requests[0].method = "HEAD";
    requests[2].method = "POST";
    requests[2].setBody("name=value", wire::HttpBodyFraming::Chunked);
    const auto responses = client.pipeline(requests);
    ASSERT_EQ(responses.size(), 4U);
    // Each answer names the request it answers, in the order they were sent.
    EXPECT_EQ(responses[0].status, 200);
    EXPECT_TRUE(responses[0].body.empty()); // HEAD
    for (std::size_t i = 1; i < responses.size(); ++i) {
        EXPECT_EQ(responses[i].status, 200);
        EXPECT_NE(responses[i].body.find("/item/" + std::to_string(i) + " was served"),
                  std::string::npos)
            << responses[i].body;
    }
}

TEST(LbStack, StickyCookieBringsTheClientBack) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = localConfig(3);
    config.algorithm = balance::AlgorithmKind::StickyCookie;
    ASSERT_FALSE(stack.start(config));
    BlockingClient client(stack.address());
    const auto first = client.get("/");
    ASSERT_TRUE(first);
    const auto cookie = first->headers.get("Set-Cookie");
    ASSERT_TRUE(cookie);
    const std::string server(*first->headers.get("X-Served-By"));
    EXPECT_EQ(*cookie, "SERVERID=" + server + "; Path=/");
    for (int i = 0; i < 5; ++i) {
        wire::HttpRequest request;
        request.headers.add("Cookie", "theme=dark; SERVERID=" + server);
        const auto again = client.request(request);
        ASSERT_TRUE(again);
        EXPECT_EQ(again->headers.get("X-Served-By"), std::optional<std::string_view>(server));
        EXPECT_FALSE(again->headers.has("Set-Cookie"));
    }
}

// RFC 9110 section 7.6.1: what the client meant for its connection to the proxy stays there
// (fields the Connection field names included); everything else goes on, and the client's
// address is appended to an X-Forwarded-For it already had.
TEST(LbStack, HopByHopFieldsStayWithTheClientAndTheRestIsForwarded) {
    LoadBalancerStack stack;
    auto trace = std::make_shared<trace::Trace>();
    stack.setTrace(trace, trace::SteadyClock::instance().nowNs());
    ASSERT_FALSE(stack.start(localConfig(3)));
    BlockingClient client(stack.address());
    wire::HttpRequest request;
    request.target = "/private";
    request.headers.add("Connection", "keep-alive, X-Private");
    request.headers.add("X-Private", "for the proxy only");
    request.headers.add("Keep-Alive", "timeout=5");
    request.headers.add("TE", "trailers");
    request.headers.add("Proxy-Connection", "keep-alive");
    request.headers.add("X-Kept", "yes");
    request.headers.add("X-Forwarded-For", "203.0.113.7");
    const auto answer = client.request(request);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 200);
    ASSERT_TRUE(eventually([&] { return trace->size() == 4; }, 10s));
    const trace::Event& forward = trace->at(1);
    const std::string payload(forward.frame().begin() + 54, forward.frame().end());
    EXPECT_TRUE(payload.starts_with("GET /private HTTP/1.1\r\n")) << payload;
    for (const char* gone :
         {"Connection:", "X-Private:", "Keep-Alive:", "TE:", "Proxy-Connection:"}) {
        EXPECT_EQ(payload.find(std::string("\r\n") + gone), std::string::npos)
            << gone << " was forwarded:\n"
            << payload;
    }
    EXPECT_NE(payload.find("\r\nX-Kept: yes\r\n"), std::string::npos) << payload;
    EXPECT_NE(payload.find("\r\nX-Forwarded-For: 203.0.113.7, 127.0.0.1\r\n"), std::string::npos)
        << payload;
}

TEST(LbStack, SampledRequestsBecomeTraceEventsWithRealBytes) {
    LoadBalancerStack stack;
    auto trace = std::make_shared<trace::Trace>();
    stack.setTrace(trace, trace::SteadyClock::instance().nowNs());
    ASSERT_FALSE(stack.start(localConfig(3)));
    std::vector<RouteNotice> listened;
    std::mutex mutex;
    stack.setRouteListener([&](const RouteNotice& notice) {
        std::lock_guard lock(mutex);
        listened.push_back(notice);
    });
    BlockingClient client(stack.address());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(client.get("/index.html"));
    }
    ASSERT_TRUE(eventually([&] { return trace->size() == 12; }, 10s));
    const trace::Event& request = trace->at(0);
    EXPECT_EQ(request.from(), "client-1");
    EXPECT_EQ(request.to(), "lb");
    EXPECT_EQ(request.protocol(), "HTTP");
    EXPECT_EQ(request.summary(), "GET /index.html");
    EXPECT_EQ(request.source(), trace::SourceKind::Live);
    const trace::Event& forward = trace->at(1);
    EXPECT_EQ(forward.from(), "lb");
    EXPECT_EQ(forward.to(), "backend-1");
    EXPECT_NE(forward.note().find("round robin: next in turn"), std::string::npos)
        << forward.note();
    const std::string payload(forward.frame().begin() + 54, forward.frame().end());
    EXPECT_TRUE(payload.starts_with("GET /index.html HTTP/1.1\r\n")) << payload;
    EXPECT_NE(payload.find("X-Forwarded-For: 127.0.0.1\r\n"), std::string::npos);
    EXPECT_EQ(trace->at(2).from(), "backend-1");
    EXPECT_EQ(trace->at(2).summary(), "200 OK");
    EXPECT_EQ(trace->at(3).to(), "client-1");
    EXPECT_EQ(trace->at(5).to(), "backend-2"); // the second request's forward
    const wire::Dissection layers = forward.dissect();
    EXPECT_TRUE(layers.problem.empty()) << layers.problem;
    EXPECT_NE(layers.layer("ip"), nullptr);
    EXPECT_NE(layers.layer("tcp"), nullptr);
    EXPECT_EQ(layers.protocol, "HTTP");
    for (std::size_t i = 1; i < trace->size(); ++i) {
        EXPECT_LE(trace->at(i - 1).timeNs(), trace->at(i).timeNs());
    }
    const auto notices = stack.takeRouteNotices();
    ASSERT_EQ(notices.size(), 3U);
    EXPECT_EQ(notices[2].backendName, "backend-3");
    EXPECT_EQ(notices[2].status, 200);
    EXPECT_TRUE(stack.takeRouteNotices().empty());
    std::lock_guard lock(mutex);
    EXPECT_EQ(listened.size(), 3U);
}

TEST(LbStack, TraceIsSampledButCountersAreNot) {
    LoadBalancerStack stack;
    auto trace = std::make_shared<trace::Trace>();
    stack.setTrace(trace, trace::SteadyClock::instance().nowNs());
    LoadBalancerStackConfig config = localConfig(3);
    config.requestsTracedPerSecond = 10;
    config.traceBurst = 5;
    ASSERT_FALSE(stack.start(config));
    TrafficConfig load;
    load.concurrency = 8;
    load.durationNs = 500'000'000;
    ASSERT_FALSE(stack.startLoad(load));
    ASSERT_TRUE(stack.waitForLoad(10'000'000'000));
    const std::uint64_t completed = stack.loadStats().completed;
    EXPECT_GT(completed, 60U); // well above what the sampler lets through
    EXPECT_EQ(stack.metrics().total.completed, completed);
    // At most the burst plus 10 a second, four events each.
    EXPECT_LE(trace->size(), 4U * (5 + 10));
    EXPECT_EQ(stack.requestsTraced() + stack.requestsNotTraced(), completed);
}

TEST(LbStack, BackendsCanBeAddedRemovedAndTuned) {
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(localConfig(2)));
    const auto added = stack.addBackend(StackBackend{});
    ASSERT_TRUE(added);
    EXPECT_EQ(*added, 2U);
    EXPECT_EQ(stack.backends().at(2).name, "backend-3");
    BlockingClient client(stack.address());
    std::set<std::string> seen;
    for (int i = 0; i < 3; ++i) {
        const auto response = client.get("/");
        ASSERT_TRUE(response);
        seen.insert(std::string(*response->headers.get("X-Served-By")));
    }
    EXPECT_EQ(seen.size(), 3U);
    ASSERT_TRUE(stack.removeBackend(0));
    for (int i = 0; i < 4; ++i) {
        const auto response = client.get("/");
        ASSERT_TRUE(response);
        EXPECT_NE(response->headers.get("X-Served-By"),
                  std::optional<std::string_view>("backend-1"));
    }
    http::BackendSettings settings = stack.backends().at(1).settings;
    settings.errorRate = 1.0;
    ASSERT_TRUE(stack.setBackendSettings(1, settings));
    EXPECT_TRUE(eventually(
        [&] {
            const auto response = client.get("/");
            return response && response->status == 500;
        },
        10s));
    const auto rows = stack.endpoints();
    ASSERT_EQ(rows.size(), 3U); // the balancer and two live backends
    EXPECT_EQ(rows[0].name, "lb");
    EXPECT_EQ(rows[0].realEndpoint, stack.address().toString());
    EXPECT_EQ(rows[0].displayAddress, "203.0.113.10:80");
    EXPECT_EQ(rows[1].name, "backend-2");
    // Sixteen at most.
    for (int i = 0; i < 20; ++i) {
        stack.addBackend(StackBackend{});
    }
    std::size_t live = 0;
    for (const auto& backend : stack.backends()) {
        live += backend.removed ? 0 : 1;
    }
    EXPECT_EQ(live, LoadBalancerStack::kMaxBackends);
}

TEST(LbStack, RealConfigTextMatchesTheSetup) {
    LoadBalancerStack stack;
    LoadBalancerStackConfig config = localConfig(2);
    config.backends[1].backup = true;
    config.backends[0].weight = 3;
    ASSERT_FALSE(stack.start(config));
    const std::string haproxy = stack.haproxyConfig();
    EXPECT_NE(haproxy.find("balance roundrobin"), std::string::npos) << haproxy;
    EXPECT_NE(haproxy.find("server backend-1 " + stack.backends()[0].address.toString() +
                           " check weight 3\n"),
              std::string::npos)
        << haproxy;
    EXPECT_NE(haproxy.find(" backup\n"), std::string::npos) << haproxy;
    stack.setAlgorithm(balance::AlgorithmKind::LeastConnections);
    EXPECT_NE(stack.haproxyConfig().find("balance leastconn"), std::string::npos);
    const std::string nginx = stack.nginxConfig();
    EXPECT_NE(nginx.find("least_conn;"), std::string::npos) << nginx;
    EXPECT_NE(nginx.find("server " + stack.backends()[1].address.toString()), std::string::npos);
}

TEST(LbStack, TimeSeriesRecordsOnePointASecond) {
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(localConfig(2)));
    BlockingClient client(stack.address());
    ASSERT_TRUE(client.get("/"));
    EXPECT_TRUE(eventually([&] { return !stack.timeSeries().empty(); }, 10s));
    const auto points = stack.timeSeries();
    ASSERT_FALSE(points.empty());
    EXPECT_EQ(points.front().backends.size(), 2U);
}

TEST(LbStack, StartsOnTheFirstFreePortFrom8080) {
    LoadBalancerStackConfig config = localConfig(1);
    config.proxy.listen = net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 8080);
    LoadBalancerStack first;
    ASSERT_FALSE(first.start(config));
    LoadBalancerStack second;
    ASSERT_FALSE(second.start(config));
    EXPECT_GE(first.address().port(), 8080);
    EXPECT_NE(second.address().port(), first.address().port());
    BlockingClient a(first.address());
    BlockingClient b(second.address());
    EXPECT_TRUE(a.get("/"));
    EXPECT_TRUE(b.get("/"));
}

} // namespace
} // namespace hopscope::engine
