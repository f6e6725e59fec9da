// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/checksum.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <span>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

// RFC 1071 section 3, "Numerical Examples": the sum of these bytes is 0xddf2.
const Bytes kRfc1071 = {0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};

TEST(Checksum, Rfc1071NumericalExample) {
    Checksum c;
    c.add(kRfc1071);
    EXPECT_EQ(c.sum(), 0xddf2);
    EXPECT_EQ(c.finish(), 0x220d);
    EXPECT_EQ(Checksum::compute(kRfc1071), 0x220d);
}

TEST(Checksum, KnownIpv4Header) {
    // A classic header (192.168.0.1 -> 192.168.0.199, UDP) whose checksum is 0xb861.
    Bytes header = {0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
                    0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7};
    EXPECT_EQ(Checksum::compute(header), 0xb861);
    header[10] = 0xb8;
    header[11] = 0x61;
    Checksum c;
    c.add(header);
    EXPECT_TRUE(c.verifies());
    header[15] ^= 1;
    Checksum damaged;
    damaged.add(header);
    EXPECT_FALSE(damaged.verifies());
}

TEST(Checksum, OddLengthPadsTheLastByteWithZero) {
    EXPECT_EQ(Checksum::compute(Bytes{0x01}), 0xfeff);
    EXPECT_EQ(Checksum::compute(Bytes{0x01, 0x02, 0x03}),
              Checksum::compute(Bytes{0x01, 0x02, 0x03, 0x00}));
    EXPECT_EQ(Checksum::compute(Bytes{}), 0xffff);
}

TEST(Checksum, SplitAddsEqualOneAdd) {
    std::mt19937 rng(1071);
    for (int round = 0; round < 50; ++round) {
        Bytes data(static_cast<std::size_t>(rng() % 64));
        for (auto& b : data) {
            b = static_cast<std::uint8_t>(rng());
        }
        const std::uint16_t whole = Checksum::compute(data);
        for (std::size_t a = 0; a <= data.size(); ++a) {
            for (std::size_t b = a; b <= data.size(); b += 3) {
                Checksum c;
                const std::span<const std::uint8_t> s(data);
                c.add(s.subspan(0, a));
                c.add(s.subspan(a, b - a));
                c.add(s.subspan(b));
                ASSERT_EQ(c.finish(), whole) << "split at " << a << "," << b;
            }
        }
    }
}

TEST(Checksum, WordAddsFollowTheByteStream) {
    Checksum words;
    words.add16(0x0001);
    words.add32(0xf203f4f5);
    words.add16(0xf6f7);
    EXPECT_EQ(words.sum(), 0xddf2);
    // After an odd byte, a word continues the stream rather than starting a new word.
    Checksum mixed;
    mixed.add(Bytes{0x00});
    mixed.add16(0x01f2);
    mixed.add(Bytes{0x03, 0xf4, 0xf5, 0xf6, 0xf7});
    EXPECT_EQ(mixed.sum(), 0xddf2);
}

TEST(Checksum, Rfc1624IncrementalUpdate) {
    // RFC 1624 section 4: HC = 0xdd2f, m = 0x5555 changes to m' = 0x3285. Recomputing gives
    // 0x0000 and equation 3 agrees (RFC 1141's equation gave the wrong 0xffff).
    EXPECT_EQ(Checksum::incrementalUpdate(0xdd2f, 0x5555, 0x3285), 0x0000);
}

TEST(Checksum, IncrementalUpdateMatchesRecomputation) {
    std::mt19937 rng(1624);
    for (int round = 0; round < 2000; ++round) {
        Bytes data(20);
        for (auto& b : data) {
            b = static_cast<std::uint8_t>(rng());
        }
        data[10] = data[11] = 0;
        const std::uint16_t before = Checksum::compute(data);
        const std::size_t word = (rng() % 9) * 2;
        const std::size_t at = word >= 10 ? word + 2 : word; // never the checksum field
        const auto oldWord = static_cast<std::uint16_t>((data[at] << 8) | data[at + 1]);
        const auto newWord = static_cast<std::uint16_t>(rng());
        data[at] = static_cast<std::uint8_t>(newWord >> 8);
        data[at + 1] = static_cast<std::uint8_t>(newWord);
        const std::uint16_t recomputed = Checksum::compute(data);
        const std::uint16_t updated = Checksum::incrementalUpdate(before, oldWord, newWord);
        // One's complement has two zeros; equation 3 never produces 0xffff from a valid sum
        // unless recomputation would too.
        ASSERT_EQ(updated, recomputed) << "round " << round;
    }
}

TEST(Checksum, PseudoHeaders) {
    // RFC 768 pseudo-header: src, dst, zero, protocol, length.
    const auto v4 =
        Checksum::pseudoHeader(Ipv4Address(10, 0, 0, 2), Ipv4Address(10, 0, 0, 1), 17, 11);
    Checksum manual;
    manual.add(Bytes{10, 0, 0, 2, 10, 0, 0, 1, 0, 17, 0, 11});
    EXPECT_EQ(v4.sum(), manual.sum());
    // RFC 8200 section 8.1: src, dst, 32-bit length, three zero bytes, next header.
    const auto src = *Ipv6Address::parse("fe80::1");
    const auto dst = *Ipv6Address::parse("2001:db8::42");
    const auto v6 = Checksum::pseudoHeader(src, dst, 17, 11);
    Checksum manual6;
    manual6.add(src.bytes());
    manual6.add(dst.bytes());
    manual6.add(Bytes{0, 0, 0, 11, 0, 0, 0, 17});
    EXPECT_EQ(v6.sum(), manual6.sum());
}

} // namespace
} // namespace hopscope::wire
