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
    EXPECT_EQ(parseFaultSpec("drop-first-synack").spec->kind, FaultKind::DropFirstSynAck);
    const auto after = parseFaultSpec("reset-after:4").spec;
    ASSERT_TRUE(after);
    EXPECT_EQ(after->kind, FaultKind::ResetAfter);
    EXPECT_EQ(after->value, 4U);
    EXPECT_EQ(after->toString(), "reset-after:4");
    const auto delay = parseFaultSpec("delay:50@core-router").spec;
    ASSERT_TRUE(delay);
    EXPECT_EQ(delay->kind, FaultKind::Delay);
    EXPECT_EQ(delay->value, 50U);
    EXPECT_EQ(delay->toString(), "delay:50@core-router");
    EXPECT_EQ(parseFaultSpec("drop-first-synack@isp-router").spec->toString(),
              "drop-first-synack@isp-router");
}

TEST(FaultSpec, RefusesWhatItCannotDoAndSaysWhatItCan) {
    EXPECT_EQ(parseFaultSpec("drop-nth:0").error, "drop-nth wants a packet number from 1, not '0'");
    EXPECT_EQ(parseFaultSpec("loss:101").error, "loss wants a percentage from 0 to 100, not '101'");
    EXPECT_EQ(parseFaultSpec("explode").error,
              "unknown fault 'explode'; accepted: drop-first-syn, drop-first-synack, drop-nth:N, "
              "reset, reset-after:N, loss:PERCENT, delay:MS, each optionally @NODE");
    EXPECT_EQ(parseFaultSpec("reset@").error, "no node after '@'");
    EXPECT_FALSE(parseFaultSpec("reset:1").spec);
    EXPECT_EQ(parseFaultSpec("reset-after:0").error,
              "reset-after wants a packet count from 1, not '0'");
    EXPECT_EQ(parseFaultSpec("reset-after:x").error,
              "reset-after wants a packet count from 1, not 'x'");
    EXPECT_FALSE(parseFaultSpec("reset-after").spec);
    EXPECT_EQ(parseFaultSpec("delay:0").error, "delay wants milliseconds from 1 to 60000, not '0'");
    EXPECT_EQ(parseFaultSpec("delay:60001").error,
              "delay wants milliseconds from 1 to 60000, not '60001'");
    EXPECT_FALSE(parseFaultSpec("delay").spec);
    EXPECT_FALSE(parseFaultSpec("drop-first-synack:2").spec);
}

TEST(FaultSpec, TheHelpNamesEveryFault) {
    const std::string help = faultSpecHelp();
    for (const char* name : {"drop-first-syn ", "drop-first-synack", "drop-nth:N", "reset ",
                             "reset-after:N", "loss:PERCENT", "delay:MS", "@NODE"}) {
        EXPECT_NE(help.find(name), std::string::npos) << name;
    }
}

TEST(FaultSpec, ResetAfterRejectsTheClientsPacketAfterTheNth) {
    const std::string rules = faultRules(*parseFaultSpec("reset-after:3").spec, 2);
    EXPECT_NE(rules.find("table ip hopscope_fault_2 {"), std::string::npos) << rules;
    EXPECT_NE(rules.find("ct direction original ct original packets 4 reject with tcp reset"),
              std::string::npos)
        << rules;
}

TEST(FaultSpec, ADelayIsANetemQdiscOnEveryInterfaceOfTheNode) {
    const Topology t = defaultTopology();
    const auto spec = *parseFaultSpec("delay:40").spec;
    EXPECT_EQ(faultRules(spec, 0), "");
    EXPECT_EQ(faultQdiscCommands(spec, *t.node("home-router")),
              "qdisc replace dev eth0 root netem delay 40ms\n"
              "qdisc replace dev eth1 root netem delay 40ms\n");
    EXPECT_EQ(faultQdiscRemovalCommands(*t.node("home-router")),
              "qdisc del dev eth0 root\nqdisc del dev eth1 root\n");
    EXPECT_EQ(faultQdiscCommands(*parseFaultSpec("reset").spec, *t.node("home-router")), "");
}

