// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `hopscope-cli lab tables` on a running lab (`lab up` in a process of its own) after curl on
// the laptop fetched the site: the laptop's ARP cache and routes, the home switch's learned
// MACs and the NAT router's connection tracking, as the command prints them.
#include "../../wire/capture_tools.h"
#include "../cli_run.h"
#include "../lab_process.h"
#include "cli/command.h"
#include "lab/topology.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <sstream>

using namespace hopscope;
using hopscope::testing::LabProcess;

namespace {

using hopscope::testing::CliRun;
using hopscope::testing::runCli;
using hopscope::testing::words;

// The words of every line of `text` that starts (after its indent) with `first`.
std::vector<std::vector<std::string>> rowsStartingWith(const std::string& text,
                                                       const std::string& first) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto w = words(line);
        if (!w.empty() && w[0] == first) {
            out.push_back(w);
        }
    }
    return out;
}

// The helper's pid: the lab process's one child.
pid_t helperOf(pid_t app) {
    const auto out = hopscope::testing::runTool({"pgrep", "-P", std::to_string(app)});
    return static_cast<pid_t>(std::atol(out.out.c_str()));
}

} // namespace

TEST(LabTablesCommand, ShowsTheArpCacheRoutesMacTableAndNatOfARunningLab) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    LabProcess app;
    ASSERT_TRUE(app.waitForLine("The lab is up")) << "the lab never came up";
    const pid_t helper = helperOf(app.pid);
    ASSERT_GT(helper, 0);
    // This lab, not another one running on the machine.
    ::setenv("HOPSCOPE_LAB", std::to_string(helper).c_str(), 1);
    const auto curl = hopscope::testing::runTool(
        {hopscope::testing::kCliProgram, "lab", "exec", "laptop", "--", "curl", "-s", "-m", "30",
         "-o", "/dev/null", "-w", "%{http_code}", "http://www.foobar.com/"});
    ASSERT_EQ(curl.out, "200") << curl.err;
    const lab::Topology topology = lab::defaultTopology();
    const std::string laptopMac = topology.node("laptop")->interface("eth0")->mac.toString();
    const std::string routerMac = topology.node("home-router")->interface("eth0")->mac.toString();

    const CliRun neigh = runCli({"lab", "tables", "laptop", "neigh"});
    ASSERT_EQ(neigh.code, 0) << neigh.err;
    EXPECT_EQ(neigh.out.rfind("Neighbours (ARP cache)\n  ADDRESS", 0), 0U) << neigh.out;
    const auto router = rowsStartingWith(neigh.out, "192.168.1.1");
    ASSERT_EQ(router.size(), 1U) << neigh.out;
    EXPECT_EQ(router[0][1], routerMac);
    EXPECT_EQ(router[0][2], "eth0");

    const CliRun routes = runCli({"lab", "tables", "laptop", "routes"});
    ASSERT_EQ(routes.code, 0) << routes.err;
    EXPECT_NE(routes.out.find("Interfaces\n"), std::string::npos);
    const auto eth0 = rowsStartingWith(routes.out, "2");
    ASSERT_EQ(eth0.size(), 1U) << routes.out;
    EXPECT_EQ(eth0[0], (std::vector<std::string>{"2", "eth0", "veth", "up", laptopMac, "-",
                                                 "192.168.1.10/24"}));
    const auto defaultRoute = rowsStartingWith(routes.out, "default");
    ASSERT_EQ(defaultRoute.size(), 1U) << routes.out;
    EXPECT_EQ(defaultRoute[0][1], "192.168.1.1");
    EXPECT_EQ(defaultRoute[0][2], "eth0");

    const CliRun fdb = runCli({"lab", "tables", "home-switch", "fdb"});
    ASSERT_EQ(fdb.code, 0) << fdb.err;
    const auto learned = rowsStartingWith(fdb.out, laptopMac);
    ASSERT_EQ(learned.size(), 1U) << fdb.out;
    EXPECT_EQ(learned[0][1], "eth0");
    EXPECT_EQ(learned[0][2], "br0");
    EXPECT_EQ(learned[0][3], "learned");

    // Every table of the NAT router, its NAT table among them.
    const CliRun all = runCli({"lab", "tables", "home-router"});
    ASSERT_EQ(all.code, 0) << all.err;
    for (const char* title : {"Interfaces\n", "Routes (main table)\n", "Neighbours (ARP cache)\n",
                              "Connection tracking (NAT table)\n"}) {
        EXPECT_NE(all.out.find(title), std::string::npos) << title << all.out;
    }
    EXPECT_EQ(all.out.find("Bridge forwarding database"), std::string::npos);
    bool translated = false;
    for (const auto& row : rowsStartingWith(all.out, "tcp")) {
        // tcp STATE 192.168.1.10:P -> 198.51.100.10:80 198.51.100.10:80 -> 198.18.0.2:P ...
        ASSERT_GE(row.size(), 9U);
        if (row[2].rfind("192.168.1.10:", 0) == 0 && row[4] == "198.51.100.10:80") {
            EXPECT_EQ(row[5], "198.51.100.10:80");
            EXPECT_EQ(row[7].substr(0, row[7].find(':')), "198.18.0.2");
            translated = true;
        }
    }
    EXPECT_TRUE(translated) << all.out;

    const CliRun nowhere = runCli({"lab", "tables", "nowhere"});
    EXPECT_EQ(nowhere.code, 1);
    EXPECT_NE(nowhere.err.find("the lab has no node \"nowhere\""), std::string::npos);
    ::setenv("HOPSCOPE_LAB", "1", 1);
    const CliRun wrongLab = runCli({"lab", "tables", "laptop"});
    EXPECT_EQ(wrongLab.code, 1);
    EXPECT_NE(wrongLab.err.find("HOPSCOPE_LAB=1 is not the helper pid of a running lab"),
              std::string::npos)
        << wrongLab.err;
    ::unsetenv("HOPSCOPE_LAB");
}
