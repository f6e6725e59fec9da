// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "topology.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <utility>

namespace hopscope::lab {

namespace {

struct RoleName {
    NodeRole role;
    const char* name;
};

constexpr std::array kRoleNames{
    RoleName{NodeRole::Host, "host"},
    RoleName{NodeRole::Switch, "switch"},
    RoleName{NodeRole::Router, "router"},
    RoleName{NodeRole::NatGateway, "nat-gateway"},
    RoleName{NodeRole::RootServer, "root"},
    RoleName{NodeRole::TldServer, "tld"},
    RoleName{NodeRole::AuthoritativeServer, "authoritative"},
    RoleName{NodeRole::Resolver, "resolver"},
    RoleName{NodeRole::LoadBalancer, "load-balancer"},
    RoleName{NodeRole::WebServer, "web-server"},
};

std::uint32_t maskOf(std::uint8_t length) {
    return length == 0 ? 0U : ~std::uint32_t{0} << (32U - length);
}

// Linux refuses interface names longer than IFNAMSIZ - 1 and namespace names that are not
// plain file names; both end up as command-line arguments of ip and nft, so keep them simple.
bool isPlainName(std::string_view name, std::size_t maxLength) {
    if (name.empty() || name.size() > maxLength || name.front() == '-' || name == "." ||
        name == "..") {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
}

} // namespace

const char* nodeRoleName(NodeRole role) {
    for (const auto& entry : kRoleNames) {
        if (entry.role == role) {
            return entry.name;
        }
    }
    return "host";
}

std::optional<NodeRole> parseNodeRole(std::string_view name) {
    for (const auto& entry : kRoleNames) {
        if (name == entry.name) {
            return entry.role;
        }
    }
    return std::nullopt;
}

std::string Ipv4Prefix::toString() const {
    return address.toString() + '/' + std::to_string(length);
}

std::optional<Ipv4Prefix> Ipv4Prefix::parse(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        return std::nullopt;
    }
    const auto address = wire::Ipv4Address::parse(text.substr(0, slash));
    const std::string_view lengthText = text.substr(slash + 1);
    unsigned length = 0;
    const auto [end, error] =
        std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length);
    if (!address || error != std::errc() || end != lengthText.data() + lengthText.size() ||
        lengthText.empty() || length > 32) {
        return std::nullopt;
    }
    return Ipv4Prefix{*address, static_cast<std::uint8_t>(length)};
}

bool Ipv4Prefix::contains(wire::Ipv4Address other) const {
    return (other.value() & maskOf(length)) == (address.value() & maskOf(length));
}

wire::Ipv4Address Ipv4Prefix::network() const {
    return wire::Ipv4Address(address.value() & maskOf(length));
}

const Interface* Node::interface(std::string_view name) const {
    const auto it = std::find_if(interfaces.begin(), interfaces.end(),
                                 [&](const Interface& i) { return i.name == name; });
    return it == interfaces.end() ? nullptr : &*it;
}

const Node* Topology::node(std::string_view name) const {
    const auto it =
        std::find_if(nodes.begin(), nodes.end(), [&](const Node& n) { return n.name == name; });
    return it == nodes.end() ? nullptr : &*it;
}

