// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// PacketHopMatcher on a made-up capture of a home network: each packet followed through a
// switch (unchanged), the NAT gateway (addresses, ports, ICMP identifier and checksums
// rewritten, both ways, an ICMP error's quote too) and a router (MACs, TTL, checksum).
#include "../support/nat_path_capture.h"
#include "engine/packet_hop_matcher.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"

#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

using namespace hopscope;
using hopscope::testing::NatPathCapture;

namespace {

engine::PacketHopMatcher matcherOf(const std::string& file) {
    std::istringstream in(file);
    wire::CaptureReader reader(in);
    EXPECT_TRUE(reader.isOpen()) << reader.error();
    engine::PacketHopMatcher matcher;
    wire::CapturePacket packet;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        engine::HopCapture c;
        c.frame = packet.number;
        c.interface = reader.interfaces().at(packet.interfaceId).name;
        c.timeNs = packet.timeNs;
        c.direction = packet.direction;
        c.linkType = packet.linkType;
        c.data = packet.data;
        matcher.add(std::move(c));
    }
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    return matcher;
}

struct Matched {
    engine::PacketHopMatcher matcher;
    std::vector<engine::PacketJourney> journeys;
};

const Matched& matched() {
    static const Matched m = [] {
        Matched r{matcherOf(NatPathCapture().file()), {}};
        r.journeys = r.matcher.journeys();
        return r;
    }();
    return m;
}

const engine::PacketJourney& journey(NatPathCapture::Journey j) {
    const auto& all = matched().journeys;
    EXPECT_EQ(all.size(), NatPathCapture::kJourneys);
    static const engine::PacketJourney none;
    return j < all.size() ? all[j] : none;
}

// field name -> (before, after)
std::map<std::string, std::pair<std::string, std::string>> changes(const engine::PacketJourney& j,
                                                                   std::size_t hop) {
    std::map<std::string, std::pair<std::string, std::string>> out;
    if (hop < j.hops.size()) {
        for (const auto& c : j.hops[hop].changes) {
            EXPECT_TRUE(out.emplace(c.name(), std::pair{c.before, c.after}).second) << c.name();
        }
    }
    return out;
}

std::set<std::string> names(const std::map<std::string, std::pair<std::string, std::string>>& m) {
    std::set<std::string> out;
    for (const auto& [name, values] : m) {
        out.insert(name);
    }
    return out;
}

std::vector<std::string> interfaces(const engine::PacketJourney& j) {
    std::vector<std::string> out;
    for (const auto& h : j.hops) {
        out.push_back(h.interface);
    }
    return out;
}

const std::vector<std::string> kOutward(NatPathCapture::kNames.begin(),
                                        NatPathCapture::kNames.end());
const std::vector<std::string> kInward(NatPathCapture::kNames.rbegin(),
                                       NatPathCapture::kNames.rend());

unsigned hexValue(const std::string& text) {
    return static_cast<unsigned>(std::stoul(text, nullptr, 16));
}

} // namespace

TEST(PacketHopMatcher, FollowsEveryPacketAcrossItsInterfacesInTimeOrder) {
    const auto& m = matched();
    ASSERT_EQ(m.journeys.size(), NatPathCapture::kJourneys);
    // The file holds each interface's frames together: the journeys are in time order anyway.
    std::int64_t lastStart = 0;
    for (const auto& j : m.journeys) {
        EXPECT_GT(j.hops.front().timeNs, lastStart);
        lastStart = j.hops.front().timeNs;
        for (std::size_t k = 1; k < j.hops.size(); ++k) {
            EXPECT_GT(j.hops[k].timeNs, j.hops[k - 1].timeNs);
        }
    }
    EXPECT_EQ(interfaces(journey(NatPathCapture::Syn)), kOutward);
    EXPECT_EQ(interfaces(journey(NatPathCapture::SynAck)), kInward);
    EXPECT_EQ(interfaces(journey(NatPathCapture::EchoRequest)), kOutward);
    EXPECT_EQ(interfaces(journey(NatPathCapture::EchoReply)), kInward);
    // Every frame is in exactly one journey, but the one seen once only.
    std::set<std::uint64_t> frames;
    for (const auto& j : m.journeys) {
        for (const auto& h : j.hops) {
            EXPECT_TRUE(frames.insert(h.frame).second) << "frame " << h.frame << " twice";
            EXPECT_EQ(m.matcher.captures()[h.capture].frame, h.frame);
        }
    }
    EXPECT_EQ(frames.size() + 1, m.matcher.captures().size());
    EXPECT_EQ(m.matcher.journeys(1).size(), NatPathCapture::kJourneys + 1);
}

