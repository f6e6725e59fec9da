// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap fields` must print what `tshark -T fields` prints for the same file; `pcap info` must
// summarise a capture and report damage with its offset.
#include "../wire/capture_tools.h"
#include "cli/command.h"
#include "cli/synthetic_capture.h"
#include "wire/capture_reader.h"
#include "wire/dissector.h"
#include "wire/frame_builder.h"
#include "wire/pcap_writer.h"
#include "wire/pcapng_writer.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

using namespace hopscope;
using namespace hopscope::testing;

namespace {

struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

CliResult run(const cli::Command& command, const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    CliResult r;
    r.code = command.run(args, io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

CliResult pcap(const std::vector<std::string>& args) {
    return run(*cli::findCommand("pcap"), args);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> columns(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) {
            return out;
        }
        start = tab + 1;
    }
}

// The fields compared with tshark. A field with `needs` is compared only on files where our
// dissector produces that filter somewhere (so the table can list fields before the dissector
// grows them); a field without is always compared.
struct FieldSpec {
    std::string name;
    std::string needs;
};

const std::vector<FieldSpec>& fieldTable() {
    static const std::vector<FieldSpec> table = {
        // Computed by the CLI from the file alone.
        {"frame.number", ""},
        {"frame.len", ""},
        {"frame.cap_len", ""},
        {"frame.time_epoch", ""},
        {"frame.time_relative", ""},
        {"frame.time_delta", ""},
        {"frame.comment", ""},
        // Computed by the CLI from the dissection.
        {"frame.protocols", ""},
        {"udp.stream", "udp.srcport"},
        {"tcp.stream", "tcp.seq_raw"},
        {"tcp.seq", "tcp.seq_raw"},
        {"tcp.ack", "tcp.ack_raw"},
        {"tcp.nxtseq", "tcp.seq_raw"},
        {"tcp.window_size", "tcp.window_size_value"},
        {"tcp.window_size_scalefactor", "tcp.window_size_value"},
        // Straight from the dissector.
        {"eth.src", "eth.src"},
        {"eth.dst", "eth.dst"},
        {"eth.type", "eth.type"},
        {"sll.pkttype", "sll.pkttype"},
        {"ip.version", "ip.version"},
        {"ip.hdr_len", "ip.hdr_len"},
        {"ip.len", "ip.len"},
        {"ip.id", "ip.id"},
        {"ip.flags", "ip.flags"},
        {"ip.flags.df", "ip.flags.df"},
        {"ip.ttl", "ip.ttl"},
        {"ip.proto", "ip.proto"},
        {"ip.checksum", "ip.checksum"},
        {"ip.src", "ip.src"},
        {"ip.dst", "ip.dst"},
        {"udp.srcport", "udp.srcport"},
        {"udp.dstport", "udp.dstport"},
        {"udp.length", "udp.length"},
        {"udp.checksum", "udp.checksum"},
        {"tcp.srcport", "tcp.srcport"},
        {"tcp.dstport", "tcp.dstport"},
        {"tcp.seq_raw", "tcp.seq_raw"},
        {"tcp.ack_raw", "tcp.ack_raw"},
        {"tcp.hdr_len", "tcp.hdr_len"},
        {"tcp.flags", "tcp.flags"},
        {"tcp.flags.syn", "tcp.flags.syn"},
        {"tcp.flags.ack", "tcp.flags.ack"},
        {"tcp.window_size_value", "tcp.window_size_value"},
        {"tcp.checksum", "tcp.checksum"},
        {"tcp.len", "tcp.len"},
        {"tcp.options.mss_val", "tcp.options.mss_val"},
        {"http.request.method", "http.request.method"},
        {"http.request.uri", "http.request.uri"},
        {"http.request.version", "http.request.version"},
        {"http.response.code", "http.response.code"},
        {"http.content_length_header", "http.content_length_header"},
        {"dns.id", "dns.id"},
        {"dns.flags", "dns.flags"},
        {"dns.qry.name", "dns.qry.name"},
        {"dns.qry.type", "dns.qry.type"},
        {"dns.a", "dns.a"},
    };
    return table;
}

// Which filters our dissector produces somewhere in the file.
std::set<std::string> producedFilters(const std::string& path) {
    std::set<std::string> wanted;
    for (const auto& f : fieldTable()) {
        if (!f.needs.empty()) {
            wanted.insert(f.needs);
        }
    }
    std::set<std::string> produced;
    wire::CaptureReader reader(path);
    wire::CapturePacket p;
    while (reader.next(p) == wire::ReadStatus::Packet) {
        const auto d = wire::dissect(p.linkType, p.data);
        for (const auto& w : wanted) {
            if (!d.find(w).empty()) {
                produced.insert(w);
            }
        }
    }
    return produced;
}

// Runs both tools over the whole field table and compares column by column. Returns the number
// of fields compared.
std::size_t expectSameFieldsAsTshark(const std::string& path) {
    std::vector<std::string> args = {"fields", path};
    std::vector<std::string> tshark = {"tshark", "-r", path, "-T", "fields"};
    for (const auto& f : fieldTable()) {
        args.insert(args.end(), {"-e", f.name});
        tshark.insert(tshark.end(), {"-e", f.name});
    }
    const auto ours = pcap(args);
    EXPECT_EQ(ours.code, 0) << ours.err;
    const auto theirs = runTool(tshark);
    EXPECT_EQ(theirs.code, 0) << theirs.err;
    const auto ourLines = lines(ours.out);
    const auto theirLines = lines(theirs.out);
    EXPECT_EQ(ourLines.size(), theirLines.size());
    const auto produced = producedFilters(path);
    std::size_t compared = 0;
    std::string skipped;
    for (std::size_t c = 0; c < fieldTable().size(); ++c) {
        const auto& spec = fieldTable()[c];
        if (!spec.needs.empty() && produced.count(spec.needs) == 0) {
            skipped += " " + spec.name;
            continue;
        }
        ++compared;
        for (std::size_t i = 0; i < std::min(ourLines.size(), theirLines.size()); ++i) {
            const auto o = columns(ourLines[i]);
            const auto t = columns(theirLines[i]);
            if (o.size() != fieldTable().size() || t.size() != fieldTable().size()) {
                ADD_FAILURE() << "wrong column count:\n" << ourLines[i] << '\n' << theirLines[i];
                return compared;
            }
            EXPECT_EQ(o[c], t[c]) << spec.name << " of frame " << i + 1 << " in " << path;
        }
    }
    if (!skipped.empty()) {
        std::cout << "[ note     ] not produced by the dissector yet, not compared:" << skipped
                  << '\n';
    }
    return compared;
}

void requireTshark() {
    if (!haveTool("tshark")) {
        GTEST_SKIP() << "tshark is not installed";
    }
}

} // namespace

TEST(PcapFields, MatchesTsharkOnAUdpCaptureFromTcpdump) {
    TempDir dir;
    std::string why;
    const auto file = tcpdumpUdp(dir, "udp.pcap", {"a", "bb", "ccc", "dddd"}, {}, why);
    if (!file) {
        GTEST_SKIP() << why;
    }
    if (!haveTool("tshark")) {
        GTEST_SKIP() << "tshark is not installed";
    }
    EXPECT_GE(expectSameFieldsAsTshark(*file), 7U);
}

TEST(PcapFields, MatchesTsharkOnTcpConversationsWithAndWithoutTheirHandshakes) {
    TempDir dir;
    std::string why;
    const auto file =
        tcpdumpTcp(dir, "tcp.pcap", 3, "GET /index.html HTTP/1.1\r\nHost: foobar.com\r\n\r\n",
                   "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", why);
    if (!file) {
        GTEST_SKIP() << why;
    }
    requireTshark();
    EXPECT_GE(expectSameFieldsAsTshark(*file), 7U);
    if (!haveTool("editcap")) {
        return;
    }
    // Without the SYN (capture started mid-connection) and without SYN and SYN/ACK: relative
    // sequence numbers then start at 1 and come from the first ACK.
    for (const auto& drop : std::vector<std::vector<std::string>>{{"1"}, {"1", "2"}, {"2", "3"}}) {
        const std::string cut = dir.file("cut.pcap");
        std::vector<std::string> argv = {"editcap", *file, cut};
        argv.insert(argv.end(), drop.begin(), drop.end());
        ASSERT_EQ(runTool(argv).code, 0);
        SCOPED_TRACE("without frames " + drop.front());
        expectSameFieldsAsTshark(cut);
    }
}

TEST(PcapFields, MatchesTsharkOnPcapngWithCommentsAndSeveralLinkTypes) {
    requireTshark();
    TempDir dir;
    std::string why;
    const auto source =
        tcpdumpUdp(dir, "src.pcap", {"one", "two", "three"}, {"--time-stamp-precision=nano"}, why);
    if (!source) {
        GTEST_SKIP() << why;
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
    EXPECT_GE(expectSameFieldsAsTshark(path), 7U);

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
    requireTshark();
    TempDir dir;
    for (const bool ng : {false, true}) {
        const std::string path = dir.file(ng ? "syn.pcapng" : "syn.pcap");
        std::vector<std::string> args = {"make-pcap", path, "120", "--seed", "7"};
        if (ng) {
            args.push_back("--pcapng");
        }
        const auto made = run(*cli::findCommand("bench"), args);
        ASSERT_EQ(made.code, 0) << made.err;
        SCOPED_TRACE(path);
        EXPECT_GE(expectSameFieldsAsTshark(path), 7U);
    }
}

TEST(PcapFields, TcpStreamsAndRelativeNumbersMatchTsharkOnPortReuseAndMidStreamStarts) {
    requireTshark();
    using wire::TcpFlag;
    const wire::MacAddress macA(wire::MacAddress::Bytes{2, 0, 0, 0, 0, 1});
    const wire::MacAddress macB(wire::MacAddress::Bytes{2, 0, 0, 0, 0, 2});
    const wire::Ipv4Address a(10, 0, 0, 1);
    const wire::Ipv4Address b(10, 0, 0, 2);
    struct Step {
        bool fromA;
        std::uint16_t portA;
        std::uint16_t flags;
        std::uint32_t seq;
        std::uint32_t ack;
        std::string data;
    };
    const std::uint16_t syn = static_cast<std::uint16_t>(TcpFlag::Syn);
    const std::uint16_t synAck = TcpFlag::Syn | TcpFlag::Ack;
    const std::uint16_t ack = static_cast<std::uint16_t>(TcpFlag::Ack);
    const std::uint16_t pshAck = TcpFlag::Psh | TcpFlag::Ack;
    const std::uint16_t finAck = TcpFlag::Fin | TcpFlag::Ack;
    const std::uint16_t rstAck = TcpFlag::Rst | TcpFlag::Ack;
    const std::vector<Step> steps = {
        // A whole connection on port 40000 ...
        {true, 40000, syn, 1000, 0, ""},
        {false, 40000, synAck, 5000, 1001, ""},
        {true, 40000, ack, 1001, 5001, ""},
        {true, 40000, pshAck, 1001, 5001, "hello"},
        {false, 40000, finAck, 5001, 1006, ""},
        {true, 40000, finAck, 1006, 5002, ""},
        {false, 40000, ack, 5002, 1007, ""},
        // ... a retransmitted old SYN (same ISN: same stream) ...
        {true, 40000, syn, 1000, 0, ""},
        // ... then the port reused with a new ISN: a new stream.
        {true, 40000, syn, 4'294'967'000U, 0, ""},
        {false, 40000, synAck, 77, 4'294'967'001U, ""},
        {true, 40000, pshAck, 4'294'967'001U, 78, std::string(400, 'w')}, // wraps past 2^32
        {false, 40000, rstAck, 78, 105, ""},
        // A connection seen from the middle: server data first, then the client's ACK.
        {false, 40001, pshAck, 123456, 654321, "mid-stream"},
        {true, 40001, ack, 654321, 123466, ""},
        {true, 40001, pshAck, 654321, 123466, "more"},
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
            const auto frame =
                s.fromA ? wire::FrameBuilder::tcpOverIpv4OverEthernet(macA, macB, a, b, seg, data)
                        : wire::FrameBuilder::tcpOverIpv4OverEthernet(macB, macA, b, a, seg, data);
            writer.write(t, frame);
            t += 1'000'000;
        }
        // UDP both ways on one pair of ports, then another pair: two udp.streams.
        for (const std::uint16_t port : {5000, 5000, 5001}) {
            const std::uint8_t payload[] = {1, 2, 3};
            writer.write(t, wire::FrameBuilder::udpOverIpv4OverEthernet(macA, macB, a, b, port, 53,
                                                                        payload));
            writer.write(t + 1, wire::FrameBuilder::udpOverIpv4OverEthernet(macB, macA, b, a, 53,
                                                                            port, payload));
            t += 1'000'000;
        }
    }
    ASSERT_GE(expectSameFieldsAsTshark(path), 7U);
    // The scenario really has three TCP streams (the check above would pass vacuously if the
    // dissector produced no TCP fields).
    const auto r = pcap({"fields", path, "-e", "tcp.stream"});
    const auto streams = lines(r.out);
    ASSERT_EQ(streams.size(), steps.size() + 6);
    EXPECT_EQ(streams[7], "0") << "a retransmitted SYN stays in its stream";
    EXPECT_EQ(streams[8], "1") << "a SYN with a new ISN on a used 4-tuple starts a new stream";
    EXPECT_EQ(streams[12], "2");
}

TEST(BenchCommand, MakePcapWritesExactlyNDeterministicValidPackets) {
    TempDir dir;
    const std::string a = dir.file("a.pcap");
    const std::string b = dir.file("b.pcap");
    const std::string c = dir.file("c.pcap");
    ASSERT_EQ(run(*cli::findCommand("bench"), {"make-pcap", a, "1001"}).code, 0);
    ASSERT_EQ(run(*cli::findCommand("bench"), {"make-pcap", b, "1001"}).code, 0);
    ASSERT_EQ(run(*cli::findCommand("bench"), {"make-pcap", c, "1001", "--seed", "2"}).code, 0);
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
    EXPECT_TRUE(protocols.count("TCP")) << "handshakes, ACKs and FINs";
    if (haveTool("tshark")) {
        // Every checksum verifies and nothing is malformed in Wireshark's eyes either.
        const auto r = runTool({"tshark", "-r", a, "-o", "ip.check_checksum:TRUE", "-o",
                                "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-Y",
                                "_ws.expert.severity >= warning || _ws.malformed", "-T", "fields",
                                "-e", "frame.number"});
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(r.out, "") << "frames with warnings";
        const auto counts = runTool({"tshark", "-r", a, "-T", "fields", "-e", "_ws.col.Protocol"});
        std::set<std::string> seen;
        for (const auto& l : lines(counts.out)) {
            seen.insert(l);
        }
        EXPECT_EQ(seen, (std::set<std::string>{"DNS", "HTTP", "TCP"}));
    }
    EXPECT_EQ(run(*cli::findCommand("bench"), {"make-pcap", a}).code, 2);
    EXPECT_EQ(run(*cli::findCommand("bench"), {"make-pcap", a, "ten"}).code, 2);
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
    TempDir dir;
    std::string why;
    const auto file = tcpdumpTcp(dir, "tcp.pcap", 2, "GET / HTTP/1.1\r\n\r\n",
                                 "HTTP/1.1 204 No Content\r\n\r\n", why);
    if (!file) {
        GTEST_SKIP() << why;
    }
    wire::CaptureReader reader(*file);
    wire::CapturePacket p;
    std::uint64_t n = 0;
    std::uint64_t bytes = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::map<std::string, std::uint64_t> protocols;
    bool tcpDissected = false;
    while (reader.next(p) == wire::ReadStatus::Packet) {
        first = n == 0 ? p.timeNs : first;
        last = p.timeNs;
        ++n;
        bytes += p.originalLength;
        const auto d = wire::dissect(p.linkType, p.data);
        ++protocols[d.protocol];
        tcpDissected = tcpDissected || !d.find("tcp.srcport").empty();
    }
    ASSERT_GT(n, 10U);
    const auto r = pcap({"info", *file});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Format:        pcap (microseconds, little-endian)\n"), std::string::npos);
    EXPECT_NE(r.out.find("Packets:       " + std::to_string(n) + "\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Bytes:         " + std::to_string(bytes) + " on the wire"),
              std::string::npos);
    char duration[40];
    std::snprintf(duration, sizeof duration, "Duration:      %lld.%09lld s",
                  static_cast<long long>((last - first) / 1'000'000'000),
                  static_cast<long long>((last - first) % 1'000'000'000));
    EXPECT_NE(r.out.find(duration), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Link types:    Ethernet (1)\n"), std::string::npos) << r.out;
    for (const auto& [name, count] : protocols) {
        EXPECT_NE(r.out.find("  " + name + " "), std::string::npos) << name;
    }
    if (tcpDissected) {
        // Two connections from two client ports to one server port.
        EXPECT_NE(r.out.find("Conversations: 2\n"), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("  TCP 127.0.0.1:"), std::string::npos) << r.out;
    }
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
    const auto missing = pcap({"info", "/nonexistent/x.pcap"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("cannot open"), std::string::npos);
    EXPECT_EQ(pcap({"--help"}).code, 0);
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
    const auto r = run(*cli::findCommand("bench"), {"pcap", path});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("packets:     100\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("bytes:       6400\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("index:       100 entries"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("packets/s:"), std::string::npos);
    EXPECT_EQ(run(*cli::findCommand("bench"), {"pcap"}).code, 2);
}