TEST(FaultSpec, GoesIntoTheLaptopsRouterUnlessANodeIsNamed) {
    const Topology t = defaultTopology();
    EXPECT_EQ(faultNode(*parseFaultSpec("reset").spec, t), "home-router");
    EXPECT_EQ(faultNode(*parseFaultSpec("reset@core-router").spec, t), "core-router");
    EXPECT_EQ(faultNode(*parseFaultSpec("reset@nowhere").spec, t), "");
}

namespace {

constexpr std::uint8_t kFin = 0x01;
constexpr std::uint8_t kSyn = 0x02;
constexpr std::uint8_t kRst = 0x04;
constexpr std::uint8_t kAck = 0x10;

bool isTcp(const SeenFrame& f) {
    return f.isIpv4() && f.protocol() == 6 && (f.sourcePort() == 80 || f.destinationPort() == 80);
}

std::uint8_t tcpFlags(const SeenFrame& f) {
    return f.bytes[f.transport() + 13];
}

std::uint32_t tcpSeq(const SeenFrame& f) {
    const std::size_t at = f.transport() + 4;
    return (std::uint32_t{f.bytes[at]} << 24) | (std::uint32_t{f.bytes[at + 1]} << 16) |
           (std::uint32_t{f.bytes[at + 2]} << 8) | f.bytes[at + 3];
}

bool isSyn(const SeenFrame& f) {
    return isTcp(f) && f.destinationPort() == 80 && (tcpFlags(f) & (kSyn | kAck)) == kSyn;
}

bool isSynAck(const SeenFrame& f) {
    return isTcp(f) && f.sourcePort() == 80 && (tcpFlags(f) & (kSyn | kAck)) == (kSyn | kAck);
}

bool isReset(const SeenFrame& f) {
    return isTcp(f) && f.sourcePort() == 80 && (tcpFlags(f) & kRst) != 0;
}

// Every TCP frame of port 80 as one line ("laptop:eth0 out +1.000123 s S seq=... len=..."), to
// say what happened when a test fails.
std::string tcpLadder(const std::vector<SeenFrame>& frames) {
    std::string out;
    std::int64_t first = -1;
    for (const auto& f : frames) {
        if (!isTcp(f)) {
            continue;
        }
        first = first < 0 ? f.timeNs : first;
        const std::uint8_t flags = tcpFlags(f);
        std::string names;
        names += (flags & kSyn) ? "S" : "";
        names += (flags & kFin) ? "F" : "";
        names += (flags & kRst) ? "R" : "";
        names += (flags & 0x08) ? "P" : "";
        names += (flags & kAck) ? "." : "";
        const std::size_t length =
            f.bytes.size() - f.transport() - std::size_t{f.bytes[f.transport() + 12]} / 16 * 4;
        out += f.where + (f.direction == wire::PacketDirection::Outbound ? " out " : " in  ") +
               std::to_string(static_cast<double>(f.timeNs - first) / 1e9) + " s " + f.source() +
               ':' + std::to_string(f.sourcePort()) + " > " + f.destination() + ':' +
               std::to_string(f.destinationPort()) + ' ' + names +
               " seq=" + std::to_string(tcpSeq(f)) + " len=" + std::to_string(length) + '\n';
    }
    return out;
}

// Waits (bounded) until `fd` is readable; false when it did not become so in 20 s.
bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 20'000) == 1;
}

// A lab with one fault in (index 0) and a TCP listener on root-a 198.41.0.4:80.
struct LabWithServer {
    FrameCollector frames;
    std::unique_ptr<LabSession> lab;
    OwnedFd listener;
    FaultSpec spec;
    std::optional<std::string> faultError; // putInFault's answer

