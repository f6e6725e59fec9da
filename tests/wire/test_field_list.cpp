// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/field_list.h"

#include <gtest/gtest.h>

namespace hopscope::wire {
namespace {

TEST(FieldList, FormatsLikeTsharkFields) {
    EXPECT_EQ(FieldList::dec(0), "0");
    EXPECT_EQ(FieldList::dec(4294967280u), "4294967280");
    EXPECT_EQ(FieldList::hex(0x800, 4), "0x0800");     // FT_UINT16 BASE_HEX
    EXPECT_EQ(FieldList::hex(2, 2), "0x02");           // FT_UINT8 BASE_HEX
    EXPECT_EQ(FieldList::hex(0xb8, 8), "0x000000b8");  // FT_UINT32 BASE_HEX
    EXPECT_EQ(FieldList::hex(0xABCDE, 6), "0x0abcde"); // FT_UINT24, lower case
    const std::uint8_t bytes[] = {0x00, 0x0f, 0xab, 0xff};
    EXPECT_EQ(FieldList::hexBytes(bytes), "000fabff"); // FT_BYTES, no separators
    EXPECT_EQ(FieldList::hexBytes({}), "");
    EXPECT_EQ(FieldList::withNote("6", "TCP"), "6 (TCP)");
    std::string s = "x";
    FieldList::appendHex(s, 0x1f, 2);
    FieldList::appendDec(s, 42);
    EXPECT_EQ(s, "x0x1f42");
}

TEST(FieldList, PositionsAreFrameRelativeBits) {
    std::vector<Field> fields;
    FieldList list(fields);
    Field& flags = list.add("Flags", "ip.flags", 20, 0, 3, "0x02", "0x02, Don't fragment",
                            "Fragmentation control.");
    FieldList(flags.children).flag("Don't fragment", "ip.flags.df", 20, 1, true, "May not split.");
    list.bytes("TTL", "ip.ttl", 22, 1, "64", {}, "Hops left.");
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(fields[0].bitOffset, 160u);
    EXPECT_EQ(fields[0].bitLength, 3u);
    ASSERT_EQ(fields[0].children.size(), 1u);
    EXPECT_EQ(fields[0].children[0].bitOffset, 161u);
    EXPECT_EQ(fields[0].children[0].value, "1");
    EXPECT_EQ(fields[0].children[0].display, "Set");
    EXPECT_EQ(fields[1].bitOffset, 176u);
    EXPECT_EQ(fields[1].bitLength, 8u);
    EXPECT_EQ(fields[1].shown(), "64");
}

} // namespace
} // namespace hopscope::wire
