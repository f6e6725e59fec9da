// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap hops` on a real lab capture of one web request from the laptop: every hop's changes
// (and every field it left alone) against tshark's values for the same frames, and the path
// the kernel really took: switch, NAT, routers to the load balancer, and the reply translated
// back.
#include "../hops_against_tshark.h"
#include "cli/command.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace hopscope;
using namespace hopscope::testing;

namespace {

std::string nodeOf(const std::string& interface) {
    return interface.substr(0, interface.find(':'));
}

std::vector<std::string> nodes(const HopsListing::Journey& j) {
    std::vector<std::string> out;
    for (const auto& h : j.hops) {
        out.push_back(nodeOf(h.interface));
    }
    return out;
}

// The journey whose info starts with `info` and that begins at `interface`.
const HopsListing::Journey* find(const HopsListing& listing, const std::string& info,
                                 const std::string& interface) {
    for (const auto& [n, j] : listing.journeys) {
        if (j.info.find(info) != std::string::npos && j.hops.front().interface == interface) {
            return &j;
        }
    }
    return nullptr;
}

const HopsListing::Hop* hopAt(const HopsListing::Journey& j, const std::string& interface) {
    for (const auto& h : j.hops) {
        if (h.interface == interface) {
            return &h;
        }
    }
    return nullptr;
}

const std::vector<std::string> kRouters = {"home-router", "isp-router", "core-router", "dc-router"};

} // namespace

TEST(PcapHopsLab, AWebRequestHopByHopAsTsharkSeesIt) {
    for (const char* tool : {"tshark", "curl"}) {
        ASSERT_TRUE(findPeerTool(tool)) << *missingPeerTool(tool);
    }
    TempDir dir;
    const std::string capture = dir.file("lab.pcapng");
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    ASSERT_EQ(
        cli::runCli({"hopscope-cli", "lab", "run", "--do",
                     "laptop: curl -s -m 30 -o /dev/null http://198.51.100.10/", "--save", capture},
                    io),
        0)
        << out.str() << err.str();

    std::ostringstream hops;
    std::ostringstream hopsErr;
    cli::CommandIo hopsIo{hops, hopsErr};
    ASSERT_EQ(cli::runCli({"hopscope-cli", "pcap", "hops", capture}, hopsIo), 0) << hopsErr.str();
    const HopsListing listing = parseHops(hops.str());
    ASSERT_FALSE(listing.journeys.empty());
    // Every hop of every packet of the run, changed fields and unchanged ones, against tshark.
    EXPECT_GT(expectHopsAgreeWithTshark(capture, listing), 100U);

    // The SYN: out of the laptop, through the home switch, NAT, the ISP and core routers, the
    // data centre's router and switch, into the load balancer, where its connection ends.
    const auto* syn = find(listing, "→ 80 [SYN]", "laptop:eth0");
    ASSERT_NE(syn, nullptr) << hops.str();
    EXPECT_EQ(syn->destination, "198.51.100.10");
    EXPECT_EQ(nodes(*syn), (std::vector<std::string>{
                               "laptop", "home-switch", "home-switch", "home-router", "home-router",
                               "isp-router", "isp-router", "core-router", "core-router",
                               "dc-router", "dc-router", "dc-switch", "dc-switch", "lb"}));
    EXPECT_EQ(syn->hops.front().interface, "laptop:eth0");
    EXPECT_EQ(syn->hops.back().interface, "lb:eth0");
    for (std::size_t k = 0; k < syn->hops.size(); ++k) {
        const auto& h = syn->hops[k];
        EXPECT_EQ(h.direction, (k % 2 == 0 ? "out of " : "into ") + nodeOf(h.interface))
            << h.interface;
        if (k > 0) {
            EXPECT_GE(std::stod(h.time), std::stod(syn->hops[k - 1].time)) << h.interface;
        }
        // TTL one less out of each router, and nowhere else; a switch changes nothing.
        const bool leavesRouter = k % 2 == 0 && std::find(kRouters.begin(), kRouters.end(),
                                                          nodeOf(h.interface)) != kRouters.end();
        const auto ttl = h.changes.find("ip.ttl");
        EXPECT_EQ(ttl != h.changes.end(), leavesRouter) << h.interface;
        if (ttl != h.changes.end()) {
            EXPECT_EQ(std::stoi(ttl->second.first) - 1, std::stoi(ttl->second.second));
            EXPECT_TRUE(h.changes.count("eth.src") && h.changes.count("eth.dst") &&
                        h.changes.count("ip.checksum"))
                << h.interface;
        }
        if (nodeOf(h.interface).find("switch") != std::string::npos) {
            EXPECT_TRUE(h.changes.empty()) << h.interface;
        }
    }
    EXPECT_EQ(syn->hops[1].changes.size(), 0U) << "a link changes nothing";
    // Source NAT at the home router: the laptop's private address becomes its public one.
    const auto* nat = hopAt(*syn, "home-router:eth1");
    ASSERT_NE(nat, nullptr);
    EXPECT_EQ(nat->changes.at("ip.src"),
              (std::pair<std::string, std::string>{"192.168.1.10", "198.18.0.2"}));
    EXPECT_EQ(nat->changes.at("ip.ttl"), (std::pair<std::string, std::string>{"64", "63"}));
    EXPECT_TRUE(nat->changes.count("tcp.checksum")) << "the pseudo-header holds the address";
    EXPECT_FALSE(nat->changes.count("ip.dst"));
    // Only NAT touches the TCP checksum; the ISP router's hop does not.
    const auto* isp = hopAt(*syn, "isp-router:eth2");
    ASSERT_NE(isp, nullptr);
    EXPECT_FALSE(isp->changes.count("tcp.checksum"));
    EXPECT_FALSE(isp->changes.count("ip.src"));

    // The SYN-ACK back from the load balancer, translated back at the home router.
    const HopsListing::Journey* synAck = nullptr;
    for (const auto& [n, j] : listing.journeys) {
        if (j.info.find("[SYN, ACK]") != std::string::npos &&
            j.hops.front().interface == "lb:eth0" && j.destination == "198.18.0.2") {
            synAck = &j;
        }
    }
    ASSERT_NE(synAck, nullptr);
    EXPECT_EQ(synAck->hops.back().interface, "laptop:eth0");
    EXPECT_EQ(synAck->hops.back().direction, "into laptop");
    const auto* back = hopAt(*synAck, "home-router:eth0");
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->direction, "out of home-router");
    EXPECT_EQ(back->changes.at("ip.dst"),
              (std::pair<std::string, std::string>{"198.18.0.2", "192.168.1.10"}));
    EXPECT_TRUE(back->changes.count("tcp.checksum"));
    EXPECT_EQ(back->changes.at("ip.ttl"), (std::pair<std::string, std::string>{"61", "60"}));

    // The request itself takes the same way.
    const auto* get = find(listing, "GET / HTTP/1.1", "laptop:eth0");
    ASSERT_NE(get, nullptr);
    EXPECT_EQ(nodes(*get), nodes(*syn));
}
