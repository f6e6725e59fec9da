// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// A made-up capture of a home network talking to a server through a switch, a NAT gateway and
// an ISP router, written the way the lab writes its own: one pcapng interface per
// node:interface, every frame at each interface it crossed, its direction in epb_flags, and
// each interface's frames together (as the lab's capture rings hand them over), not in time
// order. Every length and checksum is computed (wire::FrameBuilder), so what changes between
// two copies is exactly what each device would change.
//
//   laptop:eth0 - home-switch:eth0 | home-switch:eth1 - home-router:eth0 | NAT |
//   home-router:eth1 - isp-router:eth0 | isp-router:eth1 - server:eth0

#include "wire/arp_packet.h"
#include "wire/frame_builder.h"
#include "wire/icmp_message.h"
#include "wire/pcapng_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace hopscope::testing {

class NatPathCapture {
public:
    enum Point : std::size_t {
        Laptop,
        SwitchToLaptop,
        SwitchToRouter,
        RouterInside,
        RouterOutside,
        IspInside,
        IspOutside,
        Server,
        kPoints,
    };
    static constexpr std::array<const char*, kPoints> kNames = {
        "laptop:eth0",      "home-switch:eth0", "home-switch:eth1", "home-router:eth0",
        "home-router:eth1", "isp-router:eth0",  "isp-router:eth1",  "server:eth0"};

    static inline const wire::MacAddress kLaptopMac{{0x02, 0x4c, 0x41, 0x42, 0x01, 0x00}};
    static inline const wire::MacAddress kRouterInsideMac{{0x02, 0x4c, 0x41, 0x42, 0x03, 0x00}};
    static inline const wire::MacAddress kRouterOutsideMac{{0x02, 0x4c, 0x41, 0x42, 0x03, 0x01}};
    static inline const wire::MacAddress kIspInsideMac{{0x02, 0x4c, 0x41, 0x42, 0x04, 0x00}};
    static inline const wire::MacAddress kIspOutsideMac{{0x02, 0x4c, 0x41, 0x42, 0x04, 0x01}};
    static inline const wire::MacAddress kServerMac{{0x02, 0x4c, 0x41, 0x42, 0x05, 0x00}};
    static inline const wire::Ipv4Address kLaptop{192, 168, 1, 10};
    static inline const wire::Ipv4Address kRouterLan{192, 168, 1, 1};
    static inline const wire::Ipv4Address kPublic{198, 18, 0, 2};
    static inline const wire::Ipv4Address kIsp{198, 18, 0, 1};
    static inline const wire::Ipv4Address kServer{198, 51, 100, 10};

    static constexpr std::uint16_t kLaptopPort = 40000;
    static constexpr std::uint16_t kNatPort = 61000; // NAT gives the connection another port
    static constexpr std::uint16_t kEchoId = 0x0101;
    static constexpr std::uint16_t kNatEchoId = 0x0202;
    static constexpr std::uint16_t kUdpPort = 50000;
    static constexpr std::uint16_t kNatUdpPort = 62000;

    // The packets, in the time order of their first copies (the journeys' order).
    enum Journey : std::size_t {
        ArpRequest,   // laptop to the router through the switch only
        Syn,          // laptop to server, source NAT
        SynAck,       // server to laptop, translated back
        EchoRequest,  // ping: NAT maps the identifier like a port
        EchoReply,    //
        SynAgain,     // the SYN sent again, byte for byte (no timestamps)
        UdpTtl2,      // a datagram whose TTL runs out at the ISP router
        TimeExceeded, // the ISP router's ICMP error, quote translated back at the NAT
        kJourneys,
    };

