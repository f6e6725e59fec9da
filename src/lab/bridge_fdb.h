// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_dump.h"
#include "wire/mac_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hopscope::lab {

struct NetworkInterface;

// One entry of a bridge's forwarding database, the switch's MAC table (`bridge fdb show`):
// frames for `mac` leave through `port`.
struct FdbEntry {
    wire::MacAddress mac;
    int portIndex = 0;
    std::string port;    // the switch port ("eth1"), or the bridge itself
    int bridgeIndex = 0; // NDA_MASTER; 0 for a port's own ("self") entries
    std::string bridge;  // "br0"
    std::optional<std::uint16_t> vlan;
    std::uint16_t state = 0; // NUD_PERMANENT: local, NUD_NOARP: static, else learned
    std::uint8_t flags = 0;  // NTF_SELF, NTF_MASTER, NTF_EXT_LEARNED ...
    // Since the bridge last saw a frame from `mac` and last sent one to it (NDA_CACHEINFO).
    std::optional<double> secondsSinceUpdate;
    std::optional<double> secondsSinceUse;
    // A learned entry's time left before it ages out (the bridge's ageing time less the time
    // since it was last seen); none for local and static entries.
    std::optional<double> secondsToExpiry;

    // An address of the bridge or a port itself (`bridge fdb` says "permanent").
    [[nodiscard]] bool local() const;
    // Put there by hand (`bridge fdb` says "static").
    [[nodiscard]] bool isStatic() const;
    // Learned from a frame's source address.
    [[nodiscard]] bool learned() const { return !local() && !isStatic(); }
    // An entry of the port device's own address list, not of the bridge (`self`).
    [[nodiscard]] bool self() const;
    // "learned", "local", "static"
    [[nodiscard]] std::string kindName() const;
};

// The forwarding database of every bridge in a namespace, read over NETLINK_ROUTE
// (RTM_GETNEIGH with family AF_BRIDGE, as `bridge fdb show` asks), ports named by RTM_GETLINK.
class BridgeFdb {
public:
    // Every entry in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<FdbEntry>, std::string> read(int netlinkFd);

    // The rows of RTM_NEWNEIGH messages of family AF_BRIDGE; names and the bridges' ageing
    // times come from `interfaces`.
    [[nodiscard]] static std::variant<std::vector<FdbEntry>, std::string>
    fromMessages(const std::vector<NetlinkMessage>& messages,
                 const std::vector<NetworkInterface>& interfaces);

    [[nodiscard]] static NetlinkDump::Request request();
};

} // namespace hopscope::lab