TEST(PacketHopMatcher, SaysWhichWayEachCopyWentThroughWhichNode) {
    const auto& j = journey(NatPathCapture::Syn);
    ASSERT_EQ(j.hops.size(), 8U);
    EXPECT_EQ(j.hops[0].node, "laptop");
    EXPECT_EQ(j.hops[0].direction, wire::PacketDirection::Outbound);
    EXPECT_EQ(j.hops[1].node, "home-switch");
    EXPECT_EQ(j.hops[1].direction, wire::PacketDirection::Inbound);
    EXPECT_EQ(j.hops[4].node, "home-router");
    EXPECT_EQ(j.hops[4].direction, wire::PacketDirection::Outbound);
    EXPECT_EQ(j.hops[7].node, "server");
    EXPECT_EQ(j.hops[7].direction, wire::PacketDirection::Inbound);
}

TEST(PacketHopMatcher, ASwitchAndEachLinkChangeNothing) {
    for (const auto which : {NatPathCapture::ArpRequest, NatPathCapture::Syn}) {
        const auto& j = journey(which);
        ASSERT_GE(j.hops.size(), 4U);
        for (std::size_t k = 0; k < 4; ++k) {
            EXPECT_TRUE(j.hops[k].changes.empty()) << "hop " << k << " of journey " << which;
        }
    }
    EXPECT_EQ(journey(NatPathCapture::ArpRequest).hops.size(), 4U);
    // Across each link (a veth pair) the frame arrives as it left.
    const auto& syn = journey(NatPathCapture::Syn);
    for (const std::size_t k : {5U, 7U}) {
        EXPECT_TRUE(syn.hops[k].changes.empty()) << k;
    }
}

TEST(PacketHopMatcher, TheNatGatewayRewritesSourceAddressPortAndChecksumsOnTheWayOut) {
    const auto c = changes(journey(NatPathCapture::Syn), NatPathCapture::RouterOutside);
    EXPECT_EQ(names(c), (std::set<std::string>{"eth.dst", "eth.src", "ip.ttl", "ip.checksum",
                                               "ip.src", "tcp.srcport", "tcp.checksum"}));
    EXPECT_EQ(c.at("eth.src"),
              (std::pair<std::string, std::string>{"02:4c:41:42:01:00", "02:4c:41:42:03:01"}));
    EXPECT_EQ(c.at("eth.dst"),
              (std::pair<std::string, std::string>{"02:4c:41:42:03:00", "02:4c:41:42:04:00"}));
    EXPECT_EQ(c.at("ip.ttl"), (std::pair<std::string, std::string>{"64", "63"}));
    EXPECT_EQ(c.at("ip.src"), (std::pair<std::string, std::string>{"192.168.1.10", "198.18.0.2"}));
    EXPECT_EQ(c.at("tcp.srcport"), (std::pair<std::string, std::string>{"40000", "61000"}));
    EXPECT_NE(c.at("ip.checksum").first, c.at("ip.checksum").second);
    EXPECT_NE(c.at("tcp.checksum").first, c.at("tcp.checksum").second);
}

