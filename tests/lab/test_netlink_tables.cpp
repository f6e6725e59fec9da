// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The netlink readers of a node's state tables on hand-made kernel answers: what each record
// becomes, and a sentence (never a crash) for every cut or lying length.
#include "lab/bridge_fdb.h"
#include "lab/conntrack_table.h"
#include "lab/interface_table.h"
#include "lab/neighbour_table.h"
#include "lab/netlink_attributes.h"
#include "lab/netlink_dump.h"
#include "lab/route_table.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netfilter/nf_conntrack_common.h>
#include <linux/netfilter/nf_conntrack_tcp.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hopscope;
using namespace hopscope::lab;

namespace {

using Bytes = std::vector<std::uint8_t>;

// Attributes as the kernel lays them out: length, type, value, padding to 4 bytes.
class Attributes {
public:
    Attributes& raw(std::uint16_t type, const Bytes& value) {
        const auto length = static_cast<std::uint16_t>(NLA_HDRLEN + value.size());
        append(&length, sizeof length);
        append(&type, sizeof type);
        m_bytes.insert(m_bytes.end(), value.begin(), value.end());
        m_bytes.resize(NLA_ALIGN(m_bytes.size()), 0);
        return *this;
    }
    template <typename T> Attributes& native(std::uint16_t type, T value) {
        Bytes bytes(sizeof value);
        std::memcpy(bytes.data(), &value, sizeof value);
        return raw(type, bytes);
    }
    Attributes& be16(std::uint16_t type, std::uint16_t value) {
        return raw(type, {static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)});
    }
    Attributes& be32(std::uint16_t type, std::uint32_t value) {
        return raw(type,
                   {static_cast<std::uint8_t>(value >> 24), static_cast<std::uint8_t>(value >> 16),
                    static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)});
    }
    Attributes& ipv4(std::uint16_t type, const char* text) {
        const auto a = wire::Ipv4Address::parse(text)->bytes();
        return raw(type, Bytes(a.begin(), a.end()));
    }
    Attributes& mac(std::uint16_t type, const char* text) {
        const auto m = wire::MacAddress::parse(text)->bytes();
        return raw(type, Bytes(m.begin(), m.end()));
    }
    Attributes& text(std::uint16_t type, const std::string& value) {
        Bytes bytes(value.begin(), value.end());
        bytes.push_back(0);
        return raw(type, bytes);
    }
    Attributes& nested(std::uint16_t type, const Attributes& inner) {
        return raw(static_cast<std::uint16_t>(type | NLA_F_NESTED), inner.bytes());
    }
    [[nodiscard]] const Bytes& bytes() const { return m_bytes; }

private:
    void append(const void* p, std::size_t n) {
        const auto* b = static_cast<const std::uint8_t*>(p);
        m_bytes.insert(m_bytes.end(), b, b + n);
    }
    Bytes m_bytes;
};

template <typename T> Bytes payloadOf(const T& header, const Attributes& attributes = {}) {
    Bytes out(NLMSG_ALIGN(sizeof header), 0);
    std::memcpy(out.data(), &header, sizeof header);
    out.insert(out.end(), attributes.bytes().begin(), attributes.bytes().end());
    return out;
}

// One netlink message: header and payload, padded.
Bytes messageOf(std::uint16_t type, std::uint32_t sequence, const Bytes& payload,
                std::uint16_t flags = NLM_F_MULTI) {
    nlmsghdr header{};
    header.nlmsg_len = static_cast<std::uint32_t>(NLMSG_HDRLEN + payload.size());
    header.nlmsg_type = type;
    header.nlmsg_flags = flags;
    header.nlmsg_seq = sequence;
    Bytes out(NLMSG_HDRLEN, 0);
    std::memcpy(out.data(), &header, sizeof header);
    out.insert(out.end(), payload.begin(), payload.end());
    out.resize(NLMSG_ALIGN(out.size()), 0);
    return out;
}

