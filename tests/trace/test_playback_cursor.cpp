// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace/playback_cursor.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using hopscope::trace::EventData;
using hopscope::trace::ManualClock;
using hopscope::trace::PlaybackCursor;
using hopscope::trace::Trace;

namespace {

constexpr std::int64_t kHop = PlaybackCursor::kDefaultPacingNs;

class CursorTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Real times: 0, 1 ms, 3 ms, 6 ms, 10 ms.
        const std::int64_t times[] = {0, 1'000'000, 3'000'000, 6'000'000, 10'000'000};
        for (auto t : times) {
            EventData d;
            d.timeNs = t;
            m_trace.append(std::move(d));
        }
    }

    Trace m_trace;
    ManualClock m_clock{1'000'000'000};
    PlaybackCursor m_cursor{m_trace, m_clock};
};

} // namespace

TEST_F(CursorTest, StartsBeforeTheFirstEvent) {
    EXPECT_EQ(m_cursor.position(), 0.0);
    EXPECT_FALSE(m_cursor.currentIndex().has_value());
    EXPECT_TRUE(m_cursor.atStart());
    EXPECT_FALSE(m_cursor.playing());
    EXPECT_EQ(m_cursor.shownDurationNs(), 5 * kHop);
    EXPECT_EQ(m_cursor.realDurationNs(), 10'000'000);
}

TEST_F(CursorTest, PlayAdvancesOneHopPerPacingAtOneX) {
    m_cursor.play();
    m_clock.advanceNs(kHop / 2);
    EXPECT_TRUE(m_cursor.tick());
    EXPECT_DOUBLE_EQ(m_cursor.position(), 0.5);
    EXPECT_EQ(m_cursor.currentIndex(), 0u);
    EXPECT_DOUBLE_EQ(m_cursor.progress(), 0.5);
    EXPECT_EQ(m_cursor.realTimeNs(), 0); // the first event has no earlier time to run from
    m_clock.advanceNs(kHop);
    m_cursor.tick();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 1.5);
    EXPECT_EQ(m_cursor.currentIndex(), 1u);
    EXPECT_EQ(m_cursor.shownTimeNs(), kHop + kHop / 2);
    // Halfway through event 1's hop the real clock is halfway from event 0's time to event 1's.
    EXPECT_EQ(m_cursor.realTimeNs(), 500'000);
}

TEST_F(CursorTest, SpeedScalesAndIsClamped) {
    m_cursor.setSpeed(4.0);
    m_cursor.play();
    m_clock.advanceNs(kHop / 2);
    m_cursor.tick();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 2.0);
    m_cursor.setSpeed(1000.0);
    EXPECT_DOUBLE_EQ(m_cursor.speed(), PlaybackCursor::kMaxSpeed);
    m_cursor.setSpeed(0.0);
    EXPECT_DOUBLE_EQ(m_cursor.speed(), PlaybackCursor::kMinSpeed);
}

TEST_F(CursorTest, PauseFreezesPosition) {
    m_cursor.play();
    m_clock.advanceNs(kHop);
    m_cursor.tick();
    m_cursor.pause();
    m_clock.advanceNs(10 * kHop);
    EXPECT_FALSE(m_cursor.tick());
    EXPECT_DOUBLE_EQ(m_cursor.position(), 1.0);
    // Time spent paused is not added when playing resumes.
    m_cursor.play();
    m_clock.advanceNs(kHop);
    m_cursor.tick();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 2.0);
}

TEST_F(CursorTest, PlayStopsAtTheEnd) {
    m_cursor.play();
    m_clock.advanceNs(100 * kHop);
    m_cursor.tick();
    EXPECT_TRUE(m_cursor.atEnd());
    EXPECT_FALSE(m_cursor.playing());
    EXPECT_EQ(m_cursor.currentIndex(), 4u);
    EXPECT_EQ(m_cursor.realTimeNs(), 10'000'000);
    // Play at the end starts over.
    m_cursor.play();
    EXPECT_EQ(m_cursor.position(), 0.0);
}

TEST_F(CursorTest, LoopWrapsAround) {
    m_cursor.setLoop(true);
    m_cursor.play();
    m_clock.advanceNs(6 * kHop);
    m_cursor.tick();
    EXPECT_TRUE(m_cursor.playing());
    EXPECT_NEAR(m_cursor.position(), 1.0, 1e-9);
}

