// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "lab/fault.h"
#include "lab/lab_session.h"
#include "lab/topology.h"
#include "lab_capture_frames.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

using namespace hopscope;
using namespace hopscope::lab;
using hopscope::lab::test::FrameCollector;
using hopscope::lab::test::SeenFrame;

TEST(FaultSpec, ParsesEveryKindAndItsNode) {
    EXPECT_EQ(parseFaultSpec("drop-first-syn").spec->kind, FaultKind::DropFirstSyn);
    const auto nth = parseFaultSpec("drop-nth:3@isp-router").spec;
    ASSERT_TRUE(nth);
    EXPECT_EQ(nth->kind, FaultKind::DropNth);
    EXPECT_EQ(nth->value, 3U);
    EXPECT_EQ(nth->node, "isp-router");
    EXPECT_EQ(nth->toString(), "drop-nth:3@isp-router");
    EXPECT_EQ(parseFaultSpec("reset").spec->kind, FaultKind::Reset);
    EXPECT_EQ(parseFaultSpec("loss:25").spec->value, 25U);
}

TEST(FaultSpec, RefusesWhatItCannotDoAndSaysWhatItCan) {
    EXPECT_EQ(parseFaultSpec("drop-nth:0").error, "drop-nth wants a packet number from 1, not '0'");
    EXPECT_EQ(parseFaultSpec("loss:101").error, "loss wants a percentage from 0 to 100, not '101'");
    EXPECT_EQ(parseFaultSpec("explode").error,
              "unknown fault 'explode'; accepted: drop-first-syn, drop-nth:N, reset, "
              "loss:PERCENT, each optionally @NODE");
    EXPECT_EQ(parseFaultSpec("reset@").error, "no node after '@'");
    EXPECT_FALSE(parseFaultSpec("reset:1").spec);
}

TEST(FaultSpec, GoesIntoTheLaptopsRouterUnlessANodeIsNamed) {
    const Topology t = defaultTopology();
    EXPECT_EQ(faultNode(*parseFaultSpec("reset").spec, t), "home-router");
    EXPECT_EQ(faultNode(*parseFaultSpec("reset@core-router").spec, t), "core-router");
    EXPECT_EQ(faultNode(*parseFaultSpec("reset@nowhere").spec, t), "");
}

namespace {

struct LabWithServer {
    FrameCollector frames;
    std::unique_ptr<LabSession> lab;
    OwnedFd listener;

    explicit LabWithServer(const std::string& fault) {
        LabSession::Options options;
        options.topology = defaultTopology();
        options.onPacket = frames.packetSink();
        auto result = LabSession::start(std::move(options));
        if (auto* failure = std::get_if<LabFailure>(&result)) {
            ADD_FAILURE() << labFailureAdvice(*failure);
            return;
        }
        lab = std::move(std::get<std::unique_ptr<LabSession>>(result));
        const auto spec = parseFaultSpec(fault).spec;
        const auto error = lab->loadRules(faultNode(*spec, lab->topology()), faultRules(*spec, 0));
        EXPECT_FALSE(error) << *error;
        auto socket = lab->openSocket("root-a", AF_INET, SOCK_STREAM, 0);
        listener = std::move(std::get<OwnedFd>(socket));
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_port = htons(80);
        ::inet_pton(AF_INET, "198.41.0.4", &local.sin_addr);
        EXPECT_EQ(::bind(listener.get(), reinterpret_cast<sockaddr*>(&local), sizeof local), 0);
        EXPECT_EQ(::listen(listener.get(), 8), 0);
    }

    // Connects from the laptop (blocking) and returns the connect() result and errno.
    std::pair<int, int> connectFromLaptop() {
        auto socket = lab->openSocket("laptop", AF_INET, SOCK_STREAM, 0);
        m_client = std::move(std::get<OwnedFd>(socket));
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(80);
        ::inet_pton(AF_INET, "198.41.0.4", &to.sin_addr);
        const int rc = ::connect(m_client.get(), reinterpret_cast<sockaddr*>(&to), sizeof to);
        return {rc, errno};
    }

private:
    OwnedFd m_client;
};

bool isSyn(const SeenFrame& f) {
    return f.isIpv4() && f.protocol() == 6 && f.destinationPort() == 80 &&
           (f.bytes[f.transport() + 13] & 0x12) == 0x02;
}

bool isReset(const SeenFrame& f) {
    return f.isIpv4() && f.protocol() == 6 && f.sourcePort() == 80 &&
           (f.bytes[f.transport() + 13] & 0x04) != 0;
}

} // namespace

TEST(LabFaults, DropFirstSynMakesTheKernelSendItAgainAboutASecondLater) {
    LabWithServer lab("drop-first-syn");
    ASSERT_TRUE(lab.lab);
    const auto [rc, error] = lab.connectFromLaptop();
    EXPECT_EQ(rc, 0) << std::strerror(error);
    ASSERT_TRUE(lab.frames.waitFor(
        [](const SeenFrame& f) { return f.where == "root-a:eth0" && isSyn(f); }));
    lab.lab->stop();
    std::vector<std::int64_t> sent;
    int forwarded = 0;
    std::string syns; // every SYN seen, to say what happened when this fails
    for (const auto& f : lab.frames.frames()) {
        if (isSyn(f)) {
            syns += f.where + " at " + std::to_string(f.timeNs) + "\n";
        }
        if (f.where == "laptop:eth0" && isSyn(f)) {
            sent.push_back(f.timeNs);
        }
        if (f.where == "home-router:eth1" && isSyn(f)) {
            ++forwarded;
        }
    }
    ASSERT_EQ(sent.size(), 2U) << "the laptop should have sent its SYN twice; SYNs seen:\n"
                               << syns << lab.lab->captureError();
    const double gap = static_cast<double>(sent[1] - sent[0]) / 1e9;
    // Linux's initial retransmission timeout is one second (RFC 6298 section 2.1).
    EXPECT_GT(gap, 0.8);
    EXPECT_LT(gap, 3.5);
    EXPECT_EQ(forwarded, 1) << "only the retransmitted SYN crosses the router; SYNs seen:\n"
                            << syns;
}

TEST(LabFaults, ResetRefusesTheConnectionAtOnceAndTheCaptureHoldsTheRst) {
    LabWithServer lab("reset");
    ASSERT_TRUE(lab.lab);
    const auto [rc, error] = lab.connectFromLaptop();
    EXPECT_EQ(rc, -1);
    EXPECT_EQ(error, ECONNREFUSED);
    ASSERT_TRUE(lab.frames.waitFor(
        [](const SeenFrame& f) { return f.where == "laptop:eth0" && isReset(f); }));
    lab.lab->stop();
    for (const auto& f : lab.frames.frames()) {
        EXPECT_FALSE(f.where == "root-a:eth0" && isSyn(f)) << "the SYN should not reach the server";
    }
}

TEST(LabFaults, ATakenOutFaultLetsTheNextConnectionThrough) {
    LabWithServer lab("reset");
    ASSERT_TRUE(lab.lab);
    EXPECT_EQ(faultRemovalRules(0), "delete table ip hopscope_fault_0\n");
    const auto error = lab.lab->loadRules("home-router", faultRemovalRules(0));
    ASSERT_FALSE(error) << *error;
    const auto [rc, connectError] = lab.connectFromLaptop();
    EXPECT_EQ(rc, 0) << std::strerror(connectError);
    // Taking out a fault that is not there is an error the caller hears about.
    EXPECT_TRUE(lab.lab->loadRules("home-router", faultRemovalRules(0)));
}