Bytes doneOf(std::uint32_t sequence, int code = 0) {
    Bytes payload(sizeof code);
    std::memcpy(payload.data(), &code, sizeof code);
    return messageOf(NLMSG_DONE, sequence, payload);
}

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) {
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

NetlinkMessage messageFor(std::uint16_t type, Bytes payload) {
    return {type, NLM_F_MULTI, std::move(payload)};
}

template <typename Value> const std::string& errorOf(const Value& result) {
    static const std::string none = "(no error)";
    const auto* error = std::get_if<std::string>(&result);
    return error != nullptr ? *error : none;
}

// The laptop's and the switch's interfaces, as a link dump would give them.
std::vector<NetworkInterface> someInterfaces() {
    std::vector<NetworkInterface> out(4);
    out[0].index = 1;
    out[0].name = "lo";
    out[1].index = 2;
    out[1].name = "eth0";
    out[2].index = 3;
    out[2].name = "eth1";
    out[2].master = 4;
    out[3].index = 4;
    out[3].name = "br0";
    out[3].kind = "bridge";
    out[3].bridgeAgeingSeconds = 300;
    return out;
}

Bytes neighbourPayload(const char* address, const char* mac, std::uint16_t state) {
    ndmsg record{};
    record.ndm_family = AF_INET;
    record.ndm_ifindex = 2;
    record.ndm_state = state;
    record.ndm_type = RTN_UNICAST;
    Attributes attributes;
    attributes.ipv4(NDA_DST, address);
    if (mac != nullptr) {
        attributes.mac(NDA_LLADDR, mac);
    }
    return payloadOf(record, attributes);
}

// The home router's NAT entry for the laptop's connection to the load balancer.
Bytes natPayload() {
    nfgenmsg header{};
    header.nfgen_family = AF_INET;
    header.version = NFNETLINK_V0;
    auto tuple = [](const char* source, std::uint16_t sourcePort, const char* destination,
                    std::uint16_t destinationPort) {
        Attributes ip;
        ip.ipv4(CTA_IP_V4_SRC, source).ipv4(CTA_IP_V4_DST, destination);
        Attributes proto;
        proto.native<std::uint8_t>(CTA_PROTO_NUM, IPPROTO_TCP)
            .be16(CTA_PROTO_SRC_PORT, sourcePort)
            .be16(CTA_PROTO_DST_PORT, destinationPort);
        Attributes out;
        out.nested(CTA_TUPLE_IP, ip).nested(CTA_TUPLE_PROTO, proto);
        return out;
    };
    Attributes tcp;
    tcp.native<std::uint8_t>(CTA_PROTOINFO_TCP_STATE, TCP_CONNTRACK_ESTABLISHED);
    Attributes protoinfo;
    protoinfo.nested(CTA_PROTOINFO_TCP, tcp);
    Attributes counters;
    counters.raw(CTA_COUNTERS_PACKETS, {0, 0, 0, 0, 0, 0, 0, 3})
        .raw(CTA_COUNTERS_BYTES, {0, 0, 0, 0, 0, 0, 0, 180});
    Attributes record;
    record.nested(CTA_TUPLE_ORIG, tuple("192.168.1.10", 40000, "198.51.100.10", 80))
        .nested(CTA_TUPLE_REPLY, tuple("198.51.100.10", 80, "198.18.0.2", 40000))
        .be32(CTA_STATUS, IPS_SEEN_REPLY | IPS_ASSURED | IPS_CONFIRMED | IPS_SRC_NAT |
                              IPS_SRC_NAT_DONE | IPS_DST_NAT_DONE)
        .be32(CTA_TIMEOUT, 431999)
        .be32(CTA_MARK, 0)
        .nested(CTA_PROTOINFO, protoinfo)
        .nested(CTA_COUNTERS_ORIG, counters)
        .be32(CTA_ID, 0x1234);
    return payloadOf(header, record);
}

} // namespace

