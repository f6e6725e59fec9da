// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "udp_datagram.h"

#include "field_list.h"
#include "ipv4_packet.h"

#include <algorithm>

namespace hopscope::wire {

DecodeResult<UdpDatagram> UdpDatagram::decodeHeader(ByteReader& reader) {
    const std::size_t start = reader.offset();
    if (reader.remaining() < kHeaderSize) {
        return DecodeResult<UdpDatagram>::failure(
            truncatedProblem("UDP header", start, kHeaderSize, reader.remaining()));
    }
    UdpDatagram d;
    d.sourcePort = reader.u16be();
    d.destinationPort = reader.u16be();
    d.length = reader.u16be();
    d.checksum = reader.u16be();
    if (d.length < kHeaderSize) {
        return DecodeResult<UdpDatagram>::failure("UDP length " + std::to_string(d.length) +
                                                  " at byte " + std::to_string(start + 4) +
                                                  " is smaller than the 8-byte header.");
    }
    return DecodeResult<UdpDatagram>::success(std::move(d));
}

DecodeResult<UdpDatagram> UdpDatagram::decode(std::span<const std::uint8_t> bytes) {
    ByteReader reader(bytes);
    auto result = decodeHeader(reader);
    if (!result) {
        return result;
    }
    const std::size_t dataLength = result->length - kHeaderSize;
    if (reader.remaining() < dataLength) {
        return DecodeResult<UdpDatagram>::failure(
            "UDP datagram at byte 0 is truncated: its length is " + std::to_string(result->length) +
            " bytes but only " + std::to_string(bytes.size()) + " were captured.");
    }
    const auto body = reader.bytes(dataLength);
    result->payload.assign(body.begin(), body.end());
    return result;
}

std::uint16_t UdpDatagram::computeChecksum(Checksum pseudoHeader,
                                           std::span<const std::uint8_t> datagram) {
    pseudoHeader.add(datagram.first(std::min<std::size_t>(6, datagram.size())));
    if (datagram.size() > kHeaderSize) {
        pseudoHeader.add(datagram.subspan(kHeaderSize));
    }
    const std::uint16_t sum = pseudoHeader.finish();
    return sum == 0 ? 0xffff : sum;
}

void UdpDatagram::encodeTo(ByteWriter& out, std::uint16_t sourcePort, std::uint16_t destinationPort,
                           std::span<const std::uint8_t> data, Checksum pseudoHeader) {
    const auto length = static_cast<std::uint16_t>(kHeaderSize + data.size());
    pseudoHeader.add16(sourcePort);
    pseudoHeader.add16(destinationPort);
    pseudoHeader.add16(length);
    pseudoHeader.add(data);
    std::uint16_t sum = pseudoHeader.finish();
    if (sum == 0) {
        sum = 0xffff; // RFC 768: zero is reserved for "no checksum"
    }
    out.u16be(sourcePort);
    out.u16be(destinationPort);
    out.u16be(length);
    out.u16be(sum);
    out.bytes(data);
}

std::vector<std::uint8_t> UdpDatagram::encode(const Ipv4Address& src,
                                              const Ipv4Address& dst) const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(kHeaderSize + payload.size());
    ByteWriter out(bytes);
    const auto len = static_cast<std::uint16_t>(kHeaderSize + payload.size());
    encodeTo(out, sourcePort, destinationPort, payload,
             Checksum::pseudoHeader(src, dst, static_cast<std::uint8_t>(IpProtocol::Udp), len));
    return bytes;
}

std::vector<std::uint8_t> UdpDatagram::encode(const Ipv6Address& src,
                                              const Ipv6Address& dst) const {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(kHeaderSize + payload.size());
    ByteWriter out(bytes);
    const auto len = static_cast<std::uint32_t>(kHeaderSize + payload.size());
    encodeTo(out, sourcePort, destinationPort, payload,
             Checksum::pseudoHeader(src, dst, static_cast<std::uint8_t>(IpProtocol::Udp), len));
    return bytes;
}

std::string UdpDatagram::info() const {
    std::string s = std::to_string(sourcePort) + " → " + std::to_string(destinationPort) +
                    " Len=" + std::to_string(length >= kHeaderSize ? length - kHeaderSize : 0);
    return s;
}

Layer UdpDatagram::toLayer(std::size_t byteOffset, std::optional<std::uint16_t> expectedChecksum,
                           std::size_t payloadLength) const {
    Layer layer;
    layer.protocol = "udp";
    layer.name = "User Datagram Protocol";
    layer.osi = OsiLayer::Transport;
    layer.tcpip = TcpIpLayer::Transport;
    layer.byteOffset = byteOffset;
    layer.byteLength = kHeaderSize;
    layer.summary = "Port " + std::to_string(sourcePort) + " → " + std::to_string(destinationPort) +
                    ", " + std::to_string(payloadLength) + " bytes of data";
    const std::size_t o = byteOffset;
    layer.fields.reserve(4);
    FieldList f(layer.fields);
    f.bytes("Source Port", "udp.srcport", o, 2, FieldList::dec(sourcePort), {},
            "The sending program's port number: where replies should go.");
    f.bytes("Destination Port", "udp.dstport", o + 2, 2, FieldList::dec(destinationPort), {},
            "The port of the program that should receive the data (53 is DNS).");
    f.bytes("Length", "udp.length", o + 4, 2, FieldList::dec(length),
            std::to_string(length) + " bytes",
            "The size of the UDP header (8 bytes) plus its data.");
    std::string ck = FieldList::hex(checksum, 4);
    if (checksum == 0) {
        ck += " [none: the sender did not compute one]";
    } else if (expectedChecksum) {
        ck += *expectedChecksum == checksum
                  ? " [correct]"
                  : " [incorrect, should be " + FieldList::hex(*expectedChecksum, 4) +
                        " (maybe checksum offload)]";
    }
    f.bytes("Checksum", "udp.checksum", o + 6, 2, FieldList::hex(checksum, 4), std::move(ck),
            "Detects damaged data; it also covers the IP addresses so a misdelivered datagram is "
            "caught.");
    return layer;
}

} // namespace hopscope::wire
