// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "conntrack_table.h"

#include "netlink_attributes.h"

#include <array>
#include <linux/netfilter/nf_conntrack_common.h>
#include <linux/netfilter/nf_conntrack_tcp.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace hopscope::lab {

namespace {

// The attributes nested in `type`, or an error when they are missing or lie.
std::variant<NetlinkAttributes, std::string>
requireNested(const NetlinkAttributes& attributes, std::uint16_t type, const std::string& where) {
    auto nested = attributes.nested(type, where);
    if (!nested) {
        return "a connection tracking record has no " + where;
    }
    return std::move(*nested);
}

// CTA_TUPLE_ORIG or CTA_TUPLE_REPLY: CTA_TUPLE_IP and CTA_TUPLE_PROTO nested inside
// (ctnetlink_dump_tuples in net/netfilter/nf_conntrack_netlink.c); every value big-endian.
std::optional<std::string> readTuple(const NetlinkAttributes& record, std::uint16_t type,
                                     const std::string& name, ConntrackTuple& tuple,
                                     std::uint8_t& protocol) {
    const auto outer = requireNested(record, type, name);
    if (const auto* error = std::get_if<std::string>(&outer)) {
        return *error;
    }
    const auto& tupleAttributes = std::get<NetlinkAttributes>(outer);
    const auto ip = requireNested(tupleAttributes, CTA_TUPLE_IP, name + "'s addresses");
    if (const auto* error = std::get_if<std::string>(&ip)) {
        return *error;
    }
    const auto& addresses = std::get<NetlinkAttributes>(ip);
    const auto source = addresses.ipv4(CTA_IP_V4_SRC);
    const auto destination = addresses.ipv4(CTA_IP_V4_DST);
    if (!source || !destination) {
        return "the " + name +
               " of a connection tracking record has no IPv4 source or "
               "destination";
    }
    tuple.source = *source;
    tuple.destination = *destination;
    const auto proto = requireNested(tupleAttributes, CTA_TUPLE_PROTO, name + "'s protocol");
    if (const auto* error = std::get_if<std::string>(&proto)) {
        return *error;
    }
    const auto& protoAttributes = std::get<NetlinkAttributes>(proto);
    const auto number = protoAttributes.u8(CTA_PROTO_NUM);
    if (!number) {
        return "the " + name + " of a connection tracking record has no protocol number";
    }
    protocol = *number;
    tuple.sourcePort = protoAttributes.be16(CTA_PROTO_SRC_PORT);
    tuple.destinationPort = protoAttributes.be16(CTA_PROTO_DST_PORT);
    tuple.icmpId = protoAttributes.be16(CTA_PROTO_ICMP_ID);
    tuple.icmpType = protoAttributes.u8(CTA_PROTO_ICMP_TYPE);
    tuple.icmpCode = protoAttributes.u8(CTA_PROTO_ICMP_CODE);
    return std::nullopt;
}

// CTA_COUNTERS_ORIG / CTA_COUNTERS_REPLY, present when accounting is on.
std::optional<std::string> readCounters(const NetlinkAttributes& record, std::uint16_t type,
                                        std::optional<std::uint64_t>& packets,
                                        std::optional<std::uint64_t>& bytes) {
    const auto counters = record.nested(type, "a connection tracking record's counters");
    if (!counters) {
        return std::nullopt;
    }
    if (const auto* error = std::get_if<std::string>(&*counters)) {
        return *error;
    }
    packets = std::get<NetlinkAttributes>(*counters).be64(CTA_COUNTERS_PACKETS);
    bytes = std::get<NetlinkAttributes>(*counters).be64(CTA_COUNTERS_BYTES);
    return std::nullopt;
}

std::string port(const std::optional<std::uint16_t>& value) {
    return value ? ':' + std::to_string(*value) : std::string();
}

} // namespace

std::string ConntrackTuple::toString() const {
    std::string out = source.toString() + port(sourcePort) + " -> " + destination.toString() +
                      port(destinationPort);
    if (icmpType) {
        out +=
            " type " + std::to_string(*icmpType) + " code " + std::to_string(icmpCode.value_or(0));
    }
    if (icmpId) {
        out += " id " + std::to_string(*icmpId);
    }
    return out;
}

std::string ConntrackEntry::protocolName() const {
    switch (protocol) {
    case IPPROTO_TCP:
        return "tcp";
    case IPPROTO_UDP:
        return "udp";
    case IPPROTO_ICMP:
        return "icmp";
    case IPPROTO_SCTP:
        return "sctp";
    default:
        return std::to_string(protocol);
    }
}