TEST(NetlinkAttributes, ReadsValuesNestedAndMaskedTypes) {
    Attributes inner;
    inner.native<std::uint32_t>(7, 42);
    Attributes outer;
    outer.text(1, "eth0").be16(2, 0x1f90).nested(3, inner).raw(4, {1, 2, 3});
    const auto parsed = NetlinkAttributes::parse(outer.bytes(), "a test");
    ASSERT_TRUE(std::holds_alternative<NetlinkAttributes>(parsed)) << errorOf(parsed);
    const auto& a = std::get<NetlinkAttributes>(parsed);
    EXPECT_EQ(a.size(), 4U);
    EXPECT_EQ(a.string(1), "eth0");
    EXPECT_EQ(a.be16(2), 8080);
    const auto nested = a.nested(3, "the inner");
    ASSERT_TRUE(nested);
    EXPECT_EQ(std::get<NetlinkAttributes>(*nested).u32(7), 42U);
    // A value of the wrong size is no value, not a read past its end.
    EXPECT_FALSE(a.u32(4));
    EXPECT_FALSE(a.ipv4(4));
    EXPECT_FALSE(a.u32(99));
}

TEST(NetlinkAttributes, LyingLengthsAreSentences) {
    Attributes one;
    one.native<std::uint32_t>(5, 1);
    Bytes bytes = one.bytes();
    bytes[0] = 40; // says 40 bytes, 8 are there
    EXPECT_EQ(errorOf(NetlinkAttributes::parse(bytes, "a link record")),
              "an attribute (type 5) of a link record says it is 40 bytes long, but 8 bytes are "
              "left");
    bytes[0] = 2; // shorter than its own header
    EXPECT_NE(errorOf(NetlinkAttributes::parse(bytes, "a link record")).find("says it is 2 bytes"),
              std::string::npos);
    Bytes cut = one.bytes();
    cut.resize(cut.size() + 2, 0); // two stray bytes after the last attribute
    EXPECT_EQ(errorOf(NetlinkAttributes::parse(cut, "a route record")),
              "a route record ends in 2 bytes too short for an attribute header");
}

TEST(NetlinkDump, GathersTheMessagesOfItsRequestUntilDone) {
    const Bytes datagram = concat({messageOf(RTM_NEWNEIGH, 7, {1, 2, 3, 4}),
                                   messageOf(RTM_NEWNEIGH, 6, {9, 9, 9, 9}), // an older request
                                   messageOf(NLMSG_NOOP, 7, {}), doneOf(7)});
    std::vector<NetlinkMessage> messages;
    const auto part = NetlinkDump::parseDatagram(datagram, 7, "the test table", messages);
    EXPECT_TRUE(part.done);
    EXPECT_EQ(part.error, "");
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(messages[0].type, RTM_NEWNEIGH);
    EXPECT_EQ(messages[0].payload, (Bytes{1, 2, 3, 4}));

    // A datagram without NLMSG_DONE: more is to come.
    messages.clear();
    const auto more =
        NetlinkDump::parseDatagram(messageOf(RTM_NEWROUTE, 7, {0, 0, 0, 0}), 7, "x", messages);
    EXPECT_FALSE(more.done);
    EXPECT_EQ(more.error, "");
    EXPECT_EQ(messages.size(), 1U);
}

