// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// Every transition of RFC 9293's state diagram (section 3.3.2), fed as one endpoint saw it.
#include "tcp/tcp_endpoint.h"

#include <gtest/gtest.h>
#include <ostream>

namespace hopscope::tcp {
// Failure messages name the state ("SYN-SENT") instead of its bytes.
inline void PrintTo(TcpState state, std::ostream* out) {
    *out << tcpStateName(state);
}
} // namespace hopscope::tcp

using namespace hopscope::tcp;

namespace {

// Initial sequence numbers near the wrap, so the modulo 2^32 comparisons are exercised.
constexpr std::uint32_t kIsnA = 0xfffffff0U; // the active side's
constexpr std::uint32_t kIsnB = 5000;        // the passive side's

TcpSegmentFacts syn(std::uint32_t seq) {
    return {.syn = true, .seq = seq};
}
TcpSegmentFacts synAck(std::uint32_t seq, std::uint32_t ack) {
    return {.syn = true, .ack = true, .seq = seq, .ackNumber = ack};
}
TcpSegmentFacts ack(std::uint32_t seq, std::uint32_t ackNumber, std::uint32_t length = 0) {
    return {.ack = true, .seq = seq, .ackNumber = ackNumber, .payloadLength = length};
}
TcpSegmentFacts finAck(std::uint32_t seq, std::uint32_t ackNumber, std::uint32_t length = 0) {
    return {.ack = true, .fin = true, .seq = seq, .ackNumber = ackNumber, .payloadLength = length};
}
TcpSegmentFacts rst(std::uint32_t seq) {
    return {.rst = true, .seq = seq};
}
TcpSegmentFacts rstAck(std::uint32_t seq, std::uint32_t ackNumber) {
    return {.ack = true, .rst = true, .seq = seq, .ackNumber = ackNumber};
}

// The active side after its handshake: its next seq is kIsnA+1, the peer's kIsnB+1.
TcpEndpoint establishedActive() {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    e.received(synAck(kIsnB, kIsnA + 1));
    e.sent(ack(kIsnA + 1, kIsnB + 1));
    return e;
}

// The passive side after its handshake.
TcpEndpoint establishedPassive() {
    TcpEndpoint e = TcpEndpoint::passive();
    e.received(syn(kIsnA));
    e.sent(synAck(kIsnB, kIsnA + 1));
    e.received(ack(kIsnA + 1, kIsnB + 1));
    return e;
}

// Each endpoint in FIN-WAIT-1 after sending its FIN with 10 bytes of data.
TcpEndpoint finWait1() {
    TcpEndpoint e = establishedActive();
    EXPECT_EQ(e.sent(finAck(kIsnA + 1, kIsnB + 1, 10)), TcpState::FinWait1);
    return e;
}

} // namespace

TEST(TcpState, NamesAreTheRfcs) {
    EXPECT_EQ(tcpStateName(TcpState::Closed), "CLOSED");
    EXPECT_EQ(tcpStateName(TcpState::Listen), "LISTEN");
    EXPECT_EQ(tcpStateName(TcpState::SynSent), "SYN-SENT");
    EXPECT_EQ(tcpStateName(TcpState::SynReceived), "SYN-RECEIVED");
    EXPECT_EQ(tcpStateName(TcpState::Established), "ESTABLISHED");
    EXPECT_EQ(tcpStateName(TcpState::FinWait1), "FIN-WAIT-1");
    EXPECT_EQ(tcpStateName(TcpState::FinWait2), "FIN-WAIT-2");
    EXPECT_EQ(tcpStateName(TcpState::CloseWait), "CLOSE-WAIT");
    EXPECT_EQ(tcpStateName(TcpState::Closing), "CLOSING");
    EXPECT_EQ(tcpStateName(TcpState::LastAck), "LAST-ACK");
    EXPECT_EQ(tcpStateName(TcpState::TimeWait), "TIME-WAIT");
}

TEST(TcpEndpoint, RolesStartClosedOrListening) {
    EXPECT_EQ(TcpEndpoint::active().state(), TcpState::Closed);
    EXPECT_EQ(TcpEndpoint::active().role(), TcpEndpoint::Role::Active);
    EXPECT_EQ(TcpEndpoint::passive().state(), TcpState::Listen);
    EXPECT_EQ(TcpEndpoint::passive().role(), TcpEndpoint::Role::Passive);
}

