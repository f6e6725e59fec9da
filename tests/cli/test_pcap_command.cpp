// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap fields` must print what `tshark -T fields` prints for the same file; `pcap info` must
// summarise a capture and report damage with its offset.
#include "../wire/capture_tools.h"
#include "cli/command.h"
#include "cli/field_extractor.h"
#include "cli/synthetic_capture.h"
#include "cli_run.h"
#include "fields_against_tshark.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"
#include "wire/frame_builder.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_writer.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

using namespace hopscope;
using namespace hopscope::testing;

namespace {

CliRun pcap(const std::vector<std::string>& args) {
    return runCommand(*cli::findCommand("pcap"), args);
}

// The fields compared with tshark, every one on every file.
const std::vector<std::string>& fieldTable() {
    static const std::vector<std::string> table = {
        // Computed by the CLI from the file alone.
        "frame.number",
        "frame.len",
        "frame.cap_len",
        "frame.time_epoch",
        "frame.time_relative",
        "frame.time_delta",
        "frame.comment",
        // Computed by the CLI from the dissection.
        "frame.protocols",
        "udp.stream",
        "tcp.stream",
        "tcp.seq",
        "tcp.ack",
        "tcp.nxtseq",
        "tcp.window_size",
        "tcp.window_size_scalefactor",
        "tcp.time_relative",
        "tcp.time_delta",
        "tcp.analysis",
        "tcp.analysis.flags",
        "tcp.analysis.acks_frame",
        "tcp.analysis.ack_rtt",
        "tcp.analysis.initial_rtt",
        "tcp.analysis.bytes_in_flight",
        "tcp.analysis.push_bytes_sent",
        "tcp.analysis.retransmission",
        "tcp.analysis.reused_ports",
        "tcp.analysis.lost_segment",
        "tcp.analysis.ack_lost_segment",
        "tcp.analysis.duplicate_ack",
        "tcp.analysis.duplicate_ack_num",
        "tcp.analysis.duplicate_ack_frame",
        "tcp.analysis.window_update",
        "tcp.analysis.keep_alive",
        "tcp.analysis.fast_retransmission",
        "tcp.analysis.spurious_retransmission",
        "tcp.analysis.out_of_order",
        "tcp.analysis.rto",
        "tcp.analysis.rto_frame",
        "tcp.analysis.window_full",
        "tcp.analysis.keep_alive_ack",
        "tcp.analysis.zero_window",
        "tcp.analysis.zero_window_probe",
        "tcp.analysis.zero_window_probe_ack",
        // Straight from the dissector.
        "eth.src",
        "eth.dst",
        "eth.type",
        "sll.pkttype",
        "ip.version",
        "ip.hdr_len",
        "ip.len",
        "ip.id",
        "ip.flags",
        "ip.flags.df",
        "ip.ttl",
        "ip.proto",
        "ip.checksum",
        "ip.src",
        "ip.dst",
        "udp.srcport",
        "udp.dstport",
        "udp.length",
        "udp.checksum",
        "tcp.srcport",
        "tcp.dstport",
        "tcp.seq_raw",
        "tcp.ack_raw",
        "tcp.hdr_len",
        "tcp.flags",
        "tcp.flags.syn",
        "tcp.flags.ack",
        "tcp.window_size_value",
        "tcp.checksum",
        "tcp.len",
        "tcp.options.mss_val",
        "http.request.method",
        "http.request.uri",
        "http.request.version",
        "http.response.code",
        "http.content_length_header",
        "dns.id",
        "dns.flags",
        "dns.qry.name",
        "dns.qry.type",
        "dns.a",
    };
    return table;
}

using Columns = std::set<std::string>;

Columns operator+(Columns a, const Columns& b) {
    a.insert(b.begin(), b.end());
    return a;
}

// The columns a file of each kind fills in.
const Columns kFrameColumns = {"frame.number",     "frame.len",           "frame.cap_len",
                               "frame.time_epoch", "frame.time_relative", "frame.time_delta",
                               "frame.protocols"};
const Columns kEthernetColumns = {"eth.src", "eth.dst", "eth.type"};
const Columns kIpColumns = {"ip.version",  "ip.hdr_len",  "ip.len", "ip.id",
                            "ip.flags",    "ip.flags.df", "ip.ttl", "ip.proto",
                            "ip.checksum", "ip.src",      "ip.dst"};
const Columns kUdpColumns = {"udp.stream", "udp.srcport", "udp.dstport", "udp.length",
                             "udp.checksum"};
const Columns kTcpColumns = {"tcp.stream",    "tcp.seq",         "tcp.ack",
                             "tcp.nxtseq",    "tcp.window_size", "tcp.window_size_scalefactor",
                             "tcp.srcport",   "tcp.dstport",     "tcp.seq_raw",
                             "tcp.ack_raw",   "tcp.hdr_len",     "tcp.flags",
                             "tcp.flags.syn", "tcp.flags.ack",   "tcp.window_size_value",
                             "tcp.checksum",  "tcp.len"};
// What a TCP conversation with a handshake and data always has: its timestamps, and the
// analysis of data acknowledged (the ACK's frame and round trip, bytes in flight, the SYN's
// round trip).
const Columns kTcpAnalysisColumns = {"tcp.time_relative",
                                     "tcp.time_delta",
                                     "tcp.analysis",
                                     "tcp.analysis.acks_frame",
                                     "tcp.analysis.ack_rtt",
                                     "tcp.analysis.initial_rtt",
                                     "tcp.analysis.bytes_in_flight",
                                     "tcp.analysis.push_bytes_sent"};

// The two hosts of the made-up TCP connections below (A the client), and the flags they send.
const wire::MacAddress kMacA(wire::MacAddress::Bytes{2, 0, 0, 0, 0, 1});
const wire::MacAddress kMacB(wire::MacAddress::Bytes{2, 0, 0, 0, 0, 2});
const wire::Ipv4Address kHostA(10, 0, 0, 1);
const wire::Ipv4Address kHostB(10, 0, 0, 2);
const std::uint16_t kSyn = static_cast<std::uint16_t>(wire::TcpFlag::Syn);
const std::uint16_t kSynAck = wire::TcpFlag::Syn | wire::TcpFlag::Ack;
const std::uint16_t kAck = static_cast<std::uint16_t>(wire::TcpFlag::Ack);
const std::uint16_t kPshAck = wire::TcpFlag::Psh | wire::TcpFlag::Ack;
const std::uint16_t kFinAck = wire::TcpFlag::Fin | wire::TcpFlag::Ack;
const std::uint16_t kRstAck = wire::TcpFlag::Rst | wire::TcpFlag::Ack;

// Runs both tools over the whole field table (fieldsOfBoth) and compares every column of every
// frame, so a value tshark prints and we do not is a failure. Returns the columns tshark filled in
// at least once, for the caller to check against what the file holds: a comparison of empty columns
// alone proves nothing.
Columns expectSameFieldsAsTshark(const std::string& path) {
    const auto [ourLines, theirLines] = fieldsOfBoth(path, fieldTable());
    Columns filled;
    for (std::size_t i = 0; i < std::min(ourLines.size(), theirLines.size()); ++i) {
        const auto o = tabColumns(ourLines[i]);
        const auto t = tabColumns(theirLines[i]);
        if (o.size() != fieldTable().size() || t.size() != fieldTable().size()) {
            ADD_FAILURE() << "wrong column count:\n" << ourLines[i] << '\n' << theirLines[i];
            return filled;
        }
        for (std::size_t c = 0; c < fieldTable().size(); ++c) {
            EXPECT_EQ(o[c], t[c]) << fieldTable()[c] << " of frame " << i + 1 << " in " << path;
            if (!t[c].empty()) {
                filled.insert(fieldTable()[c]);
            }
        }
    }
    return filled;
}

} // namespace

