// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/lab_dns_capture.h"
#include "wire/dns_message.h"
#include "wire/frame_builder.h"

#include <gtest/gtest.h>
#include <string>

using namespace hopscope;
using engine::LabDnsCapture;
using wire::PacketDirection;

namespace {

std::vector<std::uint8_t> dnsQuery(std::uint16_t id) {
    return *wire::DnsMessage::query(id, *wire::DnsName::parse("www.foobar.com"), wire::DnsType::A,
                                    wire::DnsClass::IN, true, 1232)
                .encode();
}

std::vector<std::uint8_t> frameOf(const std::vector<std::uint8_t>& dns, std::uint8_t lastMacByte,
                                  wire::Ipv4Address from, wire::Ipv4Address to) {
    return wire::FrameBuilder::udpOverIpv4OverEthernet(
        wire::MacAddress({0x02, 0x4c, 0x41, 0x42, 0x00, lastMacByte}),
        wire::MacAddress({0x02, 0x4c, 0x41, 0x42, 0x00, 0xff}), from, to, 40000, 53, dns);
}

// What the accounts say: a frame drawn for the display addresses, with the real DNS bytes.
trace::EventData accounted(std::int64_t t, const std::string& from, const std::string& to,
                           const std::vector<std::uint8_t>& dns) {
    trace::EventData e;
    e.timeNs = t;
    e.source = trace::SourceKind::Live;
    e.from = from;
    e.to = to;
    e.frame = frameOf(dns, 0x99, wire::Ipv4Address(10, 9, 9, 9), wire::Ipv4Address(10, 8, 8, 8));
    e.note = from + " asks " + to;
    return e;
}

void capture(LabDnsCapture& lab, std::int64_t t, const std::string& at, PacketDirection direction,
             const std::vector<std::uint8_t>& frame) {
    wire::CapturePacket packet;
    packet.timeNs = t;
    packet.direction = direction;
    packet.data = frame;
    packet.originalLength = static_cast<std::uint32_t>(frame.size());
    wire::CaptureInterface interface;
    interface.name = at;
    lab.add(packet, interface);
}

std::optional<LabDnsCapture::Place> senderPlace(const trace::EventData& e) {
    return LabDnsCapture::Place{e.from, PacketDirection::Outbound};
}

} // namespace

TEST(LabDnsCapture, KeepsOnlyFramesThatCarryDns) {
    LabDnsCapture lab;
    capture(lab, 1, "laptop:eth0", PacketDirection::Outbound,
            frameOf(dnsQuery(1), 1, wire::Ipv4Address(192, 168, 1, 10),
                    wire::Ipv4Address(198, 18, 1, 53)));
    capture(lab, 2, "laptop:eth0", PacketDirection::Outbound, {0x01, 0x02, 0x03});
    EXPECT_EQ(lab.size(), 1U);
}

TEST(LabDnsCapture, PairsEachMessageWithTheCopyItsSenderSentOnceAllHaveCome) {
    LabDnsCapture lab;
    const auto first = dnsQuery(0x1111);
    const auto second = dnsQuery(0x2222);
    std::vector<trace::EventData> events = {accounted(500, "laptop", "resolver", first),
                                            accounted(900, "resolver", "root", second)};
    // The copy the switch forwarded and the one the resolver received are not the sender's.
    capture(lab, 1'000'000, "switch:p1", PacketDirection::Inbound,
            frameOf(first, 7, wire::Ipv4Address(192, 168, 1, 10), wire::Ipv4Address(1, 1, 1, 1)));
    const auto sent =
        frameOf(first, 1, wire::Ipv4Address(192, 168, 1, 10), wire::Ipv4Address(198, 18, 1, 53));
    capture(lab, 1'000'010, "laptop:eth0", PacketDirection::Outbound, sent);
    auto copy = events;
    EXPECT_FALSE(lab.pair(copy, senderPlace, false)) << "the resolver's query has not come yet";
    EXPECT_EQ(copy[0].source, trace::SourceKind::Live) << "nothing changes until all have come";

    capture(
        lab, 1'000'600, "resolver:eth0", PacketDirection::Outbound,
        frameOf(second, 2, wire::Ipv4Address(198, 18, 1, 53), wire::Ipv4Address(198, 41, 0, 4)));
    ASSERT_TRUE(lab.pair(events, senderPlace, false));
    EXPECT_EQ(events[0].frame, sent);
    EXPECT_EQ(events[0].timeNs, 1'000'010);
    EXPECT_EQ(events[0].capturedAt, "laptop:eth0");
    EXPECT_EQ(events[0].source, trace::SourceKind::Lab);
    EXPECT_EQ(events[0].note, "laptop asks resolver") << "the account's words stay";
    EXPECT_EQ(events[1].capturedAt, "resolver:eth0");
    EXPECT_EQ(events[1].timeNs, 1'000'600);
    // Paired copies are spent; the switch's copy stays.
    EXPECT_EQ(lab.size(), 1U);
}

