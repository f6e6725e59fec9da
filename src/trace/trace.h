// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "event.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace hopscope::trace {

// An append-only sequence of events. Worker threads append under a mutex; readers (the GUI at
// 60 Hz) never lock: events live in fixed-size chunks that never move, and the published
// count is released only after the event is fully written.
class Trace {
public:
    static constexpr std::size_t kChunkBits = 12;
    static constexpr std::size_t kChunkSize = std::size_t{1} << kChunkBits;
    static constexpr std::size_t kMaxChunks = 1 << 14; // 67 million events
    static constexpr std::size_t kCapacity = kChunkSize * kMaxChunks;

    Trace();
    ~Trace();
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;

    // Appends and returns the new event's index; throws std::length_error when full.
    std::size_t append(Event event);
    std::size_t append(EventData data) { return append(Event(std::move(data))); }

    [[nodiscard]] std::size_t size() const { return m_size.load(std::memory_order_acquire); }
    [[nodiscard]] bool empty() const { return size() == 0; }
    // Index must be < size() as read by this thread.
    [[nodiscard]] const Event& at(std::size_t index) const;
    [[nodiscard]] const Event& operator[](std::size_t index) const { return at(index); }

    // The last event whose time is <= timeNs (events are appended in time order by each
    // producer; the index assumes the trace as a whole is sorted, which producers keep).
    [[nodiscard]] std::optional<std::size_t> indexAtTime(std::int64_t timeNs) const;

    // Called (from the appending thread) after each append; the GUI adapter uses it to wake up.
    using AppendListener = std::function<void(std::size_t index)>;
    void setAppendListener(AppendListener listener);

private:
    using Chunk = std::array<Event, kChunkSize>;

    std::unique_ptr<std::atomic<Chunk*>[]> m_chunks;
    std::atomic<std::size_t> m_size{0};
    std::mutex m_appendMutex;
    AppendListener m_listener;
};

} // namespace hopscope::trace
