// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "icmp_message.h"

#include "checksum.h"
#include "field_list.h"
#include "ipv4_address.h"
#include "ipv4_packet.h"
#include "udp_datagram.h"

#include <algorithm>

namespace hopscope::wire {

namespace {

const char* typeName(std::uint8_t type) {
    switch (type) {
    case 0:
        return "Echo (ping) reply";
    case 3:
        return "Destination unreachable";
    case 4:
        return "Source quench (flow control)";
    case 5:
        return "Redirect";
    case 8:
        return "Echo (ping) request";
    case 9:
        return "Router advertisement";
    case 10:
        return "Router solicitation";
    case 11:
        return "Time-to-live exceeded";
    case 12:
        return "Parameter problem";
    case 13:
        return "Timestamp request";
    case 14:
        return "Timestamp reply";
    case 15:
        return "Information request";
    case 16:
        return "Information reply";
    case 17:
        return "Address mask request";
    case 18:
        return "Address mask reply";
    default:
        return nullptr;
    }
}

const char* unreachableCode(std::uint8_t code) {
    switch (code) {
    case 0:
        return "Network unreachable";
    case 1:
        return "Host unreachable";
    case 2:
        return "Protocol unreachable";
    case 3:
        return "Port unreachable";
    case 4:
        return "Fragmentation needed";
    case 5:
        return "Source route failed";
    case 6:
        return "Destination network unknown";
    case 7:
        return "Destination host unknown";
    case 8:
        return "Source host isolated";
    case 9:
        return "Network administratively prohibited";
    case 10:
        return "Host administratively prohibited";
    case 11:
        return "Network unreachable for TOS";
    case 12:
        return "Host unreachable for TOS";
    case 13:
        return "Communication administratively filtered";
    case 14:
        return "Host precedence violation";
    case 15:
        return "Precedence cutoff in effect";
    default:
        return nullptr;
    }
}

const char* timeExceededCode(std::uint8_t code) {
    switch (code) {
    case 0:
        return "Time to live exceeded in transit";
    case 1:
        return "Fragment reassembly time exceeded";
    default:
        return nullptr;
    }
}

std::string codeText(std::uint8_t type, std::uint8_t code) {
    const char* name = nullptr;
    if (type == 3) {
        name = unreachableCode(code);
    } else if (type == 11) {
        name = timeExceededCode(code);
    } else {
        return {};
    }
    return name ? std::string(name) : "Unknown code: " + std::to_string(code);
}

const char* typeMeaning(std::uint8_t type) {
    switch (type) {
    case 0:
        return "An echo reply: the answer to a ping.";
    case 3:
        return "A router or host could not deliver a packet and says why.";
    case 8:
        return "An echo request: a ping asking the destination to answer.";
    case 11:
        return "A router dropped a packet because its TTL reached zero (this is what "
               "traceroute relies on).";
    default:
        return "What kind of ICMP message this is.";
    }
}

std::uint16_t swap16(std::uint16_t v) {
    return static_cast<std::uint16_t>((v << 8) | (v >> 8));
}

IcmpMessage quoting(std::uint8_t type, std::uint8_t code, std::span<const std::uint8_t> original,
                    std::uint32_t rest) {
    IcmpMessage m;
    m.type = type;
    m.code = code;
    m.rest = rest;
    // RFC 792: the internet header plus the first 64 bits of the original data.
    std::size_t quote = original.size();
    if (!original.empty()) {
        const std::size_t ihl = std::size_t{original[0] & 0x0fu} * 4;
        quote = std::min(original.size(), ihl + 8);
    }
    m.payload.assign(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(quote));
    return m;
}

// The quoted header of an ICMP error: IP header fields, then the transport ports, as Wireshark
// shows them nested under the ICMP tree.
void addQuotedDatagram(FieldList& fields, std::size_t at, std::span<const std::uint8_t> quote) {
    Field& parent =
        fields.bytes("Original datagram", {}, at, quote.size(), FieldList::hexBytes(quote),
                     std::to_string(quote.size()) + " bytes",
                     "The start of the packet that caused this error, so the "
                     "sender can tell which connection it concerns.");
    ByteReader reader(quote);
    const auto ip = Ipv4Packet::decodeHeader(reader);
    if (!ip) {
        return;
    }
    const std::size_t hl = ip->headerLength();
    Layer ipLayer = ip->toLayer(at, quote.first(hl));
    // The quoted header's checksum is not judged: routers may have changed the TTL since.
    for (auto& f : ipLayer.fields) {
        if (f.filter == "ip.checksum") {
            f.display.clear();
        }
    }
    Field& ipField =
        FieldList(parent.children)
            .bytes("Internet Protocol Version 4", {}, at, hl, FieldList::hexBytes(quote.first(hl)),
                   ipLayer.summary, "The IP header of the packet that caused the error.");
    ipField.children = std::move(ipLayer.fields);
    if (ip->isFragment() && ip->fragmentOffset != 0) {
        return;
    }
    const std::size_t t = at + hl;
    const auto transport = quote.subspan(hl);
    if (ip->protocol == static_cast<std::uint8_t>(IpProtocol::Udp) &&
        transport.size() >= UdpDatagram::kHeaderSize) {
        ByteReader r(transport);
        if (const auto udp = UdpDatagram::decodeHeader(r)) {
            Layer l = udp->toLayer(t, std::nullopt, 0);
            Field& u = FieldList(parent.children)
                           .bytes("User Datagram Protocol", {}, t, UdpDatagram::kHeaderSize,
                                  FieldList::hexBytes(transport.first(8)), l.summary,
                                  "The UDP header of the packet that caused the error.");
            u.children = std::move(l.fields);
        }
    } else if (ip->protocol == static_cast<std::uint8_t>(IpProtocol::Tcp) &&
               transport.size() >= 8) {
        const auto sp = static_cast<std::uint16_t>((transport[0] << 8) | transport[1]);
        const auto dp = static_cast<std::uint16_t>((transport[2] << 8) | transport[3]);
        const std::uint32_t seq = (std::uint32_t{transport[4]} << 24) |
                                  (std::uint32_t{transport[5]} << 16) |
                                  (std::uint32_t{transport[6]} << 8) | transport[7];
        Field& tf = FieldList(parent.children)
                        .bytes("Transmission Control Protocol", {}, t, 8,
                               FieldList::hexBytes(transport.first(8)),
                               std::to_string(sp) + " → " + std::to_string(dp),
                               "The first 8 bytes of the TCP header of the packet that caused "
                               "the error.");
        FieldList c(tf.children);
        c.bytes("Source Port", "tcp.srcport", t, 2, FieldList::dec(sp), {},
                "The port the original segment came from.");
        c.bytes("Destination Port", "tcp.dstport", t + 2, 2, FieldList::dec(dp), {},
                "The port the original segment was going to.");
        c.bytes("Sequence Number", "tcp.seq", t + 4, 4, FieldList::dec(seq), {},
                "The sequence number of the original segment.");
    }
}

} // namespace

IcmpMessage IcmpMessage::echoRequest(std::uint16_t identifier, std::uint16_t sequence,
                                     std::span<const std::uint8_t> data) {
    IcmpMessage m;
    m.type = static_cast<std::uint8_t>(Type::EchoRequest);
    m.rest = (std::uint32_t{identifier} << 16) | sequence;
    m.payload.assign(data.begin(), data.end());
    return m;
}

IcmpMessage IcmpMessage::echoReply(std::uint16_t identifier, std::uint16_t sequence,
                                   std::span<const std::uint8_t> data) {
    IcmpMessage m = echoRequest(identifier, sequence, data);
    m.type = static_cast<std::uint8_t>(Type::EchoReply);
    return m;
}

IcmpMessage IcmpMessage::destinationUnreachable(std::uint8_t code,
                                                std::span<const std::uint8_t> original,
                                                std::uint16_t nextHopMtu) {
    return quoting(static_cast<std::uint8_t>(Type::DestinationUnreachable), code, original,
                   code == 4 ? nextHopMtu : 0);
}

IcmpMessage IcmpMessage::timeExceeded(std::uint8_t code, std::span<const std::uint8_t> original) {
    return quoting(static_cast<std::uint8_t>(Type::TimeExceeded), code, original, 0);
}

bool IcmpMessage::quotesDatagram() const {
    return type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
}

DecodeResult<IcmpMessage> IcmpMessage::decodeHeader(ByteReader& reader) {
    const std::size_t start = reader.offset();
    if (reader.remaining() < kHeaderSize) {
        return DecodeResult<IcmpMessage>::failure(
            truncatedProblem("ICMP header", start, kHeaderSize, reader.remaining()));
    }
    IcmpMessage m;
    m.type = reader.u8();
    m.code = reader.u8();
    m.checksum = reader.u16be();
    m.rest = reader.u32be();
    return DecodeResult<IcmpMessage>::success(std::move(m));
}

DecodeResult<IcmpMessage> IcmpMessage::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (result) {
        const auto body = reader.rest();
        result->payload.assign(body.begin(), body.end());
    }
    return result;
}

