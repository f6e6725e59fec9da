// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/byte_reader.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(ByteReader, ReadsBothByteOrders) {
    const Bytes bytes = {0x12, 0x34, 0x12, 0x34, 0x01, 0x02, 0x03, 0x04, 0x01, 0x02, 0x03, 0x04};
    ByteReader r(bytes);
    EXPECT_EQ(r.u16be(), 0x1234);
    EXPECT_EQ(r.u16le(), 0x3412);
    EXPECT_EQ(r.u32be(), 0x01020304U);
    EXPECT_EQ(r.u32le(), 0x04030201U);
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.atEnd());
    EXPECT_EQ(r.offset(), bytes.size());
}

TEST(ByteReader, HighBitsSurviveWidening) {
    const Bytes bytes = {0xff, 0xfe, 0xff, 0xff, 0xff, 0xfe};
    ByteReader r(bytes);
    EXPECT_EQ(r.u16be(), 0xfffe);
    EXPECT_EQ(r.u32be(), 0xfffffffeU);
}

TEST(ByteReader, AReadPastTheEndFailsReturnsZeroAndDoesNotMove) {
    const Bytes bytes = {0xaa, 0xbb, 0xcc};
    ByteReader r(bytes);
    EXPECT_EQ(r.u8(), 0xaa);
    EXPECT_EQ(r.u32be(), 0U); // only two bytes remain
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.offset(), 1U);
    EXPECT_EQ(r.remaining(), 2U);
}

TEST(ByteReader, OnceFailedEveryLaterReadFailsToo) {
    const Bytes bytes = {0x01, 0x02, 0x03, 0x04};
    ByteReader r(bytes);
    EXPECT_EQ(r.u32le(), 0x04030201U);
    EXPECT_EQ(r.u8(), 0);
    ASSERT_FALSE(r.ok());
    ASSERT_TRUE(r.seek(0));
    // The failure is sticky: a decoder checks ok() once, after a run of reads.
    EXPECT_EQ(r.u8(), 0);
    EXPECT_EQ(r.u16be(), 0);
    EXPECT_TRUE(r.bytes(1).empty());
    EXPECT_FALSE(r.ok());
}

TEST(ByteReader, BytesAreAViewOfExactlyTheRequestedRun) {
    const Bytes bytes = {1, 2, 3, 4, 5};
    ByteReader r(bytes);
    ASSERT_TRUE(r.skip(1));
    const auto view = r.bytes(3);
    ASSERT_EQ(view.size(), 3U);
    EXPECT_EQ(view.data(), bytes.data() + 1);
    EXPECT_EQ(view[2], 4);
    const auto rest = r.rest();
    ASSERT_EQ(rest.size(), 1U);
    EXPECT_EQ(rest[0], 5);
    EXPECT_TRUE(r.atEnd());
    EXPECT_TRUE(r.ok());
}

TEST(ByteReader, TooManyBytesOrSkipsFail) {
    const Bytes bytes = {1, 2, 3};
    ByteReader a(bytes);
    EXPECT_TRUE(a.bytes(4).empty());
    EXPECT_FALSE(a.ok());
    EXPECT_EQ(a.offset(), 0U);

    ByteReader b(bytes);
    EXPECT_FALSE(b.skip(4));
    EXPECT_FALSE(b.ok());
}

TEST(ByteReader, SeekMovesAnywhereInsideAndFailsBeyondTheEnd) {
    const Bytes bytes = {0x10, 0x20, 0x30};
    ByteReader r(bytes);
    ASSERT_TRUE(r.seek(2));
    EXPECT_EQ(r.u8(), 0x30);
    ASSERT_TRUE(r.seek(0));
    EXPECT_EQ(r.u8(), 0x10);
    EXPECT_TRUE(r.seek(3)); // the end itself is a valid place
    EXPECT_TRUE(r.atEnd());
    EXPECT_TRUE(r.ok());
    EXPECT_FALSE(r.seek(4));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.offset(), 3U);
}

TEST(ByteReader, AnEmptySpanHasNothingToRead) {
    ByteReader r(std::span<const std::uint8_t>{});
    EXPECT_EQ(r.size(), 0U);
    EXPECT_TRUE(r.atEnd());
    EXPECT_EQ(r.u16le(), 0);
    EXPECT_FALSE(r.ok());
}

} // namespace
} // namespace hopscope::wire
