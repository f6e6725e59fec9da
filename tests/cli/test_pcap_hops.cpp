// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap hops` on a made-up capture of a home network behind NAT (tests/support), and its
// answers to bad input.
#include "../support/nat_path_capture.h"
#include "cli/command.h"
#include "cli_run.h"
#include "hops_against_tshark.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

using namespace hopscope;
using hopscope::testing::NatPathCapture;

namespace {

using hopscope::testing::CliRun;
using hopscope::testing::runCli;

// The synthetic capture as a file, removed at the end of the test.
class CaptureFile {
public:
    CaptureFile()
        : m_path((std::filesystem::temp_directory_path() /
                  ("hopscope-hops-" + std::to_string(::getpid()) + ".pcapng"))
                     .string()) {
        std::ofstream(m_path, std::ios::binary) << NatPathCapture().file();
    }
    ~CaptureFile() { std::filesystem::remove(m_path); }
    CaptureFile(const CaptureFile&) = delete;
    CaptureFile& operator=(const CaptureFile&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::vector<std::vector<std::string>> rows(const std::string& text) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            cells.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) {
                break;
            }
            start = tab + 1;
        }
        out.push_back(std::move(cells));
    }
    return out;
}

std::size_t count(const std::vector<std::vector<std::string>>& r, const std::string& kind) {
    return static_cast<std::size_t>(
        std::count_if(r.begin(), r.end(), [&](const auto& row) { return row.front() == kind; }));
}

bool has(const std::vector<std::vector<std::string>>& r, const std::vector<std::string>& row) {
    return std::find(r.begin(), r.end(), row) != r.end();
}

} // namespace

TEST(PcapHops, ListsEachJourneyItsHopsAndWhatEachHopChanged) {
    const CaptureFile file;
    const auto run = runCli({"pcap", "hops", file.path()});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    const auto r = rows(run.out);
    EXPECT_EQ(count(r, "journey"), std::size_t{NatPathCapture::kJourneys});
    for (const auto& row : r) {
        const std::size_t columns = row.front() == "journey" ? 7 : row.front() == "hop" ? 7 : 6;
        EXPECT_EQ(row.size(), columns) << row.front();
    }
    // Journey 2 is the SYN: out of the laptop, through the switch unchanged, NATed.
    ASSERT_GE(r.size(), 2U);
    EXPECT_EQ(r.front(),
              (std::vector<std::string>{"journey", "1", "4", "192.168.1.10", "192.168.1.1", "ARP",
                                        "Who has 192.168.1.1? Tell 192.168.1.10"}));
    EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const auto& row) {
        return row.size() == 7 && row[0] == "hop" && row[1] == "2" && row[2] == "1" &&
               row[5] == "laptop:eth0" && row[6] == "out of laptop";
    }));
    EXPECT_TRUE(has(r, {"change", "2", "5", "ip.src", "192.168.1.10", "198.18.0.2"}));
    EXPECT_TRUE(has(r, {"change", "2", "5", "tcp.srcport", "40000", "61000"}));
    EXPECT_TRUE(has(r, {"change", "2", "5", "ip.ttl", "64", "63"}));
    EXPECT_TRUE(has(r, {"change", "2", "7", "ip.ttl", "63", "62"}));
    // Journey 3, the SYN-ACK, translated back as it leaves home-router:eth0 (its 5th copy).
    EXPECT_TRUE(has(r, {"change", "3", "5", "ip.dst", "198.18.0.2", "192.168.1.10"}));
    EXPECT_TRUE(has(r, {"change", "3", "5", "tcp.dstport", "61000", "40000"}));
    // The ICMP error's quote, the second IP header of the frame.
    EXPECT_TRUE(has(r, {"change", "8", "3", "ip.src#2", "198.18.0.2", "192.168.1.10"}));
    // Nothing changed on the switch.
    EXPECT_FALSE(std::any_of(r.begin(), r.end(), [](const auto& row) {
        return row[0] == "change" && row[1] == "2" && (row[2] == "2" || row[2] == "3");
    }));
}

TEST(PcapHops, TimesAreSecondsSinceTheFirstFrameAsTsharkCountsThem) {
    const CaptureFile file;
    const auto r = rows(runCli({"pcap", "hops", file.path()}).out);
    // The file's first frame is laptop:eth0's ARP request at 0.5 s; the SYN left 0.5 s later.
    EXPECT_TRUE(has(r, {"hop", "1", "1", "1", "0.000000000", "laptop:eth0", "out of laptop"}));
    const auto syn = std::find_if(r.begin(), r.end(), [](const auto& row) {
        return row[0] == "hop" && row[1] == "2" && row[2] == "2";
    });
    ASSERT_NE(syn, r.end());
    EXPECT_EQ((*syn)[4], "0.500005000");
    EXPECT_EQ((*syn)[5], "home-switch:eth0");
    EXPECT_EQ((*syn)[6], "into home-switch");
}

