// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/scenario.h"
#include "zones_and_queries.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using testing::name;
using wire::Ipv4Address;

TEST(Scenario, TheDefaultScenarioLoadsAndAllItsZonesCheck) {
    const Scenario scenario = testing::defaultScenario();
    EXPECT_EQ(scenario.title(), "The default mini-internet");
    EXPECT_EQ(scenario.servers().size(), 9u);
    const auto* a = scenario.serverByName("a.root-servers.net");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->role, ServerRole::Root);
    EXPECT_EQ(a->displayAddress, Ipv4Address(198, 41, 0, 4));
    EXPECT_TRUE(a->loopbackAddress.isLoopback());
    EXPECT_EQ(a->port, 0);
    ASSERT_EQ(a->zones.size(), 1u);
    EXPECT_TRUE(a->zones[0].origin.isRoot());
    EXPECT_TRUE(std::filesystem::exists(a->zones[0].file));
    EXPECT_EQ(scenario.serverByDisplayAddress(Ipv4Address(170, 247, 170, 2))->name,
              "b.root-servers.net");
    EXPECT_EQ(scenario.serverByName("ns1.hostingco.net")->zones.size(), 2u);

    const auto* resolver = scenario.resolver();
    ASSERT_NE(resolver, nullptr);
    EXPECT_EQ(resolver->role, ServerRole::Resolver);
    EXPECT_TRUE(std::filesystem::exists(resolver->rootHints));
    ASSERT_TRUE(scenario.client().has_value());
    EXPECT_EQ(scenario.client()->name, "laptop");

    const auto problems = scenario.check();
    EXPECT_TRUE(problems.empty()) << problems.front().toString();
    // Every server the root hints and glue name is a server of the scenario.
    const auto hints = scenario.loadRootHints();
    ASSERT_TRUE(hints.ok());
    for (const auto& hint : hints.hints->servers()) {
        EXPECT_NE(scenario.serverByDisplayAddress(hint.ipv4.front()), nullptr);
    }
    // Three roles besides the resolver are present.
    for (const auto role : {ServerRole::Root, ServerRole::Tld, ServerRole::Authoritative}) {
        EXPECT_TRUE(std::any_of(scenario.servers().begin(), scenario.servers().end(),
                                [&](const auto& s) { return s.role == role; }));
    }
}

TEST(Scenario, ServersAnswerFromTheirZones) {
    const Scenario scenario = testing::defaultScenario();
    const auto loaded = Scenario::loadAuthority(*scenario.serverByName("ns1.hostingco.net"));
    ASSERT_TRUE(loaded.ok());
    const auto answer = loaded.authority->answer(
        testing::queryBytes("shop.example.org", wire::DnsType::A), Transport::Udp);
    EXPECT_EQ(answer.kind, AuthorityAnswerKind::Answer);
}

ScenarioLoadResult parse(std::string_view text) {
    return Scenario::parse(text, "s.scenario", "/base");
}

TEST(Scenario, RelativePathsAreResolvedAgainstTheScenarioFolder) {
    const auto result = parse("[server r]\nrole = root\ndisplay = 10.0.0.1\nloopback = "
                              "127.0.0.5\nport = 5300\nzone = . zones/root.zone\nzone = "
                              "test. /abs/test.zone\n");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    const auto& s = result.scenario->servers().front();
    EXPECT_EQ(s.port, 5300);
    EXPECT_EQ(s.zones[0].file, std::filesystem::path("/base/zones/root.zone"));
    EXPECT_EQ(s.zones[0].line, 6u);
    EXPECT_EQ(s.zones[1].origin, name("test."));
    EXPECT_EQ(s.zones[1].file, std::filesystem::path("/abs/test.zone"));
    EXPECT_EQ(result.scenario->resolver(), nullptr);
    EXPECT_FALSE(result.scenario->client().has_value());
}

struct ScenarioErrorCase {
    const char* text;
    std::size_t line;
    const char* fragment;
};

class ScenarioErrors : public ::testing::TestWithParam<ScenarioErrorCase> {};

TEST_P(ScenarioErrors, NameTheLine) {
    const auto& c = GetParam();
    const auto result = parse(c.text);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u) << result.errors.front().toString() << "\n"
                                        << result.errors.back().toString();
    EXPECT_EQ(result.errors[0].file, "s.scenario");
    EXPECT_EQ(result.errors[0].line, c.line) << result.errors[0].toString();
    EXPECT_NE(result.errors[0].message.find(c.fragment), std::string::npos)
        << result.errors[0].toString();
}

#define SERVER "[server s]\nrole = root\ndisplay = 10.0.0.1\nloopback = 127.0.0.5\n"

