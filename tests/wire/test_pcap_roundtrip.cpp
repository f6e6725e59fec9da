// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/buffered_input.h"
#include "wire/capture_reader.h"
#include "wire/pcap_reader.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_reader.h"
#include "wire/pcapng_writer.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

using namespace hopscope::wire;

namespace {

std::vector<std::uint8_t> frameOf(std::size_t size, std::uint8_t seed) {
    std::vector<std::uint8_t> f(size);
    for (std::size_t i = 0; i < size; ++i) {
        f[i] = static_cast<std::uint8_t>(seed + i * 7);
    }
    return f;
}

struct Sample {
    std::int64_t timeNs;
    std::vector<std::uint8_t> data;
    LinkType link;
    std::vector<std::string> comments;
};

std::vector<Sample> samples() {
    return {
        {1'700'000'000'123'456'789, frameOf(60, 1), LinkType::Ethernet, {"first packet"}},
        {1'700'000'000'123'456'790, frameOf(1, 2), LinkType::Ethernet, {}},
        {1'700'000'001'000'000'000, frameOf(1514, 3), LinkType::Ethernet, {"a", "b, with comma"}},
        {1'700'000'002'999'999'999, frameOf(0, 4), LinkType::Ethernet, {}},
        {1'700'000'003'000'001'000, frameOf(63, 5), LinkType::Ethernet, {"line one\nline two"}},
    };
}

std::vector<CapturePacket> readAll(const std::string& bytes, std::string* error = nullptr,
                                   std::uint64_t* errorOffset = nullptr) {
    std::istringstream in(bytes);
    CaptureReader reader(in);
    std::vector<CapturePacket> out;
    CapturePacket p;
    while (reader.next(p) == ReadStatus::Packet) {
        out.push_back(p);
    }
    if (error) {
        *error = reader.error();
    }
    if (errorOffset) {
        *errorOffset = reader.errorOffset();
    }
    return out;
}

} // namespace

class PcapRoundTrip : public ::testing::TestWithParam<std::tuple<ByteOrder, TimeResolution>> {};

TEST_P(PcapRoundTrip, EveryPacketComesBackWithItsTimeAtTheFilesResolution) {
    const auto [order, resolution] = GetParam();
    std::ostringstream out;
    PcapWriter writer(out, LinkType::Ethernet, {resolution, order, 65535});
    for (const auto& s : samples()) {
        ASSERT_TRUE(writer.write(s.timeNs, s.data));
    }
    ASSERT_TRUE(writer.ok());
    const std::string bytes = out.str();

    std::istringstream in(bytes);
    CaptureReader reader(in);
    ASSERT_TRUE(reader.isOpen()) << reader.error();
    EXPECT_EQ(reader.format(), CaptureFormat::Pcap);
    EXPECT_EQ(reader.section().byteOrder, order);
    ASSERT_EQ(reader.interfaces().size(), 1U);
    EXPECT_EQ(reader.interfaces()[0].snapLength, 65535U);
    EXPECT_EQ(reader.interfaces()[0].linkType, LinkType::Ethernet);

    const auto expected = samples();
    CapturePacket p;
    std::size_t i = 0;
    std::uint64_t offset = PcapReader::kFileHeaderLength;
    while (reader.next(p) == ReadStatus::Packet) {
        ASSERT_LT(i, expected.size());
        const std::int64_t want = resolution == TimeResolution::Nanoseconds
                                      ? expected[i].timeNs
                                      : expected[i].timeNs / 1000 * 1000;
        EXPECT_EQ(p.timeNs, want) << "packet " << i;
        EXPECT_EQ(p.data, expected[i].data);
        EXPECT_EQ(p.originalLength, expected[i].data.size());
        EXPECT_EQ(p.number, i + 1);
        EXPECT_EQ(p.fileOffset, offset);
        EXPECT_TRUE(p.comments.empty());
        offset += PcapReader::kRecordHeaderLength + p.data.size();
        ++i;
    }
    EXPECT_EQ(i, expected.size());
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    EXPECT_EQ(reader.bytesRead(), bytes.size());
    EXPECT_EQ(reader.totalBytes(), bytes.size());
}

