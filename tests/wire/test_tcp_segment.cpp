// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dissector_golden.h"
#include "wire/tcp_segment.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

const Ipv4Address kClient(10, 0, 0, 2);
const Ipv4Address kServer(192, 168, 1, 1);

Bytes tcpPart(const char* name, std::size_t offset = 34) {
    const Bytes frame = golden::bytes(name);
    return Bytes(frame.begin() + static_cast<std::ptrdiff_t>(offset), frame.end());
}

TEST(TcpSegment, GoldenSynRoundTrip) {
    const Bytes bytes = tcpPart("eth_tcp_syn");
    const auto s = TcpSegment::decode(bytes);
    ASSERT_TRUE(s) << s.problem;
    EXPECT_EQ(s->sourcePort, 49152);
    EXPECT_EQ(s->destinationPort, 80);
    EXPECT_EQ(s->sequenceNumber, 1000u);
    EXPECT_EQ(s->acknowledgmentNumber, 0u);
    EXPECT_EQ(s->flags, static_cast<std::uint16_t>(TcpFlag::Syn));
    EXPECT_EQ(s->window, 64240);
    EXPECT_EQ(s->checksum, 0x8cf2); // tshark: tcp.checksum 0x8cf2
    EXPECT_EQ(s->urgentPointer, 0);
    const std::vector<TcpOption> expected = {
        TcpOption::maximumSegmentSize(1460), TcpOption::sackPermitted(),
        TcpOption::timestamps(12345, 0), TcpOption::noOperation(), TcpOption::windowScale(7)};
    EXPECT_EQ(s->options, expected);
    EXPECT_TRUE(s->optionPadding.empty());
    EXPECT_EQ(s->headerLength(), 40u);
    EXPECT_TRUE(s->payload.empty());
    EXPECT_EQ(s->encode(kClient, kServer), bytes);
    EXPECT_EQ(s->info(0), golden::frame("eth_tcp_syn").info);
}

TEST(TcpSegment, SackExperimentalUnknownAndEolPaddingRoundTrip) {
    const Bytes bytes = tcpPart("eth_tcp_all_flags_sack");
    const auto s = TcpSegment::decode(bytes);
    ASSERT_TRUE(s) << s.problem;
    EXPECT_EQ(s->flags, 0x1ff);
    for (auto f : {TcpFlag::Fin, TcpFlag::Syn, TcpFlag::Rst, TcpFlag::Psh, TcpFlag::Ack,
                   TcpFlag::Urg, TcpFlag::Ece, TcpFlag::Cwr, TcpFlag::Ae}) {
        EXPECT_TRUE(s->has(f));
    }
    EXPECT_FALSE(s->has(TcpFlag::Reserved));
    EXPECT_EQ(s->urgentPointer, 9);
    ASSERT_EQ(s->options.size(), 6u);
    EXPECT_EQ(s->options[2].sackBlocks(), (std::vector<SackBlock>{{100, 200}, {300, 400}}));
    EXPECT_EQ(s->options[3].kind, 253);
    EXPECT_EQ(s->options[4].kind, 99); // unknown kinds keep their bytes
    EXPECT_EQ(s->options[4].data().size(), 2u);
    EXPECT_TRUE(s->options[5].is(TcpOption::Kind::EndOfList));
    EXPECT_EQ(s->optionPadding, Bytes(5, 0));
    EXPECT_EQ(s->payload, (Bytes{'X', 'Y'}));
    EXPECT_EQ(s->encode(kClient, kServer), bytes);
    EXPECT_EQ(s->info(2), golden::frame("eth_tcp_all_flags_sack").info);
    EXPECT_EQ(s->flagNames(), "FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE");
}

TEST(TcpSegment, InfoMatchesTshark) {
    for (const char* name : {"eth_tcp_synack", "eth_tcp_psh_ack_data", "eth_tcp_rst_reserved_bits",
                             "eth_tcp_no_flags_wscale15"}) {
        const Bytes frame = golden::bytes(name);
        const auto s = TcpSegment::decode(std::span(frame).subspan(34));
        ASSERT_TRUE(s) << name;
        EXPECT_EQ(s->info(s->payload.size()), golden::frame(name).info) << name;
    }
}

TEST(TcpSegment, Ipv6ChecksumRoundTrip) {
    const Bytes bytes = tcpPart("eth_ipv6_tcp_v4mapped", 54);
    const auto s = TcpSegment::decode(bytes);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->payload, (Bytes{'a', 'b'}));
    EXPECT_EQ(s->encode(Ipv6Address::loopback(), *Ipv6Address::parse("::ffff:10.0.0.1")), bytes);
}