std::optional<Endpoint> Topology::ownerOf(wire::Ipv4Address address) const {
    for (const auto& n : nodes) {
        for (const auto& i : n.interfaces) {
            for (const auto& a : i.addresses) {
                if (a.address == address) {
                    return Endpoint{n.name, i.name};
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<Endpoint> Topology::peerOf(const Endpoint& end) const {
    for (const auto& link : links) {
        if (link.a == end) {
            return link.b;
        }
        if (link.b == end) {
            return link.a;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Topology::problems() const {
    std::vector<std::string> out;
    std::set<std::string> names;
    std::set<wire::MacAddress> macs;
    std::set<wire::Ipv4Address> addresses;
    for (const auto& n : nodes) {
        if (!isPlainName(n.name, 64)) {
            out.push_back("node name \"" + n.name +
                          "\" is not a plain name (letters, digits, '-', '_', '.')");
        }
        if (!names.insert(n.name).second) {
            out.push_back("node \"" + n.name + "\" is defined twice");
        }
        std::set<std::string> interfaceNames;
        for (const auto& i : n.interfaces) {
            // IFNAMSIZ is 16 including the terminating NUL.
            if (!isPlainName(i.name, 15) || i.name == "lo") {
                out.push_back("interface name \"" + n.name + ':' + i.name +
                              "\" is not usable (at most 15 letters, digits, '-', '_', '.')");
            }
            if (!interfaceNames.insert(i.name).second) {
                out.push_back("interface \"" + n.name + ':' + i.name + "\" is defined twice");
            }
            if (i.mac.isMulticast() || i.mac.isZero()) {
                out.push_back("interface \"" + n.name + ':' + i.name +
                              "\" needs a unicast MAC address");
            } else if (!macs.insert(i.mac).second) {
                out.push_back("MAC address " + i.mac.toString() + " is used twice");
            }
            for (const auto& a : i.addresses) {
                if (!addresses.insert(a.address).second) {
                    out.push_back("address " + a.address.toString() + " is used twice");
                }
            }
            if (n.role == NodeRole::Switch && !i.addresses.empty()) {
                out.push_back("switch port \"" + n.name + ':' + i.name +
                              "\" cannot have an address");
            }
            const int uses =
                static_cast<int>(std::count_if(links.begin(), links.end(), [&](const Link& l) {
                    return l.a == Endpoint{n.name, i.name} || l.b == Endpoint{n.name, i.name};
                }));
            if (uses != 1) {
                out.push_back("interface \"" + n.name + ':' + i.name + "\" is in " +
                              std::to_string(uses) + " links (needs exactly one)");
            }
        }
        for (const auto& r : n.routes) {
            const bool reachable =
                std::any_of(n.interfaces.begin(), n.interfaces.end(), [&](const Interface& i) {
                    return std::any_of(i.addresses.begin(), i.addresses.end(),
                                       [&](const Ipv4Prefix& a) { return a.contains(r.gateway); });
                });
            if (!reachable) {
                out.push_back("route " + r.destination.toString() + " on \"" + n.name +
                              "\": gateway " + r.gateway.toString() +
                              " is on no network of the node");
            }
        }
        if (n.role == NodeRole::NatGateway && n.interface(n.natOutside) == nullptr) {
            out.push_back("NAT gateway \"" + n.name + "\" needs its outside interface");
        }
    }
    for (const auto& link : links) {
        for (const auto* end : {&link.a, &link.b}) {
            const Node* n = node(end->node);
            if (n == nullptr || n->interface(end->interface) == nullptr) {
                out.push_back("link end \"" + end->toString() + "\" names no interface");
            }
        }
    }
    return out;
}

namespace {

// Builds the default topology readably: MACs follow the node's position and interface number
// (02:4c:41:42:NN:II, "LAB" in the middle), so a student can tell from a MAC whose it is.
class TopologyBuilder {
public:
    // References returned by node() stay valid while the default topology is built.
    TopologyBuilder() { m_topology.nodes.reserve(64); }

    Node& node(std::string name, NodeRole role) {
        m_topology.nodes.push_back(Node{std::move(name), role, {}, {}, {}, {}});
        return m_topology.nodes.back();
    }

    // Adds interface ethN to `n` with the given addresses.
    std::string interface(Node& n, std::vector<std::string> addresses = {}) {
        const auto nodeIndex = static_cast<std::uint8_t>(&n - m_topology.nodes.data() + 1);
        const auto ifIndex = static_cast<std::uint8_t>(n.interfaces.size());
        Interface i;
        i.name = "eth" + std::to_string(ifIndex);
        i.mac = wire::MacAddress({0x02, 0x4c, 0x41, 0x42, nodeIndex, ifIndex});
        for (const auto& text : addresses) {
            i.addresses.push_back(*Ipv4Prefix::parse(text));
        }
        n.interfaces.push_back(std::move(i));
        return n.interfaces.back().name;
    }

    void link(const std::string& a, const std::string& aIf, const std::string& b,
              const std::string& bIf) {
        m_topology.links.push_back(Link{Endpoint{a, aIf}, Endpoint{b, bIf}});
    }

    static void route(Node& n, const std::string& destination, const std::string& gateway) {
        n.routes.push_back(
            Route{*Ipv4Prefix::parse(destination), *wire::Ipv4Address::parse(gateway)});
    }

    Node& at(std::string_view name) { return *const_cast<Node*>(m_topology.node(name)); }

    Topology take() { return std::move(m_topology); }

private:
    Topology m_topology;
};

struct DnsNode {
    const char* name;
    NodeRole role;
    const char* address;     // the server's display address, with its prefix
    const char* coreAddress; // the core router's address on that network
};

// The default scenario's DNS servers at their display addresses, each on its own network
// behind the core router (as the real ones sit in different operators' networks).
constexpr std::array kDnsNodes{
    DnsNode{"root-a", NodeRole::RootServer, "198.41.0.4/24", "198.41.0.1/24"},
    DnsNode{"root-b", NodeRole::RootServer, "170.247.170.2/24", "170.247.170.1/24"},
    DnsNode{"tld-com", NodeRole::TldServer, "192.5.6.30/24", "192.5.6.1/24"},
    DnsNode{"tld-net", NodeRole::TldServer, "192.33.14.30/24", "192.33.14.1/24"},
    DnsNode{"tld-org", NodeRole::TldServer, "199.19.56.1/24", "199.19.56.254/24"},
    DnsNode{"ns1-example", NodeRole::AuthoritativeServer, "192.0.2.53/24", "192.0.2.1/24"},
    DnsNode{"ns1-hostingco", NodeRole::AuthoritativeServer, "203.0.113.53/24", "203.0.113.1/24"},
};

} // namespace

Topology defaultTopology() {
    TopologyBuilder b;
    // The home: laptop - switch - NAT router.
    Node& laptop = b.node("laptop", NodeRole::Host);
    b.interface(laptop, {"192.168.1.10/24"});
    TopologyBuilder::route(laptop, "0.0.0.0/0", "192.168.1.1");
    laptop.resolver = wire::Ipv4Address(198, 18, 1, 53);

    Node& homeSwitch = b.node("home-switch", NodeRole::Switch);
    b.interface(homeSwitch);
    b.interface(homeSwitch);

    Node& homeRouter = b.node("home-router", NodeRole::NatGateway);
    b.interface(homeRouter, {"192.168.1.1/24"});
    homeRouter.natOutside = b.interface(homeRouter, {"198.18.0.2/30"});
    TopologyBuilder::route(homeRouter, "0.0.0.0/0", "198.18.0.1");
    b.link("laptop", "eth0", "home-switch", "eth0");
    b.link("home-switch", "eth1", "home-router", "eth0");

    // The ISP: its router, and its caching resolver (the one the laptop is given).
    Node& isp = b.node("isp-router", NodeRole::Router);
    b.interface(isp, {"198.18.0.1/30"});
    b.interface(isp, {"198.18.1.1/24"});
    b.interface(isp, {"198.19.0.1/30"});
    TopologyBuilder::route(isp, "0.0.0.0/0", "198.19.0.2");
    b.link("home-router", "eth1", "isp-router", "eth0");

    Node& resolver = b.node("isp-resolver", NodeRole::Resolver);
    b.interface(resolver, {"198.18.1.53/24"});
    TopologyBuilder::route(resolver, "0.0.0.0/0", "198.18.1.1");
    b.link("isp-router", "eth1", "isp-resolver", "eth0");

    // The core: one router between the ISP, the DNS servers' networks and the data centre.
    Node& core = b.node("core-router", NodeRole::Router);
    b.interface(core, {"198.19.0.2/30"});
    TopologyBuilder::route(core, "198.18.0.0/15", "198.19.0.1");
    b.link("isp-router", "eth2", "core-router", "eth0");
    for (const auto& dns : kDnsNodes) {
        Node& server = b.node(dns.name, dns.role);
        b.interface(server, {dns.address});
        const auto gateway = Ipv4Prefix::parse(dns.coreAddress)->address.toString();
        TopologyBuilder::route(server, "0.0.0.0/0", gateway);
        Node& coreNode = b.at("core-router");
        const std::string coreIf = b.interface(coreNode, {dns.coreAddress});
        b.link("core-router", coreIf, dns.name, "eth0");
    }

    // foobar.com's data centre: its router and switch, its name server, and the load balancer
    // holding www.foobar.com's three addresses in front of three web servers.
    Node& coreNode = b.at("core-router");
    const std::string coreToDc = b.interface(coreNode, {"198.19.0.5/30"});
    TopologyBuilder::route(coreNode, "198.51.100.0/24", "198.19.0.6");
    Node& dcRouter = b.node("dc-router", NodeRole::Router);
    b.interface(dcRouter, {"198.19.0.6/30"});
    b.interface(dcRouter, {"198.51.100.1/24"});
    TopologyBuilder::route(dcRouter, "0.0.0.0/0", "198.19.0.5");
    b.link("core-router", coreToDc, "dc-router", "eth0");

    Node& dcSwitch = b.node("dc-switch", NodeRole::Switch);
    for (int i = 0; i < 3; ++i) {
        b.interface(dcSwitch);
    }
    b.link("dc-router", "eth1", "dc-switch", "eth0");

    Node& ns1 = b.node("ns1-foobar", NodeRole::AuthoritativeServer);
    b.interface(ns1, {"198.51.100.53/24"});
    TopologyBuilder::route(ns1, "0.0.0.0/0", "198.51.100.1");
    b.link("dc-switch", "eth1", "ns1-foobar", "eth0");

    Node& lb = b.node("lb", NodeRole::LoadBalancer);
    b.interface(lb, {"198.51.100.10/24", "198.51.100.11/24", "198.51.100.12/24"});
    b.interface(lb, {"10.0.0.1/24"});
    TopologyBuilder::route(lb, "0.0.0.0/0", "198.51.100.1");
    b.link("dc-switch", "eth2", "lb", "eth0");

    Node& webSwitch = b.node("web-switch", NodeRole::Switch);
    for (int i = 0; i < 4; ++i) {
        b.interface(webSwitch);
    }
    b.link("lb", "eth1", "web-switch", "eth0");
    for (int i = 1; i <= 3; ++i) {
        const std::string name = "web" + std::to_string(i);
        Node& web = b.node(name, NodeRole::WebServer);
        b.interface(web, {"10.0.0." + std::to_string(10 + i) + "/24"});
        TopologyBuilder::route(web, "0.0.0.0/0", "10.0.0.1");
        b.link("web-switch", "eth" + std::to_string(i), name, "eth0");
    }
    return b.take();
}

} // namespace hopscope::lab
