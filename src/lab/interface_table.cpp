// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "interface_table.h"

#include "netlink_attributes.h"

#include <algorithm>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::lab {

namespace {

// linux/if.h's IFF_LOWER_UP (that header and glibc's <net/if.h> cannot both be included).
constexpr unsigned kLowerUp = 1U << 16;

// The kernel gives times in clock ticks of USER_HZ (jiffies_to_clock_t).
double ticksToSeconds(std::uint32_t ticks) {
    const long hz = ::sysconf(_SC_CLK_TCK);
    return static_cast<double>(ticks) / static_cast<double>(hz > 0 ? hz : 100);
}

std::optional<std::string> readLinkInfo(const NetlinkAttributes& attributes,
                                        NetworkInterface& interface) {
    const auto info = attributes.nested(IFLA_LINKINFO, "a link's IFLA_LINKINFO");
    if (!info) {
        return std::nullopt;
    }
    if (const auto* error = std::get_if<std::string>(&*info)) {
        return *error;
    }
    const auto& linkInfo = std::get<NetlinkAttributes>(*info);
    interface.kind = linkInfo.string(IFLA_INFO_KIND).value_or("");
    if (interface.kind != "bridge") {
        return std::nullopt;
    }
    const auto data = linkInfo.nested(IFLA_INFO_DATA, "a bridge's IFLA_INFO_DATA");
    if (!data) {
        return std::nullopt;
    }
    if (const auto* error = std::get_if<std::string>(&*data)) {
        return *error;
    }
    if (const auto ageing = std::get<NetlinkAttributes>(*data).u32(IFLA_BR_AGEING_TIME)) {
        interface.bridgeAgeingSeconds = ticksToSeconds(*ageing);
    }
    return std::nullopt;
}

} // namespace

NetlinkDump::Request InterfaceTable::linkRequest() {
    ifinfomsg body{};
    body.ifi_family = AF_UNSPEC;
    return {NETLINK_ROUTE, RTM_GETLINK, NetlinkDump::bytesOf(body), "the interfaces"};
}

NetlinkDump::Request InterfaceTable::addressRequest() {
    ifaddrmsg body{};
    body.ifa_family = AF_INET;
    return {NETLINK_ROUTE, RTM_GETADDR, NetlinkDump::bytesOf(body), "the interfaces' addresses"};
}

std::variant<std::vector<NetworkInterface>, std::string>
InterfaceTable::fromMessages(const std::vector<NetlinkMessage>& links,
                             const std::vector<NetlinkMessage>& addresses) {
    std::vector<NetworkInterface> out;
    if (auto failure = NetlinkDump::forEachRecord<ifinfomsg>(
            links, {RTM_NEWLINK, "a link record", "ifinfomsg"},
            [](const ifinfomsg&) { return true; },
            [&](const ifinfomsg& link,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                NetworkInterface interface;
                interface.index = link.ifi_index;
                interface.name = attributes.string(IFLA_IFNAME).value_or("");
                if (interface.name.empty()) {
                    return "link " + std::to_string(link.ifi_index) + " has no name (IFLA_IFNAME)";
                }
                interface.mac = attributes.mac(IFLA_ADDRESS);
                interface.up = (link.ifi_flags & IFF_UP) != 0;
                interface.running = (link.ifi_flags & kLowerUp) != 0;
                interface.mtu = attributes.u32(IFLA_MTU).value_or(0);
                interface.master = static_cast<int>(attributes.u32(IFLA_MASTER).value_or(0));
                if (auto error = readLinkInfo(attributes, interface)) {
                    return *error;
                }
                out.push_back(std::move(interface));
                return std::nullopt;
            })) {
        return *failure;
    }
    if (auto failure = NetlinkDump::forEachRecord<ifaddrmsg>(
            addresses, {RTM_NEWADDR, "an address record", "ifaddrmsg"},
            [](const ifaddrmsg& address) { return address.ifa_family == AF_INET; },
            [&](const ifaddrmsg& address,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                // IFA_LOCAL is the interface's own address; IFA_ADDRESS the peer's on
                // point-to-point links, else the same (linux/if_addr.h).
                auto local = attributes.ipv4(IFA_LOCAL);
                if (!local) {
                    local = attributes.ipv4(IFA_ADDRESS);
                }
                if (!local || address.ifa_prefixlen > 32) {
                    return "an address record of interface " + std::to_string(address.ifa_index) +
                           " has no IPv4 address or a prefix of " +
                           std::to_string(address.ifa_prefixlen) + " bits";
                }
                const auto owner =
                    std::find_if(out.begin(), out.end(), [&](const NetworkInterface& i) {
                        return i.index == static_cast<int>(address.ifa_index);
                    });
                if (owner == out.end()) {
                    return std::nullopt; // an interface that came after the link dump
                }
                owner->addresses.push_back({*local, address.ifa_prefixlen});
                return std::nullopt;
            })) {
        return *failure;
    }
    return out;
}

std::variant<std::vector<NetworkInterface>, std::string> InterfaceTable::read(int netlinkFd) {
    auto links = NetlinkDump::run(netlinkFd, linkRequest());
    if (auto* error = std::get_if<std::string>(&links)) {
        return std::move(*error);
    }
    auto addresses = NetlinkDump::run(netlinkFd, addressRequest());
    if (auto* error = std::get_if<std::string>(&addresses)) {
        return std::move(*error);
    }
    return fromMessages(std::get<std::vector<NetlinkMessage>>(links),
                        std::get<std::vector<NetlinkMessage>>(addresses));
}

std::string InterfaceTable::nameOf(const std::vector<NetworkInterface>& interfaces, int index) {
    for (const auto& i : interfaces) {
        if (i.index == index) {
            return i.name;
        }
    }
    return "if" + std::to_string(index);
}

} // namespace hopscope::lab
