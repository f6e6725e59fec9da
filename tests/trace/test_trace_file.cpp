// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "../wire/capture_tools.h"
#include "trace/trace_file.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"
#include "wire/pcap_writer.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

using namespace hopscope::trace;
using hopscope::wire::LinkType;
using namespace hopscope::testing;

namespace {

constexpr std::int64_t kOrigin = 1'767'225'600'000'000'000; // 2026-01-01T00:00:00Z

EventData event(std::int64_t t, SourceKind source, const std::string& from, const std::string& to,
                std::string note, LinkType link = LinkType::Ethernet) {
    EventData d;
    d.timeNs = t;
    d.source = source;
    d.from = from;
    d.to = to;
    d.linkType = link;
    for (std::size_t i = 0; i < 40 + static_cast<std::size_t>(t % 23); ++i) {
        d.frame.push_back(static_cast<std::uint8_t>(t * 31 + static_cast<std::int64_t>(i)));
    }
    d.protocol = t % 2 ? "DNS" : "TCP";
    d.summary = "summary of " + std::to_string(t) + ": A? www.foobar.com";
    d.note = std::move(note);
    return d;
}

void fill(Trace& t) {
    t.append(event(0, SourceKind::Live, "client", "resolver", "the client asks its resolver"));
    EventData captured = event(1, SourceKind::Lab, "resolver", "198.41.0.4", "");
    captured.capturedAt = "resolver:eth0";
    t.append(std::move(captured));
    t.append(event(999'999'999, SourceKind::Captured, "127.0.0.1", "127.0.0.53",
                   "two lines\nand a \\backslash\\ and\r\na CRLF", LinkType::Raw));
    t.append(event(1'000'000'000, SourceKind::File, "", "", "note: with colon, comma",
                   LinkType::LinuxSll));
    t.append(event(86'400'000'000'123, SourceKind::Lab, "a\nb", "c\\d",
                   "hopscope-event lookalike but not the tag"));
}

void expectSameEvents(const Trace& a, const Trace& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE("event " + std::to_string(i));
        const auto& x = a.at(i).data();
        const auto& y = b.at(i).data();
        EXPECT_EQ(x.timeNs, y.timeNs);
        EXPECT_EQ(x.source, y.source);
        EXPECT_EQ(x.from, y.from);
        EXPECT_EQ(x.to, y.to);
        EXPECT_EQ(x.linkType, y.linkType);
        EXPECT_EQ(x.frame, y.frame);
        EXPECT_EQ(x.protocol, y.protocol);
        EXPECT_EQ(x.summary, y.summary);
        EXPECT_EQ(x.note, y.note);
        EXPECT_EQ(x.capturedAt, y.capturedAt);
    }
}

} // namespace

TEST(TraceFile, SavedAndLoadedBackEqualsTheOriginal) {
    Trace original;
    fill(original);
    std::stringstream file;
    const auto saved = TraceFile::save(original, file, kOrigin);
    ASSERT_TRUE(saved.ok()) << saved.error;
    EXPECT_EQ(saved.events, original.size());

    Trace loaded;
    const auto result = TraceFile::load(file, loaded);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.events, original.size());
    expectSameEvents(original, loaded);
}

TEST(TraceFile, TheFileIsPlainPcapngWithNotesAsCommentsAndWallClockTimes) {
    Trace original;
    fill(original);
    std::stringstream file;
    ASSERT_TRUE(TraceFile::save(original, file, kOrigin).ok());
    hopscope::wire::CaptureReader reader(file);
    ASSERT_TRUE(reader.isOpen());
    EXPECT_EQ(reader.section().userApplication, "Hopscope");
    hopscope::wire::CapturePacket p;
    ASSERT_EQ(reader.next(p), hopscope::wire::ReadStatus::Packet);
    EXPECT_EQ(p.timeNs, kOrigin);
    ASSERT_EQ(p.comments.size(), 2U);
    EXPECT_EQ(p.comments[0], "the client asks its resolver");
    EXPECT_EQ(p.comments[1], "hopscope-event\nsource: live\nfrom: client\nto: resolver\n"
                             "protocol: TCP\nsummary: summary of 0: A? www.foobar.com");
    ASSERT_EQ(reader.next(p), hopscope::wire::ReadStatus::Packet);
    EXPECT_EQ(p.timeNs, kOrigin + 1);
    EXPECT_EQ(p.comments.size(), 1U) << "an empty note writes no comment";
}

