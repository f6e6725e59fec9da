// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Interop: files written by tcpdump, tshark and editcap read back exactly as those tools see
// them, and files we write read by tshark exactly as we meant them.
#include "capture_tools.h"
#include "wire/capture_reader.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_writer.h"

#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>

using namespace hopscope::wire;
using namespace hopscope::testing;

namespace {

std::vector<std::string> payloads(std::size_t n) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back("hopscope datagram " + std::to_string(i) + std::string(i * 3, 'x'));
    }
    return out;
}

std::string epoch(std::int64_t ns) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%lld.%09lld", static_cast<long long>(ns / 1'000'000'000),
                  static_cast<long long>(ns % 1'000'000'000));
    return buf;
}

std::vector<CapturePacket> readFile(const std::string& path, CaptureFormat* format = nullptr) {
    CaptureReader reader(path);
    EXPECT_TRUE(reader.isOpen()) << reader.error();
    std::vector<CapturePacket> out;
    CapturePacket p;
    while (reader.next(p) == ReadStatus::Packet) {
        out.push_back(p);
    }
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    if (format) {
        *format = reader.format();
    }
    return out;
}

// What tshark says about each frame: "epoch<TAB>len<TAB>cap_len<TAB>comment".
std::vector<std::string> tsharkView(const std::string& path) {
    const auto r = runTool({"tshark", "-r", path, "-T", "fields", "-e", "frame.time_epoch", "-e",
                            "frame.len", "-e", "frame.cap_len", "-e", "frame.comment"});
    EXPECT_EQ(r.code, 0) << r.err;
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    return lines;
}

std::string ourView(const CapturePacket& p) {
    std::string comments;
    for (const auto& c : p.comments) {
        comments += (comments.empty() ? "" : ",") + c;
    }
    return epoch(p.timeNs) + "\t" + std::to_string(p.originalLength) + "\t" +
           std::to_string(p.data.size()) + "\t" + comments;
}

void expectSameAsTshark(const std::string& path, const std::vector<CapturePacket>& packets) {
    const auto theirs = tsharkView(path);
    ASSERT_EQ(theirs.size(), packets.size());
    for (std::size_t i = 0; i < packets.size(); ++i) {
        EXPECT_EQ(ourView(packets[i]), theirs[i]) << "frame " << i + 1;
    }
}

void expectPayloads(const std::vector<CapturePacket>& packets,
                    const std::vector<std::string>& sent) {
    ASSERT_EQ(packets.size(), sent.size());
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const auto& d = packets[i].data;
        ASSERT_GE(d.size(), sent[i].size());
        EXPECT_EQ(std::string(d.end() - static_cast<std::ptrdiff_t>(sent[i].size()), d.end()),
                  sent[i]);
        EXPECT_EQ(packets[i].linkType, LinkType::Ethernet);
        EXPECT_EQ(packets[i].originalLength, d.size());
        if (i > 0) {
            EXPECT_GE(packets[i].timeNs, packets[i - 1].timeNs);
        }
    }
}

} // namespace

TEST(PcapTools, ReadsAMicrosecondCaptureWrittenByTcpdump) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::string why;
    const auto sent = payloads(5);
    const auto file = tcpdumpUdp(dir, "micro.pcap", sent, {}, why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    CaptureFormat format{};
    const auto packets = readFile(*file, &format);
    EXPECT_EQ(format, CaptureFormat::Pcap);
    expectPayloads(packets, sent);
    for (const auto& p : packets) {
        EXPECT_EQ(p.timeNs % 1000, 0) << "a microsecond file has no nanoseconds";
    }
    expectSameAsTshark(*file, packets);
}