INSTANTIATE_TEST_SUITE_P(
    Every, ScenarioErrors,
    ::testing::Values(
        ScenarioErrorCase{"title = x\n", 1, "outside a section"},
        ScenarioErrorCase{"[bogus]\n", 1, "unknown section"},
        ScenarioErrorCase{"[server s\n", 1, "ends with ']'"},
        ScenarioErrorCase{"[server]\nrole = root\ndisplay = 10.0.0.1\nloopback = 127.0.0.5\nzone "
                          "= . a\n",
                          1, "needs a name"},
        ScenarioErrorCase{SERVER "zone = . a\njunk\n", 6, "expected KEY = VALUE"},
        ScenarioErrorCase{SERVER "zone = . a\ncolour = red\n", 6, "unknown key"},
        ScenarioErrorCase{SERVER "zone = . a\nport =\n", 6, "has no value"},
        ScenarioErrorCase{SERVER "zone = . a\nport = 70000\n", 6, "bad port"},
        ScenarioErrorCase{SERVER "zone = . a\nrole = tld\n", 6, "given twice"},
        ScenarioErrorCase{SERVER "zone = . a\nport = 1\nport = 2\n", 7, "given twice"},
        ScenarioErrorCase{SERVER "zone = a..b x\n", 5, "bad zone origin"},
        ScenarioErrorCase{SERVER "zone = .\n", 5, "file is missing"},
        ScenarioErrorCase{SERVER, 1, "serves no zone"},
        ScenarioErrorCase{"[server s]\nrole = boss\ndisplay = 10.0.0.1\nloopback = "
                          "127.0.0.5\nzone = . a\n",
                          2, "unknown role"},
        ScenarioErrorCase{"[server s]\nrole = root\ndisplay = 10.0.0.1\nloopback = "
                          "10.0.0.5\nzone = . a\n",
                          4, "not a loopback address"},
        ScenarioErrorCase{"[server s]\nrole = root\ndisplay = 10.0.0.300\nloopback = "
                          "127.0.0.5\nzone = . a\n",
                          3, "bad IPv4 address"},
        ScenarioErrorCase{"[server s]\nrole = root\nloopback = 127.0.0.5\nzone = . a\n", 1,
                          "no display address"},
        ScenarioErrorCase{"[server s]\nrole = root\ndisplay = 10.0.0.1\nzone = . a\n", 1,
                          "no loopback address"},
        ScenarioErrorCase{"[server s]\ndisplay = 10.0.0.1\nloopback = 127.0.0.5\nzone = . a\n", 1,
                          "has no role"},
        ScenarioErrorCase{"[server r]\nrole = resolver\ndisplay = 10.0.0.1\nloopback = "
                          "127.0.0.5\n",
                          1, "needs root-hints"},
        ScenarioErrorCase{"[server r]\nrole = resolver\ndisplay = 10.0.0.1\nloopback = "
                          "127.0.0.5\nroot-hints = h\nzone = . a\n",
                          6, "serves no zones"},
        ScenarioErrorCase{SERVER "zone = . a\nroot-hints = h\n", 1, "only belongs to the resolver"},
        ScenarioErrorCase{SERVER "zone = . a\n[server s]\nrole = root\ndisplay = "
                                 "10.0.0.2\nloopback = 127.0.0.6\nzone = . a\n",
                          6, "a second server named"},
        ScenarioErrorCase{SERVER "zone = . a\n[server t]\nrole = root\ndisplay = "
                                 "10.0.0.1\nloopback = 127.0.0.6\nzone = . a\n",
                          6, "has the display address"},
        ScenarioErrorCase{SERVER "zone = . a\n[server t]\nrole = root\ndisplay = "
                                 "10.0.0.2\nloopback = 127.0.0.5\nzone = . a\n",
                          6, "listens where"},
        ScenarioErrorCase{"[server r]\nrole = resolver\ndisplay = 10.0.0.1\nloopback = "
                          "127.0.0.5\nroot-hints = h\n[server q]\nrole = resolver\ndisplay = "
                          "10.0.0.2\nloopback = 127.0.0.6\nroot-hints = h\n",
                          6, "a second resolver"},
        ScenarioErrorCase{"[client c]\ndisplay = 10.0.0.9\nloopback = 127.0.0.9\n[client "
                          "d]\ndisplay = 10.0.0.8\nloopback = 127.0.0.8\n",
                          4, "a second [client]"},
        ScenarioErrorCase{"[client c]\nloopback = 127.0.0.9\n", 1, "no display address"},
        ScenarioErrorCase{"[client c]\ndisplay = 10.0.0.9\nloopback = 127.0.0.9\nport = 5\n", 4,
                          "unknown key"},
        ScenarioErrorCase{"[scenario]\ntitle = a\nauthor = b\n", 3, "unknown key"},
        ScenarioErrorCase{"[scenario]\n[scenario]\n", 2, "a second [scenario]"}));

#undef SERVER

TEST(Scenario, MissingZoneFilesAreReportedByCheck) {
    const auto result = parse("[server s]\nrole = root\ndisplay = 10.0.0.1\nloopback = "
                              "127.0.0.5\nzone = . /nonexistent/root.zone\n");
    ASSERT_TRUE(result.ok());
    const auto problems = result.scenario->check();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "/nonexistent/root.zone");
    EXPECT_NE(problems[0].message.find("cannot open"), std::string::npos);
    EXPECT_FALSE(Scenario::load("/nonexistent/x.scenario").ok());
    EXPECT_FALSE(result.scenario->loadRootHints().ok());
}

TEST(Scenario, RoleNames) {
    EXPECT_EQ(serverRoleFromName("TLD"), ServerRole::Tld);
    EXPECT_FALSE(serverRoleFromName("boss").has_value());
    EXPECT_STREQ(serverRoleName(ServerRole::Authoritative), "authoritative");
}

} // namespace
} // namespace hopscope::dns
