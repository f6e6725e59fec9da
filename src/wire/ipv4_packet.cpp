// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv4_packet.h"

#include "checksum.h"
#include "field_list.h"

#include <algorithm>

namespace hopscope::wire {

namespace {

const char* dscpName(unsigned dscp) {
    switch (dscp) {
    case 0:
        return "CS0";
    case 1:
        return "LE";
    case 8:
        return "CS1";
    case 10:
        return "AF11";
    case 12:
        return "AF12";
    case 14:
        return "AF13";
    case 16:
        return "CS2";
    case 18:
        return "AF21";
    case 20:
        return "AF22";
    case 22:
        return "AF23";
    case 24:
        return "CS3";
    case 26:
        return "AF31";
    case 28:
        return "AF32";
    case 30:
        return "AF33";
    case 32:
        return "CS4";
    case 34:
        return "AF41";
    case 36:
        return "AF42";
    case 38:
        return "AF43";
    case 40:
        return "CS5";
    case 44:
        return "VOICE-ADMIT";
    case 46:
        return "EF PHB";
    case 48:
        return "CS6";
    case 56:
        return "CS7";
    default:
        return nullptr;
    }
}

const char* ecnName(unsigned ecn) {
    switch (ecn) {
    case 0:
        return "Not-ECT";
    case 1:
        return "ECT(1)";
    case 2:
        return "ECT(0)";
    default:
        return "CE";
    }
}

const char* ipOptionFilter(std::uint8_t type) {
    switch (type) {
    case 0:
        return "ip.options.eol";
    case 1:
        return "ip.options.nop";
    case 7:
        return "ip.options.record_route";
    case 68:
        return "ip.options.timestamp";
    case 130:
        return "ip.options.security";
    case 131:
        return "ip.options.route";
    case 136:
        return "ip.options.sid";
    case 137:
        return "ip.options.source_route";
    case 148:
        return "ip.options.routeralert";
    default:
        return "";
    }
}

const char* ipOptionName(std::uint8_t type) {
    switch (type) {
    case 0:
        return "End of Options List (EOL)";
    case 1:
        return "No-Operation (NOP)";
    case 7:
        return "Record Route";
    case 68:
        return "Time Stamp";
    case 130:
        return "Security";
    case 131:
        return "Loose Source Route";
    case 136:
        return "Stream ID";
    case 137:
        return "Strict Source Route";
    case 148:
        return "Router Alert";
    default:
        return "Unknown option";
    }
}

// One field per option with its type/length/data as children. Options are not validated by
// the codec (they round-trip as bytes), so a bad length ends the list here instead.
void addOptions(FieldList& fields, std::size_t at, std::span<const std::uint8_t> opts) {
    Field& parent = fields.bytes("Options", {}, at, opts.size(), FieldList::hexBytes(opts),
                                 std::to_string(opts.size()) + " bytes",
                                 "Rarely used extras such as Record Route; they make the "
                                 "header longer than 20 bytes.");
    FieldList list(parent.children);
    std::size_t i = 0;
    while (i < opts.size()) {
        const std::uint8_t type = opts[i];
        std::size_t len = 1;
        const bool single = type == 0 || type == 1;
        if (!single) {
            if (i + 1 >= opts.size() || opts[i + 1] < 2 || i + opts[i + 1] > opts.size()) {
                list.bytes("Malformed option", {}, at + i, opts.size() - i,
                           FieldList::hexBytes(opts.subspan(i)), {},
                           "An option whose length byte does not fit the header; the rest "
                           "cannot be read.");
                return;
            }
            len = opts[i + 1];
        }
        const auto bytes = opts.subspan(i, len);
        Field& opt = list.bytes(std::string("IP Option - ") + ipOptionName(type),
                                ipOptionFilter(type), at + i, len, FieldList::hexBytes(bytes), {},
                                "One IPv4 option: a type byte, then (for most types) a length "
                                "byte and data.");
        FieldList o(opt.children);
        o.reserve(len / 4 + 3);
        Field& t = o.bytes("Type", "ip.opt.type", at + i, 1, FieldList::dec(type), {},
                           "Which option this is; its top bit says whether fragments copy it.");
        FieldList tb(t.children);
        tb.reserve(3);
        tb.flag("Copy on fragmentation", "ip.opt.type.copy", at + i, 0, (type & 0x80) != 0,
                "Whether each fragment of the datagram must repeat this option.");
        tb.add("Class", "ip.opt.type.class", at + i, 1, 2, FieldList::dec((type >> 5) & 3),
               ((type >> 5) & 3) == 0 ? "Control (0)" : std::string(),
               "The option class: 0 control, 2 debugging and measurement.");
        tb.add("Number", "ip.opt.type.number", at + i, 3, 5, FieldList::dec(type & 0x1f), {},
               "The option number within its class.");
        if (!single) {
            o.bytes("Length", "ip.opt.len", at + i + 1, 1, FieldList::dec(len), {},
                    "How many bytes this option takes, type and length bytes included.");
            const bool route = type == 7 || type == 131 || type == 137;
            if (route && len >= 3) {
                const std::size_t ptr = opts[i + 2];
                o.bytes("Pointer", "ip.opt.ptr", at + i + 2, 1, FieldList::dec(ptr), {},
                        "Where (counting from the option's first byte) the next address is "
                        "written or read.");
                // Slots before the pointer are filled in; Record Route's later slots are still
                // empty, a source route's later slots are hops still to visit.
                for (std::size_t a = 3; a + 4 <= len; a += 4) {
                    const std::string addr =
                        Ipv4Address::fromBytes(opts.subspan(i + a, 4))->toString();
                    const std::size_t slot = a + 1; // 1-based, as the pointer counts
                    if (slot < ptr) {
                        o.bytes("Recorded Route", "ip.rec_rt", at + i + a, 4, addr, {},
                                "A router this packet has already passed through.");
                    } else if (type == 7) {
                        o.bytes("Empty Route", "ip.empty_rt", at + i + a, 4, addr,
                                slot == ptr ? addr + " <- (next)" : std::string(),
                                "Room for the next router on the path to write its address.");
                    } else if (slot == ptr) {
                        o.bytes("Current Route", "ip.cur_rt", at + i + a, 4, addr,
                                addr + " <- (current)",
                                "The next router the sender asked this packet to visit.");
                    } else {
                        o.bytes("Source Route", "ip.src_rt", at + i + a, 4, addr, {},
                                "A later router the sender asked this packet to visit.");
                    }
                }
            } else if (type == 148 && len == 4) {
                o.bytes("Router Alert", "ip.opt.ra", at + i + 2, 2,
                        FieldList::dec((unsigned{opts[i + 2]} << 8) | opts[i + 3]), {},
                        "Asks every router on the path to look at this packet more closely.");
            } else if (len > 2) {
                o.bytes("Data", {}, at + i + 2, len - 2,
                        FieldList::hexBytes(opts.subspan(i + 2, len - 2)), {},
                        "The option's contents.");
            }
        }
        i += len;
        if (type == 0) {
            break; // what follows End of Options List is padding
        }
    }
    if (i < opts.size()) {
        list.bytes("Padding", {}, at + i, opts.size() - i, FieldList::hexBytes(opts.subspan(i)), {},
                   "Zero bytes that fill the header up to a multiple of 4 bytes.");
    }
}

} // namespace

const char* Ipv4Packet::protocolName(std::uint8_t protocol) {
    switch (protocol) {
    case 0:
        return "IPv6 Hop-by-Hop Option";
    case 1:
        return "ICMP";
    case 2:
        return "IGMP";
    case 4:
        return "IPIP";
    case 6:
        return "TCP";
    case 17:
        return "UDP";
    case 41:
        return "IPv6";
    case 43:
        return "IPv6 routing";
    case 44:
        return "IPv6 fragment";
    case 47:
        return "GRE";
    case 50:
        return "ESP";
    case 51:
        return "AH";
    case 58:
        return "ICMPv6";
    case 59:
        return "IPv6 no next header";
    case 103:
        return "PIM";
    case 112:
        return "VRRP";
    case 115:
        return "L2TP";
    case 136:
        return "UDPLite";
    case 60:
        return "IPv6 destination option";
    case 89:
        return "OSPF IGP";
    case 132:
        return "SCTP";
    default:
        return nullptr;
    }
}

DecodeResult<Ipv4Packet> Ipv4Packet::decodeHeader(ByteReader& reader) {
    const std::size_t start = reader.offset();
    const std::size_t available = reader.remaining();
    if (available < kMinHeaderSize) {
        return DecodeResult<Ipv4Packet>::failure(
            truncatedProblem("IPv4 header", start, kMinHeaderSize, available));
    }
    const std::uint8_t versionIhl = reader.u8();
    if ((versionIhl >> 4) != 4) {
        return DecodeResult<Ipv4Packet>::failure("IPv4 header at byte " + std::to_string(start) +
                                                 " has version " + std::to_string(versionIhl >> 4) +
                                                 ", not 4.");
    }
    const std::size_t headerLength = std::size_t{versionIhl & 0x0fu} * 4;
    if (headerLength < kMinHeaderSize) {
        return DecodeResult<Ipv4Packet>::failure(
            "IPv4 header at byte " + std::to_string(start) + " gives a header length of " +
            std::to_string(headerLength) + " bytes; the minimum is 20.");
    }
    if (available < headerLength) {
        return DecodeResult<Ipv4Packet>::failure(
            truncatedProblem("IPv4 header", start, headerLength, available));
    }
    Ipv4Packet p;
    const std::uint8_t tos = reader.u8();
    p.dscp = tos >> 2;
    p.ecn = tos & 0x3;
    p.totalLength = reader.u16be();
    p.identification = reader.u16be();
    const std::uint16_t flagsOffset = reader.u16be();
    p.reservedFlag = (flagsOffset & 0x8000) != 0;
    p.dontFragment = (flagsOffset & 0x4000) != 0;
    p.moreFragments = (flagsOffset & 0x2000) != 0;
    p.fragmentOffset = flagsOffset & 0x1fff;
    p.ttl = reader.u8();
    p.protocol = reader.u8();
    p.headerChecksum = reader.u16be();
    p.source = Ipv4Address(reader.u32be());
    p.destination = Ipv4Address(reader.u32be());
    const auto opts = reader.bytes(headerLength - kMinHeaderSize);
    p.options.assign(opts.begin(), opts.end());
    if (p.totalLength < headerLength) {
        return DecodeResult<Ipv4Packet>::failure(
            "IPv4 total length " + std::to_string(p.totalLength) + " at byte " +
            std::to_string(start + 2) + " is smaller than its own " + std::to_string(headerLength) +
            "-byte header.");
    }
    return DecodeResult<Ipv4Packet>::success(std::move(p));
}

DecodeResult<Ipv4Packet> Ipv4Packet::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (!result) {
        return result;
    }
    const std::size_t payloadLength = result->totalLength - result->headerLength();
    if (reader.remaining() < payloadLength) {
        return DecodeResult<Ipv4Packet>::failure(
            "IPv4 datagram at byte 0 is truncated: its total length is " +
            std::to_string(result->totalLength) + " bytes but only " +
            std::to_string(bytes.size()) + " were captured.");
    }
    const auto body = reader.bytes(payloadLength);
    result->payload.assign(body.begin(), body.end());
    return result;
}

