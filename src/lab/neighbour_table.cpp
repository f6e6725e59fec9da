// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "neighbour_table.h"

#include "interface_table.h"
#include "netlink_attributes.h"

#include <array>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <utility>

namespace hopscope::lab {

std::string NeighbourTable::stateName(std::uint16_t state) {
    static constexpr std::array<std::pair<std::uint16_t, const char*>, 8> kNames{{
        {NUD_INCOMPLETE, "INCOMPLETE"},
        {NUD_REACHABLE, "REACHABLE"},
        {NUD_STALE, "STALE"},
        {NUD_DELAY, "DELAY"},
        {NUD_PROBE, "PROBE"},
        {NUD_FAILED, "FAILED"},
        {NUD_NOARP, "NOARP"},
        {NUD_PERMANENT, "PERMANENT"},
    }};
    std::string out;
    for (const auto& [bit, name] : kNames) {
        if ((state & bit) != 0) {
            out += out.empty() ? "" : " ";
            out += name;
        }
    }
    return out.empty() ? "NONE" : out;
}

std::string NeighbourEntry::stateName() const {
    return NeighbourTable::stateName(state);
}

NetlinkDump::Request NeighbourTable::request() {
    ndmsg body{};
    body.ndm_family = AF_INET;
    return {NETLINK_ROUTE, RTM_GETNEIGH, NetlinkDump::bytesOf(body), "the neighbour (ARP) cache"};
}

std::variant<std::vector<NeighbourEntry>, std::string>
NeighbourTable::fromMessages(const std::vector<NetlinkMessage>& messages,
                             const std::vector<NetworkInterface>& interfaces) {
    std::vector<NeighbourEntry> out;
    if (auto failure = NetlinkDump::forEachRecord<ndmsg>(
            messages, {RTM_NEWNEIGH, "a neighbour record", "ndmsg"},
            [](const ndmsg& record) { return record.ndm_family == AF_INET; },
            [&](const ndmsg& record,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                const auto address = attributes.ipv4(NDA_DST);
                if (!address) {
                    return "a neighbour record on interface " + std::to_string(record.ndm_ifindex) +
                           " has no IPv4 address (NDA_DST)";
                }
                NeighbourEntry entry;
                entry.address = *address;
                entry.mac = attributes.mac(NDA_LLADDR);
                entry.state = record.ndm_state;
                entry.router = (record.ndm_flags & NTF_ROUTER) != 0;
                entry.interfaceIndex = record.ndm_ifindex;
                entry.interfaceName = InterfaceTable::nameOf(interfaces, record.ndm_ifindex);
                out.push_back(std::move(entry));
                return std::nullopt;
            })) {
        return *failure;
    }
    return out;
}

std::variant<std::vector<NeighbourEntry>, std::string> NeighbourTable::read(int netlinkFd) {
    return InterfaceTable::readWithInterfaces(netlinkFd, request(), &NeighbourTable::fromMessages);
}

} // namespace hopscope::lab
