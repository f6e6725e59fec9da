// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/byte_writer.h"
#include "wire/dns_name.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hopscope::wire {
namespace {

DnsName name(const char* text) {
    auto n = DnsName::parse(text);
    EXPECT_TRUE(n.has_value()) << text;
    return n.value_or(DnsName{});
}

TEST(DnsName, ParsesPresentationForm) {
    const auto n = name("www.foobar.com.");
    EXPECT_EQ(n.labels(), (std::vector<std::string>{"www", "foobar", "com"}));
    EXPECT_EQ(n.toText(), "www.foobar.com.");
    EXPECT_EQ(name("www.foobar.com"), n); // the final dot is optional
    EXPECT_TRUE(name(".").isRoot());
    EXPECT_EQ(name(".").toText(), ".");
    EXPECT_EQ(name(".").wireLength(), 1U);
    EXPECT_EQ(n.wireLength(), 16U);
}

TEST(DnsName, EscapesRoundTrip) {
    const auto n = name("a\\.b.sp\\032ace.x\\\\y.\\255.");
    EXPECT_EQ(n.labels(), (std::vector<std::string>{"a.b", "sp ace", "x\\y", "\xff"}));
    EXPECT_EQ(n.toText(), "a\\.b.sp\\032ace.x\\\\y.\\255.");
    EXPECT_EQ(name(n.toText().c_str()), n);
    EXPECT_EQ(name("q\\\"\\(\\)\\;\\@\\$").toText(), "q\\\"\\(\\)\\;\\@\\$.");
}

TEST(DnsName, RejectsBadText) {
    std::string problem;
    EXPECT_FALSE(DnsName::parse("", &problem));
    EXPECT_FALSE(DnsName::parse("a..b", &problem));
    EXPECT_NE(problem.find("empty label"), std::string::npos);
    EXPECT_FALSE(DnsName::parse("..", &problem));
    EXPECT_FALSE(DnsName::parse("a\\", &problem));
    EXPECT_FALSE(DnsName::parse("a\\25", &problem));
    EXPECT_FALSE(DnsName::parse("a\\256", &problem));
    EXPECT_FALSE(DnsName::parse("a\\2x5", &problem));
}

TEST(DnsName, EnforcesLengthLimits) {
    std::string problem;
    EXPECT_TRUE(DnsName::parse(std::string(63, 'a')));
    EXPECT_FALSE(DnsName::parse(std::string(64, 'a'), &problem));
    EXPECT_NE(problem.find("64 bytes"), std::string::npos) << problem;
    // 4 labels of 63 = 4 * 64 + 1 = 257 bytes on the wire: too long; 3 labels + 61 fit 255.
    const std::string l63(63, 'a');
    EXPECT_FALSE(DnsName::parse(l63 + '.' + l63 + '.' + l63 + '.' + l63, &problem));
    EXPECT_NE(problem.find("255"), std::string::npos) << problem;
    const auto max = DnsName::parse(l63 + '.' + l63 + '.' + l63 + '.' + std::string(61, 'b'));
    ASSERT_TRUE(max);
    EXPECT_EQ(max->wireLength(), 255U);
    EXPECT_FALSE(max->child("c"));
    EXPECT_FALSE(DnsName::fromLabels({"ok", ""}));
}

TEST(DnsName, ComparesCaseInsensitivelyButKeepsCase) {
    const auto upper = name("WWW.FooBar.COM");
    const auto lower = name("www.foobar.com");
    EXPECT_NE(upper, lower);
    EXPECT_TRUE(upper.equalsIgnoringCase(lower));
    EXPECT_EQ(upper.canonical(), "www.foobar.com.");
    EXPECT_EQ(upper.toText(), "WWW.FooBar.COM.");
    EXPECT_TRUE(upper.isSubdomainOf(name("foobar.com")));
    EXPECT_TRUE(upper.isSubdomainOf(name("COM")));
    EXPECT_TRUE(upper.isSubdomainOf(DnsName{}));
    EXPECT_TRUE(upper.isSubdomainOf(upper));
    EXPECT_FALSE(name("foobar.com").isSubdomainOf(upper));
    EXPECT_FALSE(name("xfoobar.com").isSubdomainOf(name("foobar.com")));
    EXPECT_EQ(upper.parent(), name("FooBar.COM"));
    EXPECT_EQ(DnsName{}.parent(), DnsName{});
    EXPECT_EQ(*name("foobar.com").child("www"), name("www.foobar.com"));
}

TEST(DnsName, WireFormIsLengthPrefixedLabels) {
    const std::vector<std::uint8_t> expected = {3,   'w', 'w', 'w', 6,   'f', 'o', 'o',
                                                'b', 'a', 'r', 3,   'c', 'o', 'm', 0};
    EXPECT_EQ(name("www.foobar.com").toWire(), expected);
    EXPECT_EQ(DnsName{}.toWire(), std::vector<std::uint8_t>{0});
}

// RFC 1035 section 4.1.4's example: F.ISI.ARPA at 20, FOO.F.ISI.ARPA at 40 as "FOO" and a
// pointer to 20, ARPA at 64 as a pointer to 26, the root at 92.
TEST(DnsName, ReadsTheRfc1035CompressionExample) {
    std::vector<std::uint8_t> msg(94, 0xEE);
    const std::vector<std::uint8_t> fIsiArpa = {1, 'F', 3, 'I', 'S', 'I', 4, 'A', 'R', 'P', 'A', 0};
    std::copy(fIsiArpa.begin(), fIsiArpa.end(), msg.begin() + 20);
    const std::vector<std::uint8_t> foo = {3, 'F', 'O', 'O', 0xC0, 20};
    std::copy(foo.begin(), foo.end(), msg.begin() + 40);
    msg[64] = 0xC0;
    msg[65] = 26;
    msg[92] = 0;

    auto r = readDnsName(msg, 20);
    ASSERT_TRUE(r.ok()) << r.problem;
    EXPECT_EQ(r.name.toText(), "F.ISI.ARPA.");
    EXPECT_EQ(r.length, 12U);
    r = readDnsName(msg, 40);
    ASSERT_TRUE(r.ok()) << r.problem;
    EXPECT_EQ(r.name.toText(), "FOO.F.ISI.ARPA.");
    EXPECT_EQ(r.length, 6U);
    r = readDnsName(msg, 64);
    ASSERT_TRUE(r.ok()) << r.problem;
    EXPECT_EQ(r.name.toText(), "ARPA.");
    EXPECT_EQ(r.length, 2U);
    r = readDnsName(msg, 92);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.name.isRoot());
    EXPECT_EQ(r.length, 1U);
}

