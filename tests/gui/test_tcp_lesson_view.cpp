// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
// The TCP lesson: a real connection from the lab's laptop, and the faults one click each.
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "gui/controllers/tcp_lesson_runner.h"
#include "gui/views/tcp_lesson_view.h"
#include "gui/widgets/ladder_scene.h"
#include "tcp/tcp_state.h"
#include "wire/ipv4_packet_of.h"
#include "wire/tcp_segment.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace hopscope::gui {
namespace {

constexpr int kWaitMs = 40000;

std::optional<wire::TcpSegment> segmentOf(const trace::Event& e) {
    const auto ip = wire::ipv4PacketOf(e.linkType(), e.frame());
    if (!ip) {
        return std::nullopt;
    }
    auto tcp = wire::TcpSegment::decode(ip->payload);
    return tcp ? std::optional(std::move(*tcp.value)) : std::nullopt;
}

bool isSyn(const trace::Event& e) {
    const auto tcp = segmentOf(e);
    return tcp && tcp->has(wire::TcpFlag::Syn) && !tcp->has(wire::TcpFlag::Ack);
}

class TcpLessonViewTest : public ::testing::Test {
protected:
    void open(engine::LessonNetwork network) {
        engine.setLessonNetwork(network);
        view = std::make_unique<TcpLessonView>(controller, engine);
        view->setAutoPlay(false);
        view->resize(1280, 720);
    }

    // The run that follows `start`: a click, or the first show's own connection.
    const TcpLessonRun& waitForRun(const std::function<void()>& start) {
        QSignalSpy done(view.get(), &TcpLessonView::experimentsDone);
        const std::size_t before = view->runner().runs().size();
        start();
        EXPECT_TRUE(done.wait(kWaitMs)) << view->statusText().toStdString();
        EXPECT_EQ(view->runner().runs().size(), before + 1) << view->statusText().toStdString();
        return view->runner().runs().back();
    }

