// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_dump.h"
#include "topology.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace hopscope::lab {

// One network interface of a namespace as the kernel holds it (`ip -br link` and `ip -4 addr`).
struct NetworkInterface {
    int index = 0;
    std::string name;
    std::optional<wire::MacAddress> mac; // none on interfaces without a hardware address
    bool up = false;                     // IFF_UP: switched on
    bool running = false;                // IFF_LOWER_UP: the link has a carrier
    std::uint32_t mtu = 0;
    int master = 0;   // the bridge a switch port belongs to (its index), 0 when none
    std::string kind; // IFLA_INFO_KIND: "veth", "bridge"; empty for loopback
    // A bridge's ageing time: how long a learned address stays without being seen again.
    std::optional<double> bridgeAgeingSeconds;
    std::vector<Ipv4Prefix> addresses;
};

// The interfaces of a namespace and their IPv4 addresses, read over NETLINK_ROUTE
// (rtnetlink(7): RTM_GETLINK, RTM_GETADDR).
class InterfaceTable {
public:
    // Every interface in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<NetworkInterface>, std::string>
    read(int netlinkFd);

    // The rows of RTM_NEWLINK and RTM_NEWADDR messages (other messages are skipped).
    [[nodiscard]] static std::variant<std::vector<NetworkInterface>, std::string>
    fromMessages(const std::vector<NetlinkMessage>& links,
                 const std::vector<NetlinkMessage>& addresses);

    [[nodiscard]] static NetlinkDump::Request linkRequest();
    [[nodiscard]] static NetlinkDump::Request addressRequest();

    // Dumps `request` and gives its messages, with the namespace's interfaces to name them by,
    // to `fromMessages`: how each table that refers to interfaces by index is read.
    template <typename Entry>
    [[nodiscard]] static std::variant<std::vector<Entry>, std::string> readWithInterfaces(
        int netlinkFd, const NetlinkDump::Request& request,
        std::variant<std::vector<Entry>, std::string> (*fromMessages)(
            const std::vector<NetlinkMessage>&, const std::vector<NetworkInterface>&)) {
        auto interfaces = read(netlinkFd);
        if (auto* error = std::get_if<std::string>(&interfaces)) {
            return std::move(*error);
        }
        auto messages = NetlinkDump::run(netlinkFd, request);
        if (auto* error = std::get_if<std::string>(&messages)) {
            return std::move(*error);
        }
        return fromMessages(std::get<std::vector<NetlinkMessage>>(messages),
                            std::get<std::vector<NetworkInterface>>(interfaces));
    }

    // The name of interface `index` in `interfaces`, or "if<index>" when it is not there.
    [[nodiscard]] static std::string nameOf(const std::vector<NetworkInterface>& interfaces,
                                            int index);
};

} // namespace hopscope::lab
