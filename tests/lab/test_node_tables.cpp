// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The lab's nodes' own state tables, read over netlink sockets made inside each node, after a
// TCP connection from the laptop through the switch and the NAT router to the load balancer's
// address; each compared with what iproute2 shows inside the same node (ip neigh, ip route,
// ip addr, bridge fdb) and the NAT entry with the capture.
#include "../support/text_split.h"
#include "../wire/capture_tools.h"
#include "lab/bridge_fdb.h"
#include "lab/conntrack_table.h"
#include "lab/interface_table.h"
#include "lab/lab_session.h"
#include "lab/neighbour_table.h"
#include "lab/route_table.h"
#include "lab/topology.h"
#include "lab_capture_frames.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <gtest/gtest.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <poll.h>
#include <set>
#include <sstream>
#include <sys/socket.h>

using namespace hopscope;
using namespace hopscope::lab;
using hopscope::lab::test::FrameCollector;
using hopscope::lab::test::SeenFrame;
using hopscope::testing::words;

namespace {

constexpr std::uint16_t kClientPort = 40000;

// One lab for the whole suite: the tests only read its tables.
struct ConnectedLab {
    FrameCollector frames;
    std::unique_ptr<LabSession> lab;
    OwnedFd listener;
    OwnedFd client;
    OwnedFd accepted;
    std::string problem;

    ConnectedLab() {
        LabSession::Options options;
        options.topology = defaultTopology();
        options.onPacket = frames.packetSink();
        auto result = LabSession::start(std::move(options));
        if (auto* failure = std::get_if<LabFailure>(&result)) {
            problem = labFailureAdvice(*failure);
            return;
        }
        lab = std::move(std::get<std::unique_ptr<LabSession>>(result));
        listener = socketIn("lb", AF_INET, SOCK_STREAM, 0);
        client = socketIn("laptop", AF_INET, SOCK_STREAM, 0);
        if (!listener.valid() || !client.valid()) {
            return;
        }
        const sockaddr_in server = address("198.51.100.10", 80);
        const sockaddr_in local = address("192.168.1.10", kClientPort);
        if (::bind(listener.get(), reinterpret_cast<const sockaddr*>(&server), sizeof server) !=
                0 ||
            ::listen(listener.get(), 4) != 0 ||
            ::bind(client.get(), reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0 ||
            ::connect(client.get(), reinterpret_cast<const sockaddr*>(&server), sizeof server) !=
                0) {
            problem = std::string("the connection failed: ") + std::strerror(errno);
            return;
        }
        // accept() returns once the laptop's ACK reached the server: past the NAT router too,
        // so its connection tracking has seen the whole handshake.
        pollfd ready{listener.get(), POLLIN, 0};
        if (::poll(&ready, 1, 10000) != 1) {
            problem = "the load balancer's node never saw the connection";
            return;
        }
        accepted = OwnedFd(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    }

    OwnedFd socketIn(const std::string& node, int domain, int type, int protocol) {
        auto socket = lab->openSocket(node, domain, type, protocol);
        if (auto* error = std::get_if<std::string>(&socket)) {
            problem = "no socket in " + node + ": " + *error;
            return {};
        }
        return std::move(std::get<OwnedFd>(socket));
    }

    static sockaddr_in address(const char* text, std::uint16_t port) {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        ::inet_pton(AF_INET, text, &a.sin_addr);
        return a;
    }

    // A program's standard output, run inside `node` as `hopscope-cli lab exec` runs it.
    std::string inside(const std::string& node, std::vector<std::string> program) {
        pid_t anchor = -1;
        for (const auto& n : lab->nodes()) {
            if (n.name == node) {
                anchor = n.anchor;
            }
        }
        std::vector<std::string> argv = {
            "nsenter", "--target", std::to_string(anchor),   "--user", "--net",
            "--mount", "--uts",    "--preserve-credentials", "--"};
        argv.insert(argv.end(), program.begin(), program.end());
        const auto result = hopscope::testing::runTool(argv, 20000);
        EXPECT_EQ(result.code, 0) << result.err;
        return result.out;
    }
};

class NodeTables : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_lab = new ConnectedLab; }
    static void TearDownTestSuite() {
        delete s_lab;
        s_lab = nullptr;
    }
    void SetUp() override {
        HOPSCOPE_REQUIRE_PEER_TOOL("nsenter");
        HOPSCOPE_REQUIRE_PEER_TOOL("ip");
        ASSERT_TRUE(s_lab->lab) << s_lab->problem;
        ASSERT_TRUE(s_lab->accepted.valid()) << s_lab->problem;
    }

    // A netlink socket of `protocol` made inside `node`.
    static OwnedFd netlink(const std::string& node, int protocol) {
        return s_lab->socketIn(node, AF_NETLINK, SOCK_RAW, protocol);
    }
    static const Interface& topologyInterface(const std::string& node, const std::string& name) {
        return *s_lab->lab->topology().node(node)->interface(name);
    }