void IcmpMessage::encodeTo(ByteWriter& out) const {
    const std::size_t start = out.size();
    out.u8(type);
    out.u8(code);
    out.u16be(0);
    out.u32be(rest);
    out.bytes(payload);
    const std::span<const std::uint8_t> message(out.data().data() + start, out.size() - start);
    out.patch16be(start + 2, Checksum::compute(message));
}

std::vector<std::uint8_t> IcmpMessage::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(kHeaderSize + payload.size());
    ByteWriter out(bytes);
    encodeTo(out);
    return bytes;
}

std::string IcmpMessage::info(std::optional<std::uint8_t> ttl) const {
    const char* name = typeName(type);
    if (!name) {
        return "Unknown ICMP (obsolete or malformed?)";
    }
    // Wireshark left-aligns the type in 20 columns before what follows.
    std::string s(name);
    if (isEcho()) {
        s.resize(std::max<std::size_t>(s.size(), 20), ' ');
        s += " id=";
        FieldList::appendHex(s, identifier(), 4);
        s += ", seq=";
        FieldList::appendDec(s, sequence());
        s += '/';
        FieldList::appendDec(s, swap16(sequence()));
        if (ttl) {
            s += ", ttl=";
            FieldList::appendDec(s, *ttl);
        }
        return s;
    }
    const std::string codeName = codeText(type, code);
    if (!codeName.empty()) {
        s.resize(std::max<std::size_t>(s.size(), 20), ' ');
        s += " (" + codeName + ")";
    }
    return s;
}

