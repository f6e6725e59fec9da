// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "ethernet_frame.h"

#include "field_list.h"

#include <string>

namespace hopscope::wire {

namespace {

std::string typeDisplay(std::uint16_t type) {
    std::string value = FieldList::hex(type, 4);
    if (const char* name = EthernetFrame::typeName(type)) {
        return std::string(name) + " (" + value + ")";
    }
    return value;
}

void addAddress(FieldList& fields, const char* name, const char* filter, const char* lgFilter,
                const char* igFilter, std::size_t at, const MacAddress& mac, const char* meaning) {
    Field& f = fields.bytes(name, filter, at, 6, mac.toString(), {}, meaning);
    // The two low bits of the first byte, which IEEE 802 sends first on the wire.
    FieldList bits(f.children);
    bits.reserve(2);
    const bool local = (mac.bytes()[0] & 0x02) != 0;
    const bool group = (mac.bytes()[0] & 0x01) != 0;
    bits.add("LG bit", lgFilter, at, 6, 1, local ? "1" : "0",
             local ? "Locally administered address" : "Globally unique address (factory default)",
             "Whether the address was assigned by an administrator instead of burnt in by the "
             "maker.");
    bits.add("IG bit", igFilter, at, 7, 1, group ? "1" : "0",
             group ? "Group address (multicast/broadcast)" : "Individual address (unicast)",
             "Whether the frame is meant for one interface or for a group of them.");
}

} // namespace

const char* EthernetFrame::typeName(std::uint16_t etherType) {
    switch (etherType) {
    case 0x0800:
        return "IPv4";
    case 0x0806:
        return "ARP";
    case 0x8035:
        return "RARP";
    case 0x8100:
        return "802.1Q Virtual LAN";
    case 0x86dd:
        return "IPv6";
    case 0x88a8:
        return "802.1ad Provider Bridge (Q-in-Q)";
    case 0x88cc:
        return "802.1 Link Layer Discovery Protocol (LLDP)";
    default:
        return nullptr;
    }
}

DecodeResult<EthernetFrame> EthernetFrame::decodeHeader(ByteReader& reader, bool readTag) {
    const std::size_t start = reader.offset();
    if (reader.remaining() < kHeaderSize) {
        return DecodeResult<EthernetFrame>::failure(
            truncatedProblem("Ethernet header", start, kHeaderSize, reader.remaining()));
    }
    EthernetFrame f;
    f.destination = *MacAddress::fromBytes(reader.bytes(6));
    f.source = *MacAddress::fromBytes(reader.bytes(6));
    f.etherType = reader.u16be();
    if (readTag && f.etherType == static_cast<std::uint16_t>(EtherType::Vlan)) {
        if (reader.remaining() < kTagSize) {
            return DecodeResult<EthernetFrame>::failure(
                truncatedProblem("802.1Q VLAN tag", reader.offset(), kTagSize, reader.remaining()));
        }
        f.vlan = VlanTag::fromTci(reader.u16be());
        f.etherType = reader.u16be();
    }
    return DecodeResult<EthernetFrame>::success(std::move(f));
}

DecodeResult<EthernetFrame> EthernetFrame::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (result) {
        const auto rest = reader.rest();
        result->payload.assign(rest.begin(), rest.end());
    }
    return result;
}

void EthernetFrame::encodeHeaderTo(ByteWriter& out) const {
    out.bytes(destination.bytes());
    out.bytes(source.bytes());
    if (vlan) {
        out.u16be(static_cast<std::uint16_t>(EtherType::Vlan));
        out.u16be(vlan->tci());
    }
    out.u16be(etherType);
}

std::vector<std::uint8_t> EthernetFrame::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(headerSize() + payload.size());
    ByteWriter out(bytes);
    encodeHeaderTo(out);
    out.bytes(payload);
    return bytes;
}