TEST(TcpEndpoint, ActiveOpenGoesThroughSynSentToEstablished) {
    TcpEndpoint e = TcpEndpoint::active();
    EXPECT_EQ(e.sent(syn(kIsnA)), TcpState::SynSent);
    EXPECT_EQ(e.initialSequence(), kIsnA);
    // The ACK covers the SYN across the wrap: kIsnA + 1 is 0xfffffff1.
    EXPECT_EQ(e.received(synAck(kIsnB, kIsnA + 1)), TcpState::Established);
    EXPECT_EQ(e.sent(ack(kIsnA + 1, kIsnB + 1)), TcpState::Established);
}

TEST(TcpEndpoint, ASynAckThatDoesNotAcknowledgeOurSynChangesNothing) {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    EXPECT_EQ(e.received(synAck(kIsnB, kIsnA)), TcpState::SynSent);
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 1)), TcpState::SynSent) << "no SYN in it";
}

TEST(TcpEndpoint, PassiveOpenGoesThroughSynReceivedToEstablished) {
    TcpEndpoint e = TcpEndpoint::passive();
    EXPECT_EQ(e.received(syn(kIsnA)), TcpState::SynReceived);
    EXPECT_EQ(e.sent(synAck(kIsnB, kIsnA + 1)), TcpState::SynReceived);
    EXPECT_EQ(e.initialSequence(), kIsnB);
    // An ACK that does not cover our SYN does not complete the handshake.
    EXPECT_EQ(e.received(ack(kIsnA + 1, kIsnB)), TcpState::SynReceived);
    EXPECT_EQ(e.received(ack(kIsnA + 1, kIsnB + 1)), TcpState::Established);
}

TEST(TcpEndpoint, AListenerIgnoresResetsAndStrayAcks) {
    TcpEndpoint e = TcpEndpoint::passive();
    EXPECT_EQ(e.received(rst(1)), TcpState::Listen);
    EXPECT_EQ(e.received(ack(1, 2)), TcpState::Listen);
    EXPECT_EQ(e.sent(rst(2)), TcpState::Listen) << "its reset of the stray ACK";
    EXPECT_EQ(e.received(synAck(1, 2)), TcpState::Listen);
}

TEST(TcpEndpoint, AListenerThatSendsASynIsInSynSent) {
    TcpEndpoint e = TcpEndpoint::passive();
    EXPECT_EQ(e.sent(syn(kIsnB)), TcpState::SynSent); // the diagram's "SEND / snd SYN"
}

TEST(TcpEndpoint, SimultaneousOpenGoesThroughSynReceived) {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    EXPECT_EQ(e.received(syn(kIsnB)), TcpState::SynReceived);
    EXPECT_EQ(e.sent(synAck(kIsnA, kIsnB + 1)), TcpState::SynReceived);
    EXPECT_EQ(e.received(synAck(kIsnB, kIsnA + 1)), TcpState::Established);
}

TEST(TcpEndpoint, SimultaneousOpenAlsoCompletesOnAPlainAck) {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    e.received(syn(kIsnB));
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 1)), TcpState::Established);
}

TEST(TcpEndpoint, ARetransmittedSynChangesNoState) {
    TcpEndpoint client = TcpEndpoint::active();
    EXPECT_EQ(client.sent(syn(kIsnA)), TcpState::SynSent);
    EXPECT_EQ(client.sent(syn(kIsnA)), TcpState::SynSent);
    EXPECT_EQ(client.initialSequence(), kIsnA);

    TcpEndpoint server = TcpEndpoint::passive();
    server.received(syn(kIsnA));
    server.sent(synAck(kIsnB, kIsnA + 1));
    EXPECT_EQ(server.received(syn(kIsnA)), TcpState::SynReceived);
    EXPECT_EQ(server.sent(synAck(kIsnB, kIsnA + 1)), TcpState::SynReceived);
    // The client's ACK was lost: the server sends its SYN-ACK again, the client stays.
    TcpEndpoint established = establishedActive();
    EXPECT_EQ(established.received(synAck(kIsnB, kIsnA + 1)), TcpState::Established);
}

TEST(TcpEndpoint, DataInEstablishedChangesNothing) {
    TcpEndpoint e = establishedActive();
    EXPECT_EQ(e.sent(ack(kIsnA + 1, kIsnB + 1, 100)), TcpState::Established);
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 101, 1448)), TcpState::Established);
    EXPECT_EQ(e.sent(ack(kIsnA + 101, kIsnB + 1449)), TcpState::Established);
    EXPECT_EQ(e.received(ack(kIsnB + 1449, kIsnA + 101, 0)), TcpState::Established);
    EXPECT_EQ(e.finSequence(), std::nullopt);
}

