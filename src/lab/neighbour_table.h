// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_dump.h"
#include "wire/ipv4_address.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hopscope::lab {

struct NetworkInterface;

// One entry of a namespace's IPv4 neighbour cache: the ARP cache (`ip neigh`).
struct NeighbourEntry {
    wire::Ipv4Address address;
    std::optional<wire::MacAddress> mac; // none while INCOMPLETE or after FAILED
    std::uint16_t state = 0;             // NUD_* bits (linux/neighbour.h)
    bool router = false;                 // NTF_ROUTER
    int interfaceIndex = 0;
    std::string interfaceName;

    // The state as `ip neigh` prints it: "REACHABLE", "STALE", "DELAY" ... ("NONE" for none).
    [[nodiscard]] std::string stateName() const;
};

// The kernel's IPv4 neighbour cache of a namespace, read over NETLINK_ROUTE
// (rtnetlink(7): RTM_GETNEIGH with family AF_INET).
class NeighbourTable {
public:
    // Every entry, with its interface's name, in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<NeighbourEntry>, std::string> read(int netlinkFd);

    // The rows of RTM_NEWNEIGH messages; interface names come from `interfaces`.
    [[nodiscard]] static std::variant<std::vector<NeighbourEntry>, std::string>
    fromMessages(const std::vector<NetlinkMessage>& messages,
                 const std::vector<NetworkInterface>& interfaces);

    [[nodiscard]] static NetlinkDump::Request request();

    // NUD_* bits as `ip neigh` names them, space separated.
    [[nodiscard]] static std::string stateName(std::uint16_t state);
};

} // namespace hopscope::lab