TEST_F(CursorTest, StepForwardAnimatesOneHopThenStops) {
    m_cursor.stepForward();
    EXPECT_TRUE(m_cursor.playing());
    m_clock.advanceNs(kHop / 4);
    m_cursor.tick();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 0.25);
    m_clock.advanceNs(kHop);
    m_cursor.tick();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 1.0);
    EXPECT_FALSE(m_cursor.playing());
    EXPECT_EQ(m_cursor.currentIndex(), 0u);
    EXPECT_DOUBLE_EQ(m_cursor.progress(), 1.0);
}

TEST_F(CursorTest, StepBackJumpsAtOnce) {
    m_cursor.seekToEvent(3);
    EXPECT_DOUBLE_EQ(m_cursor.position(), 4.0);
    m_cursor.stepBack();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 3.0);
    EXPECT_EQ(m_cursor.currentIndex(), 2u);
    // From inside a hop, back goes to the previous arrival.
    m_cursor.seekToPosition(2.4);
    m_cursor.stepBack();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 2.0);
    m_cursor.home();
    m_cursor.stepBack();
    EXPECT_DOUBLE_EQ(m_cursor.position(), 0.0);
}

TEST_F(CursorTest, StepForwardAtEndDoesNothing) {
    m_cursor.end();
    m_cursor.stepForward();
    EXPECT_FALSE(m_cursor.playing());
    EXPECT_TRUE(m_cursor.atEnd());
}

TEST_F(CursorTest, SeekToTimeLandsOnTheEventSentThen) {
    m_cursor.seekToTimeNs(3'500'000);
    EXPECT_EQ(m_cursor.currentIndex(), 2u);
    EXPECT_DOUBLE_EQ(m_cursor.progress(), 1.0);
    m_cursor.seekToTimeNs(-5);
    EXPECT_TRUE(m_cursor.atStart());
    m_cursor.seekToPosition(99.0);
    EXPECT_TRUE(m_cursor.atEnd());
}

TEST_F(CursorTest, SubscribersHearChanges) {
    int calls = 0;
    const auto id = m_cursor.subscribe([&] { ++calls; });
    m_cursor.seekToEvent(1);
    m_cursor.play();
    EXPECT_EQ(calls, 2);
    m_cursor.unsubscribe(id);
    m_cursor.pause();
    EXPECT_EQ(calls, 2);
}

TEST_F(CursorTest, PacingChangesShownTimeOnly) {
    m_cursor.setPacingNs(1'000'000'000);
    m_cursor.seekToEvent(1);
    EXPECT_EQ(m_cursor.shownTimeNs(), 2'000'000'000);
    EXPECT_EQ(m_cursor.realTimeNs(), 1'000'000);
}

TEST(PlaybackCursor, EmptyTraceIsInert) {
    Trace trace;
    ManualClock clock;
    PlaybackCursor cursor(trace, clock);
    cursor.play();
    EXPECT_FALSE(cursor.playing());
    cursor.stepForward();
    cursor.stepBack();
    EXPECT_EQ(cursor.realTimeNs(), 0);
    EXPECT_TRUE(cursor.atStart());
    EXPECT_TRUE(cursor.atEnd());
}

// Producers append while the cursor plays over the growing trace (as with live traffic).
TEST(PlaybackCursor, PlaysWhileOtherThreadsAppend) {
    Trace trace;
    ManualClock clock;
    PlaybackCursor cursor(trace, clock);
    std::atomic<bool> stop{false};
    std::thread producer([&] {
        for (int i = 0; i < 20'000 && !stop.load(); ++i) {
            EventData d;
            d.timeNs = i;
            trace.append(std::move(d));
        }
    });
    // Wait (bounded) for the first event so that play() has something to play.
    for (int i = 0; i < 1'000'000 && trace.empty(); ++i) {
        std::this_thread::yield();
    }
    cursor.setSpeed(PlaybackCursor::kMaxSpeed);
    for (int frame = 0; frame < 2'000; ++frame) {
        if (!cursor.playing() && !cursor.atEnd()) {
            cursor.play();
        }
        clock.advanceNs(16'000'000);
        cursor.tick();
        const auto k = cursor.currentIndex();
        if (k) {
            ASSERT_LT(*k, trace.size());
            ASSERT_GE(trace.at(*k).timeNs(), 0);
        }
    }
    stop = true;
    producer.join();
    EXPECT_GT(cursor.position(), 0.0);
    EXPECT_LE(cursor.position(), static_cast<double>(trace.size()));
}
