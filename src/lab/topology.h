// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "wire/ipv4_address.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopscope::lab {

// What a node is for: decides how the helper wires it (a switch becomes a bridge, a router
// forwards, a NAT gateway also masquerades) and which of Hopscope's servers run on it.
enum class NodeRole : std::uint8_t {
    Host,
    Switch,
    Router,
    NatGateway,
    RootServer,
    TldServer,
    AuthoritativeServer,
    Resolver,
    LoadBalancer,
    WebServer,
};

[[nodiscard]] const char* nodeRoleName(NodeRole role);
[[nodiscard]] std::optional<NodeRole> parseNodeRole(std::string_view name);

// An IPv4 address with its prefix length ("192.168.1.10/24").
struct Ipv4Prefix {
    wire::Ipv4Address address;
    std::uint8_t length = 32;

    [[nodiscard]] std::string toString() const;
    [[nodiscard]] static std::optional<Ipv4Prefix> parse(std::string_view text);
    [[nodiscard]] bool contains(wire::Ipv4Address other) const;
    [[nodiscard]] wire::Ipv4Address network() const;
    auto operator<=>(const Ipv4Prefix&) const = default;
};

struct Interface {
    std::string name; // inside its node's namespace ("eth0")
    wire::MacAddress mac;
    std::vector<Ipv4Prefix> addresses; // empty on a switch port
};

struct Route {
    Ipv4Prefix destination; // 0.0.0.0/0 for the default route
    wire::Ipv4Address gateway;
};

struct Node {
    std::string name; // also the namespace's name ("laptop", "home-router")
    NodeRole role = NodeRole::Host;
    std::vector<Interface> interfaces;
    std::vector<Route> routes;
    std::string natOutside;                    // the interface a NAT gateway masquerades on
    std::optional<wire::Ipv4Address> resolver; // what the node's /etc/resolv.conf names

    [[nodiscard]] bool forwards() const {
        return role == NodeRole::Router || role == NodeRole::NatGateway;
    }
    [[nodiscard]] const Interface* interface(std::string_view name) const;
};

// One end of a link: a node's interface.
struct Endpoint {
    std::string node;
    std::string interface;
    [[nodiscard]] std::string toString() const { return node + ':' + interface; }
    auto operator<=>(const Endpoint&) const = default;
};

// A cable: a veth pair between two interfaces.
struct Link {
    Endpoint a;
    Endpoint b;
};

// The lab's network as plain data: nodes, their interfaces and routes, and the links between
// them. The helper builds exactly this from namespaces, veth pairs and bridges; the views draw it.
class Topology {
public:
    std::vector<Node> nodes;
    std::vector<Link> links;

    [[nodiscard]] const Node* node(std::string_view name) const;
    // The node and interface that holds `address`, if any.
    [[nodiscard]] std::optional<Endpoint> ownerOf(wire::Ipv4Address address) const;
    // The other end of the link plugged into `end`.
    [[nodiscard]] std::optional<Endpoint> peerOf(const Endpoint& end) const;
    // Every problem that would stop the helper, one sentence each (empty when buildable):
    // names the kernel would refuse, an interface in two links or in none, duplicate MACs or
    // addresses, a route whose gateway is on no attached network.
    [[nodiscard]] std::vector<std::string> problems() const;
};

// Hopscope's default small internet: the laptop on a home switch behind a NAT router, the
// ISP's router and caching resolver, a core router, the DNS hierarchy of the default scenario at
// its display addresses, and foobar.com's data centre where the load balancer holds
// www.foobar.com's addresses in front of three web servers.
[[nodiscard]] Topology defaultTopology();

} // namespace hopscope::lab
