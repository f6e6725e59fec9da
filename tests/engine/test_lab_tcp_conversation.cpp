// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// One HTTP request over the kernel's TCP in the lab, cut into the TCP lesson's trace.
#include "engine/lab_tcp_conversation.h"
#include "engine/running_lab.h"
#include "lab/fault.h"
#include "lab_with_servers.h"

#include <cerrno>
#include <gtest/gtest.h>

using namespace hopscope;
using namespace hopscope::engine;

namespace {

const net::SocketAddress kSite(wire::Ipv4Address(198, 51, 100, 10), 80);

class LabTcpConversationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(engine::testing::startLabWithServers(
            lab,
            [this](const wire::CapturePacket& packet, const wire::CaptureInterface& interface) {
                capture.add(packet, interface);
                serverCapture.add(packet, interface);
            }));
    }

    TcpConversation run(net::SocketAddress server = kSite) {
        TcpConversationOptions options;
        options.server = server;
        options.serverCapture = &serverCapture;
        return runLabTcpConversation(lab->servers(), capture, options);
    }

    std::vector<std::string> summaries(const TcpConversation& c) const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < c.trace->size(); ++i) {
            out.push_back(c.trace->at(i).summary());
        }
        return out;
    }

    LabTcpCapture capture{"laptop:eth0"};
    LabTcpCapture serverCapture{"lb:eth0"};
    std::unique_ptr<RunningLab> lab; // after the capture: it stops before the capture goes
};

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

} // namespace

TEST_F(LabTcpConversationTest, AWholeConversationFromHandshakeToTimeWait) {
    const TcpConversation c = run();
    ASSERT_EQ(c.connectError, 0) << c.problem;
    EXPECT_EQ(c.status, 200) << c.problem;
    EXPECT_TRUE(c.captureComplete);
    const auto s = summaries(c);
    ASSERT_GE(s.size(), 8U);
    // The kernel's handshake, numbers relative to each side's random initial one.
    EXPECT_TRUE(startsWith(s[0], "SYN seq=0 win=")) << s[0];
    EXPECT_NE(s[0].find("MSS=1460"), std::string::npos) << s[0];
    EXPECT_TRUE(startsWith(s[1], "SYN-ACK seq=0 ack=1 ")) << s[1];
    EXPECT_TRUE(startsWith(s[2], "ACK seq=1 ack=1")) << s[2];
    EXPECT_NE(s[3].find("GET / HTTP/1.1"), std::string::npos) << s[3];
    EXPECT_EQ(c.trace->at(3).protocol(), "HTTP");
    bool clientFin = false;
    bool serverFin = false;
    for (std::size_t i = 0; i < c.trace->size(); ++i) {
        const trace::Event& e = c.trace->at(i);
        EXPECT_EQ(e.source(), trace::SourceKind::Lab);
        EXPECT_EQ(e.capturedAt(), "laptop:eth0");
        EXPECT_FALSE(e.note().empty()) << e.summary();
        if (e.summary().find("FIN") != std::string::npos) {
            (e.from() == "laptop" ? clientFin : serverFin) = true;
        }
        if (i > 0) {
            EXPECT_GE(e.timeNs(), c.trace->at(i - 1).timeNs());
        }
    }
    EXPECT_TRUE(clientFin && serverFin);
    // The last segment is the laptop's ACK of the server's FIN: it then waits in TIME-WAIT.
    const trace::Event& last = c.trace->at(c.trace->size() - 1);
    EXPECT_EQ(last.from(), "laptop");
    EXPECT_NE(last.note().find("TIME-WAIT"), std::string::npos) << last.note();

    // Both ends' states, event by event, as RFC 9293's diagram walks them.
    using tcp::TcpState;
    ASSERT_EQ(c.states.size(), c.trace->size());
    EXPECT_EQ(c.states[0].client, TcpState::SynSent);
    EXPECT_EQ(c.states[0].server, TcpState::Listen); // the SYN has not reached it yet
    EXPECT_EQ(c.states[1].client, TcpState::Established);
    EXPECT_EQ(c.states[1].server, TcpState::SynReceived);
    EXPECT_EQ(c.states[2].client, TcpState::Established);
    EXPECT_EQ(c.states.back().client, TcpState::TimeWait);
    EXPECT_EQ(c.states.back().server, TcpState::LastAck); // the last ACK is still on its way
    EXPECT_TRUE(c.serverListening);
    // The laptop's kernel agrees: its socket waits in TIME-WAIT, its own timer running.
    ASSERT_TRUE(c.kernelClientSocket) << c.kernelProblem;
    EXPECT_EQ(c.kernelClientSocket->state, TcpState::TimeWait);
    EXPECT_GT(c.kernelClientSocket->timerExpiresMs, 0U);
    EXPECT_LE(c.kernelClientSocket->timerExpiresMs, 60000U);
}

TEST_F(LabTcpConversationTest, ALostSynIsSentAgainByTheKernelAboutASecondLater) {
    const auto spec = lab::parseFaultSpec("drop-first-syn").spec;
    ASSERT_FALSE(lab->session().loadRules(lab::faultNode(*spec, lab->session().topology()),
                                          lab::faultRules(*spec, 0)));
    const TcpConversation c = run();
    EXPECT_EQ(c.status, 200) << c.problem;
    ASSERT_GE(c.trace->size(), 2U);
    EXPECT_TRUE(startsWith(c.trace->at(0).summary(), "SYN seq=0"));
    EXPECT_TRUE(startsWith(c.trace->at(1).summary(), "SYN seq=0")) << c.trace->at(1).summary();
    const double gap = static_cast<double>(c.trace->at(1).timeNs() - c.trace->at(0).timeNs()) / 1e9;
    EXPECT_GT(gap, 0.8);
    EXPECT_LT(gap, 3.5);
    EXPECT_NE(c.trace->at(1).note().find("again"), std::string::npos) << c.trace->at(1).note();
}

TEST_F(LabTcpConversationTest, AClosedPortIsRefusedWithTheServersReset) {
    const TcpConversation c = run(net::SocketAddress(kSite.address(), 81));
    EXPECT_EQ(c.connectError, ECONNREFUSED) << c.problem;
    EXPECT_TRUE(c.captureComplete);
    ASSERT_EQ(c.trace->size(), 2U);
    EXPECT_TRUE(startsWith(c.trace->at(0).summary(), "SYN seq=0"));
    EXPECT_TRUE(startsWith(c.trace->at(1).summary(), "RST-ACK")) << c.trace->at(1).summary();
    EXPECT_EQ(c.trace->at(1).from(), "www.foobar.com");
    EXPECT_NE(c.trace->at(1).note().find("RST"), std::string::npos);
    EXPECT_FALSE(c.serverListening);
    ASSERT_EQ(c.states.size(), 2U);
    EXPECT_EQ(c.states[1].client, tcp::TcpState::Closed);
    // Nothing is left of a refused connection in the laptop's kernel.
    EXPECT_FALSE(c.kernelClientSocket);
    EXPECT_TRUE(c.kernelProblem.empty()) << c.kernelProblem;
}