TEST(PacketHopMatcher, TheNatGatewayTranslatesTheReplyBack) {
    const auto& j = journey(NatPathCapture::SynAck);
    ASSERT_EQ(j.hops.size(), 8U);
    // Inward, home-router:eth0 is the fifth copy.
    ASSERT_EQ(j.hops[4].interface, "home-router:eth0");
    const auto c = changes(j, 4);
    EXPECT_EQ(names(c), (std::set<std::string>{"eth.dst", "eth.src", "ip.ttl", "ip.checksum",
                                               "ip.dst", "tcp.dstport", "tcp.checksum"}));
    EXPECT_EQ(c.at("ip.dst"), (std::pair<std::string, std::string>{"198.18.0.2", "192.168.1.10"}));
    EXPECT_EQ(c.at("tcp.dstport"), (std::pair<std::string, std::string>{"61000", "40000"}));
    EXPECT_EQ(c.at("ip.ttl"), (std::pair<std::string, std::string>{"63", "62"}));
}

TEST(PacketHopMatcher, ARouterChangesMacsTtlAndTheChecksumByRfc1624sIncrementalUpdate) {
    const auto c = changes(journey(NatPathCapture::Syn), NatPathCapture::IspOutside);
    EXPECT_EQ(names(c), (std::set<std::string>{"eth.dst", "eth.src", "ip.ttl", "ip.checksum"}));
    EXPECT_EQ(c.at("ip.ttl"), (std::pair<std::string, std::string>{"63", "62"}));
    // TTL is the high byte of its 16-bit word: one less adds 0x0100 to the one's complement
    // checksum (with the end-around carry).
    unsigned sum = hexValue(c.at("ip.checksum").first) + 0x0100;
    sum = (sum & 0xffff) + (sum >> 16);
    EXPECT_EQ(hexValue(c.at("ip.checksum").second), sum);
}

TEST(PacketHopMatcher, NatMapsThePingIdentifierLikeAPortBothWays) {
    const auto out = changes(journey(NatPathCapture::EchoRequest), NatPathCapture::RouterOutside);
    EXPECT_EQ(out.at("icmp.ident"), (std::pair<std::string, std::string>{"257", "514"}));
    EXPECT_EQ(out.at("ip.src"),
              (std::pair<std::string, std::string>{"192.168.1.10", "198.18.0.2"}));
    EXPECT_TRUE(out.count("icmp.checksum"));
    const auto back = changes(journey(NatPathCapture::EchoReply), 4);
    EXPECT_EQ(back.at("icmp.ident"), (std::pair<std::string, std::string>{"514", "257"}));
    EXPECT_EQ(back.at("ip.dst"),
              (std::pair<std::string, std::string>{"198.18.0.2", "192.168.1.10"}));
}

TEST(PacketHopMatcher, ASegmentSentAgainByteForByteIsAJourneyOfItsOwn) {
    const auto& first = journey(NatPathCapture::Syn);
    const auto& again = journey(NatPathCapture::SynAgain);
    EXPECT_EQ(interfaces(again), kOutward);
    ASSERT_EQ(first.hops.size(), again.hops.size());
    for (std::size_t k = 0; k < first.hops.size(); ++k) {
        EXPECT_GT(again.hops[k].timeNs, first.hops.back().timeNs);
        EXPECT_EQ(changes(first, k), changes(again, k));
    }
}

TEST(PacketHopMatcher, AnIcmpErrorIsMatchedThroughNatWithItsQuoteTranslated) {
    const auto& udp = journey(NatPathCapture::UdpTtl2);
    EXPECT_EQ(interfaces(udp), std::vector<std::string>(kOutward.begin(), kOutward.begin() + 6));
    EXPECT_EQ(changes(udp, NatPathCapture::RouterOutside).at("udp.srcport"),
              (std::pair<std::string, std::string>{"50000", "62000"}));

    const auto& error = journey(NatPathCapture::TimeExceeded);
    ASSERT_EQ(error.hops.size(), 6U);
    ASSERT_EQ(error.hops[2].interface, "home-router:eth0");
    const auto c = changes(error, 2);
    // The outer header as for any reply; in the quote (the second IP header of the frame),
    // the laptop's own address and port, and the checksums that cover them.
    EXPECT_EQ(c.at("ip.dst"), (std::pair<std::string, std::string>{"198.18.0.2", "192.168.1.10"}));
    EXPECT_EQ(c.at("ip.src#2"),
              (std::pair<std::string, std::string>{"198.18.0.2", "192.168.1.10"}));
    EXPECT_TRUE(c.count("ip.checksum#2"));
    EXPECT_EQ(c.at("udp.srcport"), (std::pair<std::string, std::string>{"62000", "50000"}));
    EXPECT_TRUE(c.count("udp.checksum"));
    EXPECT_TRUE(c.count("icmp.checksum"));
    EXPECT_FALSE(c.count("ip.ttl#2")) << "NAT leaves the quoted TTL alone";
}

