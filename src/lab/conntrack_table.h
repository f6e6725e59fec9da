// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "netlink_dump.h"
#include "wire/ipv4_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hopscope::lab {

// One direction of a tracked connection: the addresses and ports a packet going that way
// carries (for ICMP, its identifier, type and code instead of ports).
struct ConntrackTuple {
    wire::Ipv4Address source;
    wire::Ipv4Address destination;
    std::optional<std::uint16_t> sourcePort;
    std::optional<std::uint16_t> destinationPort;
    std::optional<std::uint16_t> icmpId;
    std::optional<std::uint8_t> icmpType;
    std::optional<std::uint8_t> icmpCode;

    // "192.168.1.10:40000 -> 198.51.100.10:80"; ICMP: "192.168.1.10 -> 198.41.0.4 id 7".
    [[nodiscard]] std::string toString() const;
    bool operator==(const ConntrackTuple&) const = default;
};

// One connection the kernel's connection tracking follows (`conntrack -L`): the tuple of the
// first packet (original) and the tuple the answer is expected with (reply). On a NAT gateway
// they are not mirror images: the reply goes to the translated address, which is how the
// gateway knows to translate it back.
struct ConntrackEntry {
    std::uint8_t protocol = 0; // IPPROTO_TCP, IPPROTO_UDP, IPPROTO_ICMP ...
    ConntrackTuple original;
    ConntrackTuple reply;
    std::optional<std::uint8_t> tcpState;        // TCP_CONNTRACK_* (nf_conntrack_tcp.h)
    std::optional<std::uint32_t> timeoutSeconds; // until the entry is dropped if nothing comes
    std::uint32_t status = 0;                    // IPS_* bits (nf_conntrack_common.h)
    std::uint32_t mark = 0;
    std::optional<std::uint32_t> id;
    // With net.netfilter.nf_conntrack_acct=1 (a lab fault switches it on).
    std::optional<std::uint64_t> originalPackets;
    std::optional<std::uint64_t> originalBytes;
    std::optional<std::uint64_t> replyPackets;
    std::optional<std::uint64_t> replyBytes;

    // "tcp", "udp", "icmp", or the number.
    [[nodiscard]] std::string protocolName() const;
    // conntrack(8)'s names: "SYN_SENT", "ESTABLISHED", "TIME_WAIT" ...; empty for non-TCP.
    [[nodiscard]] std::string tcpStateName() const;
    [[nodiscard]] bool seenReply() const;
    [[nodiscard]] bool assured() const;
    [[nodiscard]] bool sourceNat() const;      // IPS_SRC_NAT: the source was rewritten
    [[nodiscard]] bool destinationNat() const; // IPS_DST_NAT
    // conntrack(8)'s marks: "[UNREPLIED]", "[ASSURED]", space separated.
    [[nodiscard]] std::string statusText() const;
};

// A namespace's connection tracking table (the NAT table of a gateway), read over
// NETLINK_NETFILTER: an IPCTNL_MSG_CT_GET dump of the ctnetlink subsystem
// (linux/netfilter/nfnetlink_conntrack.h).
class ConntrackTable {
public:
    // Every IPv4 connection tracked in the namespace of `netlinkFd`, an open
    // socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER); or a sentence saying what went wrong.
    [[nodiscard]] static std::variant<std::vector<ConntrackEntry>, std::string> read(int netlinkFd);

    // The rows of IPCTNL_MSG_CT_NEW messages (other messages are skipped).
    [[nodiscard]] static std::variant<std::vector<ConntrackEntry>, std::string>
    fromMessages(const std::vector<NetlinkMessage>& messages);

    [[nodiscard]] static NetlinkDump::Request request();

    // The netlink message type of a ctnetlink message (subsystem in the high byte).
    [[nodiscard]] static std::uint16_t messageType(std::uint8_t ctnetlinkMessage);
};

} // namespace hopscope::lab
