// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "bridge_fdb.h"

#include "interface_table.h"
#include "netlink_attributes.h"

#include <algorithm>
#include <cstring>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hopscope::lab {

namespace {

// nda_cacheinfo counts clock ticks of USER_HZ (jiffies_to_clock_t).
double ticksToSeconds(std::uint32_t ticks) {
    const long hz = ::sysconf(_SC_CLK_TCK);
    return static_cast<double>(ticks) / static_cast<double>(hz > 0 ? hz : 100);
}

} // namespace

// The bridge reports a local entry as NUD_PERMANENT, a static one as NUD_NOARP and a learned
// one as NUD_REACHABLE (net/bridge/br_fdb.c, fdb_fill_info).
bool FdbEntry::local() const {
    return (state & NUD_PERMANENT) != 0;
}

bool FdbEntry::isStatic() const {
    return (state & NUD_NOARP) != 0;
}

bool FdbEntry::self() const {
    return (flags & NTF_SELF) != 0;
}

std::string FdbEntry::kindName() const {
    return local() ? "local" : isStatic() ? "static" : "learned";
}

NetlinkDump::Request BridgeFdb::request() {
    ndmsg body{};
    body.ndm_family = AF_BRIDGE;
    return {NETLINK_ROUTE, RTM_GETNEIGH, NetlinkDump::bytesOf(body),
            "the bridge forwarding database"};
}

std::variant<std::vector<FdbEntry>, std::string>
BridgeFdb::fromMessages(const std::vector<NetlinkMessage>& messages,
                        const std::vector<NetworkInterface>& interfaces) {
    std::vector<FdbEntry> out;
    if (auto failure = NetlinkDump::forEachRecord<ndmsg>(
            messages, {RTM_NEWNEIGH, "a forwarding database record", "ndmsg"},
            [](const ndmsg& record) { return record.ndm_family == AF_BRIDGE; },
            [&](const ndmsg& record,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                const auto mac = attributes.mac(NDA_LLADDR);
                if (!mac) {
                    return "a forwarding database record on interface " +
                           std::to_string(record.ndm_ifindex) + " has no MAC address (NDA_LLADDR)";
                }
                FdbEntry entry;
                entry.mac = *mac;
                entry.portIndex = record.ndm_ifindex;
                entry.port = InterfaceTable::nameOf(interfaces, record.ndm_ifindex);
                entry.bridgeIndex = static_cast<int>(attributes.u32(NDA_MASTER).value_or(0));
                if (entry.bridgeIndex != 0) {
                    entry.bridge = InterfaceTable::nameOf(interfaces, entry.bridgeIndex);
                }
                entry.vlan = attributes.u16(NDA_VLAN);
                entry.state = record.ndm_state;
                entry.flags = record.ndm_flags;
                if (const auto info = attributes.find(NDA_CACHEINFO)) {
                    nda_cacheinfo cache{};
                    if (info->size() < sizeof cache) {
                        return "a forwarding database record's NDA_CACHEINFO is " +
                               std::to_string(info->size()) + " bytes long, shorter than the " +
                               std::to_string(sizeof cache) + " bytes of nda_cacheinfo";
                    }
                    std::memcpy(&cache, info->data(), sizeof cache);
                    entry.secondsSinceUpdate = ticksToSeconds(cache.ndm_updated);
                    entry.secondsSinceUse = ticksToSeconds(cache.ndm_used);
                }
                const auto bridge = std::find_if(
                    interfaces.begin(), interfaces.end(),
                    [&](const NetworkInterface& i) { return i.index == entry.bridgeIndex; });
                if (entry.learned() && entry.secondsSinceUpdate && bridge != interfaces.end() &&
                    bridge->bridgeAgeingSeconds) {
                    entry.secondsToExpiry =
                        std::max(0.0, *bridge->bridgeAgeingSeconds - *entry.secondsSinceUpdate);
                }
                out.push_back(std::move(entry));
                return std::nullopt;
            })) {
        return *failure;
    }
    return out;
}

std::variant<std::vector<FdbEntry>, std::string> BridgeFdb::read(int netlinkFd) {
    return InterfaceTable::readWithInterfaces(netlinkFd, request(), &BridgeFdb::fromMessages);
}

} // namespace hopscope::lab