std::string ConntrackEntry::tcpStateName() const {
    if (!tcpState) {
        return {};
    }
    // The order of enum tcp_conntrack; the names conntrack(8) prints.
    static constexpr std::array<const char*, 10> kNames{
        "NONE",       "SYN_SENT", "SYN_RECV",  "ESTABLISHED", "FIN_WAIT",
        "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE",       "SYN_SENT2"};
    return *tcpState < kNames.size() ? kNames[*tcpState] : std::to_string(*tcpState);
}

bool ConntrackEntry::seenReply() const {
    return (status & IPS_SEEN_REPLY) != 0;
}

bool ConntrackEntry::assured() const {
    return (status & IPS_ASSURED) != 0;
}

bool ConntrackEntry::sourceNat() const {
    return (status & IPS_SRC_NAT) != 0;
}

bool ConntrackEntry::destinationNat() const {
    return (status & IPS_DST_NAT) != 0;
}

std::string ConntrackEntry::statusText() const {
    std::string out;
    if (!seenReply()) {
        out = "[UNREPLIED]";
    }
    if (assured()) {
        out += out.empty() ? "[ASSURED]" : " [ASSURED]";
    }
    return out;
}

std::uint16_t ConntrackTable::messageType(std::uint8_t ctnetlinkMessage) {
    return static_cast<std::uint16_t>((NFNL_SUBSYS_CTNETLINK << 8) | ctnetlinkMessage);
}

NetlinkDump::Request ConntrackTable::request() {
    nfgenmsg body{};
    body.nfgen_family = AF_INET;
    body.version = NFNETLINK_V0;
    return {NETLINK_NETFILTER, messageType(IPCTNL_MSG_CT_GET), NetlinkDump::bytesOf(body),
            "the connection tracking table"};
}

std::variant<std::vector<ConntrackEntry>, std::string>
ConntrackTable::fromMessages(const std::vector<NetlinkMessage>& messages) {
    std::vector<ConntrackEntry> out;
    if (auto failure = NetlinkDump::forEachRecord<nfgenmsg>(
            messages, {messageType(IPCTNL_MSG_CT_NEW), "a connection tracking record", "nfgenmsg"},
            [](const nfgenmsg& header) { return header.nfgen_family == AF_INET; },
            [&](const nfgenmsg&,
                const NetlinkAttributes& attributes) -> std::optional<std::string> {
                ConntrackEntry entry;
                std::uint8_t replyProtocol = 0;
                if (auto error = readTuple(attributes, CTA_TUPLE_ORIG, "original tuple",
                                           entry.original, entry.protocol)) {
                    return *error;
                }
                if (auto error = readTuple(attributes, CTA_TUPLE_REPLY, "reply tuple", entry.reply,
                                           replyProtocol)) {
                    return *error;
                }
                entry.status = attributes.be32(CTA_STATUS).value_or(0);
                entry.timeoutSeconds = attributes.be32(CTA_TIMEOUT);
                entry.mark = attributes.be32(CTA_MARK).value_or(0);
                entry.id = attributes.be32(CTA_ID);
                if (const auto info = attributes.nested(
                        CTA_PROTOINFO, "a connection tracking record's CTA_PROTOINFO")) {
                    if (const auto* error = std::get_if<std::string>(&*info)) {
                        return *error;
                    }
                    const auto tcp = std::get<NetlinkAttributes>(*info).nested(
                        CTA_PROTOINFO_TCP, "a connection tracking record's CTA_PROTOINFO_TCP");
                    if (tcp) {
                        if (const auto* error = std::get_if<std::string>(&*tcp)) {
                            return *error;
                        }
                        entry.tcpState =
                            std::get<NetlinkAttributes>(*tcp).u8(CTA_PROTOINFO_TCP_STATE);
                    }
                }
                if (auto error = readCounters(attributes, CTA_COUNTERS_ORIG, entry.originalPackets,
                                              entry.originalBytes)) {
                    return *error;
                }
                if (auto error = readCounters(attributes, CTA_COUNTERS_REPLY, entry.replyPackets,
                                              entry.replyBytes)) {
                    return *error;
                }
                out.push_back(std::move(entry));
                return std::nullopt;
            })) {
        return *failure;
    }
    return out;
}

std::variant<std::vector<ConntrackEntry>, std::string> ConntrackTable::read(int netlinkFd) {
    auto messages = NetlinkDump::run(netlinkFd, request());
    if (auto* error = std::get_if<std::string>(&messages)) {
        return std::move(*error);
    }
    return fromMessages(std::get<std::vector<NetlinkMessage>>(messages));
}

} // namespace hopscope::lab
