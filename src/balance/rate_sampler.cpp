// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "rate_sampler.h"

#include <algorithm>
#include <cmath>

namespace hopscope::balance {

RateSampler::RateSampler(double eventsPerSecond, double burst, const trace::Clock& clock)
    : m_clock(clock) {
    m_lastNs = m_clock.nowNs();
    setRate(eventsPerSecond, burst);
    std::lock_guard lock(m_mutex);
    m_tokens = m_burst;
}

void RateSampler::refillLocked(std::int64_t nowNs) {
    if (nowNs > m_lastNs) {
        const double earned = static_cast<double>(nowNs - m_lastNs) * m_perSecond;
        m_tokens = std::min(m_burst, m_tokens + earned);
        m_lastNs = nowNs;
    }
}

void RateSampler::setRate(double eventsPerSecond, double burst) {
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    // Time until now was earned at the old rate.
    refillLocked(now);
    m_perSecond = std::max(eventsPerSecond, 0.0);
    // A bucket smaller than one token could never admit anything.
    m_burst = m_perSecond > 0.0 ? std::max(burst, 1.0) * kScale : 0.0;
    m_tokens = std::min(m_tokens, m_burst);
    // A faster rate may fill the bucket sooner than the last refusal computed.
    m_emptyUntilNs.store(std::numeric_limits<std::int64_t>::min(), std::memory_order_relaxed);
}

bool RateSampler::admit() {
    const std::int64_t now = m_clock.nowNs();
    if (now < m_emptyUntilNs.load(std::memory_order_relaxed)) {
        countSuppressed();
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        refillLocked(now);
        if (m_tokens >= kScale) {
            m_tokens -= kScale;
            m_admitted.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
        // Tokens only come with time (or setRate, which clears this): until the next one is
        // earned, refusals need no lock.
        const double waitNs = m_perSecond > 0.0 ? std::ceil((kScale - m_tokens) / m_perSecond)
                                                : std::numeric_limits<double>::infinity();
        // Beyond a year is "not before setRate" (and keeps the sum from overflowing).
        constexpr double kYearNs = 365.0 * 24 * 3600 * 1e9;
        const std::int64_t until = waitNs < kYearNs ? now + static_cast<std::int64_t>(waitNs)
                                                    : std::numeric_limits<std::int64_t>::max();
        m_emptyUntilNs.store(until, std::memory_order_relaxed);
    }
    countSuppressed();
    return false;
}

void RateSampler::countSuppressed() {
    static std::atomic<std::size_t> nextShard{0};
    thread_local const std::size_t shard =
        nextShard.fetch_add(1, std::memory_order_relaxed) % kShards;
    m_suppressed[shard].count.fetch_add(1, std::memory_order_relaxed);
}

std::uint64_t RateSampler::suppressed() const {
    std::uint64_t sum = 0;
    for (const Shard& s : m_suppressed) {
        sum += s.count.load(std::memory_order_relaxed);
    }
    return sum;
}

} // namespace hopscope::balance