TEST(NetlinkDump, TheKernelsRefusalsAndCutDatagramsAreSentences) {
    std::vector<NetlinkMessage> messages;
    EXPECT_EQ(NetlinkDump::parseDatagram(doneOf(3, -EPERM), 3, "the NAT table", messages).error,
              "the kernel's dump of the NAT table failed: Operation not permitted");

    nlmsgerr refusal{};
    refusal.error = -EOPNOTSUPP;
    refusal.msg.nlmsg_len = NLMSG_HDRLEN;
    Bytes payload(sizeof refusal);
    std::memcpy(payload.data(), &refusal, sizeof refusal);
    EXPECT_EQ(
        NetlinkDump::parseDatagram(messageOf(NLMSG_ERROR, 3, payload, 0), 3, "the fdb", messages)
            .error,
        "the kernel refused to dump the fdb: Operation not supported");
    // With NETLINK_EXT_ACK the kernel says why in its own words.
    Attributes notes;
    notes.text(NLMSGERR_ATTR_MSG, "Invalid header for neighbor dump request");
    payload.insert(payload.end(), notes.bytes().begin(), notes.bytes().end());
    EXPECT_EQ(NetlinkDump::parseDatagram(messageOf(NLMSG_ERROR, 3, payload, NLM_F_ACK_TLVS), 3,
                                         "the fdb", messages)
                  .error,
              "the kernel refused to dump the fdb: Operation not supported (Invalid header for "
              "neighbor dump request)");
    // A damaged code whose negation does not fit an int (what fuzz_sock_diag found in
    // TcpSocketTable's twin of this parser): named by its number.
    refusal.error = std::numeric_limits<int>::min();
    std::memcpy(payload.data(), &refusal, sizeof refusal);
    EXPECT_EQ(
        NetlinkDump::parseDatagram(messageOf(NLMSG_ERROR, 3, payload, 0), 3, "the fdb", messages)
            .error,
        "the kernel refused to dump the fdb: error code -2147483648");
    EXPECT_EQ(NetlinkDump::parseDatagram(doneOf(3, std::numeric_limits<int>::min()), 3,
                                         "the NAT table", messages)
                  .error,
              "the kernel's dump of the NAT table failed: error code -2147483648");
    // An acknowledgement (error 0) is not an error.
    refusal.error = 0;
    std::memcpy(payload.data(), &refusal, sizeof refusal);
    EXPECT_EQ(
        NetlinkDump::parseDatagram(messageOf(NLMSG_ERROR, 3, payload, 0), 3, "x", messages).error,
        "");
    EXPECT_EQ(
        NetlinkDump::parseDatagram(messageOf(NLMSG_ERROR, 3, {1, 2}, 0), 3, "the fdb", messages)
            .error,
        "the kernel's error message about the fdb is 2 bytes long, too short for its error "
        "code");

    Bytes lying = messageOf(RTM_NEWLINK, 3, Bytes(16, 0));
    lying[0] = 200; // nlmsg_len: 200 bytes, 32 are there
    EXPECT_EQ(NetlinkDump::parseDatagram(lying, 3, "the interfaces", messages).error,
              "a netlink message at byte 0 of the interfaces says it is 200 bytes long, but 32 "
              "bytes are left in the datagram");
    EXPECT_EQ(NetlinkDump::parseDatagram(Bytes(10, 0), 3, "the interfaces", messages).error,
              "the kernel's answer for the interfaces ends in 10 bytes too short for a message "
              "header");
}

TEST(NetlinkDump, EveryCutOfADatagramIsAnErrorOrLessNeverACrash) {
    const Bytes datagram = concat(
        {messageOf(ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), 9, natPayload()), doneOf(9)});
    for (std::size_t size = 0; size < datagram.size(); ++size) {
        std::vector<NetlinkMessage> messages;
        const auto part = NetlinkDump::parseDatagram(std::span(datagram.data(), size), 9,
                                                     "the NAT table", messages);
        EXPECT_FALSE(part.done) << size;
    }
    // Cut payloads of every record kind: each gives rows or a sentence.
    const std::vector<NetlinkMessage> whole = {
        messageFor(ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), natPayload()),
        messageFor(RTM_NEWNEIGH, neighbourPayload("192.168.1.1", "02:4c:41:42:02:00", 2))};
    for (const auto& message : whole) {
        for (std::size_t size = 0; size < message.payload.size(); ++size) {
            NetlinkMessage cut = message;
            cut.payload.resize(size);
            // Only the kinds' own messages are read; the others are skipped.
            (void)ConntrackTable::fromMessages({cut});
            (void)NeighbourTable::fromMessages({cut}, someInterfaces());
            (void)BridgeFdb::fromMessages({cut}, someInterfaces());
            (void)RouteTable::fromMessages({cut}, someInterfaces());
            (void)InterfaceTable::fromMessages({cut}, {cut});
        }
    }
}

