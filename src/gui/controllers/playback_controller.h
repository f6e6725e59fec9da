// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "gui/jobs/thread_wake.h"
#include "trace/clock.h"
#include "trace/playback_cursor.h"
#include "trace/trace.h"
#include "wire/layer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hopscope::engine {
class Engine;
}

namespace hopscope::gui {

// The one playback position every view follows. It owns the cursor over the engine's current
// trace, ticks it at frame rate only while playing, and turns appends made on worker threads
// into at most one traceGrew() a frame (four a second while paused): the GUI drains at its own
// pace (the PlotJuggler rule), never one repaint per packet.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameIntervalMs = 16;
    // While paused, a trace growing live is published at most this often: the event list and
    // the transport bar keep up at 4 Hz, the pace of the load balancer's counters. Repainting
    // them at frame rate took the CPU the animation and the servers need under heavy load, and
    // even at 10 Hz they took a tenth of the GUI thread.
    static constexpr int kLiveDrainIntervalMs = 250;

    explicit PlaybackController(engine::Engine& engine,
                                const trace::Clock& clock = trace::SteadyClock::instance(),
                                QObject* parent = nullptr);
    ~PlaybackController() override;

    [[nodiscard]] const trace::Trace& trace() const { return *m_trace; }
    [[nodiscard]] std::shared_ptr<trace::Trace> traceHandle() const { return m_trace; }
    // Events the views have been told about; the trace may already hold more until the next
    // frame drains them.
    [[nodiscard]] std::size_t eventCount() const { return m_knownCount; }
    [[nodiscard]] const trace::Event& event(std::size_t index) const { return m_trace->at(index); }
    // The Okabe-Ito family of the event's highest layer (dissected once, then remembered).
    [[nodiscard]] wire::LayerColour layerColour(std::size_t index) const;
    // Whether the event is a TCP segment that only acknowledges (ladders draw it dashed).
    [[nodiscard]] bool isPureAck(std::size_t index) const;

    [[nodiscard]] double position() const { return m_cursor->position(); }
    [[nodiscard]] std::optional<std::size_t> currentIndex() const;
    [[nodiscard]] double progress() const { return m_cursor->progress(); }
    [[nodiscard]] bool playing() const { return m_cursor->playing(); }
    [[nodiscard]] double speed() const { return m_cursor->speed(); }
    [[nodiscard]] bool atStart() const { return m_cursor->atStart(); }
    [[nodiscard]] bool atEnd() const { return position() >= static_cast<double>(m_knownCount); }
    [[nodiscard]] std::int64_t realTimeNs() const { return m_cursor->realTimeNs(); }
    [[nodiscard]] std::int64_t shownTimeNs() const { return m_cursor->shownTimeNs(); }
    [[nodiscard]] std::int64_t realDurationNs() const;
    [[nodiscard]] std::int64_t shownDurationNs() const;
    [[nodiscard]] bool frameTimerActive() const { return m_frameTimer.isActive(); }

    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seekToEvent(std::size_t index);
    void seekToPosition(double position);
    void home();
    void end();
    void setSpeed(double speed);

    // One frame: publishes pending appends and advances the cursor by the clock time since the
    // last frame. The frame timer calls it; tests call it after advancing a ManualClock.
    void tick();
    // Publishes the events appended since the last frame as one traceGrew().
    void drainAppends();

signals:
    void positionChanged();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void traceGrew(std::size_t oldCount, std::size_t newCount);
    void traceReplaced();

private:
    void attach(std::shared_ptr<trace::Trace> trace);
    void detach();
    void onEngineTraceReplaced();
    void onAppendNotified();
    void onCursorChanged();

    engine::Engine& m_engine;
    const trace::Clock& m_clock;
    // Declared before the cursor: the cursor holds a reference into this trace.
    std::shared_ptr<trace::Trace> m_trace;
    std::unique_ptr<trace::PlaybackCursor> m_cursor;
    std::unique_ptr<ThreadWake> m_wake; // the trace's appends, on the GUI thread
    std::size_t m_knownCount = 0;
    // LayerColour + 1 (0: not yet dissected), with kPureAckBit for a pure TCP ACK.
    mutable std::vector<std::uint8_t> m_colourCache;
    static constexpr std::uint8_t kPureAckBit = 0x80;
    [[nodiscard]] std::uint8_t cachedLook(std::size_t index) const;

    QTimer m_frameTimer;
    QTimer m_drainTimer;
    QElapsedTimer m_sinceDrain;
    double m_lastPosition = 0.0;
    bool m_lastPlaying = false;
    double m_lastSpeed = 1.0;
};

} // namespace hopscope::gui
