// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/clock.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <mutex>

namespace hopscope::balance {

// Decides which requests become trace events when there are more than the views can draw
// (wrk sends tens of thousands a second; the topology animates a few hundred): a token bucket
// refilled at eventsPerSecond, holding at most burst tokens, one token per admitted event.
// Only events are sampled; the metrics count every request regardless. admitted() and
// suppressed() let the UI say "showing 1 request in N".
// Threads: admit() may be called from any thread. It is on every request's path, so while the
// bucket is known to be empty it answers from one relaxed atomic load and counts the refusal
// in a per-thread shard, taking the mutex only when a token may be there.
class RateSampler {
public:
    // eventsPerSecond <= 0 admits nothing; the bucket starts full.
    RateSampler(double eventsPerSecond, double burst,
                const trace::Clock& clock = trace::SteadyClock::instance());

    [[nodiscard]] bool admit();
    void setRate(double eventsPerSecond, double burst);

    [[nodiscard]] std::uint64_t admitted() const { return m_admitted.load(); }
    [[nodiscard]] std::uint64_t suppressed() const;

private:
    static constexpr std::size_t kShards = 8;
    // One cache line each, so two workers refusing at once do not share a line.
    struct alignas(64) Shard {
        std::atomic<std::uint64_t> count{0};
    };

    void refillLocked(std::int64_t nowNs);
    void countSuppressed();

    const trace::Clock& m_clock;
    std::mutex m_mutex;
    // Tokens are counted in billionths, so that elapsed nanoseconds times a whole rate add
    // exact integers (a double holds them exactly up to 2^53): ten 1 ms steps at 100/s make
    // exactly one token, where adding 0.1 ten times would fall short of 1.
    static constexpr double kScale = 1e9;
    double m_perSecond = 0.0;
    double m_burst = 0.0;  // scaled
    double m_tokens = 0.0; // scaled
    std::int64_t m_lastNs = 0;
    // No token can be there before this clock time; written under the mutex.
    std::atomic<std::int64_t> m_emptyUntilNs{std::numeric_limits<std::int64_t>::min()};
    std::atomic<std::uint64_t> m_admitted{0};
    std::array<Shard, kShards> m_suppressed{};
};

} // namespace hopscope::balance