TEST(NetlinkDump, RefusesADescriptorThatIsNotTheRightNetlinkSocket) {
    EXPECT_EQ(errorOf(NeighbourTable::read(-1)),
              "descriptor -1 is not a socket (Bad file descriptor)");
    const int netfilter = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_NETFILTER);
    ASSERT_GE(netfilter, 0) << std::strerror(errno);
    EXPECT_EQ(errorOf(RouteTable::read(netfilter)),
              "descriptor " + std::to_string(netfilter) +
                  " is not a socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE)");
    ::close(netfilter);
    const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    EXPECT_EQ(errorOf(ConntrackTable::read(udp)),
              "descriptor " + std::to_string(udp) +
                  " is not a socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER)");
    ::close(udp);
}

TEST(NeighbourTable, ReadsAddressMacStateAndInterface) {
    const auto result = NeighbourTable::fromMessages(
        {messageFor(RTM_NEWNEIGH,
                    neighbourPayload("192.168.1.1", "02:4c:41:42:02:00", NUD_REACHABLE)),
         messageFor(RTM_NEWNEIGH, neighbourPayload("192.168.1.7", nullptr, NUD_INCOMPLETE)),
         messageFor(RTM_NEWROUTE, Bytes(12, 0))},
        someInterfaces());
    ASSERT_TRUE(std::holds_alternative<std::vector<NeighbourEntry>>(result)) << errorOf(result);
    const auto& rows = std::get<std::vector<NeighbourEntry>>(result);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].address.toString(), "192.168.1.1");
    EXPECT_EQ(rows[0].mac->toString(), "02:4c:41:42:02:00");
    EXPECT_EQ(rows[0].stateName(), "REACHABLE");
    EXPECT_EQ(rows[0].interfaceName, "eth0");
    EXPECT_FALSE(rows[1].mac);
    EXPECT_EQ(rows[1].stateName(), "INCOMPLETE");
    EXPECT_EQ(NeighbourTable::stateName(NUD_STALE), "STALE");
    EXPECT_EQ(NeighbourTable::stateName(NUD_NONE), "NONE");
    EXPECT_EQ(NeighbourTable::stateName(NUD_NOARP | NUD_PERMANENT), "NOARP PERMANENT");

    ndmsg record{};
    record.ndm_family = AF_INET;
    record.ndm_ifindex = 2;
    EXPECT_EQ(errorOf(NeighbourTable::fromMessages({messageFor(RTM_NEWNEIGH, payloadOf(record))},
                                                   someInterfaces())),
              "a neighbour record on interface 2 has no IPv4 address (NDA_DST)");
    EXPECT_EQ(errorOf(NeighbourTable::fromMessages({messageFor(RTM_NEWNEIGH, Bytes(5, 0))},
                                                   someInterfaces())),
              "a neighbour record is 5 bytes long, shorter than the 12 bytes of ndmsg");
}

