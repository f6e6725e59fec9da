// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "arp_packet.h"

#include "ethernet_frame.h"
#include "field_list.h"

namespace hopscope::wire {

namespace {

const char* opcodeName(std::uint16_t op) {
    switch (op) {
    case 1:
        return "request";
    case 2:
        return "reply";
    case 3:
        return "reverse request";
    case 4:
        return "reverse reply";
    default:
        return nullptr;
    }
}

} // namespace

ArpPacket ArpPacket::request(const MacAddress& senderMac, const Ipv4Address& senderIp,
                             const Ipv4Address& targetIp) {
    ArpPacket p;
    p.opcode = static_cast<std::uint16_t>(Opcode::Request);
    p.senderMac = senderMac;
    p.senderIp = senderIp;
    p.targetIp = targetIp;
    return p;
}

ArpPacket ArpPacket::reply(const MacAddress& senderMac, const Ipv4Address& senderIp,
                           const MacAddress& targetMac, const Ipv4Address& targetIp) {
    ArpPacket p;
    p.opcode = static_cast<std::uint16_t>(Opcode::Reply);
    p.senderMac = senderMac;
    p.senderIp = senderIp;
    p.targetMac = targetMac;
    p.targetIp = targetIp;
    return p;
}

DecodeResult<ArpPacket> ArpPacket::decode(ByteReader& reader) {
    const std::size_t start = reader.offset();
    if (reader.remaining() < 8) {
        return DecodeResult<ArpPacket>::failure(
            truncatedProblem("ARP header", start, 8, reader.remaining()));
    }
    ArpPacket p;
    p.hardwareType = reader.u16be();
    p.protocolType = reader.u16be();
    p.hardwareSize = reader.u8();
    p.protocolSize = reader.u8();
    p.opcode = reader.u16be();
    if (p.hardwareSize != 6 || p.protocolSize != 4) {
        return DecodeResult<ArpPacket>::failure(
            "ARP packet at byte " + std::to_string(start) + " has " +
            std::to_string(p.hardwareSize) + "-byte hardware and " +
            std::to_string(p.protocolSize) +
            "-byte protocol addresses; only Ethernet/IPv4 (6 and 4 bytes) is supported.");
    }
    if (reader.remaining() < kSize - 8) {
        return DecodeResult<ArpPacket>::failure(
            truncatedProblem("ARP packet", start, kSize, reader.remaining() + 8));
    }
    p.senderMac = *MacAddress::fromBytes(reader.bytes(6));
    p.senderIp = Ipv4Address(reader.u32be());
    p.targetMac = *MacAddress::fromBytes(reader.bytes(6));
    p.targetIp = Ipv4Address(reader.u32be());
    return DecodeResult<ArpPacket>::success(p);
}

DecodeResult<ArpPacket> ArpPacket::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    return decode(reader);
}

void ArpPacket::encodeTo(ByteWriter& out) const {
    out.u16be(hardwareType);
    out.u16be(protocolType);
    out.u8(hardwareSize);
    out.u8(protocolSize);
    out.u16be(opcode);
    out.bytes(senderMac.bytes());
    out.u32be(senderIp.value());
    out.bytes(targetMac.bytes());
    out.u32be(targetIp.value());
}

std::vector<std::uint8_t> ArpPacket::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(kSize);
    ByteWriter out(bytes);
    encodeTo(out);
    return bytes;
}

const char* ArpPacket::protocolColumn() const {
    return opcode == 3 || opcode == 4 ? "RARP" : "ARP";
}

std::string ArpPacket::info() const {
    // A sender announcing its own address uses itself as the target (RFC 5227 section 2.3).
    const bool gratuitous = (opcode == 1 || opcode == 2) && senderIp == targetIp;
    switch (opcode) {
    case 1:
        if (gratuitous) {
            return targetMac.isZero() ? "ARP Announcement for " + targetIp.toString()
                                      : "Gratuitous ARP for " + targetIp.toString() + " (Request)";
        }
        if (senderIp.isUnspecified() && targetMac.isZero()) {
            return "Who has " + targetIp.toString() + "? (ARP Probe)";
        }
        return "Who has " + targetIp.toString() + "? Tell " + senderIp.toString();
    case 2:
        if (gratuitous) {
            return "Gratuitous ARP for " + targetIp.toString() + " (Reply)";
        }
        return senderIp.toString() + " is at " + senderMac.toString();
    case 3:
        return "Who is " + targetMac.toString() + "? Tell " + senderMac.toString();
    case 4:
        return targetMac.toString() + " is at " + targetIp.toString();
    default:
        return "Unknown ARP opcode " + FieldList::hex(opcode, 4);
    }
}

Layer ArpPacket::toLayer(std::size_t byteOffset) const {
    Layer layer;
    layer.protocol = "arp";
    layer.name = "Address Resolution Protocol";
    layer.osi = OsiLayer::DataLink;
    layer.tcpip = TcpIpLayer::Link;
    layer.byteOffset = byteOffset;
    layer.byteLength = kSize;
    const char* opName = opcodeName(opcode);
    layer.summary = opName ? std::string(opName) + ": " + info() : info();
    layer.fields.reserve(9);
    FieldList f(layer.fields);
    const std::size_t o = byteOffset;
    f.bytes("Hardware type", "arp.hw.type", o, 2, FieldList::dec(hardwareType),
            hardwareType == 1 ? "Ethernet (1)" : std::string(),
            "What kind of network the hardware addresses belong to; 1 means Ethernet.");
    const char* ptype = EthernetFrame::typeName(protocolType);
    f.bytes("Protocol type", "arp.proto.type", o + 2, 2, FieldList::hex(protocolType, 4),
            ptype ? std::string(ptype) + " (" + FieldList::hex(protocolType, 4) + ")"
                  : std::string(),
            "Which network-layer addresses are being resolved; 0x0800 means IPv4.");
    f.bytes("Hardware size", "arp.hw.size", o + 4, 1, FieldList::dec(hardwareSize), {},
            "How many bytes each hardware address takes (6 for a MAC address).");
    f.bytes("Protocol size", "arp.proto.size", o + 5, 1, FieldList::dec(protocolSize), {},
            "How many bytes each protocol address takes (4 for an IPv4 address).");
    f.bytes("Opcode", "arp.opcode", o + 6, 2, FieldList::dec(opcode),
            opName ? std::string(opName) + " (" + std::to_string(opcode) + ")" : std::string(),
            "Whether this is a question (1, request: who has this IP?) or an answer (2, reply: "
            "I have it, here is my MAC).");
    f.bytes("Sender MAC address", "arp.src.hw_mac", o + 8, 6, senderMac.toString(), {},
            "The hardware address of the machine sending this ARP message.");
    f.bytes("Sender IP address", "arp.src.proto_ipv4", o + 14, 4, senderIp.toString(), {},
            "The IPv4 address of the machine sending this ARP message; receivers may remember "
            "the pair.");
    f.bytes("Target MAC address", "arp.dst.hw_mac", o + 18, 6, targetMac.toString(), {},
            opcode == 1 ? "Unknown yet (all zeros): finding it is the point of the request."
                        : "The hardware address of the machine this ARP message answers.");
    f.bytes("Target IP address", "arp.dst.proto_ipv4", o + 24, 4, targetIp.toString(), {},
            opcode == 1 ? "The IPv4 address whose owner should answer with its MAC address."
                        : "The IPv4 address of the machine this ARP message answers.");
    return layer;
}

} // namespace hopscope::wire