TEST(TcpEndpoint, ActiveCloseGoesThroughFinWaitToTimeWaitAndClosed) {
    TcpEndpoint e = finWait1();
    EXPECT_EQ(e.finSequence(), kIsnA + 11) << "the FIN follows its 10 bytes";
    // An ACK of the data but not the FIN keeps FIN-WAIT-1.
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 11)), TcpState::FinWait1);
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 12)), TcpState::FinWait2);
    EXPECT_EQ(e.received(ack(kIsnB + 1, kIsnA + 12, 50)), TcpState::FinWait2) << "data still in";
    EXPECT_EQ(e.received(finAck(kIsnB + 51, kIsnA + 12)), TcpState::TimeWait);
    EXPECT_EQ(e.sent(ack(kIsnA + 12, kIsnB + 52)), TcpState::TimeWait);
    // The peer's FIN again (our ACK was lost): still TIME-WAIT, until 2 MSL have passed.
    EXPECT_EQ(e.received(finAck(kIsnB + 51, kIsnA + 12)), TcpState::TimeWait);
    EXPECT_EQ(e.timeWaitExpired(), TcpState::Closed);
    EXPECT_EQ(e.timeWaitExpired(), TcpState::Closed);
}

TEST(TcpEndpoint, AFinTogetherWithTheAckOfOursGoesStraightToTimeWait) {
    TcpEndpoint e = finWait1();
    EXPECT_EQ(e.received(finAck(kIsnB + 1, kIsnA + 12)), TcpState::TimeWait);
}

TEST(TcpEndpoint, SimultaneousCloseGoesThroughClosing) {
    TcpEndpoint e = finWait1();
    // The peer's FIN crossed ours: it does not acknowledge our FIN.
    EXPECT_EQ(e.received(finAck(kIsnB + 1, kIsnA + 11)), TcpState::Closing);
    EXPECT_EQ(e.sent(ack(kIsnA + 12, kIsnB + 2)), TcpState::Closing);
    EXPECT_EQ(e.received(ack(kIsnB + 2, kIsnA + 11)), TcpState::Closing) << "not our FIN yet";
    EXPECT_EQ(e.received(ack(kIsnB + 2, kIsnA + 12)), TcpState::TimeWait);
}

TEST(TcpEndpoint, PassiveCloseGoesThroughCloseWaitAndLastAck) {
    TcpEndpoint e = establishedPassive();
    EXPECT_EQ(e.received(finAck(kIsnA + 1, kIsnB + 1)), TcpState::CloseWait);
    EXPECT_EQ(e.received(finAck(kIsnA + 1, kIsnB + 1)), TcpState::CloseWait) << "the FIN again";
    EXPECT_EQ(e.sent(ack(kIsnB + 1, kIsnA + 2, 30)), TcpState::CloseWait) << "it may still send";
    EXPECT_EQ(e.sent(finAck(kIsnB + 31, kIsnA + 2)), TcpState::LastAck);
    EXPECT_EQ(e.finSequence(), kIsnB + 31);
    EXPECT_EQ(e.sent(finAck(kIsnB + 31, kIsnA + 2)), TcpState::LastAck) << "its FIN again";
    EXPECT_EQ(e.received(ack(kIsnA + 2, kIsnB + 31)), TcpState::LastAck) << "not the FIN";
    EXPECT_EQ(e.received(ack(kIsnA + 2, kIsnB + 32)), TcpState::Closed);
}

TEST(TcpEndpoint, AFinCarryingDataIsTheDataThenTheClose) {
    TcpEndpoint e = establishedPassive();
    EXPECT_EQ(e.received(finAck(kIsnA + 1, kIsnB + 1, 200)), TcpState::CloseWait);
    TcpEndpoint sender = establishedActive();
    EXPECT_EQ(sender.sent(finAck(kIsnA + 1, kIsnB + 1, 200)), TcpState::FinWait1);
    EXPECT_EQ(sender.received(ack(kIsnB + 1, kIsnA + 201)), TcpState::FinWait1);
    EXPECT_EQ(sender.received(ack(kIsnB + 1, kIsnA + 202)), TcpState::FinWait2);
}

TEST(TcpEndpoint, TheThirdSegmentOfTheHandshakeMayCarryAFin) {
    TcpEndpoint e = TcpEndpoint::passive();
    e.received(syn(kIsnA));
    e.sent(synAck(kIsnB, kIsnA + 1));
    EXPECT_EQ(e.received(finAck(kIsnA + 1, kIsnB + 1, 20)), TcpState::CloseWait);
}

TEST(TcpEndpoint, ClosingInSynReceivedGoesToFinWait1) {
    TcpEndpoint e = TcpEndpoint::passive();
    e.received(syn(kIsnA));
    e.sent(synAck(kIsnB, kIsnA + 1));
    EXPECT_EQ(e.sent(finAck(kIsnB + 1, kIsnA + 1)), TcpState::FinWait1);
    EXPECT_EQ(e.received(finAck(kIsnA + 1, kIsnB + 2)), TcpState::TimeWait);
}