    explicit LabWithServer(const std::string& fault) : spec(*parseFaultSpec(fault).spec) {
        LabSession::Options options;
        options.topology = defaultTopology();
        options.onPacket = frames.packetSink();
        auto result = LabSession::start(std::move(options));
        if (auto* failure = std::get_if<LabFailure>(&result)) {
            ADD_FAILURE() << labFailureAdvice(*failure);
            return;
        }
        lab = std::move(std::get<std::unique_ptr<LabSession>>(result));
        faultError = putInFault(*lab, spec, 0);
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
        client = std::move(std::get<OwnedFd>(socket));
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(80);
        ::inet_pton(AF_INET, "198.41.0.4", &to.sin_addr);
        const int rc = ::connect(client.get(), reinterpret_cast<sockaddr*>(&to), sizeof to);
        return {rc, errno};
    }

    // The server's side of the connection the laptop made (accept, bounded).
    OwnedFd acceptOnServer() {
        if (!readable(listener.get())) {
            ADD_FAILURE() << "the server accepted no connection";
            return OwnedFd{};
        }
        return OwnedFd(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    }

    // Takes the fault out and connects from the laptop again, the first connection kept open
    // in `earlier` so that its port is not reused. Called as
    // ASSERT_NO_FATAL_FAILURE(lab.reconnectWithoutFault(first)).
    void reconnectWithoutFault(OwnedFd& earlier) {
        ASSERT_FALSE(takeOutFault(*lab, spec, 0));
        earlier = std::move(client);
        const auto [rc, error] = connectFromLaptop();
        EXPECT_EQ(rc, 0) << std::strerror(error);
    }

    // Waits until the server got the last ACK of the client's handshake; `port` is the
    // client's port. Called as ASSERT_NO_FATAL_FAILURE(lab.waitForHandshakeAck(port)).
    void waitForHandshakeAck(std::uint16_t& port) {
        sockaddr_in local{};
        socklen_t length = sizeof local;
        ::getsockname(client.get(), reinterpret_cast<sockaddr*>(&local), &length);
        port = ntohs(local.sin_port);
        ASSERT_TRUE(frames.waitFor([port](const SeenFrame& f) {
            return f.where == "root-a:eth0" && isTcp(f) && f.sourcePort() == port &&
                   tcpFlags(f) == kAck;
        }));
    }

    OwnedFd client;
};

// The times (ns) at which frames satisfying `predicate` were seen at `where`.
template <typename Predicate>
std::vector<std::int64_t> timesAt(const std::vector<SeenFrame>& frames, const std::string& where,
                                  Predicate predicate) {
    std::vector<std::int64_t> out;
    for (const auto& f : frames) {
        if (f.where == where && predicate(f)) {
            out.push_back(f.timeNs);
        }
    }
    return out;
}

double seconds(std::int64_t ns) {
    return static_cast<double>(ns) / 1e9;
}

} // namespace

TEST(LabFaults, DropFirstSynMakesTheKernelSendItAgainAboutASecondLater) {
    LabWithServer lab("drop-first-syn");
    ASSERT_TRUE(lab.lab);
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
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
                               << syns << lab.lab->captureError() << "every segment:\n"
                               << tcpLadder(lab.frames.frames());
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
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
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
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
    EXPECT_EQ(faultRemovalRules(0), "delete table ip hopscope_fault_0\n");
    const auto error = lab.lab->loadRules("home-router", faultRemovalRules(0));
    ASSERT_FALSE(error) << *error;
    const auto [rc, connectError] = lab.connectFromLaptop();
    EXPECT_EQ(rc, 0) << std::strerror(connectError);
    // Taking out a fault that is not there is an error the caller hears about.
    EXPECT_TRUE(lab.lab->loadRules("home-router", faultRemovalRules(0)));
}

