// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace hopscope::balance {

// Time in nanoseconds on a monotonic scale. Time-dependent classes take one of these instead of
// reading the system clock, so tests drive them with a counter and stay deterministic (the
// KeePassXC pattern); the engine passes its trace clock. balance stays free of trace.
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

} // namespace hopscope::balance