    NatPathCapture() {
        const auto arp = wire::FrameBuilder::arpOverEthernet(
            wire::ArpPacket::request(kLaptopMac, kLaptop, kRouterLan));
        travel(kOutbound, 4, at(0.5), [&](Point) { return arp; });

        const auto syn = [&](Point p) { return synFrame(p); };
        travel(kOutbound, kPoints, at(1.0), syn);
        travel(kInbound, kPoints, at(1.001), [&](Point p) { return synAckFrame(p); });
        travel(kOutbound, kPoints, at(2.0), [&](Point p) { return echoFrame(p, true); });
        travel(kInbound, kPoints, at(2.001), [&](Point p) { return echoFrame(p, false); });
        travel(kOutbound, kPoints, at(4.0), syn);
        // The datagram gets as far as the ISP router, which answers from its inside port.
        travel(kOutbound, IspInside + 1, at(5.0), [&](Point p) { return udpFrame(p); });
        travel({IspInside, RouterOutside, RouterInside, SwitchToRouter, SwitchToLaptop, Laptop},
               at(5.001), [&](Point p) { return timeExceededFrame(p); });
        // Seen at one interface only: no journey of two hops.
        m_sightings.push_back(
            Sighting{Server, wire::PacketDirection::Inbound, at(6.0),
                     wire::FrameBuilder::udpOverIpv4OverEthernet(
                         kIspOutsideMac, kServerMac, kIsp, kServer, 123, 123, bytes("lonely"))});
    }

    // The pcapng file's bytes.
    [[nodiscard]] std::string file() const {
        std::ostringstream out;
        wire::PcapngWriter writer(out);
        std::array<std::uint32_t, kPoints> ids{};
        for (std::size_t p = 0; p < kPoints; ++p) {
            ids[p] = writer.addInterface(wire::LinkType::Ethernet, kNames[p]);
        }
        auto sorted = m_sightings;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Sighting& a, const Sighting& b) { return a.point < b.point; });
        for (const auto& s : sorted) {
            writer.writeOn(ids[s.point], s.timeNs, s.frame, s.direction);
        }
        return out.str();
    }

    // The frame a point saw of a SYN (the first or the one sent again).
    [[nodiscard]] static std::vector<std::uint8_t> synFrame(Point p) {
        wire::TcpSegment s;
        s.sourcePort = p <= RouterInside ? kLaptopPort : kNatPort;
        s.destinationPort = 80;
        s.sequenceNumber = 1000;
        s.set(wire::TcpFlag::Syn);
        s.window = 64240;
        s.options.push_back(wire::TcpOption::maximumSegmentSize(1460));
        return tcpFrame(p, true, s, 0x1234);
    }