TEST(LabDnsCapture, AMessageSentTwicePairsWithItsCopiesInOrder) {
    LabDnsCapture lab;
    const auto retry = dnsQuery(0x3333);
    std::vector<trace::EventData> events = {accounted(0, "resolver", "root", retry),
                                            accounted(1'000'000, "resolver", "root", retry)};
    capture(lab, 10, "resolver:eth0", PacketDirection::Outbound,
            frameOf(retry, 2, wire::Ipv4Address(198, 18, 1, 53), wire::Ipv4Address(198, 41, 0, 4)));
    capture(lab, 20, "resolver:eth0", PacketDirection::Outbound,
            frameOf(retry, 2, wire::Ipv4Address(198, 18, 1, 53), wire::Ipv4Address(198, 41, 0, 4)));
    ASSERT_TRUE(lab.pair(events, senderPlace, false));
    EXPECT_EQ(events[0].timeNs, 10);
    EXPECT_EQ(events[1].timeNs, 20);
    EXPECT_EQ(lab.size(), 0U);
}

TEST(LabDnsCapture, AtTheEndAMessageWithoutACopyKeepsItsDrawnFrameAndSaysSo) {
    LabDnsCapture lab;
    const auto seen = dnsQuery(0x4444);
    const auto lost = dnsQuery(0x5555);
    std::vector<trace::EventData> events = {accounted(1000, "laptop", "resolver", seen),
                                            accounted(1500, "resolver", "root", lost)};
    const auto drawn = events[1].frame;
    capture(
        lab, 7'000'000, "laptop:eth0", PacketDirection::Outbound,
        frameOf(seen, 1, wire::Ipv4Address(192, 168, 1, 10), wire::Ipv4Address(198, 18, 1, 53)));
    ASSERT_TRUE(lab.pair(events, senderPlace, true));
    EXPECT_EQ(events[0].source, trace::SourceKind::Lab);
    EXPECT_EQ(events[1].source, trace::SourceKind::Live);
    EXPECT_EQ(events[1].frame, drawn);
    EXPECT_TRUE(events[1].capturedAt.empty());
    EXPECT_NE(events[1].note.find("drawn"), std::string::npos) << events[1].note;
    // Placed on the kernel's clock by its distance from the message that was captured.
    EXPECT_EQ(events[1].timeNs, 7'000'500);
}

TEST(LabDnsCapture, AnInboundCopyIsNotTakenForAnOutboundOne) {
    LabDnsCapture lab;
    const auto query = dnsQuery(0x6666);
    std::vector<trace::EventData> events = {accounted(0, "laptop", "resolver", query)};
    capture(
        lab, 5, "laptop:eth0", PacketDirection::Inbound,
        frameOf(query, 1, wire::Ipv4Address(192, 168, 1, 10), wire::Ipv4Address(198, 18, 1, 53)));
    EXPECT_FALSE(lab.pair(events, senderPlace, false));
}
