// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "engine/engine.h"
#include "gui/controllers/playback_controller.h"
#include "sample_trace.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <thread>

namespace hopscope::gui {
namespace {

// The bound of a wait for the GUI thread's next frame: generous for a loaded machine, and
// free when the frame comes at once.
constexpr int kWaitMs = 10000;

using test::SampleTrace;

class PlaybackControllerTest : public ::testing::Test {
protected:
    void SetUp() override { engine.setTrace(SampleTrace::lookupAndFetch()); }

    engine::Engine engine;
    trace::ManualClock clock;
};

TEST_F(PlaybackControllerTest, PlaysByTheInjectedClockAndTicksOnlyWhilePlaying) {
    PlaybackController c(engine, clock);
    EXPECT_EQ(c.eventCount(), SampleTrace::kEvents);
    EXPECT_FALSE(c.frameTimerActive());
    QSignalSpy playing(&c, &PlaybackController::playingChanged);
    QSignalSpy moved(&c, &PlaybackController::positionChanged);

    c.play();
    EXPECT_TRUE(c.playing());
    EXPECT_TRUE(c.frameTimerActive());
    ASSERT_EQ(playing.count(), 1);
    EXPECT_TRUE(playing.takeFirst().at(0).toBool());

    // At 1x a hop takes 0.6 s: 300 ms is half of the first hop.
    clock.advanceMs(300);
    c.tick();
    EXPECT_DOUBLE_EQ(c.position(), 0.5);
    EXPECT_EQ(c.currentIndex(), std::optional<std::size_t>(0));
    EXPECT_DOUBLE_EQ(c.progress(), 0.5);
    EXPECT_EQ(moved.count(), 1);

    c.setSpeed(2.0);
    clock.advanceMs(300); // one whole hop at 2x
    c.tick();
    EXPECT_DOUBLE_EQ(c.position(), 1.5);

    c.pause();
    EXPECT_FALSE(c.frameTimerActive());
    clock.advanceMs(10'000);
    c.tick();
    EXPECT_DOUBLE_EQ(c.position(), 1.5);
}

TEST_F(PlaybackControllerTest, PlayingStopsAtTheEndAndStopsTheTimer) {
    PlaybackController c(engine, clock);
    c.setSpeed(100.0);
    c.play();
    clock.advanceMs(600.0 * SampleTrace::kEvents / 100.0 + 50);
    c.tick();
    EXPECT_TRUE(c.atEnd());
    EXPECT_FALSE(c.playing());
    EXPECT_FALSE(c.frameTimerActive());
    EXPECT_EQ(c.currentIndex(), std::optional<std::size_t>(SampleTrace::kEvents - 1));
}

TEST_F(PlaybackControllerTest, StepsForwardToTheNextArrivalAndBackAtOnce) {
    PlaybackController c(engine, clock);
    c.stepForward();
    EXPECT_TRUE(c.playing()); // the hop is animated
    clock.advanceMs(400);
    c.tick();
    EXPECT_NEAR(c.position(), 400.0 / 600.0, 1e-9);
    clock.advanceMs(400);
    c.tick();
    EXPECT_DOUBLE_EQ(c.position(), 1.0); // stops at the arrival
    EXPECT_FALSE(c.playing());
    c.stepForward();
    clock.advanceMs(1000);
    c.tick();
    EXPECT_DOUBLE_EQ(c.position(), 2.0);
    c.stepBack();
    EXPECT_DOUBLE_EQ(c.position(), 1.0);
    c.stepBack();
    c.stepBack();
    EXPECT_TRUE(c.atStart());
    c.end();
    EXPECT_DOUBLE_EQ(c.position(), static_cast<double>(SampleTrace::kEvents));
    c.home();
    EXPECT_TRUE(c.atStart());
}

TEST_F(PlaybackControllerTest, SeeksAndClampsSpeed) {
    PlaybackController c(engine, clock);
    QSignalSpy speed(&c, &PlaybackController::speedChanged);
    c.seekToEvent(4);
    EXPECT_EQ(c.currentIndex(), std::optional<std::size_t>(4));
    EXPECT_DOUBLE_EQ(c.progress(), 1.0);
    EXPECT_EQ(c.realTimeNs(), engine.trace()->at(4).timeNs());
    c.setSpeed(1000.0);
    EXPECT_DOUBLE_EQ(c.speed(), 100.0);
    c.setSpeed(0.01);
    EXPECT_DOUBLE_EQ(c.speed(), 0.1);
    EXPECT_EQ(speed.count(), 2);
}

TEST_F(PlaybackControllerTest, AppendsFromAWorkerArriveCoalescedAtFrameRate) {
    engine.resetTrace();
    PlaybackController c(engine, clock);
    QSignalSpy grew(&c, &PlaybackController::traceGrew);
    auto trace = engine.trace();
    constexpr std::size_t kRounds = 40;
    std::thread worker([trace] {
        for (std::size_t i = 0; i < kRounds; ++i) {
            SampleTrace::appendTo(*trace, static_cast<std::int64_t>(i) * 100'000'000);
        }
    });
    worker.join();
    const std::size_t total = kRounds * SampleTrace::kEvents;
    // Nothing reaches the views before the GUI thread's next frame.
    EXPECT_EQ(c.eventCount(), 0u);
    EXPECT_TRUE(QTest::qWaitFor([&] { return c.eventCount() == total; }, kWaitMs));
    // 520 appends became a handful of notifications, not one per event.
    EXPECT_GE(grew.count(), 1);
    EXPECT_LE(grew.count(), 3);
    EXPECT_EQ(grew.last().at(1).value<std::size_t>(), total);
}

TEST_F(PlaybackControllerTest, FollowsTheEnginesReplacedTrace) {
    PlaybackController c(engine, clock);
    c.setSpeed(5.0);
    c.seekToEvent(3);
    QSignalSpy replaced(&c, &PlaybackController::traceReplaced);
    engine.setTrace(SampleTrace::bulk(50));
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(c.eventCount(), 50u);
    EXPECT_TRUE(c.atStart());
    EXPECT_DOUBLE_EQ(c.speed(), 5.0); // the chosen speed survives a new trace
    // The old trace no longer notifies the controller.
    engine.resetTrace();
    EXPECT_EQ(c.eventCount(), 0u);
}

TEST_F(PlaybackControllerTest, ColoursEventsByTheirHighestLayer) {
    PlaybackController c(engine, clock);
    // Whatever the dissector reaches, the colour is one of the five layer families and stable.
    const auto first = c.layerColour(0);
    EXPECT_EQ(c.layerColour(0), first);
    EXPECT_EQ(c.layerColour(1000), wire::LayerColour::Physical); // out of range: neutral grey
}

} // namespace
} // namespace hopscope::gui
