// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector.h"

#include "app_dissectors.h"
#include "arp_packet.h"
#include "byte_reader.h"
#include "checksum.h"
#include "ethernet_frame.h"
#include "field_list.h"
#include "icmp_message.h"
#include "ipv4_packet.h"
#include "ipv6_packet.h"
#include "linux_cooked.h"
#include "tcp_segment.h"
#include "udp_datagram.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace hopscope::wire {

namespace {

constexpr std::uint16_t kDnsPort = 53;

// Whether tshark would try its UDP heuristics on this datagram: it tries the lower port's
// registered dissector first, and registered ports are nearly all below 1024 or one of these
// well-known higher ones (mDNS and LLMNR among them, which are DNS-like but not "dns").
bool heuristicPorts(std::uint16_t a, std::uint16_t b) {
    static constexpr std::uint16_t kRegistered[] = {1900, 3478, 4500, 4789, 5060,
                                                    5061, 5353, 5355, 6081, 8472};
    for (const std::uint16_t port : {a, b}) {
        if (port < 1024 || std::find(std::begin(kRegistered), std::end(kRegistered), port) !=
                               std::end(kRegistered)) {
            return false;
        }
    }
    return true;
}

// What the transport layer needs from the IP layer below it.
struct IpContext {
    bool v6 = false;
    Ipv4Address src4;
    Ipv4Address dst4;
    Ipv6Address src6;
    Ipv6Address dst6;
    std::uint8_t ttl = 0;
    std::size_t claimedLength = 0; // payload bytes the IP header says it carries
};

// Walks one frame. Every step gets the absolute offset of its header and the end of the bytes
// that belong to it, so field offsets stay frame-relative and nothing reads past `end`.
class FrameWalker {
public:
    FrameWalker(std::span<const std::uint8_t> frame, Dissection& out, DissectDetail detail)
        : m_frame(frame), m_out(out), m_full(detail == DissectDetail::Full) {}

    void link(LinkType type);
    // After link(): frames with no IP or ARP addresses are named by their MAC addresses,
    // formatted only then (most frames carry IP, and this runs for every packet of a capture).
    void finish() {
        if (!m_networkEndpoints && m_macs) {
            m_out.source = m_macs->first.toString();
            m_out.destination = m_macs->second.toString();
        }
    }

private:
    void ethernet(std::size_t at);
    void cooked(std::size_t at, LinuxCooked::Version version);
    void null(std::size_t at);
    void raw(std::size_t at, std::size_t end);
    void etherType(std::uint16_t type, std::size_t at, std::size_t end);
    void arp(std::size_t at, std::size_t end);
    void ipv4(std::size_t at, std::size_t end);
    void ipv6(std::size_t at, std::size_t end);
    void ipPayload(std::uint8_t protocol, std::size_t at, std::size_t end, const IpContext& ip);
    void icmp(std::size_t at, std::size_t end, const IpContext& ip);
    void udp(std::size_t at, std::size_t end, const IpContext& ip);
    void tcp(std::size_t at, std::size_t end, const IpContext& ip);
    bool application(std::size_t at, std::size_t end, std::uint16_t srcPort, std::uint16_t dstPort,
                     bool overTcp);
    void data(std::size_t at, std::size_t end);
    void padding(std::size_t at, std::size_t end);

    // A reader that sees the frame only up to `end`, positioned at `at` (never past `end`).
    ByteReader readerAt(std::size_t at, std::size_t end) const {
        end = std::min(end, m_frame.size());
        ByteReader r(m_frame.first(end));
        r.seek(std::min(at, end));
        return r;
    }
    // The packet list's endpoints: the outermost IP or ARP addresses; nothing nested (a
    // tunnel, an ICMP error's quoted packet) replaces them.
    void endpoints(std::string source, std::string destination) {
        if (m_networkEndpoints) {
            return;
        }
        m_out.source = std::move(source);
        m_out.destination = std::move(destination);
        m_networkEndpoints = true;
    }
    // A summary's layer: what the codec's toLayer() gives, without its fields and summary line.
    void bare(const char* protocol, const char* name, OsiLayer osi, TcpIpLayer tcpip,
              std::size_t at, std::size_t length) {
        Layer& l = m_out.layers.emplace_back();
        l.protocol = protocol;
        l.name = name;
        l.osi = osi;
        l.tcpip = tcpip;
        l.byteOffset = at;
        l.byteLength = length;
    }
    void problem(std::string text) {
        if (m_out.problem.empty()) {
            m_out.problem = std::move(text);
        }
    }
    // The transport checksum a complete segment should carry, or nullopt when the IP layer
    // claims more bytes than were captured.
    static std::optional<std::uint16_t> expectedChecksum(const IpContext& ip, std::uint8_t protocol,
                                                         std::span<const std::uint8_t> segment,
                                                         bool udp);

