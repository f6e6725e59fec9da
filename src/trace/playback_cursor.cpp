// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "playback_cursor.h"

#include <algorithm>
#include <cmath>

namespace hopscope::trace {

PlaybackCursor::PlaybackCursor(const Trace& trace, const Clock& clock)
    : m_trace(trace), m_clock(clock) {}

std::optional<std::size_t> PlaybackCursor::currentIndex() const {
    if (m_position <= 0.0 || eventCount() == 0) {
        return std::nullopt;
    }
    const auto k = static_cast<std::size_t>(std::ceil(m_position)) - 1;
    return std::min(k, eventCount() - 1);
}

double PlaybackCursor::progress() const {
    const auto k = currentIndex();
    if (!k) {
        return 0.0;
    }
    return std::clamp(m_position - static_cast<double>(*k), 0.0, 1.0);
}

std::int64_t PlaybackCursor::realTimeNs() const {
    const auto k = currentIndex();
    if (!k) {
        return 0;
    }
    // The real clock reads event k's timestamp when k has arrived and runs from the previous
    // event's timestamp while k travels, so seeking to an event shows that event's own time.
    const std::int64_t t1 = m_trace.at(*k).timeNs();
    const std::int64_t t0 = *k == 0 ? t1 : m_trace.at(*k - 1).timeNs();
    return t0 + static_cast<std::int64_t>(progress() * static_cast<double>(t1 - t0));
}

std::int64_t PlaybackCursor::shownTimeNs() const {
    return static_cast<std::int64_t>(m_position * static_cast<double>(m_pacingNs));
}

std::int64_t PlaybackCursor::realDurationNs() const {
    const std::size_t n = eventCount();
    return n == 0 ? 0 : m_trace.at(n - 1).timeNs();
}

std::int64_t PlaybackCursor::shownDurationNs() const {
    return static_cast<std::int64_t>(eventCount()) * m_pacingNs;
}

void PlaybackCursor::play() {
    if (eventCount() == 0) {
        return;
    }
    if (atEnd()) {
        m_position = 0.0; // play from the end starts again, as every media player does
    }
    m_stopAt.reset();
    m_playing = true;
    m_lastTickNs = m_clock.nowNs();
    notify();
}

void PlaybackCursor::pause() {
    m_stopAt.reset();
    if (!m_playing) {
        return;
    }
    m_playing = false;
    notify();
}

void PlaybackCursor::stepForward() {
    if (atEnd()) {
        return;
    }
    const double target = std::floor(m_position) + 1.0;
    m_stopAt = std::min(target, static_cast<double>(eventCount()));
    m_playing = true;
    m_lastTickNs = m_clock.nowNs();
    notify();
}

void PlaybackCursor::stepBack() {
    m_playing = false;
    m_stopAt.reset();
    const double target = std::ceil(m_position) - 1.0;
    setPosition(std::max(0.0, target));
}

void PlaybackCursor::seekToEvent(std::size_t index) {
    setPosition(static_cast<double>(std::min(index + 1, eventCount())));
}

void PlaybackCursor::seekToTimeNs(std::int64_t realTimeNs) {
    const auto index = m_trace.indexAtTime(realTimeNs);
    setPosition(index ? static_cast<double>(*index + 1) : 0.0);
}

void PlaybackCursor::seekToPosition(double position) {
    m_stopAt.reset();
    setPosition(position);
}

void PlaybackCursor::setSpeed(double speed) {
    if (!std::isfinite(speed)) {
        return;
    }
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    notify();
}

void PlaybackCursor::setPacingNs(std::int64_t pacingNs) {
    m_pacingNs = std::max<std::int64_t>(pacingNs, 1'000'000);
    notify();
}

bool PlaybackCursor::tick() {
    const std::int64_t now = m_clock.nowNs();
    const std::int64_t elapsed = std::max<std::int64_t>(0, now - m_lastTickNs);
    m_lastTickNs = now;
    if (!m_playing) {
        return false;
    }
    const double n = static_cast<double>(eventCount());
    double next = m_position + static_cast<double>(elapsed) * m_speed / static_cast<double>(m_pacingNs);
    bool stop = false;
    if (m_stopAt && next >= *m_stopAt) {
        next = *m_stopAt;
        stop = true;
    } else if (next >= n) {
        if (m_loop && n > 0) {
            next = std::fmod(next, n);
        } else {
            next = n;
            stop = true;
        }
    }
    const bool moved = next != m_position;
    m_position = next;
    if (stop) {
        m_playing = false;
        m_stopAt.reset();
    }
    if (moved || stop) {
        notify();
    }
    return moved;
}

std::size_t PlaybackCursor::subscribe(Listener listener) {
    const std::size_t id = m_nextListenerId++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void PlaybackCursor::unsubscribe(std::size_t id) {
    std::erase_if(m_listeners, [id](const auto& entry) { return entry.first == id; });
}

void PlaybackCursor::setPosition(double position) {
    const double clamped = std::clamp(position, 0.0, static_cast<double>(eventCount()));
    if (clamped == m_position) {
        notify(); // still tell views: the trace may have grown under the same position
        return;
    }
    m_position = clamped;
    notify();
}

void PlaybackCursor::notify() {
    for (const auto& [id, listener] : m_listeners) {
        listener();
    }
}

} // namespace hopscope::trace