TEST(TcpSegment, StructRoundTrip) {
    TcpSegment x;
    x.sourcePort = 443;
    x.destinationPort = 50000;
    x.sequenceNumber = 0xffffffffu;
    x.acknowledgmentNumber = 1;
    x.set(TcpFlag::Ack);
    x.set(TcpFlag::Fin);
    x.set(TcpFlag::Cwr);
    x.set(TcpFlag::Cwr, false);
    x.window = 65535;
    x.urgentPointer = 0;
    const SackBlock blocks[] = {{1, 2}, {3, 4}, {5, 6}};
    x.options = {TcpOption::noOperation(), TcpOption::noOperation(), TcpOption::sack(blocks)};
    x.payload = {'b', 'y', 'e'};
    EXPECT_EQ(x.flags, TcpFlag::Ack | TcpFlag::Fin);
    EXPECT_EQ(x.headerLength(), 48u);
    const Bytes bytes = x.encode(kServer, kClient);
    ASSERT_EQ(bytes.size(), 51u);
    EXPECT_EQ(bytes[12] >> 4, 12); // data offset in 32-bit words
    x.checksum = static_cast<std::uint16_t>((bytes[16] << 8) | bytes[17]);
    EXPECT_EQ(TcpSegment::computeChecksum(Checksum::pseudoHeader(kServer, kClient, 6, 51), bytes),
              x.checksum);
    const auto back = TcpSegment::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, x);
}

TEST(TcpSegment, OptionAccessors) {
    EXPECT_EQ(TcpOption::maximumSegmentSize(536).mss(), 536);
    EXPECT_EQ(TcpOption::windowScale(14).shift(), 14);
    EXPECT_EQ(TcpOption::timestamps(7, 9).timestampValues(), std::make_pair(7u, 9u));
    EXPECT_FALSE(TcpOption::windowScale(1).mss());
    EXPECT_EQ(TcpOption::sackPermitted().wireSize(), 2u);
    EXPECT_EQ(TcpOption::noOperation().wireSize(), 1u);
    EXPECT_EQ(TcpOption::timestamps(1, 2).wireSize(), 10u);
    const Bytes big(50, 7);
    EXPECT_EQ(TcpOption::raw(200, big).data().size(), TcpOption::kMaxData);
    const std::uint8_t odd[] = {0, 1, 2};
    EXPECT_FALSE(TcpOption::raw(2, odd).mss()); // an MSS of the wrong length is not an MSS
}

TEST(TcpSegment, TruncatedHeadersAndBadOptions) {
    const Bytes bytes = tcpPart("eth_tcp_syn");
    for (std::size_t len = 0; len < 40; ++len) {
        const auto s = TcpSegment::decode(std::span(bytes).first(len));
        EXPECT_FALSE(s);
        EXPECT_EQ(s.problem, "TCP header at byte 0 is truncated: it needs " +
                                 std::to_string(len < 20 ? 20 : 40) + " bytes but only " +
                                 std::to_string(len) + (len == 1 ? " remains." : " remain."));
    }
    // Lenient decoding keeps what precedes a bad option and the rest as raw bytes.
    Bytes bad = bytes;
    bad[20 + 4 + 1] = 1; // SACK-permitted claims a length of 1
    ByteReader reader(bad);
    EXPECT_FALSE(TcpSegment::decodeHeader(reader));
    ByteReader lenientReader(bad);
    std::string optionProblem;
    const auto lenient = TcpSegment::decodeHeader(lenientReader, &optionProblem);
    ASSERT_TRUE(lenient);
    EXPECT_EQ(optionProblem,
              "TCP option at byte 24 (kind 4) has an invalid length of 1; the minimum is 2.");
    EXPECT_EQ(lenient->options, std::vector<TcpOption>{TcpOption::maximumSegmentSize(1460)});
    EXPECT_EQ(lenient->optionPadding.size(), 16u);
    EXPECT_EQ(lenient->encode(kClient, kServer).size(), 40u);

    std::vector<TcpOption> options;
    Bytes padding;
    EXPECT_EQ(TcpSegment::decodeOptions(Bytes{1, 1, 2}, 54, options, padding),
              "TCP option at byte 56 (kind 2) has no room for its length byte.");
    options.clear();
    EXPECT_EQ(TcpSegment::decodeOptions(Bytes{3, 1, 0, 0}, 54, options, padding),
              "TCP option at byte 54 (kind 3) has an invalid length of 1; the minimum is 2.");
    options.clear();
    EXPECT_EQ(TcpSegment::decodeOptions(Bytes{1, 8, 10, 0, 0}, 54, options, padding),
              "TCP option at byte 55 (kind 8) claims 10 bytes but only 4 are left in the header.");
    options.clear();
    EXPECT_EQ(TcpSegment::decodeOptions(Bytes{0, 9, 9, 9}, 54, options, padding), "");
    EXPECT_EQ(options.size(), 1u);
    EXPECT_EQ(padding, (Bytes{9, 9, 9}));
}

} // namespace
} // namespace hopscope::wire
