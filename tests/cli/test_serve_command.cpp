// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli serve` as a user runs it: the real binary, its table of servers, dig and curl
// against the endpoints it prints, and Ctrl-C to stop it.
#include "../wire/capture_tools.h"

#include <csignal>
#include <cstdlib>
#include <gtest/gtest.h>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace hopscope::testing;

namespace {

const std::string kCli = HOPSCOPE_BINARY_DIR "/src/cli/hopscope-cli";

struct ServerRow {
    std::string name;
    std::string role; // "root (.)", "authoritative (foobar.com)", "load balancer" ...
    std::string display;
    std::string endpoint; // "127.0.1.1:40123"
};

// The table between the header line and the first empty line. The display address and the
// endpoint are the last two words; the name is the first; the role is what lies between.
std::vector<ServerRow> parseTable(const std::string& text) {
    std::vector<ServerRow> rows;
    std::istringstream in(text);
    std::string line;
    bool inTable = false;
    while (std::getline(in, line)) {
        if (line.rfind("NAME ", 0) == 0) {
            inTable = true;
            continue;
        }
        if (!inTable) {
            continue;
        }
        if (line.empty()) {
            break;
        }
        std::istringstream words(line);
        std::vector<std::string> w;
        std::string word;
        while (words >> word) {
            w.push_back(word);
        }
        if (w.size() < 4) {
            ADD_FAILURE() << "short row: " << line;
            continue;
        }
        ServerRow row{w.front(), "", w[w.size() - 2], w.back()};
        for (std::size_t i = 1; i + 2 < w.size(); ++i) {
            row.role += (i > 1 ? " " : "") + w[i];
        }
        rows.push_back(row);
    }
    return rows;
}

// "127.0.1.1:40123" -> {"127.0.1.1", "40123"}.
std::pair<std::string, std::string> hostAndPort(const std::string& endpoint) {
    const auto colon = endpoint.rfind(':');
    return {endpoint.substr(0, colon), endpoint.substr(colon + 1)};
}

ToolResult dig(const std::string& endpoint, const std::vector<std::string>& question) {
    const auto [host, port] = hostAndPort(endpoint);
    std::vector<std::string> argv = {"dig", "@" + host, "-p", port, "+time=3", "+tries=1"};
    argv.insert(argv.end(), question.begin(), question.end());
    return runTool(argv, 20000);
}

} // namespace

TEST(ServeCommand, PrintsItsServersAnswersDigAndCurlThereAndStopsOnCtrlC) {
    HOPSCOPE_REQUIRE_PEER_TOOL("dig");
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    // The shipped scenario, as an installed binary would find it.
    ::setenv("HOPSCOPE_RESOURCE_DIR", HOPSCOPE_SOURCE_DIR "/resources", 1);
    Process serve({kCli, "serve", "--backends", "2", "--algorithm", "round-robin"});
    ASSERT_TRUE(serve.started());
    ASSERT_TRUE(serve.waitForStdout("Press Ctrl-C to stop.", 60'000))
        << "stdout:\n"
        << serve.out() << "\nstderr:\n"
        << serve.err();
    const std::string printed = serve.out();
    const std::vector<ServerRow> rows = parseTable(printed);
    std::map<std::string, ServerRow> byName;
    for (const ServerRow& row : rows) {
        byName[row.name] = row;
    }
    ASSERT_EQ(byName.size(), rows.size()) << "each server once:\n" << printed;
    ASSERT_TRUE(byName.count("lb")) << printed;
    EXPECT_EQ(byName["lb"].role, "load balancer");
    EXPECT_EQ(byName["lb"].display, "203.0.113.10:80");
    ASSERT_TRUE(byName.count("backend-1")) << printed;
    ASSERT_TRUE(byName.count("backend-2")) << printed;
    EXPECT_FALSE(byName.count("backend-3")) << "--backends 2";

    // Every authoritative server answers for its zones where the table says it listens.
    std::size_t authorities = 0;
    for (const ServerRow& row : rows) {
        const auto open = row.role.find(" (");
        if (open == std::string::npos || row.name == "lb") {
            continue;
        }
        const std::string zones = row.role.substr(open + 2, row.role.size() - open - 3);
        const std::string zone = zones.substr(0, zones.find(','));
        SCOPED_TRACE(row.name + " for " + zone);
        const auto soa = dig(row.endpoint, {"+norecurse", "+short", zone, "SOA"});
        EXPECT_EQ(soa.code, 0) << soa.out << soa.err;
        EXPECT_FALSE(soa.out.empty()) << "no SOA from " << row.endpoint;
        ++authorities;
    }
    EXPECT_GE(authorities, 5U) << printed; // root, com, net, org and foobar.com at least

    // The Try: lines name the resolver's and the load balancer's endpoints from the table.
    const auto tryDig = printed.find("Try:  dig @");
    ASSERT_NE(tryDig, std::string::npos) << printed;
    std::istringstream digLine(printed.substr(tryDig + 10));
    std::string at;
    std::string dashP;
    std::string port;
    digLine >> at >> dashP >> port;
    const std::string resolverEndpoint = at.substr(1) + ":" + port;
    bool resolverListed = false;
    for (const ServerRow& row : rows) {
        resolverListed = resolverListed ||
                         (row.endpoint == resolverEndpoint && row.role.rfind("resolver", 0) == 0);
    }
    EXPECT_TRUE(resolverListed) << resolverEndpoint << " in\n" << printed;
    const auto answer = dig(resolverEndpoint, {"+short", "www.foobar.com", "A"});
    EXPECT_EQ(answer.code, 0) << answer.err;
    // The CNAME, then the addresses it leads to.
    EXPECT_EQ(answer.out.rfind("foobar.com.\n", 0), 0U) << answer.out;
    EXPECT_NE(answer.out.find("\n198.51.100.10\n"), std::string::npos) << answer.out;

    const std::string url = "http://" + byName["lb"].endpoint + "/";
    EXPECT_NE(printed.find("curl " + url + "\n"), std::string::npos) << printed;
    const auto curl = runTool({"curl", "-s", "-i", "--max-time", "10", url}, 20000);
    EXPECT_EQ(curl.code, 0) << curl.err;
    EXPECT_EQ(curl.out.rfind("HTTP/1.1 200 OK\r\n", 0), 0U) << curl.out;
    EXPECT_NE(curl.out.find("X-Served-By: backend-1\r\n"), std::string::npos)
        << "round robin starts at the first backend\n"
        << curl.out;

    serve.signal(SIGINT);
    EXPECT_EQ(serve.wait(15'000), 0) << serve.err();
    EXPECT_NE(serve.out().find("Stopping. The load balancer completed 1 requests.\n"),
              std::string::npos)
        << serve.out();
}

TEST(ServeCommand, RefusesUnknownAlgorithmsNamingTheValidOnes) {
    const auto r = runTool({kCli, "serve", "--algorithm", "fastest"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unknown algorithm 'fastest'; use one of: roundrobin, swrr, leastconn"),
              std::string::npos)
        << r.err;
}