private:
    struct Sighting {
        Point point;
        wire::PacketDirection direction;
        std::int64_t timeNs;
        std::vector<std::uint8_t> frame;
    };
    static constexpr bool kOutbound = true;
    static constexpr bool kInbound = false;

    static std::int64_t at(double seconds) {
        return 1'767'225'600'000'000'000 + static_cast<std::int64_t>(seconds * 1e9);
    }
    static std::vector<std::uint8_t> bytes(const std::string& text) {
        return {text.begin(), text.end()};
    }

    // Each hop 5 µs after the one before; a frame leaves its sender, then enters the next node,
    // so the directions alternate from "out".
    void travel(const std::vector<Point>& path, std::int64_t startNs,
                const std::function<std::vector<std::uint8_t>(Point)>& frameAt) {
        for (std::size_t k = 0; k < path.size(); ++k) {
            m_sightings.push_back(Sighting{
                path[k],
                k % 2 == 0 ? wire::PacketDirection::Outbound : wire::PacketDirection::Inbound,
                startNs + static_cast<std::int64_t>(k) * 5000, frameAt(path[k])});
        }
    }
    void travel(bool outbound, std::size_t hops, std::int64_t startNs,
                const std::function<std::vector<std::uint8_t>(Point)>& frameAt) {
        std::vector<Point> path;
        for (std::size_t k = 0; k < hops; ++k) {
            path.push_back(static_cast<Point>(outbound ? k : kPoints - 1 - k));
        }
        travel(path, startNs, frameAt);
    }

    // The link a point is on: 0 the home network, 1 NAT to ISP, 2 ISP to server.
    static int linkOf(Point p) { return p <= RouterInside ? 0 : p <= IspInside ? 1 : 2; }
    // Source and destination MAC on that link, either way.
    static std::pair<wire::MacAddress, wire::MacAddress> macs(Point p, bool outbound) {
        static const std::array<std::pair<wire::MacAddress, wire::MacAddress>, 3> kOut = {
            std::pair{kLaptopMac, kRouterInsideMac}, std::pair{kRouterOutsideMac, kIspInsideMac},
            std::pair{kIspOutsideMac, kServerMac}};
        const auto& m = kOut[static_cast<std::size_t>(linkOf(p))];
        return outbound ? m : std::pair{m.second, m.first};
    }
    // TTL after the routers passed: 64 from the sender, one less per router.
    static std::uint8_t ttl(Point p, bool outbound) {
        const int link = linkOf(p);
        return static_cast<std::uint8_t>(64 - (outbound ? link : 2 - link));
    }
    // The laptop's address inside, the gateway's public one outside.
    static wire::Ipv4Address client(Point p) { return p <= RouterInside ? kLaptop : kPublic; }

    static std::vector<std::uint8_t> tcpFrame(Point p, bool outbound, const wire::TcpSegment& s,
                                              std::uint16_t ipId) {
        const auto [src, dst] = macs(p, outbound);
        return outbound ? wire::FrameBuilder::tcpOverIpv4OverEthernet(src, dst, client(p), kServer,
                                                                      s, ttl(p, true), ipId)
                        : wire::FrameBuilder::tcpOverIpv4OverEthernet(src, dst, kServer, client(p),
                                                                      s, ttl(p, false), ipId);
    }
    static std::vector<std::uint8_t> synAckFrame(Point p) {
        wire::TcpSegment s;
        s.sourcePort = 80;
        s.destinationPort = p <= RouterInside ? kLaptopPort : kNatPort;
        s.sequenceNumber = 5000;
        s.acknowledgmentNumber = 1001;
        s.set(wire::TcpFlag::Syn);
        s.set(wire::TcpFlag::Ack);
        s.window = 65160;
        s.options.push_back(wire::TcpOption::maximumSegmentSize(1460));
        return tcpFrame(p, false, s, 0);
    }
    static std::vector<std::uint8_t> echoFrame(Point p, bool request) {
        const std::uint16_t id = p <= RouterInside ? kEchoId : kNatEchoId;
        const auto data = bytes("hopscope ping data");
        const auto m = request ? wire::IcmpMessage::echoRequest(id, 1, data)
                               : wire::IcmpMessage::echoReply(id, 1, data);
        const auto [src, dst] = macs(p, request);
        return request ? wire::FrameBuilder::icmpOverIpv4OverEthernet(src, dst, client(p), kServer,
                                                                      m, ttl(p, true), 0x2000)
                       : wire::FrameBuilder::icmpOverIpv4OverEthernet(src, dst, kServer, client(p),
                                                                      m, ttl(p, false), 0x3000);
    }
    // The datagram as it was at a point, with the TTL it had there: 2 from the laptop.
    static std::vector<std::uint8_t> udpPacket(Point p, std::uint8_t hopsLeft) {
        return wire::FrameBuilder::udpOverIpv4(client(p), wire::Ipv4Address(198, 51, 100, 53),
                                               p <= RouterInside ? kUdpPort : kNatUdpPort, 53,
                                               bytes("query"), hopsLeft, 0x4000);
    }
    static std::vector<std::uint8_t> udpFrame(Point p) {
        const auto [src, dst] = macs(p, true);
        return wire::FrameBuilder::udpOverIpv4OverEthernet(
            src, dst, client(p), wire::Ipv4Address(198, 51, 100, 53),
            p <= RouterInside ? kUdpPort : kNatUdpPort, 53, bytes("query"),
            p <= RouterInside ? 2 : 1, 0x4000);
    }
    // RFC 792: the ISP router quotes the datagram as it arrived (TTL 1); the NAT gateway puts
    // the laptop's address and port back into the quote (RFC 5508, ICMP error payload translation).
    static std::vector<std::uint8_t> timeExceededFrame(Point p) {
        const auto m = wire::IcmpMessage::timeExceeded(0, udpPacket(p, 1));
        const auto [src, dst] = macs(p, false);
        const std::uint8_t hopsLeft = p <= RouterInside ? 63 : 64;
        return wire::FrameBuilder::icmpOverIpv4OverEthernet(src, dst, kIsp, client(p), m, hopsLeft,
                                                            0x5000);
    }

    std::vector<Sighting> m_sightings;
};

} // namespace hopscope::testing