TEST(DnsName, RefusesPointerLoopsAndForwardPointers) {
    // A pointer to itself.
    std::vector<std::uint8_t> self = {0, 0, 0xC0, 2};
    auto r = readDnsName(self, 2);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.problemOffset, 2U);
    EXPECT_NE(r.problem.find("byte 2"), std::string::npos) << r.problem;
    // Two names pointing at each other: the second pointer goes back into the first run.
    std::vector<std::uint8_t> pair = {1, 'a', 0xC0, 4, 1, 'b', 0xC0, 0};
    r = readDnsName(pair, 4);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("points forward or into itself"), std::string::npos) << r.problem;
    // A forward pointer.
    std::vector<std::uint8_t> forward = {0xC0, 4, 0, 0, 1, 'a', 0};
    r = readDnsName(forward, 0);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("to byte 4"), std::string::npos) << r.problem;
    // A pointer cut off by the end.
    std::vector<std::uint8_t> cut = {1, 'a', 0xC0};
    r = readDnsName(cut, 0);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("cut off"), std::string::npos) << r.problem;
}

TEST(DnsName, BoundsTheNumberOfJumps) {
    // A chain of 200 pointers, each pointing two bytes back, ending at a root label.
    std::vector<std::uint8_t> msg = {0};
    for (int i = 0; i < 200; ++i) {
        const auto target = static_cast<std::uint16_t>(msg.size() - (i == 0 ? 1 : 2));
        msg.push_back(static_cast<std::uint8_t>(0xC0 | (target >> 8)));
        msg.push_back(static_cast<std::uint8_t>(target));
    }
    auto r = readDnsName(msg, msg.size() - 2);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("compression pointers"), std::string::npos) << r.problem;
    r = readDnsName(msg, 1 + 2 * 100); // 101 jumps: allowed
    EXPECT_TRUE(r.ok()) << r.problem;
}

