// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "cli/command.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <sstream>

namespace hopscope::cli {
namespace {

struct CliRun {
    int code = 0;
    std::string out;
    std::string err;
};

CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    args.insert(args.begin(), "hopscope-cli");
    CliRun run;
    run.code = hopscope::cli::runCli(args, io);
    run.out = out.str();
    run.err = err.str();
    return run;
}

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
    EXPECT_NE(run.err.find("unknown algorithm 'fastest'"), std::string::npos);
    run = runCli({"lb", "--backends", "17"});
    EXPECT_EQ(run.code, 2);
    run = runCli({"lb", "--listen", "192.0.2.1:80"});
    EXPECT_EQ(run.code, 2);
}

TEST(LbBench, ComparesWithHaproxyWhenInstalled) {
    if (std::system("wrk --version > /dev/null 2>&1; command -v wrk > /dev/null") != 0) {
        GTEST_SKIP() << "wrk is not installed";
    }
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{out, err};
    const int code = findCommand("bench")->run(
        {"lb", "--duration", "1", "--connections", "8", "--threads", "1"}, io);
    ASSERT_EQ(code, 0) << err.str();
    const std::string text = out.str();
    EXPECT_NE(text.find("hopscope "), std::string::npos) << text;
    EXPECT_NE(text.find("our counters: "), std::string::npos) << text;
    const bool haproxy = std::system("test -x /usr/sbin/haproxy || command -v haproxy "
                                     "> /dev/null") == 0;
    if (haproxy) {
        EXPECT_NE(text.find("ratio (hopscope / haproxy): "), std::string::npos)
            << text << err.str();
    } else {
        EXPECT_NE(text.find("HAProxy is not installed"), std::string::npos) << text;
    }
}

} // namespace
} // namespace hopscope::cli