TEST(PacketHopMatcher, ChangedFieldsNamesFieldsOnlyOneCopyHas) {
    const auto before =
        wire::dissect(wire::LinkType::Ethernet, NatPathCapture::synFrame(NatPathCapture::Laptop));
    EXPECT_TRUE(engine::PacketHopMatcher::changedFields(before, before).empty());
    // The same SYN without its MSS option.
    wire::TcpSegment s;
    s.sourcePort = NatPathCapture::kLaptopPort;
    s.destinationPort = 80;
    s.sequenceNumber = 1000;
    s.set(wire::TcpFlag::Syn);
    s.window = 64240;
    const auto after =
        wire::dissect(wire::LinkType::Ethernet,
                      wire::FrameBuilder::tcpOverIpv4OverEthernet(
                          NatPathCapture::kLaptopMac, NatPathCapture::kRouterInsideMac,
                          NatPathCapture::kLaptop, NatPathCapture::kServer, s, 64, 0x1234));
    std::map<std::string, engine::FieldChange> c;
    for (const auto& change : engine::PacketHopMatcher::changedFields(before, after)) {
        c.emplace(change.name(), change);
    }
    ASSERT_TRUE(c.count("tcp.options.mss_val"));
    EXPECT_EQ(c.at("tcp.options.mss_val").before, "1460");
    EXPECT_TRUE(c.at("tcp.options.mss_val").after.empty());
    EXPECT_GT(c.at("tcp.options.mss_val").beforeBits.length, 0U);
    EXPECT_EQ(c.at("tcp.options.mss_val").afterBits.length, 0U);
    ASSERT_TRUE(c.count("ip.len"));
    EXPECT_EQ(c.at("ip.len").before, "44");
    EXPECT_EQ(c.at("ip.len").after, "40");
    EXPECT_EQ(c.at("ip.len").afterBits.offset, (14U + 2U) * 8U);
    EXPECT_EQ(c.at("ip.len").afterBits.length, 16U);
}

TEST(PacketHopMatcher, WhatNatMayChangeIsLeftOutOfTheKeyAndNothingElse) {
    using M = engine::PacketHopMatcher;
    const auto inside = NatPathCapture::synFrame(NatPathCapture::Laptop);
    const auto outside = NatPathCapture::synFrame(NatPathCapture::RouterOutside);
    EXPECT_FALSE(M::invariantKey(wire::LinkType::Ethernet, inside).empty());
    EXPECT_EQ(M::invariantKey(wire::LinkType::Ethernet, inside),
              M::invariantKey(wire::LinkType::Ethernet, outside));
    // Ethernet padding is each link's own.
    auto padded = inside;
    padded.resize(padded.size() + 6, 0xee);
    EXPECT_EQ(M::invariantKey(wire::LinkType::Ethernet, inside),
              M::invariantKey(wire::LinkType::Ethernet, padded));
    // Another sequence number is another segment.
    auto other = inside;
    other[14 + 20 + 7] ^= 1;
    EXPECT_NE(M::invariantKey(wire::LinkType::Ethernet, inside),
              M::invariantKey(wire::LinkType::Ethernet, other));
    EXPECT_TRUE(M::invariantKey(wire::LinkType::Ethernet, {}).empty());
}
