// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// `pcap flows`: made-up connections with every ending, and real ones the lab captured (a lost
// SYN, a closed port).
#include "../support/peer_tool.h"
#include "cli/command.h"
#include "cli_run.h"
#include "wire/frame_builder.h"
#include "wire/pcap_writer.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

using namespace hopscope;

namespace {

using hopscope::testing::CliRun;
using hopscope::testing::runCli;

std::string tempFile(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            (name + '-' + std::to_string(::getpid()) + ".pcap"))
        .string();
}

// The output line about the connection from `a` to `b`, or "" when there is none.
std::string lineOf(const std::string& out, const std::string& a, const std::string& b) {
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find("A " + a) == 0 && line.find(" -> B " + b + " |") != std::string::npos) {
            return line;
        }
    }
    return {};
}

// One made-up segment: from the client (port `clientPort`) or to it.
struct Step {
    bool fromClient = true;
    std::uint16_t clientPort = 0;
    std::uint16_t flags = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::size_t length = 0;
    std::int64_t atUs = 0;
};

void writeCapture(const std::string& path, const std::vector<Step>& steps) {
    std::ofstream out(path, std::ios::binary);
    wire::PcapWriter writer(out, wire::LinkType::Raw);
    const wire::Ipv4Address client(10, 0, 0, 1);
    const wire::Ipv4Address server(10, 0, 0, 2);
    for (const Step& s : steps) {
        wire::TcpSegment segment;
        segment.sourcePort = s.fromClient ? s.clientPort : 80;
        segment.destinationPort = s.fromClient ? 80 : s.clientPort;
        segment.flags = s.flags;
        segment.sequenceNumber = s.seq;
        segment.acknowledgmentNumber = s.ack;
        segment.window = 1024;
        const std::vector<std::uint8_t> data(s.length, 'x');
        const auto frame = wire::FrameBuilder::tcpOverIpv4(
            s.fromClient ? client : server, s.fromClient ? server : client, segment, data);
        ASSERT_TRUE(writer.write(1'700'000'000'000'000'000 + s.atUs * 1000, frame));
    }
}

constexpr auto kSyn = static_cast<std::uint16_t>(wire::TcpFlag::Syn);
constexpr auto kSynAck = wire::TcpFlag::Syn | wire::TcpFlag::Ack;
constexpr auto kAck = static_cast<std::uint16_t>(wire::TcpFlag::Ack);
constexpr auto kFinAck = wire::TcpFlag::Fin | wire::TcpFlag::Ack;
constexpr auto kRstAck = wire::TcpFlag::Rst | wire::TcpFlag::Ack;

} // namespace

TEST(PcapFlows, EachConnectionIsOneLineWithItsStatesAndEnding) {
    const std::string path = tempFile("flows-made-up");
    writeCapture(path, {
                           // 1000: closed by the server (B), with a retransmitted request.
                           {true, 1000, kSyn, 100, 0, 0, 0},
                           {false, 1000, kSynAck, 900, 101, 0, 1000},
                           {true, 1000, kAck, 101, 901, 0, 2500},
                           {true, 1000, kAck, 101, 901, 50, 3000},
                           {true, 1000, kAck, 101, 901, 50, 300000},
                           {false, 1000, kAck, 901, 151, 200, 301000},
                           {false, 1000, kFinAck, 1101, 151, 0, 302000},
                           {true, 1000, kAck, 151, 1102, 0, 303000},
                           {true, 1000, kFinAck, 151, 1102, 0, 304000},
                           {false, 1000, kAck, 1102, 152, 0, 305000},
                           // 1001: refused.
                           {true, 1001, kSyn, 7, 0, 0, 400000},
                           {false, 1001, kRstAck, 0, 8, 0, 400100},
                           // 1002: reset by the client after the handshake.
                           {true, 1002, kSyn, 10, 0, 0, 500000},
                           {false, 1002, kSynAck, 20, 11, 0, 500100},
                           {true, 1002, kAck, 11, 21, 0, 500200},
                           {true, 1002, kRstAck, 11, 21, 0, 500300},
                           // 1003: still open when the capture ends.
                           {true, 1003, kSyn, 30, 0, 0, 600000},
                           {false, 1003, kSynAck, 40, 31, 0, 600100},
                           {true, 1003, kAck, 31, 41, 5, 600200},
                       });
    const CliRun run = runCli({"pcap", "flows", path});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 4) << run.out;
    EXPECT_EQ(lineOf(run.out, "10.0.0.1:1000", "10.0.0.2:80"),
              "A 10.0.0.1:1000 -> B 10.0.0.2:80 | A CLOSED > SYN-SENT > ESTABLISHED > CLOSE-WAIT "
              "> LAST-ACK > CLOSED | B LISTEN > SYN-RECEIVED > ESTABLISHED > FIN-WAIT-1 > "
              "FIN-WAIT-2 > TIME-WAIT | handshake 2.500 ms | A->B 50 bytes, B->A 200 bytes | "
              "1 retransmission (A 1, B 0) | closed by B");
    EXPECT_EQ(lineOf(run.out, "10.0.0.1:1001", "10.0.0.2:80"),
              "A 10.0.0.1:1001 -> B 10.0.0.2:80 | A CLOSED > SYN-SENT > CLOSED | B CLOSED "
              "(nothing listening) | handshake - | A->B 0 bytes, B->A 0 bytes | 0 retransmissions "
              "| refused (RST to SYN)");
    const std::string reset = lineOf(run.out, "10.0.0.1:1002", "10.0.0.2:80");
    EXPECT_NE(reset.find("| A CLOSED > SYN-SENT > ESTABLISHED > CLOSED | B LISTEN > "
                         "SYN-RECEIVED > ESTABLISHED > CLOSED |"),
              std::string::npos)
        << reset;
    EXPECT_TRUE(reset.ends_with("| reset by A")) << reset;
    const std::string open = lineOf(run.out, "10.0.0.1:1003", "10.0.0.2:80");
    EXPECT_TRUE(open.ends_with("| open at end of capture")) << open;
    EXPECT_NE(open.find("A->B 5 bytes"), std::string::npos) << open;
    std::filesystem::remove(path);
}

