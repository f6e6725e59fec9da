// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "frame_builder.h"

#include "byte_writer.h"
#include "checksum.h"
#include "ethernet_frame.h"
#include "ipv6_packet.h"
#include "udp_datagram.h"

namespace hopscope::wire {

namespace {

constexpr auto kUdp = static_cast<std::uint8_t>(IpProtocol::Udp);
constexpr auto kTcp = static_cast<std::uint8_t>(IpProtocol::Tcp);
constexpr auto kIcmp = static_cast<std::uint8_t>(IpProtocol::Icmp);

Ipv4Packet ipv4Header(const Ipv4Address& src, const Ipv4Address& dst, std::uint8_t protocol,
                      std::uint8_t ttl, std::uint16_t id) {
    Ipv4Packet ip;
    ip.source = src;
    ip.destination = dst;
    ip.protocol = protocol;
    ip.ttl = ttl;
    ip.identification = id;
    ip.dontFragment = true;
    return ip;
}

Ipv6Packet ipv6Header(const Ipv6Address& src, const Ipv6Address& dst, std::uint8_t next,
                      std::uint8_t hopLimit) {
    Ipv6Packet ip;
    ip.source = src;
    ip.destination = dst;
    ip.nextHeader = next;
    ip.hopLimit = hopLimit;
    return ip;
}

void ethernetHeader(ByteWriter& out, const MacAddress& src, const MacAddress& dst, EtherType type) {
    EthernetFrame eth;
    eth.source = src;
    eth.destination = dst;
    eth.etherType = static_cast<std::uint16_t>(type);
    eth.encodeHeaderTo(out);
}

void writeUdpOverIpv4(ByteWriter& out, const Ipv4Address& srcIp, const Ipv4Address& dstIp,
                      std::uint16_t srcPort, std::uint16_t dstPort,
                      std::span<const std::uint8_t> payload, std::uint8_t ttl, std::uint16_t ipId) {
    const std::size_t udpLength = UdpDatagram::kHeaderSize + payload.size();
    ipv4Header(srcIp, dstIp, kUdp, ttl, ipId).encodeHeaderTo(out, udpLength);
    UdpDatagram::encodeTo(
        out, srcPort, dstPort, payload,
        Checksum::pseudoHeader(srcIp, dstIp, kUdp, static_cast<std::uint16_t>(udpLength)));
}

void writeTcpOverIpv4(ByteWriter& out, const Ipv4Address& srcIp, const Ipv4Address& dstIp,
                      const TcpSegment& segment, std::span<const std::uint8_t> payload,
                      std::uint8_t ttl, std::uint16_t ipId) {
    const std::size_t tcpLength = segment.headerLength() + payload.size();
    ipv4Header(srcIp, dstIp, kTcp, ttl, ipId).encodeHeaderTo(out, tcpLength);
    segment.encodeTo(
        out, payload,
        Checksum::pseudoHeader(srcIp, dstIp, kTcp, static_cast<std::uint16_t>(tcpLength)));
}

} // namespace

std::vector<std::uint8_t> FrameBuilder::udpOverIpv4OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Address& srcIp,
    const Ipv4Address& dstIp, std::uint16_t srcPort, std::uint16_t dstPort,
    std::span<const std::uint8_t> payload, std::uint8_t ttl, std::uint16_t ipId) {
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + Ipv4Packet::kMinHeaderSize +
                  UdpDatagram::kHeaderSize + payload.size());
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv4);
    writeUdpOverIpv4(out, srcIp, dstIp, srcPort, dstPort, payload, ttl, ipId);
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::tcpOverIpv4OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Address& srcIp,
    const Ipv4Address& dstIp, const TcpSegment& segment, std::span<const std::uint8_t> payload,
    std::uint8_t ttl, std::uint16_t ipId) {
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + Ipv4Packet::kMinHeaderSize + segment.headerLength() +
                  payload.size());
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv4);
    writeTcpOverIpv4(out, srcIp, dstIp, segment, payload, ttl, ipId);
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::tcpOverIpv4OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Address& srcIp,
    const Ipv4Address& dstIp, const TcpSegment& segment, std::uint8_t ttl, std::uint16_t ipId) {
    return tcpOverIpv4OverEthernet(srcMac, dstMac, srcIp, dstIp, segment, segment.payload, ttl,
                                   ipId);
}

