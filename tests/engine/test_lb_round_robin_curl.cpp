// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// curl, a real client we did not write, through the load balancer: round robin over three
// backends must split 300 requests exactly 100/100/100 by X-Served-By.
#include "../support/peer_tool.h"
#include "engine/load_balancer_stack.h"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <map>
#include <string>

namespace hopscope::engine {
namespace {

// Runs a shell command (bounded by curl's own --max-time) and returns its standard output.
std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        out.append(buffer, n);
    }
    ::pclose(pipe);
    return out;
}

std::map<std::string, int> servedBy(const std::string& headers) {
    std::map<std::string, int> counts;
    std::size_t pos = 0;
    while ((pos = headers.find("X-Served-By: ", pos)) != std::string::npos) {
        pos += 13;
        const auto end = headers.find("\r\n", pos);
        ++counts[headers.substr(pos, end - pos)];
    }
    return counts;
}

LoadBalancerStackConfig testConfig() {
    LoadBalancerStackConfig config;
    config.proxy.listen = net::SocketAddress(wire::Ipv4Address(127, 0, 0, 1), 0);
    return config;
}

TEST(LbCurl, ThreeHundredRequestsRoundRobinGiveOneHundredEach) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(testConfig()));
    const std::string url = "http://" + stack.address().toString() + "/";
    // One curl with 300 URLs reuses its connection (keep-alive); -D - prints every header.
    std::string command = "curl -s --max-time 60 -o /dev/null -D -";
    for (int i = 0; i < 300; ++i) {
        command += ' ' + url + "?n=" + std::to_string(i);
    }
    const std::string headers = run(command);
    const auto counts = servedBy(headers);
    EXPECT_EQ(counts, (std::map<std::string, int>{
                          {"backend-1", 100}, {"backend-2", 100}, {"backend-3", 100}}));
    const auto metrics = stack.metrics();
    EXPECT_EQ(metrics.total.completed, 300U);
    for (const auto& backend : metrics.backends) {
        EXPECT_EQ(backend.completed, 100U) << backend.name;
    }
}

TEST(LbCurl, SeparateCurlProcessesAlsoAlternate) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(testConfig()));
    const std::string url = "http://" + stack.address().toString() + "/";
    std::map<std::string, int> counts;
    for (int i = 0; i < 6; ++i) {
        const std::string headers = run("curl -s --max-time 10 -o /dev/null -D - " + url);
        for (const auto& [name, n] : servedBy(headers)) {
            counts[name] += n;
        }
    }
    EXPECT_EQ(counts,
              (std::map<std::string, int>{{"backend-1", 2}, {"backend-2", 2}, {"backend-3", 2}}));
}

TEST(LbCurl, ForwardedForAndBodyNameTheBackend) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    LoadBalancerStack stack;
    ASSERT_FALSE(stack.start(testConfig()));
    const std::string body = run("curl -s --max-time 10 --interface 127.0.0.9 http://" +
                                 stack.address().toString() + "/hello");
    EXPECT_NE(body.find("<h1>backend-1</h1>"), std::string::npos) << body;
    EXPECT_NE(body.find("GET /hello was served by backend-1"), std::string::npos) << body;
    EXPECT_NE(body.find("127.0.0.9"), std::string::npos) << body; // X-Forwarded-For
}

} // namespace
} // namespace hopscope::engine
