// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "topology_text.h"

#include <sstream>

namespace hopscope::lab {

namespace {

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
            ++i;
        }
        if (i > start) {
            out.push_back(line.substr(start, i - start));
        }
    }
    return out;
}

std::optional<Endpoint> parseEndpoint(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size()) {
        return std::nullopt;
    }
    return Endpoint{std::string(text.substr(0, colon)), std::string(text.substr(colon + 1))};
}

} // namespace

std::string topologyToText(const Topology& topology) {
    std::ostringstream out;
    for (const auto& n : topology.nodes) {
        out << "node " << n.name << ' ' << nodeRoleName(n.role) << '\n';
        for (const auto& i : n.interfaces) {
            out << "interface " << n.name << ' ' << i.name << ' ' << i.mac.toString();
            for (const auto& a : i.addresses) {
                out << ' ' << a.toString();
            }
            out << '\n';
        }
        for (const auto& r : n.routes) {
            out << "route " << n.name << ' ' << r.destination.toString() << ' '
                << r.gateway.toString() << '\n';
        }
        if (!n.natOutside.empty()) {
            out << "nat " << n.name << ' ' << n.natOutside << '\n';
        }
        if (n.resolver) {
            out << "resolver " << n.name << ' ' << n.resolver->toString() << '\n';
        }
    }
    for (const auto& l : topology.links) {
        out << "link " << l.a.toString() << ' ' << l.b.toString() << '\n';
    }
    return out.str();
}

TopologyParse parseTopologyText(std::string_view text) {
    TopologyParse result;
    Topology& t = result.topology;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        const auto w = words(line);
        if (w.empty() || w.front().front() == '#') {
            continue;
        }
        auto fail = [&](const std::string& message) {
            result.errors.push_back("line " + std::to_string(lineNumber) + ": " + message);
        };
        auto findNode = [&](std::string_view name) -> Node* {
            for (auto& n : t.nodes) {
                if (n.name == name) {
                    return &n;
                }
            }
            fail("unknown node \"" + std::string(name) + "\"");
            return nullptr;
        };
        const std::string_view keyword = w.front();
        if (keyword == "node" && w.size() == 3) {
            const auto role = parseNodeRole(w[2]);
            if (!role) {
                fail("unknown role \"" + std::string(w[2]) + "\"");
                continue;
            }
            t.nodes.push_back(Node{std::string(w[1]), *role, {}, {}, {}, {}});
        } else if (keyword == "interface" && w.size() >= 4) {
            Node* n = findNode(w[1]);
            const auto mac = wire::MacAddress::parse(w[3]);
            if (!mac) {
                fail("bad MAC address \"" + std::string(w[3]) + "\"");
            }
            Interface i{std::string(w[2]), mac.value_or(wire::MacAddress()), {}};
            for (std::size_t k = 4; k < w.size(); ++k) {
                const auto prefix = Ipv4Prefix::parse(w[k]);
                if (!prefix) {
                    fail("bad address \"" + std::string(w[k]) + "\" (want A.B.C.D/LEN)");
                    continue;
                }
                i.addresses.push_back(*prefix);
            }
            if (n != nullptr) {
                n->interfaces.push_back(std::move(i));
            }
        } else if (keyword == "link" && w.size() == 3) {
            const auto a = parseEndpoint(w[1]);
            const auto b = parseEndpoint(w[2]);
            if (!a || !b) {
                fail("a link joins two NODE:INTERFACE ends");
                continue;
            }
            t.links.push_back(Link{*a, *b});
        } else if (keyword == "route" && w.size() == 4) {
            Node* n = findNode(w[1]);
            const auto destination = Ipv4Prefix::parse(w[2]);
            const auto gateway = wire::Ipv4Address::parse(w[3]);
            if (!destination || !gateway) {
                fail("a route is DESTINATION/LEN GATEWAY");
                continue;
            }
            if (n != nullptr) {
                n->routes.push_back(Route{*destination, *gateway});
            }
        } else if (keyword == "nat" && w.size() == 3) {
            if (Node* n = findNode(w[1])) {
                n->natOutside = std::string(w[2]);
            }
        } else if (keyword == "resolver" && w.size() == 3) {
            Node* n = findNode(w[1]);
            const auto address = wire::Ipv4Address::parse(w[2]);
            if (!address) {
                fail("bad resolver address \"" + std::string(w[2]) + "\"");
                continue;
            }
            if (n != nullptr) {
                n->resolver = *address;
            }
        } else {
            fail("cannot read \"" + std::string(line) + "\"");
        }
    }
    return result;
}

} // namespace hopscope::lab