Layer IcmpMessage::toLayer(std::size_t byteOffset, std::span<const std::uint8_t> message,
                           bool complete) const {
    Layer layer;
    layer.protocol = "icmp";
    layer.name = "Internet Control Message Protocol";
    layer.osi = OsiLayer::Network;
    layer.tcpip = TcpIpLayer::Internet;
    layer.byteOffset = byteOffset;
    layer.byteLength =
        kHeaderSize +
        (quotesDatagram() ? message.size() - std::min(message.size(), kHeaderSize) : 0);
    layer.summary = info(std::nullopt);
    const std::size_t o = byteOffset;
    layer.fields.reserve(6);
    FieldList f(layer.fields);
    const char* name = typeName(type);
    f.bytes("Type", "icmp.type", o, 1, FieldList::dec(type),
            name ? std::to_string(type) + " (" + name + ")" : std::string(), typeMeaning(type));
    const std::string codeName = codeText(type, code);
    f.bytes("Code", "icmp.code", o + 1, 1, FieldList::dec(code),
            codeName.empty() ? std::string() : std::to_string(code) + " (" + codeName + ")",
            "Details the type: for 'destination unreachable', 3 means no program listens on "
            "that port.");
    std::string ck = FieldList::hex(checksum, 4);
    if (complete && message.size() >= kHeaderSize) {
        Checksum c;
        c.add(message.first(2));
        c.add(message.subspan(4));
        const std::uint16_t expected = c.finish();
        ck += expected == checksum ? " [correct]"
                                   : " [incorrect, should be " + FieldList::hex(expected, 4) + "]";
    }
    f.bytes("Checksum", "icmp.checksum", o + 2, 2, FieldList::hex(checksum, 4), std::move(ck),
            "Detects damage to the ICMP message (header and data).");
    if (isEcho()) {
        f.bytes("Identifier (BE)", "icmp.ident", o + 4, 2, FieldList::dec(identifier()),
                FieldList::dec(identifier()) + " (" + FieldList::hex(identifier(), 4) + ")",
                "Chosen by the pinging program so it can tell its own replies from others'.");
        f.bytes("Sequence Number (BE)", "icmp.seq", o + 6, 2, FieldList::dec(sequence()),
                FieldList::dec(sequence()) + " (" + FieldList::hex(sequence(), 4) + ")",
                "Counts the pings (1, 2, 3 ...) so each reply can be matched to its request.");
    } else if (type == 3 && code == 4) {
        f.bytes("Unused", "icmp.unused", o + 4, 2, FieldList::hex(rest >> 16, 4).substr(2), {},
                "Not used; zero.");
        f.bytes("MTU of next hop", "icmp.mtu", o + 6, 2, FieldList::dec(sequence()), {},
                "The largest packet the next link can carry; the sender should send smaller "
                "packets (path MTU discovery).");
    } else if (type == 5) {
        f.bytes("Gateway Address", "icmp.redir_gw", o + 4, 4, Ipv4Address(rest).toString(), {},
                "The better router the sender should use for this destination from now on.");
    } else if (type == 12) {
        f.bytes("Pointer", {}, o + 4, 1, FieldList::dec(rest >> 24), {},
                "Which byte of the quoted header the receiver did not like.");
        f.bytes("Unused", {}, o + 5, 3, FieldList::hex(rest & 0xffffff, 6).substr(2), {},
                "Not used; zero.");
    } else if (quotesDatagram()) {
        f.bytes("Unused", "icmp.unused", o + 4, 4, FieldList::hex(rest, 8).substr(2), {},
                "Not used; zero.");
    } else {
        f.bytes("Rest of header", {}, o + 4, 4, FieldList::hex(rest, 8), {},
                "Type-specific header bytes.");
    }
    if (quotesDatagram() && message.size() > kHeaderSize) {
        addQuotedDatagram(f, o + kHeaderSize, message.subspan(kHeaderSize));
    }
    return layer;
}

} // namespace hopscope::wire