TEST(TraceFile, SavesToAPathAtomicallyAndTsharkOpensIt) {
    TempDir dir;
    ASSERT_FALSE(dir.path().empty());
    const std::string path = dir.file("lesson.pcapng");
    Trace original;
    fill(original);
    const auto saved = TraceFile::save(original, path, kOrigin);
    ASSERT_TRUE(saved.ok()) << saved.error;
    EXPECT_FALSE(std::filesystem::exists(path + ".part"));

    Trace loaded;
    int calls = 0;
    const auto result = TraceFile::load(path, loaded, [&](const TraceLoadProgress& p) {
        ++calls;
        EXPECT_EQ(p.totalBytes, std::filesystem::file_size(path));
        EXPECT_LE(p.bytesRead, p.totalBytes);
        return true;
    });
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_GE(calls, 2); // at the start and at the end
    expectSameEvents(original, loaded);

    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    const auto r = runTool({"tshark", "-r", path, "-T", "fields", "-e", "frame.time_epoch"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "1767225600.000000000\n1767225600.000000001\n1767225600.999999999\n"
                     "1767225601.000000000\n1767312000.000000123\n");
}

TEST(TraceFile, AFailedSaveLeavesTheExistingFileAlone) {
    TempDir dir;
    const std::string path = dir.file("keep.pcapng");
    writeFileBytes(path, {1, 2, 3});
    // A time before 1970 cannot be stored.
    Trace t;
    t.append(event(-5, SourceKind::Lab, "a", "b", ""));
    const auto failed = TraceFile::save(t, path, 0);
    EXPECT_FALSE(failed.ok());
    EXPECT_NE(failed.error.find("event 1"), std::string::npos) << failed.error;
    EXPECT_EQ(readFileBytes(path), (std::vector<std::uint8_t>{1, 2, 3}));
    EXPECT_FALSE(std::filesystem::exists(path + ".part"));
}

TEST(TraceFile, LoadingCanBeCancelledAndKeepsWhatWasRead) {
    Trace original;
    for (int i = 0; i < 5000; ++i) {
        original.append(event(i * 1000, SourceKind::Lab, "a", "b", ""));
    }
    std::stringstream file;
    ASSERT_TRUE(TraceFile::save(original, file, kOrigin).ok());
    Trace loaded;
    int calls = 0;
    const auto result = TraceFile::load(file, loaded, [&](const TraceLoadProgress& p) {
        ++calls;
        EXPECT_EQ(p.events, static_cast<std::size_t>(calls - 1) * TraceFile::kProgressInterval);
        return calls < 3; // cancel at the third report
    });
    EXPECT_EQ(result.status, TraceFileStatus::Cancelled);
    EXPECT_EQ(result.events, 2 * TraceFile::kProgressInterval);
    EXPECT_EQ(loaded.size(), 2 * TraceFile::kProgressInterval);
    EXPECT_EQ(loaded.at(2047).timeNs(), 2047 * 1000);
}

TEST(TraceFile, ADamagedFileKeepsTheEventsBeforeTheDamageAndNamesTheOffset) {
    Trace original;
    fill(original);
    std::stringstream file;
    ASSERT_TRUE(TraceFile::save(original, file, kOrigin).ok());
    const std::string bytes = file.str();
    // Find where the fourth packet starts and cut inside it.
    hopscope::wire::CaptureReader scan(file);
    hopscope::wire::CapturePacket p;
    std::uint64_t fourth = 0;
    for (int i = 0; i < 4; ++i) {
        ASSERT_EQ(scan.next(p), hopscope::wire::ReadStatus::Packet);
        fourth = p.fileOffset;
    }
    std::stringstream cut(bytes.substr(0, fourth + 30));
    Trace loaded;
    const auto result = TraceFile::load(cut, loaded);
    EXPECT_EQ(result.status, TraceFileStatus::Error);
    EXPECT_EQ(result.errorOffset, fourth);
    EXPECT_NE(result.error.find("at byte " + std::to_string(fourth)), std::string::npos)
        << result.error;
    EXPECT_EQ(result.events, 3U);
    ASSERT_EQ(loaded.size(), 3U);
    EXPECT_EQ(loaded.at(2).note(), original.at(2).note());
}

TEST(TraceFile, NotACaptureFileIsAnError) {
    std::stringstream junk("this is not a capture");
    Trace t;
    const auto result = TraceFile::load(junk, t);
    EXPECT_EQ(result.status, TraceFileStatus::Error);
    EXPECT_NE(result.error.find("not a pcap or pcapng file"), std::string::npos) << result.error;
    EXPECT_TRUE(t.empty());
}

TEST(TraceFile, AForeignCaptureBecomesFileEventsFromItsDissection) {
    // Two IPv4/UDP frames on Ethernet, written as a plain pcap (no Hopscope metadata).
    const std::vector<std::uint8_t> frame = {
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, // eth
        0x45, 0x00, 0x00, 0x20, 0x12, 0x34, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00,             // ip
        0x7f, 0x00, 0x00, 0x01, 0x7f, 0x00, 0x00, 0x02,                                     //
        0x30, 0x39, 0x00, 0x35, 0x00, 0x0c, 0x00, 0x00,                                     // udp
        'd',  'a',  't',  'a'};
    std::stringstream file;
    {
        hopscope::wire::PcapWriter w(file, LinkType::Ethernet,
                                     {hopscope::wire::TimeResolution::Nanoseconds,
                                      hopscope::wire::ByteOrder::Little, 65535});
        w.write(kOrigin + 5, frame);
        w.write(kOrigin + 2'000'000'005, frame);
    }
    Trace t;
    const auto result = TraceFile::load(file, t);
    ASSERT_TRUE(result.ok()) << result.error;
    ASSERT_EQ(t.size(), 2U);
    const auto d = hopscope::wire::dissect(LinkType::Ethernet, frame);
    for (std::size_t i = 0; i < 2; ++i) {
        const Event& e = t.at(i);
        EXPECT_EQ(e.source(), SourceKind::File);
        EXPECT_EQ(e.frame(), frame);
        EXPECT_EQ(e.protocol(), "DNS") << "UDP to port 53";
        EXPECT_EQ(e.summary(), d.info);
        EXPECT_TRUE(e.note().empty());
        EXPECT_EQ(e.from(), "127.0.0.1");
        EXPECT_EQ(e.to(), "127.0.0.2");
    }
    EXPECT_EQ(t.at(0).timeNs(), 0) << "a foreign capture counts time from its first packet";
    EXPECT_EQ(t.at(1).timeNs(), 2'000'000'000);
}

TEST(TraceFile, ATcpdumpCaptureLoadsWithItsRealTimes) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::string why;
    const auto file =
        tcpdumpUdp(dir, "udp.pcap", {"one", "two", "three"}, {"--time-stamp-precision=nano"}, why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    // The times as Wireshark reads them: "1767225600.123456789" per frame.
    const auto r = runTool({"tshark", "-r", *file, "-T", "fields", "-e", "frame.time_epoch"});
    ASSERT_EQ(r.code, 0) << r.err;
    std::vector<std::int64_t> times;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        const auto dot = line.find('.');
        ASSERT_EQ(line.size(), dot + 10) << "nine decimals: " << line;
        times.push_back(std::stoll(line.substr(0, dot)) * 1'000'000'000 +
                        std::stoll(line.substr(dot + 1)));
    }
    ASSERT_EQ(times.size(), 3U);
    Trace t;
    const auto result = TraceFile::load(*file, t);
    ASSERT_TRUE(result.ok()) << result.error;
    ASSERT_EQ(t.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(t.at(i).timeNs(), times[i] - times[0]);
        EXPECT_EQ(t.at(i).source(), SourceKind::File);
    }
}