INSTANTIATE_TEST_SUITE_P(BothOrdersBothResolutions, PcapRoundTrip,
                         ::testing::Combine(::testing::Values(ByteOrder::Little, ByteOrder::Big),
                                            ::testing::Values(TimeResolution::Microseconds,
                                                              TimeResolution::Nanoseconds)));

TEST(PcapWriter, WritesTheLibpcapHeaderByteForByte) {
    std::ostringstream out;
    PcapWriter writer(out, LinkType::Ethernet);
    const std::uint8_t frame[] = {0xde, 0xad};
    writer.write(1'000'000'000'000'001'500, frame, 60);
    const std::string b = out.str();
    const std::string expected(
        "\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x01\x00"
        "\x00\x00" // header, snaplen 262144, Ethernet
        "\x00\xca\x9a\x3b\x01\x00\x00\x00\x02\x00\x00\x00\x3c\x00\x00\x00\xde\xad", // record
        42);
    EXPECT_EQ(b, expected);
}

TEST(PcapWriter, RefusesTimesPcapCannotHold) {
    std::ostringstream out;
    PcapWriter writer(out, LinkType::Raw);
    const std::uint8_t frame[] = {0x45};
    EXPECT_FALSE(writer.write(-1, frame));
    EXPECT_FALSE(writer.write(std::int64_t{1} << 62, frame));
    EXPECT_TRUE(writer.write(0, frame));
    EXPECT_EQ(writer.packetsWritten(), 1U);
}

class PcapngRoundTrip : public ::testing::TestWithParam<ByteOrder> {};