    std::span<const std::uint8_t> m_frame;
    Dissection& m_out;
    bool m_full; // build fields and layer summaries (DissectDetail::Full)
    bool m_networkEndpoints = false;
    std::optional<std::pair<MacAddress, MacAddress>> m_macs; // the outermost Ethernet header's
    std::optional<std::size_t> m_ethLayer; // index of the "eth" layer, for padding fields
};

void FrameWalker::link(LinkType type) {
    switch (type) {
    case LinkType::Ethernet:
        ethernet(0);
        return;
    case LinkType::LinuxSll:
        cooked(0, LinuxCooked::Version::V1);
        return;
    case LinkType::LinuxSll2:
        cooked(0, LinuxCooked::Version::V2);
        return;
    case LinkType::Null:
        null(0);
        return;
    case LinkType::Raw:
        raw(0, m_frame.size());
        return;
    }
    problem("Link type " + std::to_string(static_cast<unsigned>(type)) + " is not supported.");
    data(0, m_frame.size());
}

void FrameWalker::ethernet(std::size_t at) {
    ByteReader r = readerAt(at, m_frame.size());
    // Tags are walked here, one layer each, so a cut-off tag keeps the Ethernet layer and
    // stacked tags (QinQ) need no special case.
    const auto eth = EthernetFrame::decodeHeader(r, false);
    if (!eth) {
        problem(eth.problem);
        data(at, m_frame.size());
        return;
    }
    m_ethLayer = m_out.layers.size();
    if (!m_macs) {
        m_macs.emplace(eth->source, eth->destination);
    }
    if (m_full) {
        m_out.layers.push_back(eth->ethernetLayer(at));
    } else {
        bare("eth", "Ethernet II", OsiLayer::DataLink, TcpIpLayer::Link, at,
             EthernetFrame::kHeaderSize);
    }
    std::size_t next = at + EthernetFrame::kHeaderSize;
    std::uint16_t type = eth->etherType;
    while (type == static_cast<std::uint16_t>(EtherType::Vlan)) {
        ByteReader tr = readerAt(next, m_frame.size());
        if (tr.remaining() < EthernetFrame::kTagSize) {
            problem(
                truncatedProblem("802.1Q VLAN tag", next, EthernetFrame::kTagSize, tr.remaining()));
            data(next, m_frame.size());
            return;
        }
        const VlanTag tag = VlanTag::fromTci(tr.u16be());
        type = tr.u16be();
        if (m_full) {
            m_out.layers.push_back(EthernetFrame::vlanLayer(next, tag, type));
        } else {
            bare("vlan", "802.1Q Virtual LAN", OsiLayer::DataLink, TcpIpLayer::Link, next,
                 EthernetFrame::kTagSize);
        }
        next += EthernetFrame::kTagSize;
    }
    if (type < 0x0600) {
        // IEEE 802.3 length: the payload is LLC, which this program does not decode.
        m_out.protocol = "LLC";
        m_out.info = "IEEE 802.3 frame, " + std::to_string(type) + " bytes of LLC data";
        const std::size_t end = std::min(m_frame.size(), next + type);
        data(next, end);
        padding(end, m_frame.size());
        return;
    }
    etherType(type, next, m_frame.size());
}

void FrameWalker::cooked(std::size_t at, LinuxCooked::Version version) {
    ByteReader r = readerAt(at, m_frame.size());
    const auto sll = LinuxCooked::decodeHeader(r, version);
    if (!sll) {
        problem(sll.problem);
        data(at, m_frame.size());
        return;
    }
    if (m_full) {
        m_out.layers.push_back(sll->toLayer(at));
    } else {
        bare("sll",
             version == LinuxCooked::Version::V1 ? "Linux cooked capture v1"
                                                 : "Linux cooked capture v2",
             OsiLayer::DataLink, TcpIpLayer::Link, at, sll->headerSize());
    }
    const std::size_t next = at + sll->headerSize();
    switch (sll->protocol) {
    case static_cast<std::uint16_t>(EtherType::Ipv4):
        ipv4(next, m_frame.size());
        return;
    case static_cast<std::uint16_t>(EtherType::Ipv6):
        ipv6(next, m_frame.size());
        return;
    case static_cast<std::uint16_t>(EtherType::Arp):
        arp(next, m_frame.size());
        return;
    default:
        break;
    }
    // Wireshark leaves the packet direction in the Info column when nothing above decodes.
    m_out.protocol = sll->protocol <= 1536 ? "SLL" : FieldList::hex(sll->protocol, 4);
    m_out.info = sll->packetTypeName();
    data(next, m_frame.size());
}

void FrameWalker::null(std::size_t at) {
    ByteReader r = readerAt(at, m_frame.size());
    if (r.remaining() < 4) {
        problem(truncatedProblem("Null/Loopback header", at, 4, r.remaining()));
        data(at, m_frame.size());
        return;
    }
    // The BSD address family in the capturing host's byte order: a family is small, so a value
    // with bits in the upper half was written big-endian.
    std::uint32_t family = r.u32le();
    if ((family & 0xffff0000u) != 0) {
        family = ((family & 0xff) << 24) | ((family & 0xff00) << 8) | ((family >> 8) & 0xff00) |
                 (family >> 24);
    }
    // BSD AF_INET is 2 everywhere; AF_INET6 differs: 24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS.
    const bool v4 = family == 2;
    const bool v6 = family == 24 || family == 28 || family == 30;
    bare("null", "Null/Loopback", OsiLayer::DataLink, TcpIpLayer::Link, at, 4);
    if (m_full) {
        Layer& layer = m_out.layers.back();
        layer.summary = v4   ? "Family: IP (2)"
                        : v6 ? "Family: IPv6 (" + std::to_string(family) + ")"
                             : "Family: " + std::to_string(family);
        FieldList(layer.fields)
            .bytes("Family", "null.family", at, 4, FieldList::dec(family),
                   v4 ? "IP (2)" : (v6 ? "IPv6 (" + std::to_string(family) + ")" : std::string()),
                   "The address family of the packet on a loopback link (2 is IPv4; IPv6 is 24, "
                   "28 or 30 depending on the operating system), written in the capturing host's "
                   "byte order.");
    }
    if (v4) {
        ipv4(at + 4, m_frame.size());
    } else if (v6) {
        ipv6(at + 4, m_frame.size());
    } else {
        m_out.protocol = "N/A";
        m_out.info = "Null/Loopback";
        data(at + 4, m_frame.size());
    }
}

void FrameWalker::raw(std::size_t at, std::size_t end) {
    if (at >= end) {
        problem(truncatedProblem("Raw IP packet", at, 1, 0));
        return;
    }
    const unsigned version = m_frame[at] >> 4;
    if (version == 4) {
        ipv4(at, end);
    } else if (version == 6) {
        ipv6(at, end);
    } else {
        problem("Raw IP packet at byte " + std::to_string(at) + " has IP version " +
                std::to_string(version) + "; only 4 and 6 exist.");
        data(at, end);
    }
}

void FrameWalker::etherType(std::uint16_t type, std::size_t at, std::size_t end) {
    switch (type) {
    case static_cast<std::uint16_t>(EtherType::Ipv4):
        ipv4(at, end);
        return;
    case static_cast<std::uint16_t>(EtherType::Ipv6):
        ipv6(at, end);
        return;
    case static_cast<std::uint16_t>(EtherType::Arp):
        arp(at, end);
        return;
    default:
        break;
    }
    m_out.protocol = FieldList::hex(type, 4);
    m_out.info = "Ethernet II";
    data(at, end);
}

void FrameWalker::arp(std::size_t at, std::size_t end) {
    ByteReader r = readerAt(at, end);
    const auto p = ArpPacket::decode(r);
    if (!p) {
        problem(p.problem);
        m_out.protocol = "ARP";
        data(at, end);
        return;
    }
    if (m_full) {
        m_out.layers.push_back(p->toLayer(at));
    } else {
        bare("arp", "Address Resolution Protocol", OsiLayer::DataLink, TcpIpLayer::Link, at,
             ArpPacket::kSize);
    }
    m_out.protocol = p->protocolColumn();
    m_out.info = p->info();
    endpoints(p->senderIp.toString(), p->targetIp.toString());
    padding(at + ArpPacket::kSize, end);
}

void FrameWalker::ipv4(std::size_t at, std::size_t end) {
    ByteReader r = readerAt(at, end);
    const auto ip = Ipv4Packet::decodeHeader(r);
    if (!ip) {
        problem(ip.problem);
        data(at, end);
        return;
    }
    const std::size_t hl = ip->headerLength();
    endpoints(ip->source.toString(), ip->destination.toString());
    if (m_full) {
        m_out.layers.push_back(ip->toLayer(at, m_frame.subspan(at, hl)));
    } else {
        bare("ip", "Internet Protocol Version 4", OsiLayer::Network, TcpIpLayer::Internet, at, hl);
    }
    m_out.protocol = "IPv4";
    // A zero total length is what TCP segmentation offload leaves in captures: the real
    // length is the captured one.
    std::size_t ipEnd = ip->totalLength == 0 ? end : at + ip->totalLength;
    if (ipEnd > end) {
        problem("IPv4 packet at byte " + std::to_string(at) +
                " is cut short: its total length is " + std::to_string(ip->totalLength) +
                " bytes but only " + std::to_string(end - at) + " were captured.");
        ipEnd = end;
    } else {
        padding(ipEnd, end);
    }
    const std::size_t payloadAt = at + hl;
    if (ip->isFragment()) {
        m_out.info = ip->fragmentInfo();
        data(payloadAt, ipEnd);
        return;
    }
    IpContext ctx;
    ctx.src4 = ip->source;
    ctx.dst4 = ip->destination;
    ctx.ttl = ip->ttl;
    ctx.claimedLength = (ip->totalLength == 0 ? end - at : ip->totalLength) - hl;
    ipPayload(ip->protocol, payloadAt, ipEnd, ctx);
}

void FrameWalker::ipv6(std::size_t at, std::size_t end) {
    ByteReader r = readerAt(at, end);
    const auto ip = Ipv6Packet::decodeHeader(r);
    if (!ip) {
        problem(ip.problem);
        data(at, end);
        return;
    }
    endpoints(ip->source.toString(), ip->destination.toString());
    if (m_full) {
        m_out.layers.push_back(ip->toLayer(at));
    } else {
        bare("ipv6", "Internet Protocol Version 6", OsiLayer::Network, TcpIpLayer::Internet, at,
             Ipv6Packet::kHeaderSize);
    }
    m_out.protocol = "IPv6";
    const std::size_t payloadAt = at + Ipv6Packet::kHeaderSize;
    std::size_t ipEnd = payloadAt + ip->payloadLength;
    if (ipEnd > end) {
        problem("IPv6 packet at byte " + std::to_string(at) +
                " is cut short: its payload length is " + std::to_string(ip->payloadLength) +
                " bytes but only " + std::to_string(end - payloadAt) + " were captured.");
        ipEnd = end;
    } else {
        padding(ipEnd, end);
    }
    IpContext ctx;
    ctx.v6 = true;
    ctx.src6 = ip->source;
    ctx.dst6 = ip->destination;
    ctx.ttl = ip->hopLimit;
    ctx.claimedLength = ip->payloadLength;
    ipPayload(ip->nextHeader, payloadAt, ipEnd, ctx);
}

void FrameWalker::ipPayload(std::uint8_t protocol, std::size_t at, std::size_t end,
                            const IpContext& ip) {
    switch (protocol) {
    case static_cast<std::uint8_t>(IpProtocol::Tcp):
        tcp(at, end, ip);
        return;
    case static_cast<std::uint8_t>(IpProtocol::Udp):
        udp(at, end, ip);
        return;
    case static_cast<std::uint8_t>(IpProtocol::Icmp):
        if (!ip.v6) {
            icmp(at, end, ip);
            return;
        }
        break;
    default:
        break;
    }
    const char* name = Ipv4Packet::protocolName(protocol);
    if (protocol == 59) {
        m_out.info = name; // nothing follows "no next header", so Wireshark adds no number
    } else {
        m_out.info = std::string(name ? name : "Unknown") + " (" + std::to_string(protocol) + ")";
    }
    data(at, end);
}

std::optional<std::uint16_t> FrameWalker::expectedChecksum(const IpContext& ip,
                                                           std::uint8_t protocol,
                                                           std::span<const std::uint8_t> segment,
                                                           bool udp) {
    if (segment.size() != ip.claimedLength) {
        return std::nullopt;
    }
    // UDP's own length decides what its checksum covers; TCP's is the IP payload.
    std::size_t length = segment.size();
    if (udp && segment.size() >= 6) {
        length = (std::size_t{segment[4]} << 8) | segment[5];
        if (length > segment.size() || length < UdpDatagram::kHeaderSize) {
            return std::nullopt;
        }
        segment = segment.first(length);
    }
    const Checksum pseudo = ip.v6 ? Checksum::pseudoHeader(ip.src6, ip.dst6, protocol,
                                                           static_cast<std::uint32_t>(length))
                                  : Checksum::pseudoHeader(ip.src4, ip.dst4, protocol,
                                                           static_cast<std::uint16_t>(length));
    return udp ? UdpDatagram::computeChecksum(pseudo, segment)
               : TcpSegment::computeChecksum(pseudo, segment);
}

void FrameWalker::icmp(std::size_t at, std::size_t end, const IpContext& ip) {
    ByteReader r = readerAt(at, end);
    const auto m = IcmpMessage::decodeHeader(r);
    if (!m) {
        problem(m.problem);
        data(at, end);
        return;
    }
    const auto message = m_frame.subspan(at, end - at);
    if (m_full) {
        m_out.layers.push_back(m->toLayer(at, message, message.size() == ip.claimedLength));
    } else {
        const std::size_t quoted =
            m->quotesDatagram()
                ? message.size() - std::min(message.size(), IcmpMessage::kHeaderSize)
                : 0;
        bare("icmp", "Internet Control Message Protocol", OsiLayer::Network, TcpIpLayer::Internet,
             at, IcmpMessage::kHeaderSize + quoted);
    }
    m_out.protocol = "ICMP";
    m_out.info = m->info(ip.ttl);
    if (!m->quotesDatagram()) {
        data(at + IcmpMessage::kHeaderSize, end);
    }
}

void FrameWalker::udp(std::size_t at, std::size_t end, const IpContext& ip) {
    ByteReader r = readerAt(at, end);
    const auto u = UdpDatagram::decodeHeader(r);
    if (!u) {
        problem(u.problem);
        data(at, end);
        return;
    }
    std::size_t udpEnd = at + u->length;
    if (udpEnd > end) {
        if (end - at == ip.claimedLength) {
            problem("UDP length " + std::to_string(u->length) + " at byte " +
                    std::to_string(at + 4) + " is more than the " + std::to_string(end - at) +
                    " bytes the IP packet carries.");
        }
        udpEnd = end;
    }
    const std::size_t payloadAt = at + UdpDatagram::kHeaderSize;
    if (m_full) {
        const auto segment = m_frame.subspan(at, end - at);
        m_out.layers.push_back(u->toLayer(
            at, expectedChecksum(ip, static_cast<std::uint8_t>(IpProtocol::Udp), segment, true),
            udpEnd - payloadAt));
    } else {
        bare("udp", "User Datagram Protocol", OsiLayer::Transport, TcpIpLayer::Transport, at,
             UdpDatagram::kHeaderSize);
    }
    m_out.protocol = "UDP";
    // An application dissector writes its own info column, so only make UDP's when none ran.
    if (!application(payloadAt, udpEnd, u->sourcePort, u->destinationPort, false)) {
        m_out.info = u->info();
    }
}

void FrameWalker::tcp(std::size_t at, std::size_t end, const IpContext& ip) {
    ByteReader r = readerAt(at, end);
    // A bad option should not hide the ports and flags: keep the header, report the option.
    std::string optionProblem;
    const auto t = TcpSegment::decodeHeader(r, &optionProblem);
    if (!t) {
        problem(t.problem);
        data(at, end);
        return;
    }
    if (!optionProblem.empty()) {
        problem(std::move(optionProblem));
    }
    const std::size_t hl = t->headerLength();
    const std::size_t payloadLength = ip.claimedLength >= hl ? ip.claimedLength - hl : 0;
    if (m_full) {
        const auto segment = m_frame.subspan(at, end - at);
        m_out.layers.push_back(t->toLayer(
            at, payloadLength,
            expectedChecksum(ip, static_cast<std::uint8_t>(IpProtocol::Tcp), segment, false)));
    } else {
        bare("tcp", "Transmission Control Protocol", OsiLayer::Transport, TcpIpLayer::Transport, at,
             hl);
    }
    m_out.protocol = "TCP";
    if (!application(at + hl, end, t->sourcePort, t->destinationPort, true)) {
        m_out.info = t->info(payloadLength);
    }
}

// Returns true when an application dissector ran: it then wrote the info column.
bool FrameWalker::application(std::size_t at, std::size_t end, std::uint16_t srcPort,
                              std::uint16_t dstPort, bool overTcp) {
    if (at >= end) {
        return false;
    }
    const std::size_t length = end - at;
    const auto payload = m_frame.subspan(at, length);
    const std::size_t layersBefore = m_out.layers.size();
    std::string earlier = std::move(m_out.problem);
    m_out.problem.clear();
    bool handled = false;
    const DissectDetail detail = m_full ? DissectDetail::Full : DissectDetail::Summary;
    if (srcPort == kDnsPort || dstPort == kDnsPort ||
        (!overTcp && heuristicPorts(srcPort, dstPort) && looksLikeDnsOverUdp(payload))) {
        dissectDns(m_frame, at, length, overTcp, m_out, detail);
        handled = true;
    } else if (overTcp && looksLikeHttp(payload)) {
        dissectHttp(m_frame, at, length, m_out, detail);
        handled = true;
    }
    if (!earlier.empty()) {
        // The first problem found stays first: it usually explains the later ones.
        m_out.problem =
            m_out.problem.empty() ? std::move(earlier) : std::move(earlier) + " " + m_out.problem;
    }
    if (!handled || m_out.layers.size() == layersBefore) {
        data(at, end);
    }
    return handled;
}

void FrameWalker::data(std::size_t at, std::size_t end) {
    if (at >= end || end > m_frame.size()) {
        return;
    }
    bare("data", "Data", OsiLayer::Application, TcpIpLayer::Application, at, end - at);
    if (m_full) {
        Layer& layer = m_out.layers.back();
        layer.summary = std::to_string(end - at) + (end - at == 1 ? " byte" : " bytes");
        FieldList f(layer.fields);
        f.bytes("Data", "data.data", at, end - at,
                FieldList::hexBytes(m_frame.subspan(at, end - at)), layer.summary,
                "Bytes this program does not decode further: the payload as it travelled.");
        f.bytes("Length", "data.len", at, 0, FieldList::dec(end - at), {},
                "How many bytes of data (counted, not on the wire).");
    }
}

void FrameWalker::padding(std::size_t at, std::size_t end) {
    // Padding, trailer and FCS are fields of the Ethernet layer: a summary has none.
    if (!m_full || !m_ethLayer || at >= end || end > m_frame.size()) {
        return;
    }
    // Wireshark's default guesses, followed so the fields match tshark: a frame of 64 bytes
    // or more with at least 4 spare bytes ends in its frame check sequence; zero bytes that
    // fill the frame up to the 60-byte minimum are padding; anything else is a trailer.
    std::size_t trailerEnd = end;
    const bool fcs = m_frame.size() >= EthernetFrame::kMinimumSize + 4 && end - at >= 4;
    if (fcs) {
        trailerEnd = end - 4;
    }
    std::size_t padEnd = at;
    if (at < EthernetFrame::kMinimumSize) {
        padEnd = std::min(trailerEnd, EthernetFrame::kMinimumSize);
        const auto pad = m_frame.subspan(at, padEnd - at);
        if (std::any_of(pad.begin(), pad.end(), [](std::uint8_t b) { return b != 0; })) {
            padEnd = at;
        }
    }
    FieldList fields(m_out.layers[*m_ethLayer].fields);
    if (padEnd > at) {
        fields.bytes("Padding", "eth.padding", at, padEnd - at,
                     FieldList::hexBytes(m_frame.subspan(at, padEnd - at)), {},
                     "Filler bytes: Ethernet frames must be at least 60 bytes long, so short "
                     "packets are padded with zeros.");
    }
    if (trailerEnd > padEnd) {
        fields.bytes("Trailer", "eth.trailer", padEnd, trailerEnd - padEnd,
                     FieldList::hexBytes(m_frame.subspan(padEnd, trailerEnd - padEnd)), {},
                     "Extra bytes after the packet that belong to no protocol above Ethernet.");
    }
    if (fcs) {
        const auto f = m_frame.subspan(trailerEnd, 4);
        const std::uint32_t value = (std::uint32_t{f[0]} << 24) | (std::uint32_t{f[1]} << 16) |
                                    (std::uint32_t{f[2]} << 8) | f[3];
        fields.bytes("Frame check sequence", "eth.fcs", trailerEnd, 4, FieldList::hex(value, 8),
                     FieldList::hex(value, 8) + " [unverified]",
                     "Probably the CRC-32 the network card adds to catch damaged frames (a guess: "
                     "most captures leave it out).");
    }
}

} // namespace

Dissection dissect(LinkType link, std::span<const std::uint8_t> frame, DissectDetail detail) {
    Dissection d;
    d.layers.reserve(6);
    FrameWalker walker(frame, d, detail);
    walker.link(link);
    walker.finish();
    return d;
}

} // namespace hopscope::wire