TEST(InterfaceTable, ReadsNamesMacsAddressesAndABridgesAgeingTime) {
    ifinfomsg link{};
    link.ifi_index = 4;
    link.ifi_flags = 0x1 | (1U << 16); // IFF_UP | IFF_LOWER_UP
    Attributes bridgeData;
    bridgeData.native<std::uint32_t>(IFLA_BR_AGEING_TIME,
                                     static_cast<std::uint32_t>(300 * ::sysconf(_SC_CLK_TCK)));
    Attributes linkInfo;
    linkInfo.text(IFLA_INFO_KIND, "bridge").nested(IFLA_INFO_DATA, bridgeData);
    Attributes attributes;
    attributes.text(IFLA_IFNAME, "br0")
        .mac(IFLA_ADDRESS, "02:4c:41:42:01:01")
        .native<std::uint32_t>(IFLA_MTU, 1500)
        .nested(IFLA_LINKINFO, linkInfo);
    ifinfomsg port{};
    port.ifi_index = 3;
    Attributes portAttributes;
    portAttributes.text(IFLA_IFNAME, "eth1").native<std::uint32_t>(IFLA_MASTER, 4);
    ifaddrmsg address{};
    address.ifa_family = AF_INET;
    address.ifa_prefixlen = 24;
    address.ifa_index = 4;
    Attributes addressAttributes;
    addressAttributes.ipv4(IFA_ADDRESS, "192.168.1.2").ipv4(IFA_LOCAL, "192.168.1.2");
    const auto result = InterfaceTable::fromMessages(
        {messageFor(RTM_NEWLINK, payloadOf(link, attributes)),
         messageFor(RTM_NEWLINK, payloadOf(port, portAttributes))},
        {messageFor(RTM_NEWADDR, payloadOf(address, addressAttributes))});
    ASSERT_TRUE(std::holds_alternative<std::vector<NetworkInterface>>(result)) << errorOf(result);
    const auto& rows = std::get<std::vector<NetworkInterface>>(result);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].name, "br0");
    EXPECT_EQ(rows[0].kind, "bridge");
    EXPECT_TRUE(rows[0].up);
    EXPECT_TRUE(rows[0].running);
    EXPECT_EQ(rows[0].mtu, 1500U);
    EXPECT_EQ(rows[0].mac->toString(), "02:4c:41:42:01:01");
    EXPECT_EQ(rows[0].bridgeAgeingSeconds, 300.0);
    ASSERT_EQ(rows[0].addresses.size(), 1U);
    EXPECT_EQ(rows[0].addresses[0].toString(), "192.168.1.2/24");
    EXPECT_EQ(rows[1].master, 4);
    EXPECT_FALSE(rows[1].up);
    EXPECT_EQ(InterfaceTable::nameOf(rows, 3), "eth1");
    EXPECT_EQ(InterfaceTable::nameOf(rows, 9), "if9");

    // A lie inside the nested link info is found too.
    Bytes lying = payloadOf(link, attributes);
    const std::size_t infoAt = lying.size() - linkInfo.bytes().size();
    lying[infoAt] = 0xff; // IFLA_INFO_KIND's length: 255
    EXPECT_NE(errorOf(InterfaceTable::fromMessages({messageFor(RTM_NEWLINK, lying)}, {}))
                  .find("of a link's IFLA_LINKINFO says it is 255 bytes long"),
              std::string::npos);
    Attributes nameless;
    nameless.native<std::uint32_t>(IFLA_MTU, 1500);
    EXPECT_EQ(errorOf(InterfaceTable::fromMessages(
                  {messageFor(RTM_NEWLINK, payloadOf(link, nameless))}, {})),
              "link 4 has no name (IFLA_IFNAME)");
}