TEST(LabFaults, DropFirstSynAckMakesBothKernelsSendTheirPartAgain) {
    LabWithServer lab("drop-first-synack");
    ASSERT_TRUE(lab.lab);
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
    const auto [rc, error] = lab.connectFromLaptop();
    EXPECT_EQ(rc, 0) << std::strerror(error);
    ASSERT_TRUE(lab.frames.waitFor([](const SeenFrame& f) {
        return f.where == "root-a:eth0" && isTcp(f) && f.destinationPort() == 80 &&
               tcpFlags(f) == kAck;
    })) << "the server never got the handshake's last ACK";
    // The connection is taken out again and a second one made: it must meet no fault.
    OwnedFd first;
    ASSERT_NO_FATAL_FAILURE(lab.reconnectWithoutFault(first));
    std::uint16_t secondPort = 0;
    ASSERT_NO_FATAL_FAILURE(lab.waitForHandshakeAck(secondPort));
    lab.lab->stop();
    const auto frames = lab.frames.frames();
    const std::string ladder = tcpLadder(frames);
    auto firstConnection = [&](auto predicate) {
        return [=](const SeenFrame& f) {
            return predicate(f) && f.sourcePort() != secondPort &&
                   f.destinationPort() != secondPort;
        };
    };
    const auto arrived = timesAt(frames, "home-router:eth1", firstConnection(isSynAck));
    const auto forwarded = timesAt(frames, "home-router:eth0", firstConnection(isSynAck));
    const auto answered = timesAt(frames, "root-a:eth0", firstConnection(isSynAck));
    const auto syns = timesAt(frames, "laptop:eth0", firstConnection(isSyn));
    // The server's kernel sends its SYN-ACK again when its request's timer runs out, one
    // second (TCP_TIMEOUT_INIT, RFC 6298 section 2.1), and once more for each SYN it gets while
    // still in SYN-RECEIVED: two or three SYN-ACKs, depending on which timer runs first.
    ASSERT_GE(answered.size(), 2U) << ladder;
    EXPECT_LE(answered.size(), 3U) << ladder;
    EXPECT_GT(seconds(answered[1] - answered[0]), 0.8) << ladder;
    EXPECT_LT(seconds(answered[1] - answered[0]), 3.5) << ladder;
    // The router saw every one of them come in and let all but the first through.
    ASSERT_EQ(arrived.size(), answered.size()) << ladder;
    ASSERT_EQ(forwarded.size(), arrived.size() - 1) << ladder;
    EXPECT_GT(seconds(forwarded[0] - arrived[0]), 0.8)
        << "the first SYN-ACK must not leave the router\n"
        << ladder;
    EXPECT_GE(forwarded[0], arrived[1]) << ladder;
    // The client heard nothing for a second either: its SYN's timer (also one second, armed a
    // moment before the server's) runs out in the same tick, so its SYN goes again as well.
    ASSERT_EQ(syns.size(), 2U) << ladder;
    EXPECT_GT(seconds(syns[1] - syns[0]), 0.8) << ladder;
    EXPECT_LT(seconds(syns[1] - syns[0]), 3.5) << ladder;
    // Taken out: the second connection's one SYN-ACK crosses the router at once.
    auto second = [&](const SeenFrame& f) {
        return isSynAck(f) && f.destinationPort() == secondPort;
    };
    EXPECT_EQ(timesAt(frames, "root-a:eth0", second).size(), 1U) << ladder;
    EXPECT_EQ(timesAt(frames, "laptop:eth0", second).size(), 1U) << ladder;
}

