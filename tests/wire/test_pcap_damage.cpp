// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/capture_reader.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_writer.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace hopscope::wire;

namespace {

struct ReadOutcome {
    std::vector<CapturePacket> packets;
    std::string error;
    std::uint64_t errorOffset = 0;
    ReadStatus last = ReadStatus::End;
};

ReadOutcome readAll(const std::string& bytes) {
    std::istringstream in(bytes);
    CaptureReader reader(in);
    ReadOutcome o;
    CapturePacket p;
    for (;;) {
        o.last = reader.next(p);
        if (o.last != ReadStatus::Packet) {
            break;
        }
        o.packets.push_back(p);
    }
    o.error = reader.error();
    o.errorOffset = reader.errorOffset();
    // Reading again after the end or an error changes nothing.
    EXPECT_EQ(reader.next(p), o.last);
    return o;
}

std::string names(std::uint64_t offset) {
    return "at byte " + std::to_string(offset);
}

std::vector<std::uint8_t> frame(std::size_t n, std::uint8_t seed) {
    std::vector<std::uint8_t> f(n);
    for (std::size_t i = 0; i < n; ++i) {
        f[i] = static_cast<std::uint8_t>(seed ^ i);
    }
    return f;
}

void put32le(std::string& s, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        s[at + static_cast<std::size_t>(i)] = static_cast<char>(v >> (8 * i));
    }
}

// A pcapng file and the offsets where each of its blocks starts.
struct Layout {
    std::string bytes;
    std::vector<std::uint64_t> blockStarts; // SHB, IDB, EPB, IDB, EPB, EPB...
    std::vector<bool> isPacket;
};

Layout pcapngFile() {
    Layout l;
    std::ostringstream out;
    PcapngWriter writer(out);
    const auto mark = [&](bool packet) {
        l.blockStarts.push_back(static_cast<std::uint64_t>(out.tellp()));
        l.isPacket.push_back(packet);
    };
    l.blockStarts.push_back(0);
    l.isPacket.push_back(false);
    const std::vector<std::pair<LinkType, std::size_t>> plan = {
        {LinkType::Ethernet, 60}, {LinkType::Raw, 41}, {LinkType::Ethernet, 3}, {LinkType::Raw, 0}};
    std::vector<LinkType> seen;
    std::uint8_t seed = 1;
    for (const auto& [link, size] : plan) {
        if (std::find(seen.begin(), seen.end(), link) == seen.end()) {
            mark(false);
            writer.interfaceFor(link);
            seen.push_back(link);
        }
        mark(true);
        const std::vector<std::string> comments = {"note " + std::to_string(seed)};
        writer.write(link, 1'000'000'000LL * seed, frame(size, seed), 0, comments);
        ++seed;
    }
    l.bytes = out.str();
    return l;
}

} // namespace