TEST(TcpEndpoint, ARefusalIsAResetThatAcknowledgesOurSyn) {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    // A reset without ACK, or with the wrong one, is not for this SYN (section 3.10.7.3).
    EXPECT_EQ(e.received(rst(0)), TcpState::SynSent);
    EXPECT_EQ(e.received(rstAck(0, kIsnA + 2)), TcpState::SynSent);
    EXPECT_EQ(e.received(rstAck(0, kIsnA + 1)), TcpState::Closed);
}

TEST(TcpEndpoint, AResetInSynReceivedSendsAPassiveOpenBackToListen) {
    TcpEndpoint e = TcpEndpoint::passive();
    e.received(syn(kIsnA));
    e.sent(synAck(kIsnB, kIsnA + 1));
    EXPECT_EQ(e.received(rst(kIsnA + 1)), TcpState::Listen);
    // And it can take the next SYN.
    EXPECT_EQ(e.received(syn(kIsnA + 1000)), TcpState::SynReceived);
}

TEST(TcpEndpoint, AResetInSynReceivedClosesASimultaneousOpen) {
    TcpEndpoint e = TcpEndpoint::active();
    e.sent(syn(kIsnA));
    e.received(syn(kIsnB));
    EXPECT_EQ(e.received(rst(kIsnB + 1)), TcpState::Closed);
}

TEST(TcpEndpoint, AResetReceivedInEverySynchronizedStateCloses) {
    auto check = [](TcpEndpoint e, TcpState before) {
        ASSERT_EQ(e.state(), before) << tcpStateName(before);
        EXPECT_EQ(e.received(rstAck(kIsnB + 1, kIsnA + 1)), TcpState::Closed)
            << "in " << tcpStateName(before);
    };
    check(establishedActive(), TcpState::Established);
    check(establishedPassive(), TcpState::Established);
    check(finWait1(), TcpState::FinWait1);
    TcpEndpoint fw2 = finWait1();
    fw2.received(ack(kIsnB + 1, kIsnA + 12));
    check(fw2, TcpState::FinWait2);
    TcpEndpoint closing = finWait1();
    closing.received(finAck(kIsnB + 1, kIsnA + 11));
    check(closing, TcpState::Closing);
    TcpEndpoint timeWait = finWait1();
    timeWait.received(finAck(kIsnB + 1, kIsnA + 12));
    check(timeWait, TcpState::TimeWait);
    TcpEndpoint closeWait = establishedPassive();
    closeWait.received(finAck(kIsnA + 1, kIsnB + 1));
    check(closeWait, TcpState::CloseWait);
    TcpEndpoint lastAck = closeWait;
    lastAck.sent(finAck(kIsnB + 1, kIsnA + 2));
    check(lastAck, TcpState::LastAck);
    // CLOSED ignores it (section 3.10.7.1).
    TcpEndpoint closed = TcpEndpoint::active();
    EXPECT_EQ(closed.received(rst(1)), TcpState::Closed);
}

TEST(TcpEndpoint, SendingAResetAborts) {
    TcpEndpoint e = establishedActive();
    EXPECT_EQ(e.sent(rstAck(kIsnA + 1, kIsnB + 1)), TcpState::Closed);
    TcpEndpoint connecting = TcpEndpoint::active();
    connecting.sent(syn(kIsnA));
    EXPECT_EQ(connecting.sent(rst(kIsnA + 1)), TcpState::Closed);
    TcpEndpoint listener = TcpEndpoint::passive();
    listener.received(syn(kIsnA));
    EXPECT_EQ(listener.sent(rstAck(0, kIsnA + 1)), TcpState::Listen) << "it refuses, keeps LISTEN";
    TcpEndpoint closing = establishedPassive();
    closing.received(finAck(kIsnA + 1, kIsnB + 1));
    EXPECT_EQ(closing.sent(rst(kIsnB + 1)), TcpState::Closed);
}

TEST(TcpEndpoint, ClosedStaysClosedOnStraySegments) {
    TcpEndpoint e = TcpEndpoint::active();
    EXPECT_EQ(e.received(ack(1, 2)), TcpState::Closed);
    EXPECT_EQ(e.received(syn(1)), TcpState::Closed);
    EXPECT_EQ(e.sent(rstAck(0, 2)), TcpState::Closed);
    EXPECT_EQ(e.timeWaitExpired(), TcpState::Closed);
}
