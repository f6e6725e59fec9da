// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "../support/peer_tool.h"
#include "cli/command.h"
#include "cli_run.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sstream>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::cli {
namespace {

using hopscope::testing::CliRun;
using hopscope::testing::runCli;

TEST(LbCommand, PrintsTheEndpointsAndPerBackendCounts) {
    const CliRun run = runCli({"lb", "--backends", "2", "--duration", "0.8", "--load", "2",
                               "--listen", "127.0.0.1:0", "--algorithm", "leastconn"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_NE(run.out.find("Load balancer (leastconn) with 2 backends."), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("lb          load balancer    203.0.113.10:80     127.0.0.1:"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("backend-2   backend          10.0.0.12:80        127.0.0.1:"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("Requests per backend:"), std::string::npos);
    // The built-in clients made requests, and the per-backend lines add up to the total.
    const auto countAfter = [&](const std::string& label) {
        const auto at = run.out.rfind("\n" + label);
        EXPECT_NE(at, std::string::npos) << label;
        return std::stoull(run.out.substr(at + 1 + 12));
    };
    const auto one = countAfter("backend-1");
    const auto two = countAfter("backend-2");
    EXPECT_GT(one, 0U);
    EXPECT_GT(two, 0U);
    EXPECT_EQ(countAfter("total"), one + two);
}

TEST(LbCommand, RejectsUnknownAlgorithmAndTooManyBackends) {
    CliRun run = runCli({"lb", "--algorithm", "fastest"});
    EXPECT_EQ(run.code, 2);
    EXPECT_EQ(run.err, "hopscope-cli lb: unknown algorithm 'fastest'; use one of: roundrobin, "
                       "swrr, leastconn, random, p2c, ewma, source, chash, sticky\n");
    run = runCli({"lb", "--backends", "17"});
    EXPECT_EQ(run.code, 2);
    run = runCli({"lb", "--listen", "192.0.2.1:80"});
    EXPECT_EQ(run.code, 2);
}

// One row of the benchmark's table: the words after the name, which may itself hold a space
// ("haproxy 2.6.12").
std::vector<std::string> benchRow(const std::string& text, const std::string& name) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(name + ' ', 0) == 0 && line.find("ratio") == std::string::npos) {
            std::istringstream words(line.substr(name.size()));
            std::vector<std::string> out;
            std::string word;
            while (words >> word) {
                out.push_back(word);
            }
            return out;
        }
    }
    return {};
}

TEST(LbCommand, TakesTheCommonSpellingsOfAlgorithmNames) {
    for (const char* name : {"round-robin", "rr", "least-conn", "Least_Connections"}) {
        const CliRun run = runCli({"lb", "--backends", "1", "--duration", "0.01", "--listen",
                                   "127.0.0.1:0", "--algorithm", name});
        EXPECT_EQ(run.code, 0) << name << ": " << run.err;
        const bool leastConn = std::string_view(name).starts_with("least") ||
                               std::string_view(name).starts_with("Least");
        EXPECT_NE(
            run.out.find(leastConn ? "Load balancer (leastconn)" : "Load balancer (roundrobin)"),
            std::string::npos)
            << name << ": " << run.out;
    }
}

// A port the user names is a promise: when it is taken, say so and stop, rather than listen
// somewhere else.
TEST(LbCommand, ABusyListenPortIsAnErrorNotAnotherPort) {
    const int busy = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_GE(busy, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(busy, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(::listen(busy, 4), 0);
    ASSERT_EQ(::getsockname(busy, reinterpret_cast<sockaddr*>(&address), &length), 0);
    const std::string taken = "127.0.0.1:" + std::to_string(ntohs(address.sin_port));
    const CliRun run = runCli({"lb", "--listen", taken, "--duration", "0.01"});
    ::close(busy);
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.out, "") << "nothing started";
    EXPECT_NE(run.err.find(taken), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("port in use"), std::string::npos) << run.err;
}

TEST(LbBench, ComparesWithHaproxyOnTheSameBackends) {
    HOPSCOPE_REQUIRE_PEER_TOOL("wrk");
    HOPSCOPE_REQUIRE_PEER_TOOL("haproxy");
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    const int connections = 8;
    const int code = findCommand("bench")->run(
        {"lb", "--duration", "1", "--connections", std::to_string(connections), "--threads", "1"},
        io);
    ASSERT_EQ(code, 0) << err.str();
    const std::string text = out.str();
    EXPECT_EQ(err.str(), "");
    EXPECT_NE(text.find("ratio (hopscope / haproxy): "), std::string::npos) << text;
    EXPECT_NE(text.find("our counters: "), std::string::npos) << text;
    const auto version = text.find("\nhaproxy ");
    ASSERT_NE(version, std::string::npos) << text;
    const std::string haproxyName =
        text.substr(version + 1, text.find(' ', version + 9) - version - 1);
    // req/s, p50, p90, p99, non-2xx, errors, CPU us/req, requests, served.
    for (const std::string& name : {std::string("hopscope"), haproxyName}) {
        SCOPED_TRACE(name);
        const auto row = benchRow(text, name);
        ASSERT_EQ(row.size(), 9U) << text;
        EXPECT_EQ(row[4], "0") << "non-2xx answers (a 503 from a proxy without backends)\n" << text;
        EXPECT_EQ(row[5], "0") << "socket errors\n" << text;
        const std::uint64_t requests = std::stoull(row[7]);
        const std::uint64_t served = std::stoull(row[8]);
        EXPECT_GT(requests, 100U) << text;
        // Every request wrk counted went through to our backends, plus at most the one per
        // connection still in flight when wrk stopped.
        EXPECT_GE(served, requests) << text;
        EXPECT_LE(served, requests + connections) << text;
    }
}

} // namespace
} // namespace hopscope::cli
