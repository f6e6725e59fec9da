// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <chrono>
#include <cstdint>

namespace hopscope::trace {

// Time as the app sees it. Production code uses SteadyClock; tests use ManualClock so that
// TTL countdowns, timeouts and animation are deterministic (the KeePassXC pattern).
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

class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t startNs = 0) : m_now(startNs) {}
    [[nodiscard]] std::int64_t nowNs() const override { return m_now; }
    void advanceNs(std::int64_t ns) { m_now += ns; }
    void advanceMs(double ms) { m_now += static_cast<std::int64_t>(ms * 1e6); }
    void setNs(std::int64_t ns) { m_now = ns; }

private:
    std::int64_t m_now;
};

} // namespace hopscope::trace
