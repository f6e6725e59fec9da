// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/lab_dns_transports.h"
#include "engine/running_lab.h"
#include "lab_with_servers.h"

#include <gtest/gtest.h>

namespace hopscope::engine {
namespace {

TEST(LabDnsTransports, TheSameQuestionOverUdpAndOverTcpAsTheLaptopsInterfaceSawIt) {
    LabTcpCapture capture("laptop:eth0", LabTcpCapture::Keep::TcpAndUdp);
    std::unique_ptr<RunningLab> lab;
    ASSERT_NO_FATAL_FAILURE(engine::testing::startLabWithServers(
        lab,
        [&capture](const wire::CapturePacket& packet, const wire::CaptureInterface& interface) {
            capture.add(packet, interface);
        }));

    const DnsTransportComparison c = compareDnsTransports(lab->servers(), capture, {});
    ASSERT_TRUE(c.udp.problem.empty()) << c.udp.problem;
    ASSERT_TRUE(c.tcp.problem.empty()) << c.tcp.problem;
    // www.foobar.com is a CNAME to foobar.com and its address: the same answer both ways.
    ASSERT_TRUE(c.udp.answerCount);
    EXPECT_EQ(c.udp.answerCount, c.tcp.answerCount);
    EXPECT_GE(*c.udp.answerCount, 2);
    // UDP: the question and the answer, one round trip.
    EXPECT_EQ(c.udp.packets, 2U);
    EXPECT_EQ(c.udp.roundTrips, 1);
    EXPECT_EQ(c.udp.trace->size(), 2U);
    EXPECT_EQ(c.udp.trace->at(0).protocol(), "DNS");
    // TCP: a handshake first, the question with its length, the answer, and the teardown.
    EXPECT_EQ(c.tcp.roundTrips, 2);
    EXPECT_GE(c.tcp.packets, 8U);
    EXPECT_GT(c.tcp.bytes, c.udp.bytes * 3);
    EXPECT_EQ(c.tcp.trace->size(), c.tcp.packets);
    // Times are the kernel's and vary from run to run (a sanitizer slows the resolver more
    // than the wire); the round trips above are what always differs.
    EXPECT_GT(c.udp.answerNs, 0);
    EXPECT_GT(c.tcp.answerNs, 0);
    // One trace with both, UDP first, at the kernel's times.
    const auto both = c.together();
    ASSERT_EQ(both->size(), c.udp.packets + c.tcp.packets);
    EXPECT_EQ(both->at(0).data().frame, c.udp.trace->at(0).frame());
    EXPECT_GE(both->at(2).timeNs(), both->at(1).timeNs());
    EXPECT_NE(both->at(0).note().find("UDP"), std::string::npos);
    EXPECT_NE(both->at(2).note().find("SYN"), std::string::npos) << both->at(2).note();
    for (std::size_t i = 0; i < c.tcp.trace->size(); ++i) {
        EXPECT_EQ(c.tcp.trace->at(i).source(), trace::SourceKind::Lab);
        EXPECT_EQ(c.tcp.trace->at(i).capturedAt(), "laptop:eth0");
    }
}

} // namespace
} // namespace hopscope::engine
