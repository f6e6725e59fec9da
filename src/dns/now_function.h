// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace hopscope::dns {

// Time in nanoseconds on a monotonic scale. The cache takes one of these instead of reading the
// system clock, so tests drive TTL countdowns by hand (the KeePassXC pattern); the engine passes
// [&clock] { return clock.nowNs(); } for its trace clock. dns stays free of trace.
using NowFunction = std::function<std::int64_t()>;

[[nodiscard]] inline std::int64_t steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// An empty function means "the steady clock".
[[nodiscard]] inline NowFunction orSteadyClock(NowFunction now) {
    if (now) {
        return now;
    }
    return [] { return steadyNowNs(); };
}

} // namespace hopscope::dns