std::uint16_t Ipv4Packet::computeHeaderChecksum(std::span<const std::uint8_t> header) {
    Checksum c;
    c.add(header.first(std::min<std::size_t>(10, header.size())));
    if (header.size() > 12) {
        c.add(header.subspan(12));
    }
    return c.finish();
}

void Ipv4Packet::encodeHeaderTo(ByteWriter& out, std::size_t payloadLength) const {
    const std::size_t start = out.size();
    const std::size_t hl = headerLength();
    out.u8(static_cast<std::uint8_t>(0x40 | (hl / 4)));
    out.u8(static_cast<std::uint8_t>((dscp << 2) | (ecn & 0x3)));
    out.u16be(static_cast<std::uint16_t>(hl + payloadLength));
    out.u16be(identification);
    out.u16be(static_cast<std::uint16_t>((reservedFlag ? 0x8000 : 0) | (dontFragment ? 0x4000 : 0) |
                                         (moreFragments ? 0x2000 : 0) | (fragmentOffset & 0x1fff)));
    out.u8(ttl);
    out.u8(protocol);
    out.u16be(0);
    out.u32be(source.value());
    out.u32be(destination.value());
    out.bytes(options);
    out.zeros(paddedOptionsSize() - options.size());
    const std::span<const std::uint8_t> header(out.data().data() + start, hl);
    out.patch16be(start + 10, Checksum::compute(header));
}