    static ConnectedLab* s_lab;
};

ConnectedLab* NodeTables::s_lab = nullptr;

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        // iproute2 ends its lines with a space.
        line.erase(line.find_last_not_of(' ') + 1);
        if (!line.empty()) {
            out.push_back(line);
        }
    }
    return out;
}

// `ip neigh`'s line for an entry: "192.168.1.1 dev eth0 lladdr 02:... REACHABLE".
std::string ipNeighLine(const NeighbourEntry& e) {
    std::string line = e.address.toString() + " dev " + e.interfaceName;
    if (e.mac) {
        line += " lladdr " + e.mac->toString();
    }
    if (e.router) {
        line += " router";
    }
    return line + ' ' + e.stateName();
}

// `ip route`'s line: "default via 192.168.1.1 dev eth0", "192.168.1.0/24 dev eth0 proto kernel
// scope link src 192.168.1.10" (boot and global are what ip leaves unsaid).
std::string ipRouteLine(const RouteEntry& r) {
    std::string line = r.destinationText();
    if (r.gateway) {
        line += " via " + r.gateway->toString();
    }
    if (!r.interfaceName.empty()) {
        line += " dev " + r.interfaceName;
    }
    if (r.protocolName() != "boot") {
        line += " proto " + r.protocolName();
    }
    if (r.scopeName() != "global") {
        line += " scope " + r.scopeName();
    }
    if (r.preferredSource) {
        line += " src " + r.preferredSource->toString();
    }
    if (r.metric) {
        line += " metric " + std::to_string(*r.metric);
    }
    return line;
}

// A `bridge fdb show` line as a set of its words, so their order does not matter.
std::multiset<std::string> fdbWords(const std::string& line) {
    const auto w = words(line);
    return {w.begin(), w.end()};
}

std::multiset<std::string> fdbWords(const FdbEntry& e) {
    std::multiset<std::string> out = {e.mac.toString(), "dev", e.port};
    if (e.vlan) {
        out.insert({"vlan", std::to_string(*e.vlan)});
    }
    if (!e.bridge.empty()) {
        out.insert({"master", e.bridge});
    }
    if (e.self()) {
        out.insert("self");
    }
    if (e.local()) {
        out.insert("permanent");
    } else if (e.isStatic()) {
        out.insert("static");
    }
    return out;
}

template <typename Row>
std::vector<Row> rowsOf(std::variant<std::vector<Row>, std::string> result) {
    if (auto* error = std::get_if<std::string>(&result)) {
        ADD_FAILURE() << *error;
        return {};
    }
    return std::move(std::get<std::vector<Row>>(result));
}

} // namespace

TEST_F(NodeTables, TheLaptopsArpCacheHoldsTheRoutersAddressWithItsMacAsIpNeighShows) {
    const OwnedFd fd = netlink("laptop", NETLINK_ROUTE);
    const auto rows = rowsOf(NeighbourTable::read(fd.get()));
    const std::string shown = s_lab->inside("laptop", {"ip", "neigh", "show"});
    const auto router = std::find_if(rows.begin(), rows.end(), [](const NeighbourEntry& e) {
        return e.address.toString() == "192.168.1.1";
    });
    ASSERT_NE(router, rows.end()) << shown;
    ASSERT_TRUE(router->mac);
    EXPECT_EQ(*router->mac, topologyInterface("home-router", "eth0").mac);
    EXPECT_EQ(router->interfaceName, "eth0");
    EXPECT_TRUE(router->stateName() == "REACHABLE" || router->stateName() == "STALE" ||
                router->stateName() == "DELAY")
        << router->stateName();
    // ip neigh leaves out NOARP and NONE entries unless asked for them (ipneigh.c's filter).
    std::set<std::string> ours;
    for (const auto& e : rows) {
        if ((e.state & ~NUD_NOARP) != 0) {
            ours.insert(ipNeighLine(e));
        }
    }
    const auto theirs = lines(shown);
    EXPECT_EQ(ours, std::set<std::string>(theirs.begin(), theirs.end())) << shown;
}

