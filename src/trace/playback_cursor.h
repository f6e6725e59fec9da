// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "clock.h"
#include "trace.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hopscope::trace {

// The one playback position every view shows (the NetAnim idea: the scene is a function of
// the event log and this position, so pause, seek, speed and stepping back cost nothing).
//
// The position is a real number p in [0, N] for a trace of N events. Event k is in flight
// while k < p < k+1 and has arrived at p = k+1; p = 0 is "nothing sent yet", p = N is "all
// arrived". At 1x one hop takes `pacing` of shown time.
class PlaybackCursor {
public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 100.0;
    static constexpr std::int64_t kDefaultPacingNs = 600'000'000; // 0.6 s a hop at 1x

    PlaybackCursor(const Trace& trace, const Clock& clock);

    // Position and what it means.
    [[nodiscard]] double position() const { return m_position; }
    [[nodiscard]] std::size_t eventCount() const { return m_trace.size(); }
    // The event in flight or last arrived; nullopt before the first event is sent.
    [[nodiscard]] std::optional<std::size_t> currentIndex() const;
    // 0..1 travel of the current event (1 = arrived).
    [[nodiscard]] double progress() const;
    [[nodiscard]] bool atStart() const { return m_position <= 0.0; }
    [[nodiscard]] bool atEnd() const { return m_position >= static_cast<double>(eventCount()); }

    // Real time (what the network took) at this position, interpolated inside a hop.
    [[nodiscard]] std::int64_t realTimeNs() const;
    // Shown time: where we are on the 1x animation timeline.
    [[nodiscard]] std::int64_t shownTimeNs() const;
    // The whole trace's real and shown durations.
    [[nodiscard]] std::int64_t realDurationNs() const;
    [[nodiscard]] std::int64_t shownDurationNs() const;

    // Transport.
    void play();
    void pause();
    void togglePlay() { m_playing ? pause() : play(); }
    [[nodiscard]] bool playing() const { return m_playing; }
    // Animates the next event to its arrival, then stops there.
    void stepForward();
    // Jumps back one event at once (undoing a hop needs no animation).
    void stepBack();
    void seekToEvent(std::size_t index); // index arrived, the next not yet sent
    void seekToTimeNs(std::int64_t realTimeNs);
    void seekToPosition(double position);
    void home() { seekToPosition(0.0); }
    void end() { seekToPosition(static_cast<double>(eventCount())); }

    void setSpeed(double speed); // clamped to [kMinSpeed, kMaxSpeed]
    [[nodiscard]] double speed() const { return m_speed; }
    void setPacingNs(std::int64_t pacingNs);
    [[nodiscard]] std::int64_t pacingNs() const { return m_pacingNs; }
    void setLoop(bool loop) { m_loop = loop; }
    [[nodiscard]] bool loop() const { return m_loop; }

    // Advances the position by the clock time since the last tick while playing. The GUI calls
    // it once a frame; it returns whether the position changed.
    bool tick();

    // Subscribers are told after every change of position or play state.
    using Listener = std::function<void()>;
    std::size_t subscribe(Listener listener);
    void unsubscribe(std::size_t id);

private:
    void setPosition(double position);
    void notify();

    const Trace& m_trace;
    const Clock& m_clock;
    double m_position = 0.0;
    std::optional<double> m_stopAt; // target of an animated step
    bool m_playing = false;
    bool m_loop = false;
    double m_speed = 1.0;
    std::int64_t m_pacingNs = kDefaultPacingNs;
    std::int64_t m_lastTickNs = 0;
    std::vector<std::pair<std::size_t, Listener>> m_listeners;
    std::size_t m_nextListenerId = 1;
};

} // namespace hopscope::trace