std::vector<std::uint8_t> Ipv4Packet::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(headerLength() + payload.size());
    ByteWriter out(bytes);
    encodeHeaderTo(out, payload.size());
    out.bytes(payload);
    return bytes;
}

bool Ipv4Packet::decrementTtl() {
    if (ttl == 0) {
        return false;
    }
    const auto oldWord = static_cast<std::uint16_t>((ttl << 8) | protocol);
    --ttl;
    const auto newWord = static_cast<std::uint16_t>((ttl << 8) | protocol);
    headerChecksum = Checksum::incrementalUpdate(headerChecksum, oldWord, newWord);
    return true;
}

bool Ipv4Packet::decrementTtl(std::span<std::uint8_t> header) {
    if (header.size() < kMinHeaderSize || header[8] == 0) {
        return false;
    }
    const auto oldWord = static_cast<std::uint16_t>((header[8] << 8) | header[9]);
    --header[8];
    const auto newWord = static_cast<std::uint16_t>((header[8] << 8) | header[9]);
    const auto oldSum = static_cast<std::uint16_t>((header[10] << 8) | header[11]);
    const std::uint16_t sum = Checksum::incrementalUpdate(oldSum, oldWord, newWord);
    header[10] = static_cast<std::uint8_t>(sum >> 8);
    header[11] = static_cast<std::uint8_t>(sum);
    return true;
}