TEST_P(PcapngRoundTrip, PacketsLinkTypesAndCommentsSurvive) {
    std::ostringstream out;
    PcapngWriter::Options options;
    options.byteOrder = GetParam();
    options.sectionComments = {"made by a test"};
    PcapngWriter writer(out, options);
    auto expected = samples();
    expected[1].link = LinkType::Raw;
    expected[3].link = LinkType::LinuxSll;
    for (const auto& s : expected) {
        ASSERT_TRUE(writer.write(s.link, s.timeNs, s.data, 0, s.comments));
    }
    const std::string bytes = out.str();
    EXPECT_EQ(bytes.size() % 4, 0U);

    std::istringstream in(bytes);
    CaptureReader reader(in);
    ASSERT_TRUE(reader.isOpen()) << reader.error();
    EXPECT_EQ(reader.format(), CaptureFormat::Pcapng);
    EXPECT_EQ(reader.section().userApplication, "Hopscope");
    EXPECT_EQ(reader.section().comments, std::vector<std::string>{"made by a test"});
    EXPECT_EQ(reader.section().byteOrder, GetParam());
    CapturePacket p;
    std::size_t i = 0;
    while (reader.next(p) == ReadStatus::Packet) {
        ASSERT_LT(i, expected.size());
        EXPECT_EQ(p.timeNs, expected[i].timeNs) << "packet " << i;
        EXPECT_EQ(p.data, expected[i].data);
        EXPECT_EQ(p.linkType, expected[i].link);
        EXPECT_EQ(p.comments, expected[i].comments);
        EXPECT_EQ(p.originalLength, expected[i].data.size());
        ++i;
    }
    EXPECT_EQ(i, expected.size());
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    // One IDB per link type, in order of first use, all nanosecond.
    const auto ifaces = reader.interfaces();
    ASSERT_EQ(ifaces.size(), 3U);
    EXPECT_EQ(ifaces[0].linkType, LinkType::Ethernet);
    EXPECT_EQ(ifaces[1].linkType, LinkType::Raw);
    EXPECT_EQ(ifaces[2].linkType, LinkType::LinuxSll);
    for (const auto& iface : ifaces) {
        EXPECT_EQ(iface.unitsPerSecond, 1'000'000'000U);
    }
    EXPECT_EQ(reader.linkTypes(),
              (std::vector<LinkType>{LinkType::Ethernet, LinkType::Raw, LinkType::LinuxSll}));
}

INSTANTIATE_TEST_SUITE_P(BothOrders, PcapngRoundTrip,
                         ::testing::Values(ByteOrder::Little, ByteOrder::Big));

// Hand-built blocks for what our writer never emits: other timestamp resolutions, offsets,
// SPBs, obsolete PBs, blocks to skip, several sections of different byte orders.
namespace {

class BlockBuilder {
public:
    explicit BlockBuilder(ByteOrder order) : m_big(order == ByteOrder::Big) {}
    void u8(std::uint8_t v) { m_b.push_back(v); }
    void u16(std::uint16_t v) {
        if (m_big) {
            u8(static_cast<std::uint8_t>(v >> 8));
            u8(static_cast<std::uint8_t>(v));
        } else {
            u8(static_cast<std::uint8_t>(v));
            u8(static_cast<std::uint8_t>(v >> 8));
        }
    }
    void u32(std::uint32_t v) {
        if (m_big) {
            u16(static_cast<std::uint16_t>(v >> 16));
            u16(static_cast<std::uint16_t>(v));
        } else {
            u16(static_cast<std::uint16_t>(v));
            u16(static_cast<std::uint16_t>(v >> 16));
        }
    }
    void u64(std::uint64_t v) {
        if (m_big) {
            u32(static_cast<std::uint32_t>(v >> 32));
            u32(static_cast<std::uint32_t>(v));
        } else {
            u32(static_cast<std::uint32_t>(v));
            u32(static_cast<std::uint32_t>(v >> 32));
        }
    }
    void bytes(const std::vector<std::uint8_t>& b) {
        m_b.insert(m_b.end(), b.begin(), b.end());
        while (m_b.size() % 4 != 0) {
            u8(0);
        }
    }
    void option(std::uint16_t code, const std::vector<std::uint8_t>& value) {
        u16(code);
        u16(static_cast<std::uint16_t>(value.size()));
        bytes(value);
    }
    // Wraps the body built so far in type/length/trailer.
    std::string block(std::uint32_t type) {
        std::vector<std::uint8_t> body;
        std::swap(body, m_b);
        const auto length = static_cast<std::uint32_t>(body.size() + 12);
        u32(type);
        u32(length);
        m_b.insert(m_b.end(), body.begin(), body.end());
        u32(length);
        std::string out(m_b.begin(), m_b.end());
        m_b.clear();
        return out;
    }
    std::string shb() {
        u32(0x1A2B3C4D);
        u16(1);
        u16(0);
        u64(~std::uint64_t{0});
        return block(0x0A0D0D0A);
    }

private:
    std::vector<std::uint8_t> m_b;
    bool m_big;
};

} // namespace

TEST(PcapngReader, HonoursTsresolAndTsoffsetPerInterface) {
    BlockBuilder b(ByteOrder::Little);
    std::string file = b.shb();
    // Interface 0: default resolution (microseconds).
    b.u16(1);
    b.u16(0);
    b.u32(0);
    file += b.block(1);
    // Interface 1: 2^-20 seconds, if_tsoffset 100 s, a name.
    b.u16(101);
    b.u16(0);
    b.u32(128);
    b.option(9, {0x80 | 20});
    b.option(14, {100, 0, 0, 0, 0, 0, 0, 0});
    b.option(2, {'l', 'o', 0});
    b.option(0, {});
    file += b.block(1);
    // Interface 2: 10^-3 seconds.
    b.u16(113);
    b.u16(0);
    b.u32(0);
    b.option(9, {3});
    file += b.block(1);
    const auto epb = [&](std::uint32_t ifid, std::uint64_t units) {
        b.u32(ifid);
        b.u32(static_cast<std::uint32_t>(units >> 32));
        b.u32(static_cast<std::uint32_t>(units));
        b.u32(3);
        b.u32(3);
        b.bytes({1, 2, 3});
        return b.block(6);
    };
    file += epb(0, 1'500'000);                            // 1.5 s
    file += epb(1, (std::uint64_t{3} << 20) + (1 << 19)); // 3.5 s + 100 s
    file += epb(2, 2'001);                                // 2.001 s

    std::string error;
    const auto packets = readAll(file, &error);
    ASSERT_EQ(packets.size(), 3U) << error;
    EXPECT_EQ(packets[0].timeNs, 1'500'000'000);
    EXPECT_EQ(packets[0].linkType, LinkType::Ethernet);
    EXPECT_EQ(packets[1].timeNs, 103'500'000'000);
    EXPECT_EQ(packets[1].linkType, LinkType::Raw);
    EXPECT_EQ(packets[1].interfaceId, 1U);
    EXPECT_EQ(packets[2].timeNs, 2'001'000'000);
    EXPECT_EQ(packets[2].linkType, LinkType::LinuxSll);
    std::istringstream in(file);
    CaptureReader reader(in);
    CapturePacket p;
    while (reader.next(p) == ReadStatus::Packet) {
    }
    ASSERT_EQ(reader.interfaces().size(), 3U);
    EXPECT_EQ(reader.interfaces()[1].name, "lo");
    EXPECT_EQ(reader.interfaces()[1].snapLength, 128U);
    EXPECT_EQ(reader.interfaces()[1].offsetSeconds, 100);
}

TEST(PcapngReader, ReadsSimpleAndObsoletePacketBlocksAndSkipsTheRest) {
    for (const auto order : {ByteOrder::Little, ByteOrder::Big}) {
        BlockBuilder b(order);
        std::string file = b.shb();
        b.u16(1);
        b.u16(0);
        b.u32(4); // snaplen 4: an SPB keeps at most 4 bytes
        file += b.block(1);
        // Name Resolution Block: one IPv4 record, then end of records.
        b.u16(1);
        b.u16(12);
        b.bytes({127, 0, 0, 1, 'h', 'o', 's', 't', 0, 0, 0, 0});
        b.u16(0);
        b.u16(0);
        file += b.block(4);
        // Simple Packet Block: original length 6, 8 bytes of padded data.
        b.u32(6);
        b.bytes({9, 8, 7, 6, 5, 4});
        file += b.block(3);
        // Interface Statistics Block.
        b.u32(0);
        b.u32(0);
        b.u32(0);
        file += b.block(5);
        // A Custom Block and an unknown local-use block.
        b.u32(32473);
        b.bytes({1, 2, 3, 4, 5});
        file += b.block(0x00000BAD);
        b.bytes({0xff, 0xff});
        file += b.block(0x80001234);
        // Obsolete Packet Block with a comment.
        b.u16(0);
        b.u16(0);
        b.u32(0);
        b.u32(2'000'000);
        b.u32(2);
        b.u32(2);
        b.bytes({0xaa, 0xbb});
        b.option(1, {'o', 'l', 'd'});
        b.option(0, {});
        file += b.block(2);

        std::string error;
        const auto packets = readAll(file, &error);
        ASSERT_EQ(packets.size(), 2U) << error;
        EXPECT_TRUE(error.empty()) << error;
        EXPECT_FALSE(packets[0].hasTime);
        EXPECT_EQ(packets[0].originalLength, 6U);
        EXPECT_EQ(packets[0].data, (std::vector<std::uint8_t>{9, 8, 7, 6}));
        EXPECT_EQ(packets[1].timeNs, 2'000'000'000);
        EXPECT_EQ(packets[1].data, (std::vector<std::uint8_t>{0xaa, 0xbb}));
        EXPECT_EQ(packets[1].comments, std::vector<std::string>{"old"});
        EXPECT_EQ(packets[1].number, 2U);
    }
}

TEST(PcapngReader, ANewSectionMayChangeByteOrderAndResetsInterfaces) {
    std::ostringstream a;
    PcapngWriter first(a, {"first", {}, ByteOrder::Little});
    const std::uint8_t f1[] = {1, 2, 3};
    first.write(LinkType::Ethernet, 5, f1);
    std::ostringstream b;
    PcapngWriter second(b, {"second", {}, ByteOrder::Big});
    const std::uint8_t f2[] = {4, 5};
    second.write(LinkType::Raw, 7, f2, 0, std::vector<std::string>{"in section two"});
    const std::string file = a.str() + b.str(); // concatenated files are one valid file

    std::istringstream in(file);
    CaptureReader reader(in);
    CapturePacket p;
    ASSERT_EQ(reader.next(p), ReadStatus::Packet);
    EXPECT_EQ(reader.section().userApplication, "first");
    EXPECT_EQ(p.linkType, LinkType::Ethernet);
    ASSERT_EQ(reader.next(p), ReadStatus::Packet);
    EXPECT_EQ(reader.section().userApplication, "second");
    EXPECT_EQ(reader.section().byteOrder, ByteOrder::Big);
    EXPECT_EQ(p.linkType, LinkType::Raw);
    EXPECT_EQ(p.interfaceId, 0U);
    EXPECT_EQ(p.timeNs, 7);
    EXPECT_EQ(p.comments, std::vector<std::string>{"in section two"});
    EXPECT_EQ(p.number, 2U);
    EXPECT_EQ(reader.interfaces().size(), 1U);
    EXPECT_EQ(reader.next(p), ReadStatus::End);
    EXPECT_EQ(reader.linkTypes(), (std::vector<LinkType>{LinkType::Ethernet, LinkType::Raw}));
}

TEST(BufferedInput, StreamsInAWindowSmallerThanTheFile) {
    std::ostringstream out;
    PcapngWriter writer(out);
    for (int i = 0; i < 2000; ++i) {
        const auto f =
            frameOf(100 + static_cast<std::size_t>(i % 50), static_cast<std::uint8_t>(i));
        writer.write(LinkType::Ethernet, i, f);
    }
    const std::string bytes = out.str();
    ASSERT_GT(bytes.size(), 200'000U);
    std::istringstream in(bytes);
    BufferedInput input(in, 4096); // every block crosses window boundaries at some point
    PcapngReader reader(input);
    ASSERT_TRUE(reader.headerOk()) << reader.error();
    CapturePacket p;
    int n = 0;
    while (reader.next(p) == ReadStatus::Packet) {
        ASSERT_EQ(p.timeNs, n);
        ASSERT_EQ(p.data,
                  frameOf(100 + static_cast<std::size_t>(n % 50), static_cast<std::uint8_t>(n)));
        ++n;
    }
    EXPECT_EQ(n, 2000);
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    EXPECT_EQ(input.offset(), bytes.size());
}

TEST(CaptureReader, OpensFilesByPathAndReportsMissingOnes) {
    CaptureReader missing("/nonexistent/hopscope/capture.pcap");
    EXPECT_FALSE(missing.isOpen());
    EXPECT_NE(missing.error().find("cannot open"), std::string::npos);
    CapturePacket p;
    EXPECT_EQ(missing.next(p), ReadStatus::Error);
}

namespace {

// Resident memory of this process in KiB (Linux).
long residentKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

} // namespace

TEST(CaptureReader, StreamsAMillionPacketsInConstantMemory) {
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("hopscope-million-" + std::to_string(::getpid()) + ".pcapng"))
                                 .string();
    constexpr std::uint64_t kPackets = 1'000'000;
    {
        std::ofstream out(path, std::ios::binary);
        PcapngWriter writer(out);
        const auto f = frameOf(40, 9);
        for (std::uint64_t i = 0; i < kPackets; ++i) {
            ASSERT_TRUE(writer.write(LinkType::Raw, static_cast<std::int64_t>(i), f));
        }
    }
    const auto size = std::filesystem::file_size(path);
    ASSERT_GT(size, 60'000'000U);
    const long before = residentKiB();
    CaptureReader reader(path);
    CapturePacket p;
    std::uint64_t n = 0;
    long peak = before;
    while (reader.next(p) == ReadStatus::Packet) {
        ++n;
        if (n % 100'000 == 0) {
            peak = std::max(peak, residentKiB());
        }
    }
    std::filesystem::remove(path);
    EXPECT_EQ(n, kPackets);
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    EXPECT_EQ(reader.bytesRead(), size);
    if (before > 0) {
        // The file is ~64 MB; the reader may hold its 1 MiB window and one packet.
        EXPECT_LT(peak - before, 8 * 1024) << "resident memory grew by " << peak - before << " KiB";
    }
}
