// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/byte_writer.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <vector>

namespace hopscope::wire {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(ByteWriter, WritesBothByteOrders) {
    ByteWriter w;
    w.u8(0x7f);
    w.u16be(0x1234);
    w.u16le(0x1234);
    w.u32be(0x01020304);
    w.u32le(0x01020304);
    EXPECT_EQ(w.size(), 13U);
    EXPECT_EQ(w.take(), (Bytes{0x7f, 0x12, 0x34, 0x34, 0x12, 0x01, 0x02, 0x03, 0x04, 0x04, 0x03,
                               0x02, 0x01}));
}

TEST(ByteWriter, BytesAndZerosAppend) {
    ByteWriter w;
    const Bytes payload = {0xde, 0xad};
    w.bytes(payload);
    w.zeros(3);
    w.bytes({});
    EXPECT_EQ(w.data(), (Bytes{0xde, 0xad, 0, 0, 0}));
}

TEST(ByteWriter, PatchOverwritesALengthWrittenEarlier) {
    ByteWriter w;
    w.u8(0xaa);
    const std::size_t lengthAt = w.size();
    w.u16be(0);
    w.u32be(0xffffffff);
    w.patch16be(lengthAt, 0xbeef);
    EXPECT_EQ(w.take(), (Bytes{0xaa, 0xbe, 0xef, 0xff, 0xff, 0xff, 0xff}));
}

TEST(ByteWriter, AppendsToAGivenVectorAfterWhatItHeld) {
    Bytes target = {9, 9};
    ByteWriter w(target);
    w.u16be(0x0102);
    w.patch16be(0, 0x0807);
    EXPECT_EQ(w.size(), 4U);
    EXPECT_EQ(target, (Bytes{8, 7, 1, 2}));
}

} // namespace
} // namespace hopscope::wire