Layer EthernetFrame::ethernetLayer(std::size_t byteOffset) const {
    Layer layer;
    layer.protocol = "eth";
    layer.name = "Ethernet II";
    layer.osi = OsiLayer::DataLink;
    layer.tcpip = TcpIpLayer::Link;
    layer.byteOffset = byteOffset;
    layer.byteLength = kHeaderSize;
    const std::uint16_t outerType = vlan ? static_cast<std::uint16_t>(EtherType::Vlan) : etherType;
    layer.summary = source.toString() + " → " + destination.toString();
    if (const char* name = typeName(outerType)) {
        layer.summary += ", ";
        layer.summary += name;
    }
    layer.fields.reserve(3);
    FieldList fields(layer.fields);
    addAddress(fields, "Destination", "eth.dst", "eth.dst.lg", "eth.dst.ig", byteOffset,
               destination,
               destination.isBroadcast()
                   ? "The network card this frame is for: ff:ff:ff:ff:ff:ff is broadcast, so "
                     "every device on the local network reads it."
                   : "The hardware (MAC) address of the network card on this link that should "
                     "take the frame.");
    addAddress(fields, "Source", "eth.src", "eth.src.lg", "eth.src.ig", byteOffset + 6, source,
               "The hardware (MAC) address of the network card that sent the frame on this "
               "link.");
    if (outerType < 0x0600) {
        fields.bytes("Length", "eth.len", byteOffset + 12, 2, FieldList::dec(outerType), {},
                     "An IEEE 802.3 length: how many payload bytes follow (values below 1536 "
                     "are lengths, larger ones are types).");
    } else {
        fields.bytes("Type", "eth.type", byteOffset + 12, 2, FieldList::hex(outerType, 4),
                     typeDisplay(outerType),
                     "Which protocol the payload carries, so the receiver knows whom to hand it "
                     "to (0x0800 IPv4, 0x0806 ARP, 0x86dd IPv6).");
    }
    return layer;
}

Layer EthernetFrame::vlanLayer(std::size_t byteOffset, const VlanTag& tag,
                               std::uint16_t innerType) {
    Layer layer;
    layer.protocol = "vlan";
    layer.name = "802.1Q Virtual LAN";
    layer.osi = OsiLayer::DataLink;
    layer.tcpip = TcpIpLayer::Link;
    layer.byteOffset = byteOffset;
    layer.byteLength = kTagSize;
    layer.summary = "PRI: " + std::to_string(tag.priority) +
                    ", DEI: " + (tag.dropEligible ? "1" : "0") + ", ID: " + std::to_string(tag.id);
    layer.fields.reserve(4);
    FieldList fields(layer.fields);
    fields.add("Priority", "vlan.priority", byteOffset, 0, 3, FieldList::dec(tag.priority), {},
               "The class of service (0 to 7) switches use to send urgent traffic such as voice "
               "first.");
    fields.add("DEI", "vlan.dei", byteOffset, 3, 1, tag.dropEligible ? "1" : "0",
               tag.dropEligible ? "Eligible" : "Ineligible",
               "Drop eligible: when a switch is congested it may discard this frame first.");
    fields.add("ID", "vlan.id", byteOffset, 4, 12, FieldList::dec(tag.id), {},
               "Which virtual LAN (1 to 4094) the frame belongs to; switches keep VLANs apart "
               "as if they were separate networks.");
    if (innerType < 0x0600) {
        fields.bytes("Length", "vlan.len", byteOffset + 2, 2, FieldList::dec(innerType), {},
                     "An IEEE 802.3 length: how many payload bytes follow the tag.");
    } else {
        fields.bytes("Type", "vlan.etype", byteOffset + 2, 2, FieldList::hex(innerType, 4),
                     typeDisplay(innerType),
                     "Which protocol the payload after the tag carries (0x0800 IPv4, 0x0806 "
                     "ARP, 0x86dd IPv6).");
    }
    return layer;
}

} // namespace hopscope::wire
