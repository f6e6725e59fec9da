// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_dump.h"
#include "topology.h"
#include "wire/ipv4_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hopscope::lab {

struct NetworkInterface;

// One IPv4 route of a namespace's main table (`ip route`).
struct RouteEntry {
    Ipv4Prefix destination{wire::Ipv4Address(), 0}; // 0.0.0.0/0: the default route
    std::optional<wire::Ipv4Address> gateway;       // none: the destination is on the link
    int interfaceIndex = 0;                         // 0 for routes without one (unreachable)
    std::string interfaceName;
    std::optional<wire::Ipv4Address> preferredSource; // "src" in `ip route`
    std::optional<std::uint32_t> metric;
    std::uint8_t protocol = 0; // RTPROT_*: who put it there
    std::uint8_t scope = 0;    // RT_SCOPE_*
    std::uint8_t type = 0;     // RTN_*

    // `ip route`'s words: "default" or "192.168.1.0/24"; "kernel", "boot", "static" ...;
    // "global", "link", "host" ...; "unicast", "blackhole", "unreachable" ...
    [[nodiscard]] std::string destinationText() const;
    [[nodiscard]] std::string protocolName() const;
    [[nodiscard]] std::string scopeName() const;
    [[nodiscard]] std::string typeName() const;
};

// The main IPv4 routing table of a namespace, read over NETLINK_ROUTE (rtnetlink(7):
// RTM_GETROUTE), with each route's interface named (RTM_GETLINK).
class RouteTable {
public:
    // Every route of the main table in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<RouteEntry>, std::string> read(int netlinkFd);

    // The main table's rows among RTM_NEWROUTE messages; names come from `interfaces`.
    [[nodiscard]] static std::variant<std::vector<RouteEntry>, std::string>
    fromMessages(const std::vector<NetlinkMessage>& messages,
                 const std::vector<NetworkInterface>& interfaces);

    [[nodiscard]] static NetlinkDump::Request request();
};

} // namespace hopscope::lab