std::vector<std::uint8_t> FrameBuilder::udpOverIpv6OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv6Address& srcIp,
    const Ipv6Address& dstIp, std::uint16_t srcPort, std::uint16_t dstPort,
    std::span<const std::uint8_t> payload, std::uint8_t hopLimit) {
    const std::size_t udpLength = UdpDatagram::kHeaderSize + payload.size();
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + Ipv6Packet::kHeaderSize + udpLength);
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv6);
    ipv6Header(srcIp, dstIp, kUdp, hopLimit).encodeHeaderTo(out, udpLength);
    UdpDatagram::encodeTo(
        out, srcPort, dstPort, payload,
        Checksum::pseudoHeader(srcIp, dstIp, kUdp, static_cast<std::uint32_t>(udpLength)));
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::tcpOverIpv6OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv6Address& srcIp,
    const Ipv6Address& dstIp, const TcpSegment& segment, std::span<const std::uint8_t> payload,
    std::uint8_t hopLimit) {
    const std::size_t tcpLength = segment.headerLength() + payload.size();
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + Ipv6Packet::kHeaderSize + tcpLength);
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv6);
    ipv6Header(srcIp, dstIp, kTcp, hopLimit).encodeHeaderTo(out, tcpLength);
    segment.encodeTo(
        out, payload,
        Checksum::pseudoHeader(srcIp, dstIp, kTcp, static_cast<std::uint32_t>(tcpLength)));
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::icmpOverIpv4OverEthernet(
    const MacAddress& srcMac, const MacAddress& dstMac, const Ipv4Address& srcIp,
    const Ipv4Address& dstIp, const IcmpMessage& message, std::uint8_t ttl, std::uint16_t ipId) {
    const std::size_t icmpLength = IcmpMessage::kHeaderSize + message.payload.size();
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + Ipv4Packet::kMinHeaderSize + icmpLength);
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv4);
    ipv4Header(srcIp, dstIp, kIcmp, ttl, ipId).encodeHeaderTo(out, icmpLength);
    message.encodeTo(out);
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::arpOverEthernet(const ArpPacket& arp) {
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + ArpPacket::kSize);
    ByteWriter out(frame);
    const bool request = arp.opcode == static_cast<std::uint16_t>(ArpPacket::Opcode::Request);
    ethernetHeader(out, arp.senderMac, request ? MacAddress::broadcast() : arp.targetMac,
                   EtherType::Arp);
    arp.encodeTo(out);
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::ipv4OverEthernet(const MacAddress& srcMac,
                                                         const MacAddress& dstMac,
                                                         const Ipv4Packet& header,
                                                         std::span<const std::uint8_t> payload) {
    std::vector<std::uint8_t> frame;
    frame.reserve(EthernetFrame::kHeaderSize + header.headerLength() + payload.size());
    ByteWriter out(frame);
    ethernetHeader(out, srcMac, dstMac, EtherType::Ipv4);
    header.encodeHeaderTo(out, payload.size());
    out.bytes(payload);
    return frame;
}

std::vector<std::uint8_t> FrameBuilder::udpOverIpv4(const Ipv4Address& srcIp,
                                                    const Ipv4Address& dstIp, std::uint16_t srcPort,
                                                    std::uint16_t dstPort,
                                                    std::span<const std::uint8_t> payload,
                                                    std::uint8_t ttl, std::uint16_t ipId) {
    std::vector<std::uint8_t> packet;
    packet.reserve(Ipv4Packet::kMinHeaderSize + UdpDatagram::kHeaderSize + payload.size());
    ByteWriter out(packet);
    writeUdpOverIpv4(out, srcIp, dstIp, srcPort, dstPort, payload, ttl, ipId);
    return packet;
}

std::vector<std::uint8_t> FrameBuilder::tcpOverIpv4(const Ipv4Address& srcIp,
                                                    const Ipv4Address& dstIp,
                                                    const TcpSegment& segment,
                                                    std::span<const std::uint8_t> payload,
                                                    std::uint8_t ttl, std::uint16_t ipId) {
    std::vector<std::uint8_t> packet;
    packet.reserve(Ipv4Packet::kMinHeaderSize + segment.headerLength() + payload.size());
    ByteWriter out(packet);
    writeTcpOverIpv4(out, srcIp, dstIp, segment, payload, ttl, ipId);
    return packet;
}

} // namespace hopscope::wire