TEST_F(NodeTables, TheLaptopsRoutesAndAddressesAreWhatIpRouteAndIpAddrShow) {
    const OwnedFd fd = netlink("laptop", NETLINK_ROUTE);
    const auto routes = rowsOf(RouteTable::read(fd.get()));
    const std::string shown = s_lab->inside("laptop", {"ip", "route", "show"});
    std::set<std::string> ours;
    for (const auto& r : routes) {
        ours.insert(ipRouteLine(r));
    }
    const auto theirs = lines(shown);
    EXPECT_EQ(ours, std::set<std::string>(theirs.begin(), theirs.end())) << shown;
    EXPECT_TRUE(ours.count("default via 192.168.1.1 dev eth0")) << shown;

    const auto interfaces = rowsOf(InterfaceTable::read(fd.get()));
    std::set<std::string> addresses;
    for (const auto& i : interfaces) {
        for (const auto& a : i.addresses) {
            addresses.insert(i.name + ' ' + a.toString());
        }
        if (i.name == "eth0") {
            EXPECT_EQ(i.mac, topologyInterface("laptop", "eth0").mac);
            EXPECT_TRUE(i.up);
            EXPECT_TRUE(i.running);
            EXPECT_EQ(i.kind, "veth");
        }
    }
    // `ip -o -4 addr`: "2: eth0    inet 192.168.1.10/24 brd ... scope global eth0 ..."
    std::set<std::string> ipAddresses;
    for (const auto& line : lines(s_lab->inside("laptop", {"ip", "-o", "-4", "addr", "show"}))) {
        const auto w = words(line);
        ASSERT_GE(w.size(), 4U) << line;
        ipAddresses.insert(w[1] + ' ' + w[3]);
    }
    EXPECT_EQ(addresses, ipAddresses);
    EXPECT_TRUE(addresses.count("eth0 192.168.1.10/24"));
}

TEST_F(NodeTables, TheSwitchLearnedTheLaptopsMacOnItsPortAsBridgeFdbShows) {
    HOPSCOPE_REQUIRE_PEER_TOOL("bridge");
    const OwnedFd fd = netlink("home-switch", NETLINK_ROUTE);
    const auto rows = rowsOf(BridgeFdb::read(fd.get()));
    const std::string shown = s_lab->inside("home-switch", {"bridge", "fdb", "show"});
    const wire::MacAddress laptop = topologyInterface("laptop", "eth0").mac;
    const auto learned = std::find_if(rows.begin(), rows.end(), [&](const FdbEntry& e) {
        return e.mac == laptop && e.bridge == "br0";
    });
    ASSERT_NE(learned, rows.end()) << shown;
    EXPECT_EQ(learned->port, "eth0"); // the port the laptop's cable is in
    EXPECT_TRUE(learned->learned());
    ASSERT_TRUE(learned->secondsSinceUpdate);
    EXPECT_LT(*learned->secondsSinceUpdate, 60);
    ASSERT_TRUE(learned->secondsToExpiry);
    EXPECT_GT(*learned->secondsToExpiry, 0);
    // The router's MAC, learned on the other port.
    const wire::MacAddress router = topologyInterface("home-router", "eth0").mac;
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [&](const FdbEntry& e) {
        return e.mac == router && e.port == "eth1" && e.learned();
    })) << shown;

    std::multiset<std::multiset<std::string>> ours;
    for (const auto& e : rows) {
        ours.insert(fdbWords(e));
    }
    std::multiset<std::multiset<std::string>> theirs;
    for (const auto& line : lines(shown)) {
        theirs.insert(fdbWords(line));
    }
    EXPECT_EQ(ours, theirs) << shown;
}

TEST_F(NodeTables, TheNatRoutersConntrackHoldsTheRewriteTheCaptureShows) {
    const OwnedFd fd = netlink("home-router", NETLINK_NETFILTER);
    const auto rows = rowsOf(ConntrackTable::read(fd.get()));
    const auto nat = std::find_if(rows.begin(), rows.end(), [](const ConntrackEntry& e) {
        return e.protocolName() == "tcp" && e.original.destinationPort == 80;
    });
    ASSERT_NE(nat, rows.end());
    EXPECT_EQ(nat->original.toString(), "192.168.1.10:40000 -> 198.51.100.10:80");
    EXPECT_EQ(nat->reply.source.toString(), "198.51.100.10");
    EXPECT_EQ(nat->reply.sourcePort, 80);
    EXPECT_EQ(nat->reply.destination.toString(), "198.18.0.2");
    EXPECT_EQ(nat->tcpStateName(), "ESTABLISHED");
    EXPECT_TRUE(nat->sourceNat());
    EXPECT_TRUE(nat->seenReply());
    ASSERT_TRUE(nat->timeoutSeconds);
    EXPECT_GT(*nat->timeoutSeconds, 0U);

    // conntrack(8) is not installed here: the capture says what the rewrite was. The SYN as it
    // left the router's outside interface carries the address and port the reply goes to.
    auto synOutside = [](const SeenFrame& f) {
        return f.where == "home-router:eth1" && f.isIpv4() && f.protocol() == 6 &&
               f.destinationPort() == 80 && (f.bytes[f.transport() + 13] & 0x12) == 0x02;
    };
    ASSERT_TRUE(s_lab->frames.waitFor(synOutside));
    const auto frames = s_lab->frames.frames();
    const auto syn = std::find_if(frames.begin(), frames.end(), synOutside);
    EXPECT_EQ(syn->source(), nat->reply.destination.toString());
    EXPECT_EQ(syn->sourcePort(), nat->reply.destinationPort);
    EXPECT_EQ(syn->destination(), nat->original.destination.toString());
}