TEST(RouteTable, ReadsTheMainTablesRoutesAndSkipsTheOthers) {
    auto route = [](const char* destination, std::uint8_t length, const char* gateway,
                    std::uint8_t table, std::uint8_t protocol, std::uint8_t scope) {
        rtmsg record{};
        record.rtm_family = AF_INET;
        record.rtm_dst_len = length;
        record.rtm_table = table;
        record.rtm_protocol = protocol;
        record.rtm_scope = scope;
        record.rtm_type = RTN_UNICAST;
        Attributes attributes;
        attributes.native<std::uint32_t>(RTA_TABLE, table);
        if (destination != nullptr) {
            attributes.ipv4(RTA_DST, destination);
        }
        if (gateway != nullptr) {
            attributes.ipv4(RTA_GATEWAY, gateway);
        } else {
            attributes.ipv4(RTA_PREFSRC, "192.168.1.10");
        }
        attributes.native<std::uint32_t>(RTA_OIF, 2);
        return messageFor(RTM_NEWROUTE, payloadOf(record, attributes));
    };
    const auto result = RouteTable::fromMessages(
        {route(nullptr, 0, "192.168.1.1", RT_TABLE_MAIN, RTPROT_BOOT, RT_SCOPE_UNIVERSE),
         route("192.168.1.0", 24, nullptr, RT_TABLE_MAIN, RTPROT_KERNEL, RT_SCOPE_LINK),
         route("192.168.1.10", 32, nullptr, RT_TABLE_LOCAL, RTPROT_KERNEL, RT_SCOPE_HOST)},
        someInterfaces());
    ASSERT_TRUE(std::holds_alternative<std::vector<RouteEntry>>(result)) << errorOf(result);
    const auto& rows = std::get<std::vector<RouteEntry>>(result);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].destinationText(), "default");
    EXPECT_EQ(rows[0].gateway->toString(), "192.168.1.1");
    EXPECT_EQ(rows[0].interfaceName, "eth0");
    EXPECT_EQ(rows[0].protocolName(), "boot");
    EXPECT_EQ(rows[0].scopeName(), "global");
    EXPECT_EQ(rows[1].destinationText(), "192.168.1.0/24");
    EXPECT_FALSE(rows[1].gateway);
    EXPECT_EQ(rows[1].preferredSource->toString(), "192.168.1.10");
    EXPECT_EQ(rows[1].protocolName(), "kernel");
    EXPECT_EQ(rows[1].scopeName(), "link");
    EXPECT_EQ(rows[1].typeName(), "unicast");

    rtmsg bad{};
    bad.rtm_family = AF_INET;
    bad.rtm_table = RT_TABLE_MAIN;
    bad.rtm_dst_len = 40;
    EXPECT_EQ(errorOf(RouteTable::fromMessages({messageFor(RTM_NEWROUTE, payloadOf(bad))}, {})),
              "a route's destination has a prefix of 40 bits, more than IPv4's 32");
    bad.rtm_dst_len = 24;
    EXPECT_EQ(errorOf(RouteTable::fromMessages({messageFor(RTM_NEWROUTE, payloadOf(bad))}, {})),
              "a route to a /24 network has no destination address (RTA_DST)");
}

TEST(BridgeFdb, TellsLearnedFromLocalAndSelfEntriesWithTheirAgeing) {
    const long hz = ::sysconf(_SC_CLK_TCK);
    auto entry = [&](const char* mac, int port, std::uint16_t state, std::uint8_t flags,
                     bool master, std::uint32_t updatedSeconds) {
        ndmsg record{};
        record.ndm_family = AF_BRIDGE;
        record.ndm_ifindex = port;
        record.ndm_state = state;
        record.ndm_flags = flags;
        Attributes attributes;
        attributes.mac(NDA_LLADDR, mac);
        if (master) {
            attributes.native<std::uint32_t>(NDA_MASTER, 4);
            attributes.native<std::uint16_t>(NDA_VLAN, 1);
        }
        nda_cacheinfo cache{};
        cache.ndm_updated = static_cast<std::uint32_t>(updatedSeconds * hz);
        cache.ndm_used = static_cast<std::uint32_t>(hz / 2);
        Bytes info(sizeof cache);
        std::memcpy(info.data(), &cache, sizeof cache);
        attributes.raw(NDA_CACHEINFO, info);
        return messageFor(RTM_NEWNEIGH, payloadOf(record, attributes));
    };
    const auto result =
        BridgeFdb::fromMessages({entry("02:4c:41:42:01:00", 3, NUD_REACHABLE, NTF_MASTER, true, 12),
                                 entry("02:4c:41:42:01:01", 3, NUD_PERMANENT, NTF_MASTER, true, 40),
                                 entry("33:33:00:00:00:01", 3, NUD_PERMANENT, NTF_SELF, false, 0)},
                                someInterfaces());
    ASSERT_TRUE(std::holds_alternative<std::vector<FdbEntry>>(result)) << errorOf(result);
    const auto& rows = std::get<std::vector<FdbEntry>>(result);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].mac.toString(), "02:4c:41:42:01:00");
    EXPECT_EQ(rows[0].port, "eth1");
    EXPECT_EQ(rows[0].bridge, "br0");
    EXPECT_EQ(rows[0].vlan, 1);
    EXPECT_TRUE(rows[0].learned());
    EXPECT_EQ(rows[0].kindName(), "learned");
    EXPECT_EQ(rows[0].secondsSinceUpdate, 12.0);
    EXPECT_EQ(rows[0].secondsSinceUse, 0.5);
    EXPECT_EQ(rows[0].secondsToExpiry, 288.0); // the bridge's 300 s less the 12 since
    EXPECT_TRUE(rows[1].local());
    EXPECT_EQ(rows[1].kindName(), "local");
    EXPECT_FALSE(rows[1].secondsToExpiry);
    EXPECT_TRUE(rows[2].self());
    EXPECT_EQ(rows[2].bridge, "");

    ndmsg bare{};
    bare.ndm_family = AF_BRIDGE;
    bare.ndm_ifindex = 3;
    EXPECT_EQ(errorOf(BridgeFdb::fromMessages({messageFor(RTM_NEWNEIGH, payloadOf(bare))},
                                              someInterfaces())),
              "a forwarding database record on interface 3 has no MAC address (NDA_LLADDR)");
    Attributes shortInfo;
    shortInfo.mac(NDA_LLADDR, "02:00:00:00:00:01").raw(NDA_CACHEINFO, {1, 2, 3, 4});
    EXPECT_EQ(errorOf(BridgeFdb::fromMessages(
                  {messageFor(RTM_NEWNEIGH, payloadOf(bare, shortInfo))}, someInterfaces())),
              "a forwarding database record's NDA_CACHEINFO is 4 bytes long, shorter than the "
              "16 bytes of nda_cacheinfo");
}

