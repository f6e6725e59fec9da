// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "linux_cooked.h"

#include "ethernet_frame.h"
#include "field_list.h"
#include "ipv4_address.h"
#include "mac_address.h"

#include <algorithm>
#include <string>

namespace hopscope::wire {

namespace {

const char* packetTypeText(std::uint16_t t) {
    switch (t) {
    case 0:
        return "Unicast to us";
    case 1:
        return "Broadcast";
    case 2:
        return "Multicast";
    case 3:
        return "Unicast to another host";
    case 4:
        return "Sent by us";
    default:
        return nullptr;
    }
}

const char* arphrdName(std::uint16_t t) {
    switch (t) {
    case 1:
        return "Ethernet";
    case 772:
        return "Loopback";
    case 776:
        return "IPv6-in-IPv4";
    case 778:
        return "GRE over IP";
    case 65534:
        return "None";
    default:
        return nullptr;
    }
}

std::string named(std::string value, const char* name) {
    return name ? std::string(name) + " (" + value + ")" : value;
}

constexpr std::uint16_t kArphrdIpGre = 778;

} // namespace

DecodeResult<LinuxCooked> LinuxCooked::decodeHeader(ByteReader& reader, Version version) {
    const std::size_t start = reader.offset();
    const std::size_t size = version == Version::V1 ? kV1Size : kV2Size;
    if (reader.remaining() < size) {
        return DecodeResult<LinuxCooked>::failure(truncatedProblem(
            version == Version::V1 ? "Linux cooked (SLL) header" : "Linux cooked (SLL2) header",
            start, size, reader.remaining()));
    }
    LinuxCooked h;
    h.version = version;
    if (version == Version::V1) {
        h.packetType = reader.u16be();
        h.arphrdType = reader.u16be();
        h.addressLength = reader.u16be();
    } else {
        h.protocol = reader.u16be();
        h.reserved = reader.u16be();
        h.interfaceIndex = reader.u32be();
        h.arphrdType = reader.u16be();
        h.packetType = reader.u8();
        h.addressLength = reader.u8();
    }
    const auto addr = reader.bytes(8);
    std::copy(addr.begin(), addr.end(), h.address.begin());
    if (version == Version::V1) {
        h.protocol = reader.u16be();
    }
    return DecodeResult<LinuxCooked>::success(std::move(h));
}

DecodeResult<LinuxCooked> LinuxCooked::decode(std::span<const std::uint8_t> bytes,
                                              Version version) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader, version);
    if (result) {
        const auto rest = reader.rest();
        result->payload.assign(rest.begin(), rest.end());
    }
    return result;
}

void LinuxCooked::encodeHeaderTo(ByteWriter& out) const {
    if (version == Version::V1) {
        out.u16be(packetType);
        out.u16be(arphrdType);
        out.u16be(addressLength);
        out.bytes(address);
        out.u16be(protocol);
    } else {
        out.u16be(protocol);
        out.u16be(reserved);
        out.u32be(interfaceIndex);
        out.u16be(arphrdType);
        out.u8(static_cast<std::uint8_t>(packetType));
        out.u8(static_cast<std::uint8_t>(addressLength));
        out.bytes(address);
    }
}

std::vector<std::uint8_t> LinuxCooked::encode() const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(headerSize() + payload.size());
    ByteWriter out(bytes);
    encodeHeaderTo(out);
    out.bytes(payload);
    return bytes;
}

std::string LinuxCooked::packetTypeName() const {
    const char* name = packetTypeText(packetType);
    return name ? std::string(name) : "Unknown (" + std::to_string(packetType) + ")";
}

