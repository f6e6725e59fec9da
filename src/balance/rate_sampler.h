// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "now_function.h"

#include <atomic>
#include <cstdint>
#include <mutex>

namespace hopscope::balance {

// Decides which requests become trace events when there are more than the views can draw
// (wrk sends tens of thousands a second; the topology animates a few hundred): a token bucket
// refilled at eventsPerSecond, holding at most burst tokens, one token per admitted event.
// Only events are sampled; the metrics count every request regardless. admitted() and
// suppressed() let the UI say "showing 1 request in N".
// Threads: admit() may be called from any thread (one short mutex).
class RateSampler {
public:
    // eventsPerSecond <= 0 admits nothing; the bucket starts full.
    RateSampler(double eventsPerSecond, double burst, NowFunction now = {});

    [[nodiscard]] bool admit();
    void setRate(double eventsPerSecond, double burst);

    [[nodiscard]] std::uint64_t admitted() const { return m_admitted.load(); }
    [[nodiscard]] std::uint64_t suppressed() const { return m_suppressed.load(); }

private:
    void refillLocked(std::int64_t nowNs);

    NowFunction m_now;
    std::mutex m_mutex;
    // Tokens are counted in billionths, so that elapsed nanoseconds times a whole rate add
    // exact integers (a double holds them exactly up to 2^53): ten 1 ms steps at 100/s make
    // exactly one token, where adding 0.1 ten times would fall short of 1.
    static constexpr double kScale = 1e9;
    double m_perSecond = 0.0;
    double m_burst = 0.0;  // scaled
    double m_tokens = 0.0; // scaled
    std::int64_t m_lastNs = 0;
    std::atomic<std::uint64_t> m_admitted{0};
    std::atomic<std::uint64_t> m_suppressed{0};
};

} // namespace hopscope::balance