TEST(PcapFields, MatchesTsharkOnAUdpCaptureFromTcpdump) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::string why;
    const auto file = tcpdumpUdp(dir, "udp.pcap", {"a", "bb", "ccc", "dddd"}, {}, why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    EXPECT_EQ(expectSameFieldsAsTshark(*file),
              kFrameColumns + kEthernetColumns + kIpColumns + kUdpColumns);
}

TEST(PcapFields, MatchesTsharkOnTcpConversationsWithAndWithoutTheirHandshakes) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    HOPSCOPE_REQUIRE_PEER_TOOL("editcap");
    TempDir dir;
    std::string why;
    const auto file =
        tcpdumpTcp(dir, "tcp.pcap", 3, "GET /index.html HTTP/1.1\r\nHost: foobar.com\r\n\r\n",
                   "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    // The server's port is a random one: both tools know the HTTP by its first line.
    const Columns http = {"tcp.options.mss_val", "http.request.method",
                          "http.request.uri",    "http.request.version",
                          "http.response.code",  "http.content_length_header"};
    const Columns tcp =
        kFrameColumns + kEthernetColumns + kIpColumns + kTcpColumns + kTcpAnalysisColumns + http;
    EXPECT_EQ(expectSameFieldsAsTshark(*file), tcp);
    // Without the SYN (capture started mid-connection) and without SYN and SYN/ACK: relative
    // sequence numbers then start at 1 and come from the first ACK.
    for (const auto& drop : std::vector<std::vector<std::string>>{{"1"}, {"1", "2"}, {"2", "3"}}) {
        const std::string cut = dir.file("cut.pcap");
        std::vector<std::string> argv = {"editcap", *file, cut};
        argv.insert(argv.end(), drop.begin(), drop.end());
        ASSERT_EQ(runTool(argv).code, 0);
        SCOPED_TRACE("without frames " + drop.front());
        // The other two connections still have their SYNs, the MSS option and HTTP.
        EXPECT_EQ(expectSameFieldsAsTshark(cut), tcp);
    }
}

