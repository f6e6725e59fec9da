// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap fields` against tshark on TCP that went wrong in the lab: a lost SYN, a lost data
// segment (duplicate ACKs with SACK, fast retransmission), a closed port's RST, the reset
// fault and steady loss. Every analysis field of every frame must be tshark's, on three
// files per run:
//  - the whole capture, where each frame appears once at every interface it crossed. Wireshark
//    takes each later copy for a retransmission (or out-of-order, spurious ...) of the first:
//    a view no person wants, but the same algorithm on the same input, and a hard one;
//  - only laptop:eth0, the sender's own view (what a capture on the laptop would show);
//  - only lb:eth0, the load balancer's outside, past the fault: the receiver's view, where a
//    dropped segment is "previous segment not captured".
#include "../../wire/capture_tools.h"
#include "../cli_run.h"
#include "../fields_against_tshark.h"
#include "cli/command.h"
#include "wire/capture_reader.h"
#include "wire/pcapng_writer.h"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

using namespace hopscope;
using namespace hopscope::testing;

namespace {

const std::vector<std::string> kFields = {
    "frame.number",
    "tcp.stream",
    "tcp.flags",
    "tcp.seq",
    "tcp.ack",
    "tcp.nxtseq",
    "tcp.len",
    "tcp.time_relative",
    "tcp.time_delta",
    "tcp.analysis",
    "tcp.analysis.flags",
    "tcp.analysis.retransmission",
    "tcp.analysis.fast_retransmission",
    "tcp.analysis.spurious_retransmission",
    "tcp.analysis.out_of_order",
    "tcp.analysis.lost_segment",
    "tcp.analysis.ack_lost_segment",
    "tcp.analysis.duplicate_ack",
    "tcp.analysis.duplicate_ack_num",
    "tcp.analysis.duplicate_ack_frame",
    "tcp.analysis.acks_frame",
    "tcp.analysis.ack_rtt",
    "tcp.analysis.initial_rtt",
    "tcp.analysis.bytes_in_flight",
    "tcp.analysis.push_bytes_sent",
    "tcp.analysis.rto",
    "tcp.analysis.rto_frame",
    "tcp.analysis.reused_ports",
    "tcp.analysis.window_update",
    "tcp.analysis.window_full",
    "tcp.analysis.keep_alive",
    "tcp.analysis.keep_alive_ack",
    "tcp.analysis.zero_window",
    "tcp.analysis.zero_window_probe",
    "tcp.analysis.zero_window_probe_ack",
};

// A missing tshark or curl fails these tests on every machine: without them nothing is
// compared, and a lab test that skips proves nothing. Called as
// ASSERT_NO_FATAL_FAILURE(requireTools()): an ASSERT returns from this helper only, and the
// test must stop with it.
void requireTools() {
    for (const char* tool : {"tshark", "curl"}) {
        ASSERT_TRUE(findPeerTool(tool)) << *missingPeerTool(tool);
    }
}

// The values tshark filled in, per field, for the caller to check that the scenario really
// happened.
using Filled = std::map<std::string, std::set<std::string>>;

// Compares every field of every frame with tshark's (fieldsOfBoth: on the TCP preferences our
// values follow).
Filled expectSameAnalysisAsTshark(const std::string& path) {
    const auto [ourLines, theirLines] = fieldsOfBoth(path, kFields);
    Filled filled;
    int mismatches = 0;
    for (std::size_t i = 0; i < std::min(ourLines.size(), theirLines.size()); ++i) {
        const auto o = tabColumns(ourLines[i]);
        const auto t = tabColumns(theirLines[i]);
        if (o.size() != kFields.size() || t.size() != kFields.size()) {
            ADD_FAILURE() << "wrong column count:\n" << ourLines[i] << '\n' << theirLines[i];
            return filled;
        }
        for (std::size_t c = 0; c < kFields.size(); ++c) {
            // A few wrong frames say enough; thousands would bury them.
            if (o[c] != t[c] && ++mismatches <= 20) {
                ADD_FAILURE() << kFields[c] << " of frame " << i + 1 << " in " << path << ": ours '"
                              << o[c] << "', tshark's '" << t[c] << "'";
            }
            if (!t[c].empty()) {
                filled[kFields[c]].insert(t[c]);
            }
        }
    }
    EXPECT_EQ(mismatches, 0) << path;
    return filled;
}

// The frames of `capture` seen at one interface ("laptop:eth0"), as a file of their own.
std::string framesAt(const std::string& capture, const std::string& interface,
                     const std::string& out) {
    wire::CaptureReader reader(capture);
    EXPECT_TRUE(reader.isOpen()) << reader.error();
    std::ofstream file(out, std::ios::binary);
    wire::PcapngWriter writer(file);
    wire::CapturePacket packet;
    std::size_t kept = 0;
    while (reader.next(packet) == wire::ReadStatus::Packet) {
        const auto interfaces = reader.interfaces();
        if (packet.interfaceId < interfaces.size() &&
            interfaces[packet.interfaceId].name == interface) {
            writer.write(packet);
            ++kept;
        }
    }
    EXPECT_TRUE(reader.error().empty()) << reader.error();
    EXPECT_GT(kept, 0U) << "no frame at " << interface;
    return out;
}

struct Views {
    Filled all;
    Filled laptop;
    Filled lb;
};

// Runs `command` on the lab's laptop with `fault` in the home router, saves the capture and
// compares the three files with tshark (lb:eth0 only when the connection gets that far).
// Returns what tshark found in each.
Views runAndCompare(const std::string& fault, const std::string& command, int expectedExit,
                    bool reachesLb = true) {
    TempDir dir;
    const std::string capture = dir.file("lab.pcapng");
    std::vector<std::string> args = {"hopscope-cli", "lab", "run"};
    if (!fault.empty()) {
        args.insert(args.end(), {"--fault", fault});
    }
    args.insert(args.end(), {"--do", "laptop: " + command, "--save", capture});
    std::ostringstream out;
    std::ostringstream err;
    cli::CommandIo io{out, err};
    const int code = cli::runCli(args, io);
    EXPECT_EQ(code, expectedExit) << out.str() << err.str();
    Views v;
    {
        SCOPED_TRACE("the whole capture");
        v.all = expectSameAnalysisAsTshark(capture);
    }
    {
        SCOPED_TRACE("laptop:eth0");
        v.laptop =
            expectSameAnalysisAsTshark(framesAt(capture, "laptop:eth0", dir.file("laptop.pcapng")));
    }
    if (reachesLb) {
        SCOPED_TRACE("lb:eth0");
        v.lb = expectSameAnalysisAsTshark(framesAt(capture, "lb:eth0", dir.file("lb.pcapng")));
    }
    return v;
}

bool has(const Filled& f, const std::string& field) {
    return f.count(field) != 0;
}

// 400 kB uploaded from the laptop: the laptop is the sender, so a drop on its way shows the
// sender's repair. No "Expect: 100-continue", so the body follows the head at once.
const std::string kUpload = "head -c 400000 /dev/zero | curl -s -m 30 -o /dev/null -H 'Expect:' "
                            "--data-binary @- http://198.51.100.10/";

} // namespace

