// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "route_table.h"

#include "interface_table.h"
#include "netlink_attributes.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace hopscope::lab {

std::string RouteEntry::destinationText() const {
    return destination.length == 0 && destination.address.isUnspecified() ? "default"
                                                                          : destination.toString();
}

// The names of iproute2's /usr/share/iproute2/rt_protos, rt_scopes and its route types.
std::string RouteEntry::protocolName() const {
    switch (protocol) {
    case RTPROT_UNSPEC:
        return "unspec";
    case RTPROT_REDIRECT:
        return "redirect";
    case RTPROT_KERNEL:
        return "kernel";
    case RTPROT_BOOT:
        return "boot";
    case RTPROT_STATIC:
        return "static";
    case RTPROT_DHCP:
        return "dhcp";
    default:
        return std::to_string(protocol);
    }
}

std::string RouteEntry::scopeName() const {
    switch (scope) {
    case RT_SCOPE_UNIVERSE:
        return "global";
    case RT_SCOPE_SITE:
        return "site";
    case RT_SCOPE_LINK:
        return "link";
    case RT_SCOPE_HOST:
        return "host";
    case RT_SCOPE_NOWHERE:
        return "nowhere";
    default:
        return std::to_string(scope);
    }
}

std::string RouteEntry::typeName() const {
    switch (type) {
    case RTN_UNICAST:
        return "unicast";
    case RTN_LOCAL:
        return "local";
    case RTN_BROADCAST:
        return "broadcast";
    case RTN_ANYCAST:
        return "anycast";
    case RTN_MULTICAST:
        return "multicast";
    case RTN_BLACKHOLE:
        return "blackhole";
    case RTN_UNREACHABLE:
        return "unreachable";
    case RTN_PROHIBIT:
        return "prohibit";
    case RTN_THROW:
        return "throw";
    default:
        return std::to_string(type);
    }
}

NetlinkDump::Request RouteTable::request() {
    rtmsg body{};
    body.rtm_family = AF_INET;
    body.rtm_table = RT_TABLE_MAIN; // the kernel dumps every table; fromMessages keeps main's
    return {NETLINK_ROUTE, RTM_GETROUTE, NetlinkDump::bytesOf(body), "the routing table"};
}

std::variant<std::vector<RouteEntry>, std::string>
RouteTable::fromMessages(const std::vector<NetlinkMessage>& messages,
                         const std::vector<NetworkInterface>& interfaces) {
    std::vector<RouteEntry> out;
    if (auto failure = NetlinkDump::forEachRecord<rtmsg>(
            messages, {RTM_NEWROUTE, "a route record", "rtmsg"},
            [](const rtmsg& record) { return record.rtm_family == AF_INET; },
            [&](const rtmsg& record,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                // rtm_table holds only 8 bits; RTA_TABLE the whole table id.
                const std::uint32_t table = attributes.u32(RTA_TABLE).value_or(record.rtm_table);
                if (table != RT_TABLE_MAIN) {
                    return std::nullopt;
                }
                if (record.rtm_dst_len > 32) {
                    return "a route's destination has a prefix of " +
                           std::to_string(record.rtm_dst_len) + " bits, more than IPv4's 32";
                }
                RouteEntry route;
                const auto destination = attributes.ipv4(RTA_DST);
                if (!destination && record.rtm_dst_len != 0) {
                    return "a route to a /" + std::to_string(record.rtm_dst_len) +
                           " network has no destination address (RTA_DST)";
                }
                route.destination = {destination.value_or(wire::Ipv4Address()), record.rtm_dst_len};
                route.gateway = attributes.ipv4(RTA_GATEWAY);
                route.interfaceIndex = static_cast<int>(attributes.u32(RTA_OIF).value_or(0));
                if (route.interfaceIndex != 0) {
                    route.interfaceName = InterfaceTable::nameOf(interfaces, route.interfaceIndex);
                }
                route.preferredSource = attributes.ipv4(RTA_PREFSRC);
                route.metric = attributes.u32(RTA_PRIORITY);
                route.protocol = record.rtm_protocol;
                route.scope = record.rtm_scope;
                route.type = record.rtm_type;
                out.push_back(std::move(route));
                return std::nullopt;
            })) {
        return *failure;
    }
    return out;
}

std::variant<std::vector<RouteEntry>, std::string> RouteTable::read(int netlinkFd) {
    return InterfaceTable::readWithInterfaces(netlinkFd, request(), &RouteTable::fromMessages);
}

} // namespace hopscope::lab