TEST(PcapFields, MatchesTsharkOnPcapngWithCommentsAndSeveralLinkTypes) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::string why;
    const auto source =
        tcpdumpUdp(dir, "src.pcap", {"one", "two", "three"}, {"--time-stamp-precision=nano"}, why);
    if (!source) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    // The same IPv4 packets as Ethernet, raw IP and Linux cooked frames, with comments.
    wire::CaptureReader reader(*source);
    std::vector<wire::CapturePacket> packets;
    wire::CapturePacket p;
    while (reader.next(p) == wire::ReadStatus::Packet) {
        packets.push_back(p);
    }
    ASSERT_EQ(packets.size(), 3U);
    const std::string path = dir.file("mixed.pcapng");
    {
        std::ofstream out(path, std::ios::binary);
        wire::PcapngWriter writer(out);
        std::int64_t t = packets[0].timeNs;
        for (const auto& original : packets) {
            const std::vector<std::uint8_t> ip(original.data.begin() + 14, original.data.end());
            std::vector<std::uint8_t> sll = {0, 0, 0x03, 0x04, 0, 6, 0,    0,
                                             0, 0, 0,    0,    0, 0, 0x08, 0};
            sll.insert(sll.end(), ip.begin(), ip.end());
            const std::vector<std::string> one = {"a comment"};
            const std::vector<std::string> two = {"first, with a comma", "second"};
            writer.write(wire::LinkType::Ethernet, t, original.data, 0, one);
            writer.write(wire::LinkType::Raw, t + 1'000'000, ip, 0, two);
            writer.write(wire::LinkType::LinuxSll, t + 1'500'001, sll);
            t += 2'000'000'123;
        }
    }
    EXPECT_EQ(expectSameFieldsAsTshark(path), kFrameColumns + Columns{"frame.comment"} +
                                                  kEthernetColumns + Columns{"sll.pkttype"} +
                                                  kIpColumns + kUdpColumns);

    // tshark's -E options behave the same way.
    const std::vector<std::string> e = {"-e", "frame.number", "-e", "frame.comment",
                                        "-e", "frame.len"};
    for (const auto& opts : std::vector<std::vector<std::string>>{
             {"-E", "header=y"},
             {"-E", "separator=/s", "-E", "quote=d"},
             {"-E", "separator=;", "-E", "aggregator=|", "-E", "occurrence=l"},
             {"-E", "occurrence=f", "-E", "aggregator=/s", "-E", "quote=s"}}) {
        std::vector<std::string> args = {"fields", path};
        std::vector<std::string> tshark = {"tshark", "-r", path, "-T", "fields"};
        args.insert(args.end(), e.begin(), e.end());
        args.insert(args.end(), opts.begin(), opts.end());
        tshark.insert(tshark.end(), e.begin(), e.end());
        tshark.insert(tshark.end(), opts.begin(), opts.end());
        const auto ours = pcap(args);
        const auto theirs = runTool(tshark);
        EXPECT_EQ(ours.code, 0) << ours.err;
        EXPECT_EQ(ours.out, theirs.out) << opts[1];
    }
}

TEST(PcapFields, MatchesTsharkOnSyntheticDnsAndHttpTraffic) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    for (const bool ng : {false, true}) {
        const std::string path = dir.file(ng ? "syn.pcapng" : "syn.pcap");
        std::vector<std::string> args = {"make-pcap", path, "120", "--seed", "7"};
        if (ng) {
            args.push_back("--pcapng");
        }
        const auto made = runCommand(*cli::findCommand("bench"), args);
        ASSERT_EQ(made.code, 0) << made.err;
        SCOPED_TRACE(path);
        const Columns dnsAndHttp = {"tcp.options.mss_val",
                                    "http.request.method",
                                    "http.request.uri",
                                    "http.request.version",
                                    "http.response.code",
                                    "http.content_length_header",
                                    "dns.id",
                                    "dns.flags",
                                    "dns.qry.name",
                                    "dns.qry.type",
                                    "dns.a"};
        EXPECT_EQ(expectSameFieldsAsTshark(path), kFrameColumns + kEthernetColumns + kIpColumns +
                                                      kUdpColumns + kTcpColumns +
                                                      kTcpAnalysisColumns + dnsAndHttp);
    }
}