Layer LinuxCooked::toLayer(std::size_t byteOffset) const {
    const bool v1 = version == Version::V1;
    Layer layer;
    layer.protocol = "sll";
    layer.name = v1 ? "Linux cooked capture v1" : "Linux cooked capture v2";
    layer.osi = OsiLayer::DataLink;
    layer.tcpip = TcpIpLayer::Link;
    layer.byteOffset = byteOffset;
    layer.byteLength = headerSize();
    const char* ptName = packetTypeText(packetType);
    layer.summary = ptName ? ptName : "Packet type " + std::to_string(packetType);

    // Offsets of each field in the two layouts.
    const std::size_t protoAt = byteOffset + (v1 ? 14 : 0);
    const std::size_t hatypeAt = byteOffset + (v1 ? 2 : 8);
    const std::size_t pkttypeAt = byteOffset + (v1 ? 0 : 10);
    const std::size_t halenAt = byteOffset + (v1 ? 4 : 11);
    const std::size_t addrAt = byteOffset + (v1 ? 6 : 12);
    const std::size_t intSize = v1 ? 2 : 1;

    layer.fields.reserve(9);
    FieldList fields(layer.fields);
    auto addProtocol = [&] {
        if (protocol <= 1536) {
            fields.bytes("Protocol", "sll.ltype", protoAt, 2, FieldList::hex(protocol, 4), {},
                         "A Linux-internal protocol number (not an EtherType) for the payload, "
                         "such as 0x0004 for 802.2 LLC frames.");
        } else {
            const char* filter = arphrdType == kArphrdIpGre ? "sll.gretype" : "sll.etype";
            fields.bytes("Protocol", filter, protoAt, 2, FieldList::hex(protocol, 4),
                         named(FieldList::hex(protocol, 4), EthernetFrame::typeName(protocol)),
                         "Which protocol the payload carries, as an EtherType (0x0800 IPv4, "
                         "0x86dd IPv6, 0x0806 ARP).");
        }
    };
    auto addPacketType = [&] {
        fields.bytes("Packet type", "sll.pkttype", pkttypeAt, intSize, FieldList::dec(packetType),
                     named(FieldList::dec(packetType), ptName),
                     "Which way the packet went as the capturing host saw it: to us, broadcast, "
                     "multicast, to another host, or sent by us.");
    };
    auto addHatype = [&] {
        fields.bytes("Link-layer address type", "sll.hatype", hatypeAt, 2,
                     FieldList::dec(arphrdType),
                     named(FieldList::dec(arphrdType), arphrdName(arphrdType)),
                     "The kind of network device (Linux ARPHRD_ number): 1 Ethernet, 772 "
                     "loopback.");
    };
    if (v1) {
        addPacketType();
        addHatype();
    } else {
        addProtocol();
        fields.bytes("Reserved", {}, byteOffset + 2, 2, FieldList::hex(reserved, 4), {},
                     "Reserved for future use; always zero.");
        fields.bytes("Interface index", "sll.ifindex", byteOffset + 4, 4,
                     FieldList::dec(interfaceIndex), {},
                     "The number Linux gave the network interface the packet was captured on "
                     "(see `ip link`).");
        addHatype();
        addPacketType();
    }
    fields.bytes("Link-layer address length", "sll.halen", halenAt, intSize,
                 FieldList::dec(addressLength), {},
                 "How many of the 8 address bytes that follow hold the sender's link-layer "
                 "address.");
    const std::size_t used = std::min<std::size_t>(addressLength, 8);
    const std::span<const std::uint8_t> addr(address.data(), used);
    if (used == 6) {
        fields.bytes("Source", "sll.src.eth", addrAt, 6, MacAddress::fromBytes(addr)->toString(),
                     {}, "The hardware (MAC) address of the device that sent the packet.");
    } else if (used == 4 && arphrdType == kArphrdIpGre) {
        fields.bytes("Source", "sll.src.ipv4", addrAt, 4, Ipv4Address::fromBytes(addr)->toString(),
                     {}, "The IPv4 address of the tunnel endpoint that sent the packet.");
    } else if (used > 0) {
        fields.bytes("Source", "sll.src.other", addrAt, used, FieldList::hexBytes(addr), {},
                     "The link-layer address of the device that sent the packet.");
    }
    if (used < 8) {
        fields.bytes("Unused", "sll.unused", addrAt + used, 8 - used,
                     FieldList::hexBytes(std::span<const std::uint8_t>(address).subspan(used)), {},
                     "Room left over in the fixed 8-byte address field; not used.");
    }
    if (v1) {
        addProtocol();
    }
    return layer;
}

} // namespace hopscope::wire