    engine::Engine engine;
    trace::ManualClock clock;
    PlaybackController controller{engine, clock};
    std::unique_ptr<TcpLessonView> view;
};

TEST_F(TcpLessonViewTest, TheFirstShowConnectsAndTheLadderPlaysTheKernelsSegments) {
    open(engine::LessonNetwork::Lab);
    const TcpLessonRun& run = waitForRun([this] { view->show(); });
    ASSERT_EQ(view->runner().state(), TcpLessonRunner::State::Ready)
        << view->runner().problem().toStdString();
    EXPECT_EQ(run.experiment, TcpExperiment::Normal);
    EXPECT_EQ(run.conversation.status, 200);
    EXPECT_TRUE(run.conversation.captureComplete);
    // The page plays that run: its trace is the controller's, every event a lab frame.
    ASSERT_EQ(controller.traceHandle(), run.conversation.trace);
    controller.end();
    const std::size_t n = controller.eventCount();
    ASSERT_GE(n, 8U); // three-way handshake, GET, answer, FIN and ACK each way
    EXPECT_TRUE(isSyn(controller.event(0)));
    EXPECT_EQ(controller.event(0).from(), "laptop");
    for (std::size_t i = 0; i < n; ++i) {
        EXPECT_EQ(controller.event(i).source(), trace::SourceKind::Lab);
        EXPECT_EQ(controller.event(i).capturedAt(), "laptop:eth0");
    }
    // The handshake's third segment is a pure ACK: drawn dashed; the SYN is not.
    EXPECT_TRUE(controller.isPureAck(2));
    EXPECT_FALSE(controller.isPureAck(0));
    // Two lifelines: the laptop and the site.
    ASSERT_EQ(view->scene()->nodes().size(), 2U);
    // The caption tells the current segment's sentence.
    controller.seekToEvent(0);
    EXPECT_TRUE(view->captionText().contains(QStringLiteral("random")))
        << view->captionText().toStdString();
    EXPECT_EQ(view->historyCombo()->count(), 1);
    // Both ends' states beside their lifelines, from what each end's own interface saw.
    EXPECT_EQ(view->scene()->lifelineState("laptop", 0), QStringLiteral("SYN-SENT"));
    EXPECT_EQ(view->scene()->lifelineState("www.foobar.com", 0), QStringLiteral("LISTEN"));
    EXPECT_EQ(view->scene()->lifelineState("laptop", 1), QStringLiteral("ESTABLISHED"));
    EXPECT_EQ(view->scene()->lifelineState("laptop", n - 1), QStringLiteral("TIME-WAIT"));
    EXPECT_EQ(view->scene()->lifelineState("www.foobar.com", n - 1), QStringLiteral("LAST-ACK"));
    // ... and the laptop's kernel, asked through sock_diag, says the same.
    EXPECT_TRUE(view->kernelText().contains(QStringLiteral("agrees: TIME-WAIT")))
        << view->kernelText().toStdString();
}

TEST_F(TcpLessonViewTest, LosingTheSynShowsTheKernelSendingItAgain) {
    open(engine::LessonNetwork::Lab);
    view->setAutoConnect(false);
    view->show();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return view->runner().state() != TcpLessonRunner::State::Starting; }, kWaitMs));
    ASSERT_EQ(view->runner().state(), TcpLessonRunner::State::Ready)
        << view->runner().problem().toStdString();
    const TcpLessonRun& lost =
        waitForRun([this] { view->experimentButton(TcpExperiment::LostSyn)->click(); });
    EXPECT_EQ(lost.conversation.status, 200);
    const auto& trace = *lost.conversation.trace;
    ASSERT_GE(trace.size(), 2U);
    ASSERT_TRUE(isSyn(trace.at(0)));
    ASSERT_TRUE(isSyn(trace.at(1))) << "the second segment is the same SYN again";
    const double gap = static_cast<double>(trace.at(1).timeNs() - trace.at(0).timeNs()) / 1e9;
    EXPECT_GT(gap, 0.8); // Linux's initial RTO is one second (RFC 6298 section 2.1)
    EXPECT_LT(gap, 3.5);
    EXPECT_NE(trace.at(1).note().find("again"), std::string::npos) << trace.at(1).note();

    // The fault is gone again: the next connection's SYN is answered at once.
    const TcpLessonRun& normal =
        waitForRun([this] { view->experimentButton(TcpExperiment::Normal)->click(); });
    ASSERT_GE(normal.conversation.trace->size(), 2U);
    EXPECT_FALSE(isSyn(normal.conversation.trace->at(1)));
    EXPECT_EQ(view->historyCombo()->count(), 2);
}

TEST_F(TcpLessonViewTest, AClosedPortIsRefusedWithTheServersReset) {
    open(engine::LessonNetwork::Lab);
    view->setAutoConnect(false);
    view->show();
    const TcpLessonRun& run =
        waitForRun([this] { view->runExperiment(TcpExperiment::ClosedPort); });
    EXPECT_EQ(run.conversation.connectError, ECONNREFUSED);
    const auto& trace = *run.conversation.trace;
    ASSERT_EQ(trace.size(), 2U);
    const auto rst = segmentOf(trace.at(1));
    ASSERT_TRUE(rst);
    EXPECT_TRUE(rst->has(wire::TcpFlag::Rst));
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("refused")))
        << view->statusText().toStdString();
    // No socket listened there: the server's side is CLOSED throughout.
    EXPECT_EQ(view->scene()->lifelineState("www.foobar.com", 0), QStringLiteral("CLOSED"));
    EXPECT_EQ(view->scene()->lifelineState("laptop", 1), QStringLiteral("CLOSED"));
}