TEST(ConntrackTable, ReadsTheNatRewriteFromTheTwoTuples) {
    const auto result = ConntrackTable::fromMessages(
        {messageFor(ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), natPayload())});
    ASSERT_TRUE(std::holds_alternative<std::vector<ConntrackEntry>>(result)) << errorOf(result);
    const auto& rows = std::get<std::vector<ConntrackEntry>>(result);
    ASSERT_EQ(rows.size(), 1U);
    const ConntrackEntry& e = rows[0];
    EXPECT_EQ(e.protocolName(), "tcp");
    EXPECT_EQ(e.original.toString(), "192.168.1.10:40000 -> 198.51.100.10:80");
    EXPECT_EQ(e.reply.toString(), "198.51.100.10:80 -> 198.18.0.2:40000");
    EXPECT_EQ(e.tcpStateName(), "ESTABLISHED");
    EXPECT_EQ(e.timeoutSeconds, 431999U);
    EXPECT_TRUE(e.sourceNat());
    EXPECT_FALSE(e.destinationNat());
    EXPECT_EQ(e.statusText(), "[ASSURED]");
    EXPECT_EQ(e.id, 0x1234U);
    EXPECT_EQ(e.originalPackets, 3U);
    EXPECT_EQ(e.originalBytes, 180U);
    EXPECT_FALSE(e.replyPackets);

    // Without its reply tuple a record cannot say where answers go.
    nfgenmsg header{};
    header.nfgen_family = AF_INET;
    Attributes onlyStatus;
    onlyStatus.be32(CTA_STATUS, 0);
    EXPECT_EQ(errorOf(ConntrackTable::fromMessages({messageFor(
                  ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), payloadOf(header, onlyStatus))})),
              "a connection tracking record has no original tuple");
    EXPECT_EQ(errorOf(ConntrackTable::fromMessages(
                  {messageFor(ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), Bytes(3, 0))})),
              "a connection tracking record is 3 bytes long, shorter than the 4 bytes of nfgenmsg");
    // A nested tuple whose length lies.
    Bytes lying = natPayload();
    lying[NLMSG_ALIGN(sizeof header) + NLA_HDRLEN] = 0xf0;
    EXPECT_NE(errorOf(ConntrackTable::fromMessages(
                          {messageFor(ConntrackTable::messageType(IPCTNL_MSG_CT_NEW), lying)}))
                  .find("of original tuple says it is 240 bytes long"),
              std::string::npos);
}