TEST(PcapTools, ReadsNanosecondPcapAndItsPcapngConversions) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    HOPSCOPE_REQUIRE_PEER_TOOL("editcap");
    TempDir dir;
    std::string why;
    const auto sent = payloads(6);
    const auto file = tcpdumpUdp(dir, "nano.pcap", sent, {"--time-stamp-precision=nano"}, why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    // The magic number says nanoseconds.
    const auto raw = readFileBytes(*file);
    ASSERT_GE(raw.size(), 4U);
    EXPECT_EQ(raw[0] | (raw[1] << 8) | (raw[2] << 16) | (static_cast<unsigned>(raw[3]) << 24),
              0xA1B23C4DU);
    const auto packets = readFile(*file);
    expectPayloads(packets, sent);
    expectSameAsTshark(*file, packets);

    // The same packets converted to pcapng by tshark and by editcap read back identically.
    const std::vector<std::pair<std::string, std::vector<std::string>>> conversions = {
        {dir.file("tshark.pcapng"),
         {"tshark", "-r", *file, "-F", "pcapng", "-w", dir.file("tshark.pcapng")}},
        {dir.file("editcap.pcapng"),
         {"editcap", "-F", "pcapng", "-a", "2:second frame", "-a", "4:fourth, with a comma", *file,
          dir.file("editcap.pcapng")}}};
    for (const auto& [out, argv] : conversions) {
        SCOPED_TRACE(argv[0]);
        const auto r = runTool(argv);
        ASSERT_EQ(r.code, 0) << r.err;
        CaptureFormat format{};
        const auto converted = readFile(out, &format);
        EXPECT_EQ(format, CaptureFormat::Pcapng);
        ASSERT_EQ(converted.size(), packets.size());
        for (std::size_t i = 0; i < packets.size(); ++i) {
            EXPECT_EQ(converted[i].timeNs, packets[i].timeNs);
            EXPECT_EQ(converted[i].data, packets[i].data);
        }
        if (argv[0] == "editcap") {
            EXPECT_EQ(converted[1].comments, std::vector<std::string>{"second frame"});
            EXPECT_EQ(converted[3].comments, std::vector<std::string>{"fourth, with a comma"});
            EXPECT_TRUE(converted[0].comments.empty());
        }
        expectSameAsTshark(out, converted);
    }
}

TEST(PcapTools, TsharkReadsWhatWeWrite) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::vector<CapturePacket> packets;
    for (int i = 0; i < 4; ++i) {
        CapturePacket p;
        p.timeNs = 1'700'000'000'000'000'000 + i * 1'234'567'891LL;
        p.data.assign(static_cast<std::size_t>(20 + i * 17), static_cast<std::uint8_t>(i));
        p.originalLength = static_cast<std::uint32_t>(p.data.size() + (i == 2 ? 100 : 0));
        p.linkType = i == 3 ? LinkType::Raw : LinkType::Ethernet;
        if (i != 1) {
            p.comments = {"comment " + std::to_string(i)};
        }
        packets.push_back(p);
    }
    for (const auto order : {ByteOrder::Little, ByteOrder::Big}) {
        SCOPED_TRACE(order == ByteOrder::Little ? "little-endian" : "big-endian");
        const std::string ng = dir.file("ours.pcapng");
        {
            std::ofstream out(ng, std::ios::binary);
            PcapngWriter w(out, {"Hopscope", {}, order});
            for (const auto& p : packets) {
                ASSERT_TRUE(w.write(p));
            }
        }
        expectSameAsTshark(ng, packets);
        const auto r = runTool({"tshark", "-r", ng, "-T", "fields", "-e", "frame.encap_type"});
        EXPECT_EQ(r.out, "1\n1\n1\n7\n") << "Ethernet is encapsulation 1, raw IP 7 in Wireshark";

        for (const auto res : {TimeResolution::Microseconds, TimeResolution::Nanoseconds}) {
            const std::string pcap = dir.file("ours.pcap");
            std::vector<CapturePacket> expected;
            {
                std::ofstream out(pcap, std::ios::binary);
                PcapWriter w(out, LinkType::Ethernet, {res, order, 262144});
                for (auto p : packets) {
                    ASSERT_TRUE(w.write(p));
                    if (res == TimeResolution::Microseconds) {
                        p.timeNs = p.timeNs / 1000 * 1000;
                    }
                    p.comments.clear();
                    expected.push_back(p);
                }
            }
            expectSameAsTshark(pcap, expected);
        }
    }
}