TEST_F(TcpLessonViewTest, TheSameDnsQuestionOverUdpAndTcpSideBySide) {
    open(engine::LessonNetwork::Lab);
    view->setAutoConnect(false);
    view->show();
    const TcpLessonRun& run = waitForRun([this] { view->runExperiment(TcpExperiment::UdpVsTcp); });
    ASSERT_TRUE(run.comparison);
    const auto& c = *run.comparison;
    ASSERT_TRUE(c.udp.problem.empty()) << c.udp.problem;
    ASSERT_TRUE(c.tcp.problem.empty()) << c.tcp.problem;
    EXPECT_EQ(controller.traceHandle(), run.conversation.trace);
    EXPECT_EQ(run.conversation.trace->size(), c.udp.packets + c.tcp.packets);
    // The numbers the class just watched, in the status line.
    const QString status = view->statusText();
    EXPECT_TRUE(status.contains(QStringLiteral("UDP: 2 packets"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("1 round trip(s)"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("2 round trip(s)"))) << status.toStdString();
    EXPECT_EQ(view->scene()->nodes().size(), 2U); // the laptop and the resolver
}

TEST_F(TcpLessonViewTest, OnLoopbackThePageSaysItNeedsTheLab) {
    open(engine::LessonNetwork::Loopback);
    QSignalSpy done(view.get(), &TcpLessonView::experimentsDone);
    view->show();
    EXPECT_EQ(view->runner().state(), TcpLessonRunner::State::Failed);
    EXPECT_EQ(done.count(), 1);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("--network loopback")))
        << view->statusText().toStdString();
    EXPECT_FALSE(view->experimentButton(TcpExperiment::Normal)->isEnabled());
    EXPECT_FALSE(view->runExperiment(TcpExperiment::Normal));
}

} // namespace
} // namespace hopscope::gui

namespace hopscope::gui {
namespace {

TEST_F(TcpLessonViewTest, AResetMidwayClosesTheLaptopsEndWhileTheServerStaysOpen) {
    open(engine::LessonNetwork::Lab);
    view->setAutoConnect(false);
    view->show();
    const TcpLessonRun& run =
        waitForRun([this] { view->runExperiment(TcpExperiment::ResetMidway); });
    const auto& c = run.conversation;
    EXPECT_EQ(c.connectError, 0) << c.problem;
    EXPECT_FALSE(c.status);
    ASSERT_GE(c.trace->size(), 5U);
    const trace::Event& last = c.trace->at(c.trace->size() - 1);
    const auto rst = segmentOf(last);
    ASSERT_TRUE(rst);
    EXPECT_TRUE(rst->has(wire::TcpFlag::Rst));
    EXPECT_EQ(last.from(), "www.foobar.com");
    // The server's own interface never saw a reset: the note says who really sent it.
    EXPECT_NE(last.note().find("never sent"), std::string::npos) << last.note();
    ASSERT_EQ(c.states.size(), c.trace->size());
    EXPECT_EQ(c.states.back().client, tcp::TcpState::Closed);
    EXPECT_EQ(c.states.back().server, tcp::TcpState::Established);
}

TEST_F(TcpLessonViewTest, ALostSynAckIsSentAgainByTheServer) {
    open(engine::LessonNetwork::Lab);
    view->setAutoConnect(false);
    view->show();
    const TcpLessonRun& run =
        waitForRun([this] { view->runExperiment(TcpExperiment::LostSynAck); });
    EXPECT_EQ(run.conversation.status, 200) << run.conversation.problem;
    // At the laptop: its SYN, then (about a second later) its SYN again and the SYN-ACKs.
    const auto& trace = *run.conversation.trace;
    int syns = 0;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        syns += isSyn(trace.at(i)) ? 1 : 0;
    }
    EXPECT_EQ(syns, 2);
    ASSERT_GE(trace.size(), 3U);
    const double gap = static_cast<double>(trace.at(1).timeNs() - trace.at(0).timeNs()) / 1e9;
    EXPECT_GT(gap, 0.8);
}

} // namespace
} // namespace hopscope::gui