TEST(PcapTcpAnalysisLab, ALostSynIsARetransmissionWithItsTimeout) {
    ASSERT_NO_FATAL_FAILURE(requireTools());
    const Views v =
        runAndCompare("drop-first-syn", "curl -s -m 30 -o /dev/null http://198.51.100.10/", 0);
    // The laptop sent its SYN twice, a second apart: the second is a retransmission of the
    // first, with the time since it.
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.retransmission"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.rto"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.initial_rtt"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.ack_rtt"));
    // The load balancer saw the second SYN only.
    EXPECT_FALSE(has(v.lb, "tcp.analysis.retransmission"));
    // In the whole capture every copy after the first is a retransmission.
    EXPECT_TRUE(has(v.all, "tcp.analysis.retransmission"));
}

TEST(PcapTcpAnalysisLab, ALostDataSegmentGivesDuplicateAcksAndARetransmission) {
    ASSERT_NO_FATAL_FAILURE(requireTools());
    // The laptop's 6th packet of the connection: SYN, ACK, then its 4th data segment.
    const Views v = runAndCompare("drop-nth:6", kUpload, 0);
    // The server acknowledges the hole again and again (with SACK blocks for what came
    // after it) and the laptop sends the missing segment again.
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.duplicate_ack"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.duplicate_ack_num"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.duplicate_ack_frame"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.retransmission"));
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.bytes_in_flight"));
    // Past the drop the receiver never saw that segment.
    EXPECT_TRUE(has(v.lb, "tcp.analysis.lost_segment"));
    EXPECT_TRUE(has(v.lb, "tcp.analysis.retransmission") || has(v.lb, "tcp.analysis.out_of_order"));
}

TEST(PcapTcpAnalysisLab, AClosedPortAnswersTheSynWithAResetThatAcknowledgesIt) {
    ASSERT_NO_FATAL_FAILURE(requireTools());
    // curl's 7: the connection was refused.
    const Views v = runAndCompare("", "curl -s -m 30 -o /dev/null http://198.51.100.10:81/", 7);
    ASSERT_TRUE(has(v.laptop, "tcp.flags"));
    EXPECT_EQ(v.laptop.at("tcp.flags").count("0x0014"), 1U) << "a RST/ACK";
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.acks_frame")) << "the RST acknowledges the SYN";
}

TEST(PcapTcpAnalysisLab, TheResetFaultsRstReachesTheLaptopOnly) {
    ASSERT_NO_FATAL_FAILURE(requireTools());
    const Views v =
        runAndCompare("reset", "curl -s -m 30 -o /dev/null http://198.51.100.10/", 7, false);
    ASSERT_TRUE(has(v.laptop, "tcp.flags"));
    EXPECT_EQ(v.laptop.at("tcp.flags").count("0x0014"), 1U) << "a RST/ACK";
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.acks_frame"));
}

TEST(PcapTcpAnalysisLab, SteadyLossGivesRetransmissions) {
    ASSERT_NO_FATAL_FAILURE(requireTools());
    // One of every hundred forwarded packets is dropped, the first of them the SYN.
    const Views v = runAndCompare("loss:1", kUpload, 0);
    EXPECT_TRUE(has(v.laptop, "tcp.analysis.retransmission"));
    EXPECT_TRUE(has(v.all, "tcp.analysis.retransmission"));
}
