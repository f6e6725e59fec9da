// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ipv6_packet.h"

#include "field_list.h"
#include "ipv4_packet.h"

namespace hopscope::wire {

DecodeResult<Ipv6Packet> Ipv6Packet::decodeHeader(ByteReader& reader) {
    const std::size_t start = reader.offset();
    if (reader.remaining() < kHeaderSize) {
        return DecodeResult<Ipv6Packet>::failure(
            truncatedProblem("IPv6 header", start, kHeaderSize, reader.remaining()));
    }
    const std::uint32_t first = reader.u32be();
    if ((first >> 28) != 6) {
        return DecodeResult<Ipv6Packet>::failure("IPv6 header at byte " + std::to_string(start) +
                                                 " has version " + std::to_string(first >> 28) +
                                                 ", not 6.");
    }
    Ipv6Packet p;
    p.trafficClass = static_cast<std::uint8_t>(first >> 20);
    p.flowLabel = first & 0xfffff;
    p.payloadLength = reader.u16be();
    p.nextHeader = reader.u8();
    p.hopLimit = reader.u8();
    p.source = *Ipv6Address::fromBytes(reader.bytes(16));
    p.destination = *Ipv6Address::fromBytes(reader.bytes(16));
    return DecodeResult<Ipv6Packet>::success(std::move(p));
}

DecodeResult<Ipv6Packet> Ipv6Packet::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (!result) {
        return result;
    }
    if (reader.remaining() < result->payloadLength) {
        return DecodeResult<Ipv6Packet>::failure(
            "IPv6 packet at byte 0 is truncated: its payload length is " +
            std::to_string(result->payloadLength) + " bytes but only " +
            std::to_string(reader.remaining()) + " follow the header.");
    }
    const auto body = reader.bytes(result->payloadLength);
    result->payload.assign(body.begin(), body.end());
    return result;
}

void Ipv6Packet::encodeHeaderTo(ByteWriter& out, std::size_t payloadLength) const {
    out.u32be((6u << 28) | (std::uint32_t{trafficClass} << 20) | (flowLabel & 0xfffff));
    out.u16be(static_cast<std::uint16_t>(payloadLength));
    out.u8(nextHeader);
    out.u8(hopLimit);
    out.bytes(source.bytes());
    out.bytes(destination.bytes());
}

std::vector<std::uint8_t> Ipv6Packet::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(kHeaderSize + payload.size());
    ByteWriter out(bytes);
    encodeHeaderTo(out, payload.size());
    out.bytes(payload);
    return bytes;
}

Layer Ipv6Packet::toLayer(std::size_t byteOffset) const {
    Layer layer;
    layer.protocol = "ipv6";
    layer.name = "Internet Protocol Version 6";
    layer.osi = OsiLayer::Network;
    layer.tcpip = TcpIpLayer::Internet;
    layer.byteOffset = byteOffset;
    layer.byteLength = kHeaderSize;
    layer.summary = source.toString() + " → " + destination.toString() + ", hop limit " +
                    std::to_string(hopLimit);
    const char* nextName = Ipv4Packet::protocolName(nextHeader);
    if (nextName) {
        layer.summary += ", ";
        layer.summary += nextName;
    }
    const std::size_t o = byteOffset;
    layer.fields.reserve(8);
    FieldList f(layer.fields);
    Field& version = f.add("Version", "ipv6.version", o, 0, 4, "6", {},
                           "The IP version: 6 here. Routers read this first to know how to read "
                           "the rest.");
    // Wireshark also files the nibble under ip.version, so "ip.version == 6" finds IPv6.
    FieldList(version.children)
        .add("Version", "ip.version", o, 0, 4, "6", {},
             "The same four bits as seen by any IP version: 6.");
    // tshark prints these masked 32-bit/24-bit fields at their type's full hex width.
    Field& tc = f.add("Traffic Class", "ipv6.tclass", o, 4, 8, FieldList::hex(trafficClass, 8),
                      FieldList::hex(trafficClass, 2),
                      "Quality-of-service marking (DSCP) and congestion signalling (ECN), as in "
                      "IPv4's DS field.");
    {
        FieldList c(tc.children);
        c.reserve(2);
        c.add("Differentiated Services Codepoint", "ipv6.tclass.dscp", o, 4, 6,
              FieldList::dec(trafficClass >> 2), {},
              "Asks routers for a class of service; 0 is ordinary best effort.");
        c.add("Explicit Congestion Notification", "ipv6.tclass.ecn", o + 1, 2, 2,
              FieldList::dec(trafficClass & 3), {},
              "Lets a busy router mark the packet instead of dropping it, if both ends support "
              "ECN.");
    }
    f.add("Flow Label", "ipv6.flow", o + 1, 4, 20, FieldList::hex(flowLabel, 6),
          FieldList::hex(flowLabel, 5),
          "A number the sender gives all packets of one conversation so routers can keep them "
          "on one path.");
    f.bytes("Payload Length", "ipv6.plen", o + 4, 2, FieldList::dec(payloadLength),
            std::to_string(payloadLength) + " bytes",
            "How many bytes follow this 40-byte header (unlike IPv4, the header is not "
            "counted).");
    f.bytes("Next Header", "ipv6.nxt", o + 6, 1, FieldList::dec(nextHeader),
            nextName ? std::string(nextName) + " (" + std::to_string(nextHeader) + ")"
                     : std::string(),
            "What comes after this header: an extension header or the data's protocol (6 TCP, "
            "17 UDP, 58 ICMPv6).");
    f.bytes("Hop Limit", "ipv6.hlim", o + 7, 1, FieldList::dec(hopLimit), {},
            "How many more routers this packet may cross before it is dropped; each router "
            "subtracts one.");
    f.bytes("Source Address", "ipv6.src", o + 8, 16, source.toString(), {},
            "The IPv6 address of the machine that sent the packet.");
    f.bytes("Destination Address", "ipv6.dst", o + 24, 16, destination.toString(), {},
            "The IPv6 address of the machine the packet is finally for; routers forward by it.");
    return layer;
}

} // namespace hopscope::wire
