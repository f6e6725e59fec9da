// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab/topology.h"
#include "lab/topology_text.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace hopscope;
using namespace hopscope::lab;

namespace {

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

} // namespace

TEST(Topology, TheDefaultIsBuildable) {
    const Topology t = defaultTopology();
    EXPECT_EQ(t.problems(), std::vector<std::string>{});
    ASSERT_NE(t.node("laptop"), nullptr);
    EXPECT_EQ(t.node("laptop")->resolver, wire::Ipv4Address(198, 18, 1, 53));
    EXPECT_EQ(t.node("home-router")->role, NodeRole::NatGateway);
    EXPECT_EQ(t.node("home-switch")->role, NodeRole::Switch);
}

TEST(Topology, TheDefaultPutsTheScenarioServersAtTheirDisplayAddresses) {
    const Topology t = defaultTopology();
    auto owner = [&](const char* address) {
        const auto end = t.ownerOf(*wire::Ipv4Address::parse(address));
        return end ? end->node : std::string("(none)");
    };
    EXPECT_EQ(owner("192.168.1.10"), "laptop");
    EXPECT_EQ(owner("192.168.1.1"), "home-router");
    EXPECT_EQ(owner("198.41.0.4"), "root-a");
    EXPECT_EQ(owner("170.247.170.2"), "root-b");
    EXPECT_EQ(owner("192.5.6.30"), "tld-com");
    EXPECT_EQ(owner("198.51.100.53"), "ns1-foobar");
    // www.foobar.com's three A records are the load balancer's addresses.
    EXPECT_EQ(owner("198.51.100.10"), "lb");
    EXPECT_EQ(owner("198.51.100.11"), "lb");
    EXPECT_EQ(owner("198.51.100.12"), "lb");
    EXPECT_EQ(owner("10.0.0.13"), "web3");
}

TEST(Topology, PeersFollowTheLinks) {
    const Topology t = defaultTopology();
    const auto peer = t.peerOf({"laptop", "eth0"});
    ASSERT_TRUE(peer);
    EXPECT_EQ(peer->toString(), "home-switch:eth0");
    EXPECT_EQ(t.peerOf({"home-router", "eth1"})->toString(), "isp-router:eth0");
    EXPECT_FALSE(t.peerOf({"laptop", "eth9"}));
}

TEST(Topology, MacsAreFixedAndTellWhoseTheyAre) {
    const Topology t = defaultTopology();
    EXPECT_EQ(t.node("laptop")->interfaces[0].mac.toString(), "02:4c:41:42:01:00");
    EXPECT_EQ(t.node("home-router")->interfaces[1].mac.toString(), "02:4c:41:42:03:01");
}

TEST(Topology, ProblemsAreNamed) {
    Topology t = defaultTopology();
    t.nodes[0].interfaces[0].mac = t.nodes[2].interfaces[0].mac;
    t.nodes[0].routes[0].gateway = wire::Ipv4Address(10, 9, 9, 9);
    t.nodes[1].interfaces[0].name = "an-interface-name-too-long";
    t.links.push_back(Link{{"laptop", "eth0"}, {"ghost", "eth0"}});
    const auto problems = t.problems();
    EXPECT_TRUE(mentions(problems, "MAC address 02:4c:41:42:03:00 is used twice")) << problems[0];
    EXPECT_TRUE(mentions(problems, "gateway 10.9.9.9 is on no network"));
    EXPECT_TRUE(mentions(problems, "an-interface-name-too-long\" is not usable"));
    EXPECT_TRUE(mentions(problems, "\"laptop:eth0\" is in 2 links"));
    EXPECT_TRUE(mentions(problems, "link end \"ghost:eth0\" names no interface"));
}

TEST(TopologyText, RoundTripsTheDefault) {
    const Topology t = defaultTopology();
    const std::string text = topologyToText(t);
    const auto parsed = parseTopologyText(text);
    ASSERT_TRUE(parsed.ok()) << parsed.errors.front();
    EXPECT_EQ(topologyToText(parsed.topology), text);
    EXPECT_EQ(parsed.topology.nodes.size(), t.nodes.size());
    EXPECT_EQ(parsed.topology.links.size(), t.links.size());
}

TEST(TopologyText, EveryErrorNamesItsLine) {
    const auto parsed = parseTopologyText("node a host\n"
                                          "# a comment\n"
                                          "node b hub\n"
                                          "interface a eth0 02:00:00:00:00:zz 10.0.0.1/33\n"
                                          "route nobody 0.0.0.0/0 10.0.0.1\n"
                                          "link a-eth0 b:eth0\n");
    ASSERT_EQ(parsed.errors.size(), 5U);
    EXPECT_EQ(parsed.errors[0], "line 3: unknown role \"hub\"");
    EXPECT_EQ(parsed.errors[1], "line 4: bad MAC address \"02:00:00:00:00:zz\"");
    EXPECT_EQ(parsed.errors[2], "line 4: bad address \"10.0.0.1/33\" (want A.B.C.D/LEN)");
    EXPECT_EQ(parsed.errors[3], "line 5: unknown node \"nobody\"");
    EXPECT_EQ(parsed.errors[4], "line 6: a link joins two NODE:INTERFACE ends");
}

TEST(Ipv4Prefix, ParsesAndContains) {
    const auto p = Ipv4Prefix::parse("192.168.1.10/24");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->toString(), "192.168.1.10/24");
    EXPECT_EQ(p->network().toString(), "192.168.1.0");
    EXPECT_TRUE(p->contains(wire::Ipv4Address(192, 168, 1, 200)));
    EXPECT_FALSE(p->contains(wire::Ipv4Address(192, 168, 2, 1)));
    EXPECT_TRUE(Ipv4Prefix::parse("0.0.0.0/0")->contains(wire::Ipv4Address(8, 8, 8, 8)));
    EXPECT_FALSE(Ipv4Prefix::parse("10.0.0.1"));
    EXPECT_FALSE(Ipv4Prefix::parse("10.0.0.1/"));
    EXPECT_FALSE(Ipv4Prefix::parse("10.0.0.1/x"));
}
