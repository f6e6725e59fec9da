// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/frame_builder.h"
#include "wire/icmp_message.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes icmpPart(const char* name) {
    const Bytes frame = golden::bytes(name);
    return Bytes(frame.begin() + 34, frame.end());
}

const Bytes kPing = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'};

TEST(IcmpMessage, EchoRoundTrip) {
    const Bytes request = icmpPart("eth_icmp_echo_request");
    const auto m = IcmpMessage::decode(request);
    ASSERT_TRUE(m) << m.problem;
    IcmpMessage expected = IcmpMessage::echoRequest(1, 1, kPing);
    expected.checksum = m->checksum;
    EXPECT_EQ(*m, expected);
    EXPECT_EQ(m->identifier(), 1);
    EXPECT_EQ(m->sequence(), 1);
    EXPECT_EQ(expected.encode(), request);
    EXPECT_EQ(m->info(64), golden::frame("eth_icmp_echo_request").info);

    const Bytes reply = icmpPart("eth_icmp_echo_reply");
    const auto r = IcmpMessage::decode(reply);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, 0);
    EXPECT_EQ(r->identifier(), 0x1234);
    EXPECT_EQ(r->sequence(), 0x0102);
    EXPECT_EQ(r->encode(), reply);
    EXPECT_EQ(r->info(55), golden::frame("eth_icmp_echo_reply").info);
}

TEST(IcmpMessage, ErrorsQuoteTheOriginalHeaderAndEightBytes) {
    const Bytes original = FrameBuilder::udpOverIpv4(
        Ipv4Address(192, 168, 1, 1), Ipv4Address(10, 0, 0, 2), 53000, 33434,
        Bytes{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'}, 1, 0x55);
    const auto unreachable = IcmpMessage::destinationUnreachable(3, original);
    EXPECT_EQ(unreachable.payload, Bytes(original.begin(), original.begin() + 28));
    EXPECT_EQ(unreachable.encode(), icmpPart("eth_icmp_port_unreachable"));
    EXPECT_EQ(unreachable.info(std::nullopt), golden::frame("eth_icmp_port_unreachable").info);

    const auto mtu = IcmpMessage::destinationUnreachable(4, original, 1400);
    EXPECT_EQ(mtu.sequence(), 1400);
    EXPECT_EQ(mtu.encode(), icmpPart("eth_icmp_fragmentation_needed"));
    EXPECT_EQ(mtu.info(std::nullopt), golden::frame("eth_icmp_fragmentation_needed").info);

    const auto reassembly = IcmpMessage::timeExceeded(1, original);
    EXPECT_EQ(reassembly.encode(), icmpPart("eth_icmp_reassembly_exceeded"));
    EXPECT_EQ(reassembly.info(std::nullopt), golden::frame("eth_icmp_reassembly_exceeded").info);
    EXPECT_TRUE(reassembly.quotesDatagram());
    EXPECT_FALSE(IcmpMessage::echoReply(1, 2, {}).quotesDatagram());

    // Codes outside the tables are named the way Wireshark names them.
    EXPECT_EQ(IcmpMessage::destinationUnreachable(16, original).info(std::nullopt),
              "Destination unreachable (Unknown code: 16)");
    EXPECT_EQ(IcmpMessage::timeExceeded(2, original).info(std::nullopt),
              "Time-to-live exceeded (Unknown code: 2)");
}

TEST(IcmpMessage, StructRoundTripAndTruncation) {
    IcmpMessage x = IcmpMessage::echoReply(0xffff, 0, Bytes{1, 2, 3});
    const Bytes bytes = x.encode();
    x.checksum = static_cast<std::uint16_t>((bytes[2] << 8) | bytes[3]);
    EXPECT_EQ(Checksum::compute(bytes), 0); // the whole message sums to 0xffff
    const auto back = IcmpMessage::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, x);
    for (std::size_t len = 0; len < 8; ++len) {
        EXPECT_EQ(IcmpMessage::decode(std::span(bytes).first(len))
                      .problem.rfind("ICMP header at byte 0 is truncated: it needs 8 bytes", 0),
                  0u);
    }
}

TEST(IcmpMessage, QuotedDatagramFieldsNestUnderTheIcmpLayer) {
    const Bytes frame = golden::bytes("eth_icmp_ttl_exceeded_tcp");
    const std::span<const std::uint8_t> message = std::span(frame).subspan(34);
    const auto m = IcmpMessage::decode(message);
    ASSERT_TRUE(m);
    Dissection d;
    d.layers.push_back(m->toLayer(34, message, true));
    ASSERT_EQ(d.find("ip.src").size(), 1u);
    EXPECT_EQ(d.find("ip.src")[0]->value, "192.168.1.1");
    EXPECT_EQ(d.find("ip.src")[0]->bitOffset, (42 + 12) * 8u);
    EXPECT_EQ(d.find("tcp.srcport")[0]->value, "49152");
    EXPECT_EQ(d.find("tcp.seq")[0]->value, "1000");
    EXPECT_EQ(d.find("icmp.unused")[0]->value, "00000000");
    EXPECT_EQ(d.find("icmp.checksum")[0]->display.substr(7), "[correct]");
}

} // namespace
} // namespace hopscope::wire
