// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace.h"

#include <stdexcept>

namespace hopscope::trace {

Trace::Trace() : m_chunks(new std::atomic<Chunk*>[kMaxChunks]) {
    for (std::size_t i = 0; i < kMaxChunks; ++i) {
        m_chunks[i].store(nullptr, std::memory_order_relaxed);
    }
}

Trace::~Trace() {
    for (std::size_t i = 0; i < kMaxChunks; ++i) {
        delete m_chunks[i].load(std::memory_order_relaxed);
    }
}

std::size_t Trace::append(Event event) {
    AppendListener listener;
    std::size_t index = 0;
    {
        std::lock_guard lock(m_appendMutex);
        index = m_size.load(std::memory_order_relaxed);
        if (index >= kCapacity) {
            throw std::length_error("trace is full");
        }
        const std::size_t chunk = index >> kChunkBits;
        Chunk* c = m_chunks[chunk].load(std::memory_order_relaxed);
        if (c == nullptr) {
            c = new Chunk();
            m_chunks[chunk].store(c, std::memory_order_release);
        }
        (*c)[index & (kChunkSize - 1)] = std::move(event);
        m_size.store(index + 1, std::memory_order_release);
        listener = m_listener;
    }
    if (listener) {
        listener(index);
    }
    return index;
}

const Event& Trace::at(std::size_t index) const {
    if (index >= size()) {
        throw std::out_of_range("trace index out of range");
    }
    const Chunk* c = m_chunks[index >> kChunkBits].load(std::memory_order_acquire);
    return (*c)[index & (kChunkSize - 1)];
}

std::optional<std::size_t> Trace::indexAtTime(std::int64_t timeNs) const {
    const std::size_t n = size();
    if (n == 0 || at(0).timeNs() > timeNs) {
        return std::nullopt;
    }
    std::size_t lo = 0;
    std::size_t hi = n; // invariant: at(lo) <= t, at(hi) > t or hi == n
    while (hi - lo > 1) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (at(mid).timeNs() <= timeNs) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo;
}

void Trace::setAppendListener(AppendListener listener) {
    std::lock_guard lock(m_appendMutex);
    m_listener = std::move(listener);
}

} // namespace hopscope::trace