TEST(PcapFlows, UsageAndUnreadableFiles) {
    EXPECT_EQ(runCli({"pcap", "flows"}).code, 2);
    const CliRun missing = runCli({"pcap", "flows", "/nonexistent/capture.pcap"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("/nonexistent/capture.pcap"), std::string::npos);
    const CliRun help = runCli({"pcap", "--help"});
    EXPECT_NE(help.out.find("pcap flows FILE"), std::string::npos) << help.out << help.err;
}

TEST(PcapFlows, ALabCaptureShowsTheKernelSendingALostSynAgain) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    const std::string capture = tempFile("flows-lab-drop-syn");
    const CliRun lab =
        runCli({"lab", "run", "--fault", "drop-first-syn", "--do",
                "laptop: curl -s -m 30 -o /dev/null http://198.51.100.10/", "--save", capture});
    ASSERT_EQ(lab.code, 0) << lab.out << lab.err;
    const CliRun run = runCli({"pcap", "flows", capture});
    ASSERT_EQ(run.code, 0) << run.err;
    // The laptop's connection, followed at laptop:eth0 (before the NAT router dropped the SYN).
    std::string line;
    std::istringstream lines(run.out);
    while (std::getline(lines, line) && line.find("A 192.168.1.10:") != 0) {
    }
    ASSERT_NE(line.find(" -> B 198.51.100.10:80 | A CLOSED > SYN-SENT > ESTABLISHED > "),
              std::string::npos)
        << run.out;
    EXPECT_NE(line.find("| B LISTEN > SYN-RECEIVED > ESTABLISHED > "), std::string::npos) << line;
    EXPECT_NE(line.find("| 1 retransmission (A 1, B 0) |"), std::string::npos) << line;
    EXPECT_EQ(line.find("handshake - "), std::string::npos) << line;
    EXPECT_NE(line.find("| closed by "), std::string::npos) << line;
    std::filesystem::remove(capture);
}

TEST(PcapFlows, ALabCaptureShowsAClosedPortRefusingTheSyn) {
    HOPSCOPE_REQUIRE_PEER_TOOL("curl");
    const std::string capture = tempFile("flows-lab-refused");
    const CliRun lab =
        runCli({"lab", "run", "--do", "laptop: curl -s -m 10 http://198.51.100.10:81/", "--save",
                capture});
    EXPECT_EQ(lab.code, 7) << lab.out << lab.err; // curl: could not connect
    const CliRun run = runCli({"pcap", "flows", capture});
    ASSERT_EQ(run.code, 0) << run.err;
    std::string line;
    std::istringstream lines(run.out);
    while (std::getline(lines, line) && line.find("A 192.168.1.10:") != 0) {
    }
    EXPECT_NE(line.find(" -> B 198.51.100.10:81 | A CLOSED > SYN-SENT > CLOSED | B CLOSED "
                        "(nothing listening) |"),
              std::string::npos)
        << run.out;
    EXPECT_TRUE(line.ends_with("| 0 retransmissions | refused (RST to SYN)")) << line;
    std::filesystem::remove(capture);
}
