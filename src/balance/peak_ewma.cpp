// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "peak_ewma.h"

#include <algorithm>
#include <cmath>

namespace hopscope::balance {

namespace {
// Finagle's Penalty is Long.MaxValue >> 16 (about 1.4e14); ours is in the same spirit: larger
// than any real cost, small enough that adding the in-flight count still orders backends.
constexpr double kUnmeasuredPenalty = 1e15;
} // namespace

PeakEwma::PeakEwma(const trace::Clock& clock, std::chrono::nanoseconds decayTime,
                   std::chrono::nanoseconds failurePenalty)
    : m_clock(clock), m_decayNs(static_cast<double>(std::max<std::int64_t>(decayTime.count(), 1))),
      m_failurePenaltyNs(failurePenalty.count()) {}

double PeakEwma::decayedLocked(const Estimate& e, std::int64_t nowNs) const {
    if (!e.observed) {
        return 0.0;
    }
    const auto elapsed = static_cast<double>(std::max<std::int64_t>(nowNs - e.stampNs, 0));
    return e.costNs * std::exp(-elapsed / m_decayNs);
}

std::optional<Choice> PeakEwma::pick(const BackendPool& pool, const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const auto start =
        static_cast<std::size_t>(m_next.fetch_add(1, std::memory_order_relaxed) % c.count);
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    std::size_t best = c[start];
    double bestCost = 0.0;
    for (std::size_t k = 0; k < c.count; ++k) {
        const std::size_t i = c[(start + k) % c.count];
        const BackendState& s = pool.at(i);
        const auto active = static_cast<double>(s.active());
        const double ewma = decayedLocked(m_estimates[i], now);
        double cost = 0.0;
        if (ewma == 0.0 && active > 0.0) {
            cost = kUnmeasuredPenalty + active;
        } else {
            cost = ewma * (active + 1.0);
        }
        // A weight set to 0 since candidates() read it counts as 1 rather than dividing by 0.
        cost /= static_cast<double>(std::max<std::uint32_t>(s.weight(), 1));
        if (k == 0 || cost < bestCost) {
            best = i;
            bestCost = cost;
        }
    }
    return Choice{best, {}};
}

void PeakEwma::onFinish(const BackendPool& /*pool*/, std::size_t backend,
                        std::chrono::nanoseconds latency, bool ok) {
    if (backend >= kMaxBackends) {
        return;
    }
    std::int64_t rtt = std::max<std::int64_t>(latency.count(), 0);
    if (!ok) {
        rtt = std::max(rtt, m_failurePenaltyNs);
    }
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    Estimate& e = m_estimates[backend];
    const auto sample = static_cast<double>(rtt);
    // Finagle decays the estimate towards 0 by observing 0 whenever a pick looks at it, which
    // makes the result depend on how often picks happen. Here the decay is a function of time
    // alone: the estimate decayed to now, then the EWMA step over the same interval.
    const auto elapsed = static_cast<double>(std::max<std::int64_t>(now - e.stampNs, 0));
    const double w = std::exp(-elapsed / m_decayNs);
    const double decayed = e.observed ? e.costNs * w : 0.0;
    if (!e.observed || sample > decayed) {
        e.costNs = sample; // the peak: believe bad news at once
    } else {
        e.costNs = decayed + sample * (1.0 - w);
    }
    e.stampNs = std::max(now, e.stampNs);
    e.observed = true;
}

double PeakEwma::ewmaNs(std::size_t backend) const {
    if (backend >= kMaxBackends) {
        return 0.0;
    }
    const std::int64_t now = m_clock.nowNs();
    std::lock_guard lock(m_mutex);
    return decayedLocked(m_estimates[backend], now);
}

} // namespace hopscope::balance