TEST(LabFaults, ResetAfterBreaksOffAConnectionInTheMiddle) {
    LabWithServer lab("reset-after:3");
    ASSERT_TRUE(lab.lab);
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
    const auto [rc, error] = lab.connectFromLaptop();
    ASSERT_EQ(rc, 0) << std::strerror(error);
    OwnedFd server = lab.acceptOnServer();
    ASSERT_TRUE(server.valid());
    // The client's packets 1 to 3: SYN, the handshake's ACK, "hello". All pass.
    char buffer[64];
    ASSERT_EQ(::write(lab.client.get(), "hello", 5), 5);
    ASSERT_TRUE(readable(server.get()));
    EXPECT_EQ(::read(server.get(), buffer, sizeof buffer), 5);
    // Packet 4: the router drops it and answers with RST in the server's name. write() has
    // only queued the bytes, so it succeeds; the next read hears of the reset.
    ASSERT_EQ(::write(lab.client.get(), "again", 5), 5);
    ASSERT_TRUE(readable(lab.client.get()));
    errno = 0;
    EXPECT_EQ(::read(lab.client.get(), buffer, sizeof buffer), -1);
    EXPECT_EQ(errno, ECONNRESET) << std::strerror(errno);
    // The server knows nothing: its side is still established and nothing is readable. It
    // learns when it next sends: the router lets its segment through (the connection is still
    // in the router's conntrack table, closing), the client's kernel has no socket for it any
    // more and answers with a RST of its own, which passes (it is the client's packet 5).
    pollfd p{server.get(), POLLIN, 0};
    EXPECT_EQ(::poll(&p, 1, 0), 0) << "the server heard of the reset before it sent anything";
    ASSERT_EQ(::write(server.get(), "reply", 5), 5);
    ASSERT_TRUE(readable(server.get()));
    errno = 0;
    EXPECT_EQ(::read(server.get(), buffer, sizeof buffer), -1);
    EXPECT_EQ(errno, ECONNRESET) << std::strerror(errno);

    // Taken out, a longer conversation goes through untouched.
    OwnedFd first;
    ASSERT_NO_FATAL_FAILURE(lab.reconnectWithoutFault(first));
    OwnedFd secondServer = lab.acceptOnServer();
    ASSERT_TRUE(secondServer.valid());
    for (const char* message : {"one", "two", "six"}) {
        ASSERT_EQ(::write(lab.client.get(), message, 3), 3);
        ASSERT_TRUE(readable(secondServer.get()));
        EXPECT_EQ(::read(secondServer.get(), buffer, sizeof buffer), 3);
    }
    ASSERT_TRUE(lab.frames.waitFor([](const SeenFrame& f) {
        return f.where == "root-a:eth0" && isTcp(f) && f.carries("six");
    }));
    lab.lab->stop();
    const auto frames = lab.frames.frames();
    const std::string ladder = tcpLadder(frames);
    sockaddr_in local{};
    socklen_t length = sizeof local;
    ::getsockname(lab.client.get(), reinterpret_cast<sockaddr*>(&local), &length);
    const std::uint16_t secondPort = ntohs(local.sin_port);
    auto fromClient = [&](const SeenFrame& f) {
        return isTcp(f) && f.destinationPort() == 80 && f.sourcePort() != secondPort;
    };
    // The RST reaches the laptop right after its fourth packet, the one carrying "again".
    const auto resets = timesAt(frames, "laptop:eth0", [&](const SeenFrame& f) {
        return isReset(f) && f.destinationPort() != secondPort;
    });
    ASSERT_EQ(resets.size(), 1U) << ladder;
    const auto sent = timesAt(frames, "laptop:eth0", fromClient);
    ASSERT_GE(sent.size(), 4U) << ladder;
    EXPECT_LT(sent[3], resets[0]) << ladder;
    EXPECT_TRUE(sent.size() == 4 || sent[4] > resets[0]) << ladder;
    auto again4 = [](const SeenFrame& f) { return isTcp(f) && f.carries("again"); };
    EXPECT_EQ(timesAt(frames, "home-router:eth0", again4).size(), 1U) << ladder;
    EXPECT_TRUE(timesAt(frames, "home-router:eth1", again4).empty()) << ladder;
    EXPECT_TRUE(timesAt(frames, "root-a:eth0", again4).empty()) << ladder;
    // The only RST the server gets is the laptop's, after its own reply.
    const auto serverResets = timesAt(frames, "root-a:eth0", [&](const SeenFrame& f) {
        return fromClient(f) && (tcpFlags(f) & kRst) != 0;
    });
    const auto replies = timesAt(frames, "root-a:eth0",
                                 [](const SeenFrame& f) { return isTcp(f) && f.carries("reply"); });
    ASSERT_EQ(serverResets.size(), 1U) << ladder;
    ASSERT_EQ(replies.size(), 1U) << ladder;
    EXPECT_GT(serverResets[0], replies[0]) << ladder;
    // And the second connection saw no reset at all.
    EXPECT_TRUE(timesAt(frames, "laptop:eth0",
                        [&](const SeenFrame& f) {
                            return isTcp(f) && f.destinationPort() == secondPort &&
                                   (tcpFlags(f) & kRst) != 0;
                        })
                    .empty())
        << ladder;
}