TEST(PcapDamage, EveryTruncationKeepsTheWholeRecordsAndNamesTheBrokenOne) {
    for (const auto resolution : {TimeResolution::Microseconds, TimeResolution::Nanoseconds}) {
        std::ostringstream out;
        PcapWriter writer(out, LinkType::Ethernet, {resolution, ByteOrder::Little, 262144});
        std::vector<std::uint64_t> recordStarts;
        for (std::uint8_t i = 0; i < 5; ++i) {
            recordStarts.push_back(static_cast<std::uint64_t>(out.tellp()));
            writer.write(1'000'000'000LL * (i + 1), frame(10U + i * 13U, i));
        }
        const std::string full = out.str();
        recordStarts.push_back(full.size());
        for (std::size_t cut = 0; cut < full.size(); ++cut) {
            SCOPED_TRACE("cut at " + std::to_string(cut));
            const auto o = readAll(full.substr(0, cut));
            if (cut < 24) {
                EXPECT_EQ(o.last, ReadStatus::Error);
                EXPECT_TRUE(o.packets.empty());
                EXPECT_EQ(o.errorOffset, 0U);
                EXPECT_NE(o.error.find(names(0)), std::string::npos) << o.error;
                continue;
            }
            std::size_t whole = 0;
            while (recordStarts[whole + 1] <= cut) {
                ++whole;
            }
            ASSERT_EQ(o.packets.size(), whole);
            for (std::size_t k = 0; k < whole; ++k) {
                EXPECT_EQ(o.packets[k].data, frame(10U + k * 13U, static_cast<std::uint8_t>(k)));
            }
            if (cut == recordStarts[whole]) {
                EXPECT_EQ(o.last, ReadStatus::End) << o.error;
                EXPECT_TRUE(o.error.empty());
            } else {
                EXPECT_EQ(o.last, ReadStatus::Error);
                EXPECT_EQ(o.errorOffset, recordStarts[whole]);
                EXPECT_NE(o.error.find(names(recordStarts[whole])), std::string::npos) << o.error;
                EXPECT_NE(o.error.find("truncated"), std::string::npos) << o.error;
            }
        }
    }
}

TEST(PcapDamage, ImpossibleCaptureLengthStopsWithTheRecordOffset) {
    std::ostringstream out;
    PcapWriter writer(out, LinkType::Ethernet,
                      {TimeResolution::Microseconds, ByteOrder::Little, 1514});
    writer.write(1, frame(60, 1));
    const auto second = static_cast<std::size_t>(out.tellp());
    writer.write(2, frame(60, 2));
    writer.write(3, frame(60, 3));
    std::string bytes = out.str();
    put32le(bytes, second + 8, 0x7FFFFFFF);
    const auto o = readAll(bytes);
    ASSERT_EQ(o.packets.size(), 1U);
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_EQ(o.errorOffset, second);
    EXPECT_NE(o.error.find("impossible captured length 2147483647"), std::string::npos) << o.error;
    EXPECT_NE(o.error.find(names(second)), std::string::npos) << o.error;
}

TEST(PcapDamage, CaptureLengthAboveSnaplenIsToleratedUpToLibpcapsMaximum) {
    // libpcap reads such records (some writers get snaplen wrong); so do we.
    std::ostringstream out;
    PcapWriter writer(out, LinkType::Ethernet, {TimeResolution::Microseconds, ByteOrder::Big, 64});
    writer.write(1, frame(1000, 1));
    const auto o = readAll(out.str());
    ASSERT_EQ(o.packets.size(), 1U) << o.error;
    EXPECT_EQ(o.packets[0].data.size(), 1000U);
}

TEST(PcapDamage, UnknownMagicAndWrongVersionAreRefusedAtTheStart) {
    auto o = readAll(std::string("GIF89a is not a capture file"));
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_NE(o.error.find("unknown magic number 0x47494638"), std::string::npos) << o.error;
    EXPECT_NE(o.error.find(names(0)), std::string::npos);

    o = readAll(std::string());
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_NE(o.error.find("empty"), std::string::npos) << o.error;

    std::ostringstream out;
    PcapWriter writer(out, LinkType::Ethernet);
    std::string bytes = out.str();
    bytes[4] = 3; // version 3.4
    o = readAll(bytes);
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_NE(o.error.find("unsupported pcap version 3.4"), std::string::npos) << o.error;
    EXPECT_EQ(o.errorOffset, 4U);
}

TEST(PcapngDamage, EveryTruncationKeepsTheWholeBlocksAndNamesTheBrokenOne) {
    const Layout l = pcapngFile();
    std::vector<std::uint64_t> starts = l.blockStarts;
    starts.push_back(l.bytes.size());
    for (std::size_t cut = 0; cut < l.bytes.size(); ++cut) {
        SCOPED_TRACE("cut at " + std::to_string(cut));
        const auto o = readAll(l.bytes.substr(0, cut));
        std::size_t whole = 0; // blocks entirely inside the cut
        while (starts[whole + 1] <= cut) {
            ++whole;
        }
        std::size_t packets = 0;
        for (std::size_t k = 0; k < whole; ++k) {
            packets += l.isPacket[k] ? 1 : 0;
        }
        ASSERT_EQ(o.packets.size(), packets) << o.error;
        for (std::size_t k = 0; k < packets; ++k) {
            EXPECT_EQ(o.packets[k].comments,
                      std::vector<std::string>{"note " + std::to_string(k + 1)});
        }
        if (cut == starts[whole] && cut > 0) {
            EXPECT_EQ(o.last, ReadStatus::End) << o.error;
        } else {
            EXPECT_EQ(o.last, ReadStatus::Error);
            EXPECT_EQ(o.errorOffset, starts[whole]);
            EXPECT_NE(o.error.find(names(starts[whole])), std::string::npos) << o.error;
        }
    }
}

TEST(PcapngDamage, BadBlockLengthsAreReportedWithTheBlockOffset) {
    const Layout l = pcapngFile();
    const std::size_t epb = l.blockStarts[2]; // the first Enhanced Packet Block
    const std::size_t next = l.blockStarts[3];
    ASSERT_TRUE(l.isPacket[2]);
    struct Case {
        std::uint32_t length;
        const char* says;
    };
    for (const Case c : {Case{8, "less than 12"}, Case{101, "not a multiple of 4"},
                         Case{0x7FFFFFF0, "more than 16 MiB"}}) {
        std::string bytes = l.bytes;
        put32le(bytes, epb + 4, c.length);
        const auto o = readAll(bytes);
        EXPECT_TRUE(o.packets.empty());
        EXPECT_EQ(o.errorOffset, epb);
        EXPECT_NE(o.error.find(c.says), std::string::npos) << o.error;
        EXPECT_NE(o.error.find(names(epb)), std::string::npos) << o.error;
    }
    // A trailer that disagrees with the header.
    std::string bytes = l.bytes;
    put32le(bytes, next - 4, 1234);
    auto o = readAll(bytes);
    EXPECT_TRUE(o.packets.empty());
    EXPECT_NE(o.error.find("trailer (1234) differs from the header"), std::string::npos) << o.error;
    EXPECT_EQ(o.errorOffset, epb);

    // A captured length larger than the block.
    bytes = l.bytes;
    put32le(bytes, epb + 20, 5000);
    o = readAll(bytes);
    EXPECT_NE(o.error.find("impossible captured length 5000"), std::string::npos) << o.error;
    EXPECT_EQ(o.errorOffset, epb);

    // An interface that was never described.
    bytes = l.bytes;
    put32le(bytes, epb + 8, 7);
    o = readAll(bytes);
    EXPECT_NE(o.error.find("refers to interface 7"), std::string::npos) << o.error;
}

TEST(PcapngDamage, LaterDamageKeepsEarlierPackets) {
    const Layout l = pcapngFile();
    // Damage the last EPB's length: the three packets before it survive.
    const std::size_t last = l.blockStarts.back();
    std::string bytes = l.bytes;
    put32le(bytes, last + 4, 6);
    const auto o = readAll(bytes);
    EXPECT_EQ(o.packets.size(), 3U);
    EXPECT_EQ(o.errorOffset, last);
}

TEST(PcapngDamage, MalformedOptionAndBadByteOrderMagic) {
    const Layout l = pcapngFile();
    const std::size_t epb = l.blockStarts[2];
    // The EPB's comment option starts after 28 fixed bytes and 60 bytes of data; claim a value
    // longer than the block.
    std::string bytes = l.bytes;
    const std::size_t option = epb + 28 + 60;
    bytes[option + 2] = static_cast<char>(0xF0);
    bytes[option + 3] = 0x00;
    auto o = readAll(bytes);
    EXPECT_TRUE(o.packets.empty());
    EXPECT_EQ(o.errorOffset, option);
    EXPECT_NE(o.error.find("malformed option " + names(option)), std::string::npos) << o.error;

    bytes = l.bytes;
    bytes[8] = 0x11; // byte-order magic of the first SHB
    o = readAll(bytes);
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_NE(o.error.find("bad byte-order magic"), std::string::npos) << o.error;
    EXPECT_EQ(o.errorOffset, 8U);
}

TEST(PcapngDamage, AFileThatDoesNotStartWithASectionHeaderIsRefused) {
    const Layout l = pcapngFile();
    const auto o = readAll(l.bytes.substr(l.blockStarts[1]));
    EXPECT_EQ(o.last, ReadStatus::Error);
    EXPECT_NE(o.error.find("unknown magic number"), std::string::npos) << o.error;
}
