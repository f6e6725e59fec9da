// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "rate_sampler.h"

#include <algorithm>

namespace hopscope::balance {

RateSampler::RateSampler(double eventsPerSecond, double burst, NowFunction now)
    : m_now(orSteadyClock(std::move(now))) {
    m_lastNs = m_now();
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
    const std::int64_t now = m_now();
    std::lock_guard lock(m_mutex);
    // Time until now was earned at the old rate.
    refillLocked(now);
    m_perSecond = std::max(eventsPerSecond, 0.0);
    // A bucket smaller than one token could never admit anything.
    m_burst = m_perSecond > 0.0 ? std::max(burst, 1.0) * kScale : 0.0;
    m_tokens = std::min(m_tokens, m_burst);
}

bool RateSampler::admit() {
    const std::int64_t now = m_now();
    bool ok = false;
    {
        std::lock_guard lock(m_mutex);
        refillLocked(now);
        if (m_tokens >= kScale) {
            m_tokens -= kScale;
            ok = true;
        }
    }
    (ok ? m_admitted : m_suppressed).fetch_add(1);
    return ok;
}

} // namespace hopscope::balance