TEST(LabFaults, QdiscCommandsRunInsideTheNodeAndSayWhatWentWrong) {
    LabWithServer lab("reset");
    ASSERT_TRUE(lab.lab);
    // pfifo is in every kernel that has queueing disciplines at all.
    EXPECT_FALSE(lab.lab->runQdiscCommands("home-router", "qdisc replace dev eth0 root pfifo\n"));
    EXPECT_FALSE(lab.lab->runQdiscCommands("home-router", "qdisc del dev eth0 root\n"));
    const auto missing = lab.lab->runQdiscCommands("home-router", "qdisc del dev eth0 root\n");
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->empty());
    EXPECT_EQ(lab.lab->runQdiscCommands("nowhere", "qdisc show\n"), "no node \"nowhere\"");
}

TEST(LabFaults, DelayHoldsEveryPacketTheRouterSendsForMsMilliseconds) {
    LabWithServer lab("delay:200");
    ASSERT_TRUE(lab.lab);
    if (lab.faultError &&
        lab.faultError->find("no netem queueing discipline") != std::string::npos) {
        // The one thing this lab cannot do on a kernel built without sch_netem.
        GTEST_SKIP() << *lab.faultError;
    }
    ASSERT_FALSE(lab.faultError) << *lab.faultError;
    const auto [rc, error] = lab.connectFromLaptop();
    EXPECT_EQ(rc, 0) << std::strerror(error);
    ASSERT_TRUE(lab.frames.waitFor([](const SeenFrame& f) {
        return f.where == "root-a:eth0" && isTcp(f) && tcpFlags(f) == kAck;
    }));
    OwnedFd first;
    ASSERT_NO_FATAL_FAILURE(lab.reconnectWithoutFault(first));
    std::uint16_t secondPort = 0;
    ASSERT_NO_FATAL_FAILURE(lab.waitForHandshakeAck(secondPort));
    lab.lab->stop();
    const auto frames = lab.frames.frames();
    const std::string ladder = tcpLadder(frames);
    // The same frame in at one interface of the router, out at the other: netem held it.
    auto crossing = [&](auto predicate, const char* in, const char* out) {
        const auto a = timesAt(frames, in, predicate);
        const auto b = timesAt(frames, out, predicate);
        return a.size() == 1 && b.size() == 1 ? seconds(b[0] - a[0]) : -1.0;
    };
    auto syn = [&](bool delayed) {
        return [=](const SeenFrame& f) {
            return isSyn(f) && (f.sourcePort() == secondPort) != delayed;
        };
    };
    auto synAck = [&](bool delayed) {
        return [=](const SeenFrame& f) {
            return isSynAck(f) && (f.destinationPort() == secondPort) != delayed;
        };
    };
    EXPECT_GE(crossing(syn(true), "home-router:eth0", "home-router:eth1"), 0.2) << ladder;
    EXPECT_GE(crossing(synAck(true), "home-router:eth1", "home-router:eth0"), 0.2) << ladder;
    // Taken out: the next connection's segments cross at once (well under the delay).
    const double synAfter = crossing(syn(false), "home-router:eth0", "home-router:eth1");
    EXPECT_GE(synAfter, 0.0) << ladder;
    EXPECT_LT(synAfter, 0.2) << ladder;
    const double synAckAfter = crossing(synAck(false), "home-router:eth1", "home-router:eth0");
    EXPECT_GE(synAckAfter, 0.0) << ladder;
    EXPECT_LT(synAckAfter, 0.2) << ladder;
}
