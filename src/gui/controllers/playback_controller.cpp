// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "playback_controller.h"

#include "engine/engine.h"
#include "wire/ipv4_packet_of.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace hopscope::gui {

// Shared between the GUI and the appending threads. The mutex makes "post to the controller"
// and "the controller is going away" exclusive, so a worker never posts to a dead object;
// `pending` coalesces a burst of appends into one queued notification.
PlaybackController::PlaybackController(engine::Engine& engine, const trace::Clock& clock,
                                       QObject* parent)
    : QObject(parent), m_engine(engine), m_clock(clock) {
    m_frameTimer.setInterval(kFrameIntervalMs);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &PlaybackController::tick);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &PlaybackController::drainAppends);
    connect(&m_engine, &engine::Engine::traceReplaced, this,
            &PlaybackController::onEngineTraceReplaced);
    m_sinceDrain.start();
    attach(m_engine.trace());
}

PlaybackController::~PlaybackController() {
    detach();
}

void PlaybackController::attach(std::shared_ptr<trace::Trace> trace) {
    const double speed = m_cursor ? m_cursor->speed() : 1.0;
    m_trace = std::move(trace);
    m_cursor = std::make_unique<trace::PlaybackCursor>(*m_trace, m_clock);
    m_cursor->setSpeed(speed);
    m_cursor->subscribe([this] { onCursorChanged(); });
    m_knownCount = m_trace->size();
    m_colourCache.assign(m_knownCount, 0);
    m_lastPosition = 0.0;
    m_lastPlaying = false;
    m_lastSpeed = speed;

    m_wake = std::make_unique<ThreadWake>(this, [this] { onAppendNotified(); });
    m_trace->setAppendListener([wake = m_wake->wake()](std::size_t) { wake(); });
}

void PlaybackController::detach() {
    if (m_wake) {
        m_wake->detach();
    }
    if (m_trace) {
        m_trace->setAppendListener({});
    }
    m_frameTimer.stop();
    m_drainTimer.stop();
}

void PlaybackController::onEngineTraceReplaced() {
    const bool wasPlaying = playing();
    detach();
    attach(m_engine.trace());
    emit traceReplaced();
    if (wasPlaying) {
        emit playingChanged(false);
    }
    emit positionChanged();
}

void PlaybackController::onAppendNotified() {
    if (m_drainTimer.isActive() || m_frameTimer.isActive()) {
        return; // the next frame drains anyway
    }
    const qint64 wait = std::max<qint64>(0, kLiveDrainIntervalMs - m_sinceDrain.elapsed());
    m_drainTimer.start(static_cast<int>(wait));
}

void PlaybackController::drainAppends() {
    m_sinceDrain.restart();
    const std::size_t now = m_trace->size();
    if (now == m_knownCount) {
        return;
    }
    const std::size_t old = m_knownCount;
    m_knownCount = now;
    m_colourCache.resize(now, 0);
    emit traceGrew(old, now);
}

std::optional<std::size_t> PlaybackController::currentIndex() const {
    const auto index = m_cursor->currentIndex();
    if (index && *index >= m_knownCount) {
        // The cursor counts the live trace; views only know what has been drained.
        return m_knownCount == 0 ? std::nullopt : std::optional<std::size_t>(m_knownCount - 1);
    }
    return index;
}

std::uint8_t PlaybackController::cachedLook(std::size_t index) const {
    if (index >= m_colourCache.size()) {
        return 0;
    }
    std::uint8_t& slot = m_colourCache[index];
    if (slot == 0) {
        const trace::Event& event = m_trace->at(index);
        const wire::Dissection d = event.dissect(wire::DissectDetail::Summary);
        const wire::LayerColour c =
            d.layers.empty() ? wire::LayerColour::Physical : d.layers.back().colour();
        slot = static_cast<std::uint8_t>(static_cast<std::uint8_t>(c) + 1);
        if (wire::isPureTcpAck(event.linkType(), event.frame())) {
            slot |= kPureAckBit;
        }
    }
    return slot;
}

wire::LayerColour PlaybackController::layerColour(std::size_t index) const {
    const std::uint8_t slot = cachedLook(index) & static_cast<std::uint8_t>(~kPureAckBit);
    return slot == 0 ? wire::LayerColour::Physical : static_cast<wire::LayerColour>(slot - 1);
}

bool PlaybackController::isPureAck(std::size_t index) const {
    return (cachedLook(index) & kPureAckBit) != 0;
}

std::int64_t PlaybackController::realDurationNs() const {
    return m_knownCount == 0 ? 0 : m_trace->at(m_knownCount - 1).timeNs();
}

std::int64_t PlaybackController::shownDurationNs() const {
    return static_cast<std::int64_t>(m_knownCount) * m_cursor->pacingNs();
}

void PlaybackController::play() {
    drainAppends();
    m_cursor->play();
}

void PlaybackController::pause() {
    m_cursor->pause();
}

void PlaybackController::togglePlay() {
    playing() ? pause() : play();
}

void PlaybackController::stepForward() {
    drainAppends();
    m_cursor->stepForward();
}

void PlaybackController::stepBack() {
    m_cursor->stepBack();
}

void PlaybackController::seekToEvent(std::size_t index) {
    m_cursor->seekToEvent(index);
}

void PlaybackController::seekToPosition(double position) {
    m_cursor->seekToPosition(std::min(position, static_cast<double>(m_knownCount)));
}

void PlaybackController::home() {
    m_cursor->home();
}

void PlaybackController::end() {
    drainAppends();
    m_cursor->seekToPosition(static_cast<double>(m_knownCount));
}

void PlaybackController::setSpeed(double speed) {
    m_cursor->setSpeed(speed);
}

void PlaybackController::tick() {
    drainAppends();
    m_cursor->tick();
}

void PlaybackController::onCursorChanged() {
    const bool nowPlaying = m_cursor->playing();
    if (nowPlaying && !m_frameTimer.isActive()) {
        m_frameTimer.start();
    } else if (!nowPlaying && m_frameTimer.isActive()) {
        m_frameTimer.stop();
    }
    if (m_cursor->speed() != m_lastSpeed) {
        m_lastSpeed = m_cursor->speed();
        emit speedChanged(m_lastSpeed);
    }
    if (m_cursor->position() != m_lastPosition) {
        m_lastPosition = m_cursor->position();
        emit positionChanged();
    }
    if (nowPlaying != m_lastPlaying) {
        m_lastPlaying = nowPlaying;
        emit playingChanged(nowPlaying);
    }
}

} // namespace hopscope::gui