TEST(PcapHops, PacketPicksTheJourneyOfOneFrame) {
    const CaptureFile file;
    const auto all = rows(runCli({"pcap", "hops", file.path()}).out);
    // Some copy of the SYN-ACK (journey 3) in the middle of its way.
    const auto hop = std::find_if(all.begin(), all.end(), [](const auto& row) {
        return row[0] == "hop" && row[1] == "3" && row[2] == "4";
    });
    ASSERT_NE(hop, all.end());
    const auto run = runCli({"pcap", "hops", file.path(), "--packet", (*hop)[3]});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto r = rows(run.out);
    EXPECT_EQ(count(r, "journey"), 1U);
    EXPECT_EQ(count(r, "hop"), 8U);
    for (const auto& row : r) {
        EXPECT_EQ(row[1], "3");
    }
    std::vector<std::vector<std::string>> expected;
    std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                 [](const auto& row) { return row[1] == "3"; });
    EXPECT_EQ(r, expected);
}

TEST(PcapHops, AFrameSeenOnceIsJourneyZero) {
    const CaptureFile file;
    // The last frame of the file is the lonely one at server:eth0 (frames are grouped per
    // interface, and server:eth0 comes last).
    const auto info = runCli({"pcap", "info", file.path()});
    const auto at = info.out.find("Packets:");
    ASSERT_NE(at, std::string::npos);
    const std::string frames = std::to_string(std::stoul(info.out.substr(at + 9)));
    const auto run = runCli({"pcap", "hops", file.path(), "--packet", frames});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto r = rows(run.out);
    ASSERT_EQ(r.size(), 2U) << run.out;
    EXPECT_EQ(r[0][0], "journey");
    EXPECT_EQ(r[0][1], "0");
    EXPECT_EQ(r[0][2], "1");
    EXPECT_EQ(r[1][5], "server:eth0");
}

TEST(PcapHops, BadInputGetsASentence) {
    const CaptureFile file;
    auto run = runCli({"pcap", "hops"});
    EXPECT_EQ(run.code, 2);
    EXPECT_NE(run.err.find("Usage: hopscope-cli pcap hops FILE"), std::string::npos);
    run = runCli({"pcap", "hops", file.path(), "--packet", "0"});
    EXPECT_EQ(run.code, 2);
    EXPECT_NE(run.err.find("bad frame number '0'"), std::string::npos) << run.err;
    run = runCli({"pcap", "hops", file.path(), "--packet", "9999"});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("so no frame 9999"), std::string::npos) << run.err;
    run = runCli({"pcap", "hops", file.path(), "--frobnicate"});
    EXPECT_EQ(run.code, 2);
    EXPECT_NE(run.err.find("unexpected argument '--frobnicate'"), std::string::npos);
    run = runCli({"pcap", "hops", "/nonexistent/capture.pcapng"});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("/nonexistent/capture.pcapng"), std::string::npos);
    EXPECT_TRUE(run.out.empty());
    // A damaged file: what was read before the damage is still shown.
    std::string bytes = NatPathCapture().file();
    bytes.resize(bytes.size() - 10);
    const std::string damaged = file.path() + ".damaged";
    std::ofstream(damaged, std::ios::binary) << bytes;
    run = runCli({"pcap", "hops", damaged});
    std::filesystem::remove(damaged);
    EXPECT_EQ(run.code, 1);
    EXPECT_FALSE(run.err.empty());
    EXPECT_NE(run.out.find("journey\t1\t"), std::string::npos);
}

TEST(PcapHops, TheUsageNamesIt) {
    const auto run = runCli({"pcap", "--help"});
    EXPECT_NE(run.out.find("hopscope-cli pcap hops FILE [--packet N]"), std::string::npos);
    EXPECT_NE(run.out.find("change  J K FIELD BEFORE AFTER"), std::string::npos);
}

TEST(PcapHops, EveryChangeAndEveryUnchangedFieldIsWhatTsharkShows) {
    // Without tshark nothing is compared: a failure, not a skip.
    ASSERT_TRUE(hopscope::testing::findPeerTool("tshark"))
        << *hopscope::testing::missingPeerTool("tshark");
    const CaptureFile file;
    const auto run = runCli({"pcap", "hops", file.path()});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto listing = hopscope::testing::parseHops(run.out);
    EXPECT_EQ(listing.journeys.size(), std::size_t{NatPathCapture::kJourneys});
    EXPECT_GE(hopscope::testing::expectHopsAgreeWithTshark(file.path(), listing), 40U);
}
