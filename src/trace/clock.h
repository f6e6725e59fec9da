// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace hopscope::trace {

// Time as the app sees it, in nanoseconds on a monotonic scale: the one clock that the trace,
// the DNS cache, the balancing algorithms and the engine read. Production code uses
// SteadyClock; tests use ManualClock so that TTL countdowns, timeouts, decay and animation are
// deterministic. Holders keep a reference, so a clock outlives what reads it.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t nowNs() const = 0;
};

class SteadyClock final : public Clock {
public:
    [[nodiscard]] std::int64_t nowNs() const override {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    static SteadyClock& instance() {
        static SteadyClock clock;
        return clock;
    }
};

// Moved by hand. Atomic, so that a loop thread may read it while the test moves it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t startNs = 0) : m_now(startNs) {}
    [[nodiscard]] std::int64_t nowNs() const override { return m_now.load(); }
    void advanceNs(std::int64_t ns) { m_now.fetch_add(ns); }
    void advanceMs(double ms) { m_now.fetch_add(static_cast<std::int64_t>(ms * 1e6)); }
    void setNs(std::int64_t ns) { m_now.store(ns); }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace hopscope::trace