TEST(PcapFields, TcpStreamsAndRelativeNumbersMatchTsharkOnPortReuseAndMidStreamStarts) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    struct Step {
        bool fromA;
        std::uint16_t portA;
        std::uint16_t flags;
        std::uint32_t seq;
        std::uint32_t ack;
        std::string data;
    };
    const std::vector<Step> steps = {
        // A whole connection on port 40000 ...
        {true, 40000, kSyn, 1000, 0, ""},
        {false, 40000, kSynAck, 5000, 1001, ""},
        {true, 40000, kAck, 1001, 5001, ""},
        {true, 40000, kPshAck, 1001, 5001, "hello"},
        {false, 40000, kFinAck, 5001, 1006, ""},
        {true, 40000, kFinAck, 1006, 5002, ""},
        {false, 40000, kAck, 5002, 1007, ""},
        // ... a retransmitted old SYN (same ISN: same stream) ...
        {true, 40000, kSyn, 1000, 0, ""},
        // ... then the port reused with a new ISN: a new stream.
        {true, 40000, kSyn, 4'294'967'000U, 0, ""},
        {false, 40000, kSynAck, 77, 4'294'967'001U, ""},
        {true, 40000, kPshAck, 4'294'967'001U, 78, std::string(400, 'w')}, // wraps past 2^32
        {false, 40000, kRstAck, 78, 105, ""},
        // A connection seen from the middle: server data first, then the client's ACK.
        {false, 40001, kPshAck, 123456, 654321, "mid-stream"},
        {true, 40001, kAck, 654321, 123466, ""},
        {true, 40001, kPshAck, 654321, 123466, "more"},
    };
    TempDir dir;
    const std::string path = dir.file("reuse.pcap");
    {
        std::ofstream out(path, std::ios::binary);
        wire::PcapWriter writer(out, wire::LinkType::Ethernet);
        std::int64_t t = 1'700'000'000'000'000'000;
        for (const auto& s : steps) {
            wire::TcpSegment seg;
            // Port 9 (discard) has no dissector in tshark that would hold segments back for
            // reassembly.
            seg.sourcePort = s.fromA ? s.portA : 9;
            seg.destinationPort = s.fromA ? 9 : s.portA;
            seg.flags = s.flags;
            seg.sequenceNumber = s.seq;
            seg.acknowledgmentNumber = s.ack;
            seg.window = 1024;
            const std::span<const std::uint8_t> data(
                reinterpret_cast<const std::uint8_t*>(s.data.data()), s.data.size());
            const auto frame = s.fromA ? wire::FrameBuilder::tcpOverIpv4OverEthernet(
                                             kMacA, kMacB, kHostA, kHostB, seg, data)
                                       : wire::FrameBuilder::tcpOverIpv4OverEthernet(
                                             kMacB, kMacA, kHostB, kHostA, seg, data);
            writer.write(t, frame);
            t += 1'000'000;
        }
        // UDP both ways on one pair of ports, then another pair: two udp.streams.
        for (const std::uint16_t port : {5000, 5000, 5001}) {
            const std::uint8_t payload[] = {1, 2, 3};
            writer.write(t, wire::FrameBuilder::udpOverIpv4OverEthernet(kMacA, kMacB, kHostA,
                                                                        kHostB, port, 53, payload));
            writer.write(t + 1, wire::FrameBuilder::udpOverIpv4OverEthernet(
                                    kMacB, kMacA, kHostB, kHostA, 53, port, payload));
            t += 1'000'000;
        }
    }
    // The repeated SYN is a retransmission (with the time since the first), the new ISN
    // reused ports.
    const Columns analysis = {"tcp.analysis.flags", "tcp.analysis.retransmission",
                              "tcp.analysis.rto", "tcp.analysis.rto_frame",
                              "tcp.analysis.reused_ports"};
    ASSERT_EQ(expectSameFieldsAsTshark(path), kFrameColumns + kEthernetColumns + kIpColumns +
                                                  kTcpColumns + kTcpAnalysisColumns + analysis +
                                                  kUdpColumns);
    // The scenario really has three TCP streams.
    const auto r = pcap({"fields", path, "-e", "tcp.stream"});
    const auto streams = lines(r.out);
    ASSERT_EQ(streams.size(), steps.size() + 6);
    EXPECT_EQ(streams[7], "0") << "a retransmitted SYN stays in its stream";
    EXPECT_EQ(streams[8], "1") << "a SYN with a new ISN on a used 4-tuple starts a new stream";
    EXPECT_EQ(streams[12], "2");
}

// One connection through every case of Wireshark's sequence analysis that the lab's faults do
// not make: duplicate ACKs with SACK and the fast retransmission they call for, a spurious
// retransmission, a segment after a hole and the one that fills it (out of order), a zero
// window with its probe and the probe's ACK, a window update, a keep-alive and its ACK, and a
// segment that fills the window.
TEST(PcapFields, TcpSequenceAnalysisMatchesTsharkOnEveryKindOfTrouble) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    struct Step {
        bool fromA;
        std::uint16_t flags;
        std::uint32_t seq;
        std::uint32_t ack;
        std::uint32_t length;
        std::uint16_t window = 1024;
        std::vector<wire::SackBlock> sack = {};
    };
    const std::vector<Step> steps = {
        {true, kSyn, 1000, 0, 0},
        {false, kSynAck, 5000, 1001, 0},
        {true, kAck, 1001, 5001, 0},
        {true, kAck, 1001, 5001, 100},
        {true, kAck, 1101, 5001, 100}, // lost on its way (in this story)
        {true, kPshAck, 1201, 5001, 100},
        {false, kAck, 5001, 1101, 0},
        {false, kAck, 5001, 1101, 0, 1024, {{1201, 1301}}}, // duplicate ACK 1
        {false, kAck, 5001, 1101, 0, 1024, {{1201, 1301}}}, // duplicate ACK 2
        {true, kAck, 1101, 5001, 100},                      // fast retransmission
        {false, kAck, 5001, 1301, 0},
        {true, kAck, 1101, 5001, 100},     // already acknowledged: spurious
        {true, kAck, 1401, 5001, 100},     // after a hole: previous segment not captured
        {true, kAck, 1301, 5001, 100},     // the hole, soon after: out of order
        {false, kAck, 5001, 1501, 0, 0},   // zero window
        {true, kAck, 1501, 5001, 1},       // zero-window probe
        {false, kAck, 5001, 1501, 0, 0},   // its ACK
        {false, kAck, 5001, 1501, 0},      // window update
        {true, kAck, 1500, 5001, 0},       // keep-alive
        {false, kAck, 5001, 1501, 0},      // keep-alive ACK
        {true, kPshAck, 1501, 5001, 1024}, // fills the window
        {false, kAck, 5001, 2525, 0},
        {true, kFinAck, 2525, 5001, 0},
        {false, kFinAck, 5001, 2526, 0},
        {true, kAck, 2526, 5002, 0},
    };
    TempDir dir;
    const std::string path = dir.file("trouble.pcap");
    {
        std::ofstream out(path, std::ios::binary);
        wire::PcapWriter writer(out, wire::LinkType::Ethernet);
        std::int64_t t = 1'700'000'000'000'000'000;
        for (const auto& s : steps) {
            wire::TcpSegment seg;
            // Port 9 (discard): no dissector in tshark holds segments back for reassembly.
            seg.sourcePort = s.fromA ? 40002 : 9;
            seg.destinationPort = s.fromA ? 9 : 40002;
            seg.flags = s.flags;
            seg.sequenceNumber = s.seq;
            seg.acknowledgmentNumber = s.ack;
            seg.window = s.window;
            if (!s.sack.empty()) {
                seg.options = {wire::TcpOption::noOperation(), wire::TcpOption::noOperation(),
                               wire::TcpOption::sack(s.sack)};
            }
            const std::vector<std::uint8_t> data(s.length, 'd');
            const auto frame = s.fromA ? wire::FrameBuilder::tcpOverIpv4OverEthernet(
                                             kMacA, kMacB, kHostA, kHostB, seg, data)
                                       : wire::FrameBuilder::tcpOverIpv4OverEthernet(
                                             kMacB, kMacA, kHostB, kHostA, seg, data);
            writer.write(t, frame);
            t += 1'000'000; // 1 ms: inside the 20 ms of a fast retransmission and the RTT
        }
    }
    // Exactly the columns of every case above, and no more: the SYNs carry no options (no
    // MSS), nothing waits for a retransmission timeout and no port is reused.
    const Columns trouble = {"tcp.analysis.flags",
                             "tcp.analysis.duplicate_ack",
                             "tcp.analysis.duplicate_ack_num",
                             "tcp.analysis.duplicate_ack_frame",
                             "tcp.analysis.retransmission",
                             "tcp.analysis.fast_retransmission",
                             "tcp.analysis.spurious_retransmission",
                             "tcp.analysis.lost_segment",
                             "tcp.analysis.out_of_order",
                             "tcp.analysis.zero_window",
                             "tcp.analysis.zero_window_probe",
                             "tcp.analysis.zero_window_probe_ack",
                             "tcp.analysis.window_update",
                             "tcp.analysis.keep_alive",
                             "tcp.analysis.keep_alive_ack",
                             "tcp.analysis.window_full"};
    EXPECT_EQ(expectSameFieldsAsTshark(path), kFrameColumns + kEthernetColumns + kIpColumns +
                                                  kTcpColumns + kTcpAnalysisColumns + trouble);
}

TEST(BenchCommand, MakePcapWritesExactlyNDeterministicValidPackets) {
    TempDir dir;
    const std::string a = dir.file("a.pcap");
    const std::string b = dir.file("b.pcap");
    const std::string c = dir.file("c.pcap");
    ASSERT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", a, "1001"}).code, 0);
    ASSERT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", b, "1001"}).code, 0);
    ASSERT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", c, "1001", "--seed", "2"}).code,
              0);
    EXPECT_EQ(readFileBytes(a), readFileBytes(b)) << "the same seed gives the same file";
    EXPECT_NE(readFileBytes(a), readFileBytes(c));
    wire::CaptureReader reader(a);
    wire::CapturePacket p;
    std::uint64_t n = 0;
    std::int64_t previous = 0;
    std::set<std::string> protocols;
    while (reader.next(p) == wire::ReadStatus::Packet) {
        ++n;
        EXPECT_GE(p.timeNs, previous);
        previous = p.timeNs;
        const auto d = wire::dissect(p.linkType, p.data);
        EXPECT_TRUE(d.problem.empty()) << "packet " << n << ": " << d.problem;
        protocols.insert(d.protocol);
    }
    EXPECT_EQ(n, 1001U);
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    EXPECT_EQ(protocols, (std::set<std::string>{"DNS", "HTTP", "TCP"}))
        << "queries, requests, and handshakes, ACKs and FINs";
    EXPECT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", a}).code, 2);
    EXPECT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", a, "ten"}).code, 2);

    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    // Every checksum verifies and nothing is malformed in Wireshark's eyes either.
    const auto r = runTool({"tshark", "-r", a, "-o", "ip.check_checksum:TRUE", "-o",
                            "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-Y",
                            "_ws.expert.severity >= warning || _ws.malformed", "-T", "fields", "-e",
                            "frame.number"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "") << "frames with warnings";
    const auto counts = runTool({"tshark", "-r", a, "-T", "fields", "-e", "_ws.col.Protocol"});
    std::set<std::string> seen;
    for (const auto& l : lines(counts.out)) {
        seen.insert(l);
    }
    EXPECT_EQ(seen, (std::set<std::string>{"DNS", "HTTP", "TCP"}));
}

TEST(PcapFields, ADamagedFilePrintsThePacketsBeforeTheDamageAndNamesTheOffset) {
    std::ostringstream bytes;
    std::uint64_t third = 0;
    {
        wire::PcapWriter w(bytes, wire::LinkType::Ethernet);
        for (int i = 0; i < 4; ++i) {
            if (i == 2) {
                third = static_cast<std::uint64_t>(bytes.tellp());
            }
            w.write(1'000'000'000LL * (i + 1), std::vector<std::uint8_t>(60, 0));
        }
    }
    TempDir dir;
    const std::string path = dir.file("cut.pcap");
    const std::string all = bytes.str();
    writeFileBytes(path, std::vector<std::uint8_t>(
                             all.begin(), all.begin() + static_cast<std::ptrdiff_t>(third + 20)));
    const auto r = pcap({"fields", path, "-e", "frame.number", "-e", "frame.time_relative"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "1\t0.000000000\n2\t1.000000000\n");
    EXPECT_NE(r.err.find("at byte " + std::to_string(third)), std::string::npos) << r.err;

    const auto info = pcap({"info", path});
    EXPECT_EQ(info.code, 1);
    EXPECT_NE(info.out.find("Packets:       2\n"), std::string::npos) << info.out;
    EXPECT_NE(
        info.out.find("Read error:    truncated packet record at byte " + std::to_string(third)),
        std::string::npos)
        << info.out;
}

TEST(PcapInfo, SummarisesPacketsTimesLinkTypesProtocolsAndConversations) {
    HOPSCOPE_REQUIRE_PEER_TOOL("tcpdump");
    HOPSCOPE_REQUIRE_PEER_TOOL("capinfos");
    HOPSCOPE_REQUIRE_PEER_TOOL("tshark");
    TempDir dir;
    std::string why;
    const auto file = tcpdumpTcp(dir, "tcp.pcap", 2, "GET / HTTP/1.1\r\n\r\n",
                                 "HTTP/1.1 204 No Content\r\n\r\n", why);
    if (!file) {
        HOPSCOPE_PEER_UNAVAILABLE(why);
    }
    // What Wireshark's tools count: capinfos' packets, bytes on the wire and duration, and
    // tshark's TCP streams and protocols.
    const auto info = runTool({"capinfos", "-T", "-r", "-M", "-c", "-d", "-u", *file});
    ASSERT_EQ(info.code, 0) << info.err;
    const auto row = tabColumns(lines(info.out).at(0));
    ASSERT_EQ(row.size(), 4U) << info.out;
    const std::string& packets = row[1];
    const std::string& bytes = row[2];
    const std::string& duration = row[3]; // seconds with six decimals in a microsecond file
    ASSERT_GT(std::stoul(packets), 10U) << "two whole connections";
    const auto streams = runTool(
        {"tshark", "-r", *file, "-T", "fields", "-e", "tcp.stream", "-e", "_ws.col.Protocol"});
    ASSERT_EQ(streams.code, 0) << streams.err;
    std::set<std::string> distinctStreams;
    std::map<std::string, std::uint64_t> protocols;
    for (const auto& line : lines(streams.out)) {
        const auto row = tabColumns(line);
        ASSERT_EQ(row.size(), 2U) << line;
        distinctStreams.insert(row[0]);
        ++protocols[row[1]];
    }
    EXPECT_EQ(distinctStreams, (std::set<std::string>{"0", "1"}));
    // Handshakes, ACKs and FINs, and the two requests and two responses.
    EXPECT_EQ(protocols.size(), 2U);
    EXPECT_EQ(protocols["HTTP"], 4U);

    const auto r = pcap({"info", *file});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Format:        pcap (microseconds, little-endian)\n"), std::string::npos);
    EXPECT_NE(r.out.find("Packets:       " + packets + "\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Bytes:         " + bytes + " on the wire"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Duration:      " + duration + "000 s\n"), std::string::npos)
        << r.out << "capinfos: " << duration;
    EXPECT_NE(r.out.find("Link types:    Ethernet (1)\n"), std::string::npos) << r.out;
    for (const auto& [name, count] : protocols) {
        EXPECT_NE(r.out.find("\n  " + name + std::string(12 - name.size(), ' ') +
                             std::to_string(count) + "\n"),
                  std::string::npos)
            << name << " " << count << "\n"
            << r.out;
    }
    // Two connections from two client ports to one server port.
    EXPECT_NE(r.out.find("Conversations: " + std::to_string(distinctStreams.size()) + "\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("  TCP 127.77.0.1:"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Read error"), std::string::npos);
}

TEST(PcapInfo, ReportsPcapngByteOrderTimesAndLinkTypes) {
    std::ostringstream bytes;
    {
        wire::PcapngWriter w(bytes, {"Hopscope", {}, wire::ByteOrder::Big});
        w.write(wire::LinkType::Raw, 1'000'000'000'000'000'000, std::vector<std::uint8_t>(20, 0));
        w.write(wire::LinkType::LinuxSll, 1'000'000'001'500'000'000,
                std::vector<std::uint8_t>(30, 0));
    }
    TempDir dir;
    const std::string path = dir.file("meta.pcapng");
    const std::string s = bytes.str();
    writeFileBytes(path, std::vector<std::uint8_t>(s.begin(), s.end()));
    const auto r = pcap({"info", path});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Format:        pcapng (big-endian)\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Packets:       2\n"), std::string::npos);
    EXPECT_NE(r.out.find("Bytes:         50 on the wire, 50 captured\n"), std::string::npos);
    EXPECT_NE(r.out.find("First packet:  2001-09-09 01:46:40.000000000 UTC\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Last packet:   2001-09-09 01:46:41.500000000 UTC\n"), std::string::npos);
    EXPECT_NE(r.out.find("Duration:      1.500000000 s\n"), std::string::npos);
    EXPECT_NE(r.out.find("Link types:    Raw IP (101), Linux cooked v1 (113)\n"), std::string::npos)
        << r.out;
}

TEST(PcapCommand, UsageErrors) {
    EXPECT_EQ(pcap({}).code, 2);
    EXPECT_EQ(pcap({"frobnicate"}).code, 2);
    EXPECT_EQ(pcap({"fields", "x.pcap"}).code, 2) << "no -e";
    EXPECT_EQ(pcap({"fields", "x.pcap", "-e", "frame.number", "-E", "bogus=1"}).code, 2);
    EXPECT_EQ(pcap({"--help"}).code, 0);
}

// As tshark does: names that are no field are refused, each named, before the file is read
// (so a missing file does not hide them), and nothing is printed.
TEST(PcapFields, RefusesFieldsOfNoProtocolWeDecodeAndNamesThem) {
    const auto r = pcap({"fields", "/nonexistent/x.pcap", "-e", "frame.number", "-e",
                         "no.such.field", "-e", "dns.qry.name", "-e", "dsn.qry.name"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "hopscope-cli pcap fields: Some fields aren't valid:\n\tno.such.field\n"
                     "\tdsn.qry.name\n");
}

// Every protocol the dissector produces is one whose fields -e accepts, so the check above
// cannot fall behind a dissector that learns a protocol.
TEST(PcapFields, AcceptsTheFieldsOfEveryProtocolTheDissectorProduces) {
    TempDir dir;
    const std::string made = dir.file("made.pcap");
    ASSERT_EQ(runCommand(*cli::findCommand("bench"), {"make-pcap", made, "300"}).code, 0);
    std::vector<std::string> files = {made};
    for (const auto& entry :
         std::filesystem::directory_iterator(HOPSCOPE_SOURCE_DIR "/tests/fuzz/corpus/pcap")) {
        files.push_back(entry.path().string());
    }
    std::set<std::string> protocols;
    std::set<std::string> filters;
    std::function<void(const wire::Field&)> collect = [&](const wire::Field& field) {
        if (!field.filter.empty()) {
            filters.insert(field.filter.str());
        }
        for (const auto& child : field.children) {
            collect(child);
        }
    };
    for (const auto& file : files) {
        wire::CaptureReader reader(file);
        wire::CapturePacket p;
        while (reader.next(p) == wire::ReadStatus::Packet) {
            for (const auto& layer : wire::dissect(p.linkType, p.data).layers) {
                protocols.insert(layer.protocol);
                for (const auto& field : layer.fields) {
                    collect(field);
                }
            }
        }
    }
    EXPECT_GE(filters.size(), 100U);
    for (const auto& filter : filters) {
        EXPECT_TRUE(cli::FieldExtractor::knowsProtocolOf(filter)) << filter;
    }
    EXPECT_GE(protocols.size(), 6U); // eth, ip, udp, tcp, dns, http at least
    for (const auto& protocol : protocols) {
        EXPECT_TRUE(cli::FieldExtractor::knowsProtocolOf(protocol)) << protocol;
    }
}

// A file that cannot be read says why, in the words a user can act on.
TEST(PcapCommand, AFileThatCannotBeOpenedSaysWhy) {
    TempDir dir;
    const auto missing = pcap({"info", dir.file("missing.pcap")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_EQ(missing.err, "hopscope-cli: " + dir.file("missing.pcap") + ": cannot open " +
                               dir.file("missing.pcap") + ": no such file\n");
    const auto folder = pcap({"fields", dir.path(), "-e", "frame.number"});
    EXPECT_EQ(folder.code, 1);
    EXPECT_NE(folder.err.find("it is a folder, not a file"), std::string::npos) << folder.err;
    // Unreadable even for root: a write-only file of the kernel's, else one we make so.
    std::string locked = "/proc/sys/vm/compact_memory";
    if (::geteuid() != 0 || !std::filesystem::exists(locked)) {
        locked = dir.file("locked.pcap");
        writeFileBytes(locked, {1, 2, 3, 4});
        ::chmod(locked.c_str(), 0);
    }
    const auto denied = pcap({"info", locked});
    EXPECT_EQ(denied.code, 1);
    EXPECT_NE(denied.err.find(locked + ": permission denied"), std::string::npos) << denied.err;
}

TEST(BenchCommand, DecodesEveryPacketAndCountsThem) {
    std::ostringstream bytes;
    {
        wire::PcapWriter w(bytes, wire::LinkType::Ethernet);
        for (int i = 0; i < 100; ++i) {
            w.write(i * 1000, std::vector<std::uint8_t>(64, static_cast<std::uint8_t>(i)));
        }
    }
    TempDir dir;
    const std::string path = dir.file("b.pcap");
    const std::string s = bytes.str();
    writeFileBytes(path, std::vector<std::uint8_t>(s.begin(), s.end()));
    const auto r = runCommand(*cli::findCommand("bench"), {"pcap", path});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("packets:     100\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("bytes:       6400\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("index:       100 entries"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("packets/s:"), std::string::npos);
    EXPECT_EQ(runCommand(*cli::findCommand("bench"), {"pcap"}).code, 2);
}