std::string Ipv4Packet::fragmentInfo() const {
    std::string s = "Fragmented IP protocol (proto=";
    if (const char* name = protocolName(protocol)) {
        s += name;
        s += ' ';
    }
    s += std::to_string(protocol) + ", off=" + std::to_string(fragmentOffset * 8) + ", ID=";
    // Wireshark prints the ID as bare hex here, without 0x.
    const std::string id = FieldList::hex(identification, 4);
    s.append(id, 2);
    s += ')';
    return s;
}

Layer Ipv4Packet::toLayer(std::size_t byteOffset, std::span<const std::uint8_t> header) const {
    Layer layer;
    layer.protocol = "ip";
    layer.name = "Internet Protocol Version 4";
    layer.osi = OsiLayer::Network;
    layer.tcpip = TcpIpLayer::Internet;
    layer.byteOffset = byteOffset;
    layer.byteLength = headerLength();
    layer.summary =
        source.toString() + " → " + destination.toString() + ", TTL " + std::to_string(ttl);
    const char* protoName = protocolName(protocol);
    if (protoName) {
        layer.summary += ", ";
        layer.summary += protoName;
    }
    const std::size_t o = byteOffset;
    const std::size_t hl = headerLength();
    layer.fields.reserve(options.empty() ? 13 : 14);
    FieldList f(layer.fields);
    f.add("Version", "ip.version", o, 0, 4, "4", {},
          "The IP version: 4 here. Routers read this first to know how to read the rest.");
    f.add("Header Length", "ip.hdr_len", o, 4, 4, FieldList::dec(hl),
          std::to_string(hl) + " bytes (" + std::to_string(hl / 4) + ")",
          "How long this header is, counted in 4-byte words on the wire (5 means 20 bytes, no "
          "options).");

    const unsigned tos = (unsigned{dscp} << 2) | ecn;
    const char* dName = dscpName(dscp);
    Field& ds = f.bytes(
        "Differentiated Services Field", "ip.dsfield", o + 1, 1, FieldList::hex(tos, 2),
        FieldList::hex(tos, 2) + " (DSCP: " + (dName ? std::string(dName) : std::to_string(dscp)) +
            ", ECN: " + ecnName(ecn) + ")",
        "Quality-of-service marking (DSCP) and congestion signalling (ECN) "
        "for the routers on the way.");
    {
        FieldList c(ds.children);
        c.reserve(2);
        c.add("Differentiated Services Codepoint", "ip.dsfield.dscp", o + 1, 0, 6,
              FieldList::dec(dscp),
              dscp == 0 ? "Default (0)"
                        : (dName ? std::string(dName) + " (" + std::to_string(dscp) + ")"
                                 : std::string()),
              "Asks routers for a class of service; 0 is ordinary best effort, 46 (EF) is for "
              "voice.");
        c.add("Explicit Congestion Notification", "ip.dsfield.ecn", o + 1, 6, 2,
              FieldList::dec(ecn), std::string(ecnName(ecn)) + " (" + std::to_string(ecn) + ")",
              "Lets a busy router mark the packet instead of dropping it, if both ends support "
              "ECN.");
    }
    f.bytes("Total Length", "ip.len", o + 2, 2, FieldList::dec(totalLength),
            std::to_string(totalLength) + " bytes",
            "The size of the whole IP packet, header plus data, in bytes.");
    f.bytes("Identification", "ip.id", o + 4, 2, FieldList::hex(identification, 4),
            FieldList::hex(identification, 4) + " (" + std::to_string(identification) + ")",
            "A number the sender picks per packet so the pieces of a fragmented packet can be "
            "put back together.");

    const unsigned flags =
        (reservedFlag ? 4u : 0u) | (dontFragment ? 2u : 0u) | (moreFragments ? 1u : 0u);
    std::string flagsShown = FieldList::hex(flags, 2);
    if (dontFragment) {
        flagsShown += ", Don't fragment";
    }
    if (moreFragments) {
        flagsShown += ", More fragments";
    }
    if (reservedFlag) {
        flagsShown += ", Reserved bit";
    }
    Field& fl =
        f.add("Flags", "ip.flags", o + 6, 0, 3, FieldList::hex(flags, 2), std::move(flagsShown),
              "Three bits that control fragmentation: may the packet be split, and are "
              "more pieces coming?");
    {
        FieldList c(fl.children);
        c.reserve(3);
        c.flag("Reserved bit", "ip.flags.rb", o + 6, 0, reservedFlag, "Unused and must be 0.");
        c.flag("Don't fragment", "ip.flags.df", o + 6, 1, dontFragment,
               "When set, a router must drop the packet (and report back) rather than split it "
               "into smaller pieces.");
        c.flag("More fragments", "ip.flags.mf", o + 6, 2, moreFragments,
               "Set on every piece of a split packet except the last one.");
    }
    f.add("Fragment Offset", "ip.frag_offset", o + 6, 3, 13, FieldList::dec(fragmentOffset),
          std::to_string(fragmentOffset) + " (" + std::to_string(fragmentOffset * 8) + " bytes)",
          "Where this piece belongs in the original packet, in units of 8 bytes; 0 for the "
          "first or only piece.");
    f.bytes("Time to Live", "ip.ttl", o + 8, 1, FieldList::dec(ttl), {},
            "How many more routers this packet may cross before it is dropped; each router "
            "subtracts one, so packets cannot loop forever.");
    f.bytes("Protocol", "ip.proto", o + 9, 1, FieldList::dec(protocol),
            protoName ? std::string(protoName) + " (" + std::to_string(protocol) + ")"
                      : std::string(),
            "Which protocol the data inside belongs to (6 TCP, 17 UDP, 1 ICMP), so the "
            "receiver knows whom to hand it to.");
    std::string ck = FieldList::hex(headerChecksum, 4);
    if (header.size() >= hl) {
        const std::uint16_t expected = computeHeaderChecksum(header.first(hl));
        ck += expected == headerChecksum
                  ? " [correct]"
                  : " [incorrect, should be " + FieldList::hex(expected, 4) + "]";
    }
    f.bytes("Header Checksum", "ip.checksum", o + 10, 2, FieldList::hex(headerChecksum, 4),
            std::move(ck),
            "Detects damage to this header; every router checks it and recomputes it after "
            "lowering the TTL.");
    f.bytes("Source Address", "ip.src", o + 12, 4, source.toString(), {},
            "The IP address of the machine that sent the packet.");
    f.bytes("Destination Address", "ip.dst", o + 16, 4, destination.toString(), {},
            "The IP address of the machine the packet is finally for; routers forward by it.");
    if (!options.empty() && header.size() >= hl) {
        addOptions(f, o + kMinHeaderSize, header.subspan(kMinHeaderSize, hl - kMinHeaderSize));
    }
    return layer;
}

} // namespace hopscope::wire