TEST(DnsName, RefusesExtendedLabelTypesAndOverlongNames) {
    std::vector<std::uint8_t> ext = {0x41, 'a', 0};
    auto r = readDnsName(ext, 0);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("neither a label"), std::string::npos) << r.problem;
    std::vector<std::uint8_t> cut = {5, 'a', 'b'};
    EXPECT_FALSE(readDnsName(cut, 0).ok());
    EXPECT_FALSE(readDnsName(cut, 3).ok());
    // 5 labels of 63 bytes: 320 bytes, over the 255 limit.
    std::vector<std::uint8_t> longName;
    for (int i = 0; i < 5; ++i) {
        longName.push_back(63);
        longName.insert(longName.end(), 63, 'x');
    }
    longName.push_back(0);
    r = readDnsName(longName, 0);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.problem.find("longer than 255"), std::string::npos) << r.problem;
    // Pointers cannot dodge the limit: labels reached through jumps count too.
    std::vector<std::uint8_t> viaPointers;
    for (int i = 0; i < 3; ++i) {
        viaPointers.push_back(63);
        viaPointers.insert(viaPointers.end(), 63, 'y');
    }
    viaPointers.push_back(0);
    const auto tail = viaPointers.size();
    for (int i = 0; i < 2; ++i) {
        viaPointers.push_back(63);
        viaPointers.insert(viaPointers.end(), 63, 'z');
    }
    viaPointers.push_back(0xC0);
    viaPointers.push_back(0);
    EXPECT_FALSE(readDnsName(viaPointers, tail).ok());
}

TEST(DnsName, CompressorPointsAtEarlierSuffixesOnlyWhenTheCaseMatches) {
    ByteWriter w;
    DnsNameCompressor names;
    names.write(w, name("www.foobar.com"));
    names.write(w, name("mail.foobar.com"));
    names.write(w, name("foobar.com"));
    names.write(w, name("FOOBAR.com"));
    names.write(w, name("sip.foobar.com"), false);
    // clang-format off
    const std::vector<std::uint8_t> expected = {
        3, 'w', 'w', 'w', 6, 'f', 'o', 'o', 'b', 'a', 'r', 3, 'c', 'o', 'm', 0, // 0
        4, 'm', 'a', 'i', 'l', 0xC0, 4,                                         // 16
        0xC0, 4,                                                                // 23
        6, 'F', 'O', 'O', 'B', 'A', 'R', 0xC0, 11,                              // 25
        3, 's', 'i', 'p', 6, 'f', 'o', 'o', 'b', 'a', 'r', 3, 'c', 'o', 'm', 0, // 34
    };
    // clang-format on
    EXPECT_EQ(w.data(), expected);
    // Every name written reads back unchanged.
    std::size_t at = 0;
    for (const char* text :
         {"www.foobar.com.", "mail.foobar.com.", "foobar.com.", "FOOBAR.com.", "sip.foobar.com."}) {
        const auto r = readDnsName(w.data(), at);
        ASSERT_TRUE(r.ok()) << r.problem;
        EXPECT_EQ(r.name.toText(), text);
        at += r.length;
    }
}

TEST(DnsName, CompressorHonoursTheMessageStart) {
    ByteWriter w;
    w.u16be(0); // a TCP length prefix before the header
    DnsNameCompressor names(2);
    names.write(w, name("a.b"));
    names.write(w, name("c.a.b"));
    const std::vector<std::uint8_t> expected = {0, 0, 1, 'a', 1, 'b', 0, 1, 'c', 0xC0, 0};
    EXPECT_EQ(w.data(), expected);
}

} // namespace
} // namespace hopscope::wire
