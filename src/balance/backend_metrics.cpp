// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_metrics.h"

#include <algorithm>

namespace hopscope::balance {

// All atomics here use the default sequentially consistent ordering: on x86 and ARMv8 an
// increment costs the same either way, and the snapshot's reading-order argument then holds
// without subtle acquire/release pairs.

BackendMetrics::BackendMetrics(std::size_t index, std::string name)
    : m_index(index), m_name(std::move(name)) {}

void BackendMetrics::recordStart() {
    m_started.fetch_add(1);
    m_active.fetch_add(1);
}

void BackendMetrics::recordFinish(std::chrono::nanoseconds latency, Outcome outcome) {
    m_latency.record(latency);
    if (outcome != Outcome::Ok) {
        m_outcomes[outcomeIndex(outcome)].fetch_add(1);
    }
    m_active.fetch_sub(1);
}

void BackendMetrics::recordQueued() {
    m_enqueued.fetch_add(1);
}

void BackendMetrics::recordDequeued() {
    m_dequeued.fetch_add(1);
}

std::uint64_t BackendMetrics::active() const {
    // Negative only if the proxy finished a request it never started; show it as idle.
    return static_cast<std::uint64_t>(std::max<std::int64_t>(m_active.load(), 0));
}

std::uint64_t BackendMetrics::queueDepth() const {
    const std::uint64_t out = m_dequeued.load();
    const std::uint64_t in = m_enqueued.load();
    return in > out ? in - out : 0;
}

BackendMetricsSnapshot BackendMetrics::snapshot() const {
    BackendMetricsSnapshot s;
    s.index = m_index;
    s.name = m_name;
    for (std::size_t i = 0; i < kOutcomeCount; ++i) {
        if (i != outcomeIndex(Outcome::Ok)) {
            s.outcomes[i] = m_outcomes[i].load();
            s.errors += s.outcomes[i];
        }
    }
    s.latency = m_latency.snapshot();
    s.started = m_started.load();
    s.queued = queueDepth();
    s.completed = s.latency.count();
    s.outcomes[outcomeIndex(Outcome::Ok)] = s.completed - s.errors;
    // started was read last, so it is >= completed unless the proxy finished a request it never
    // started; clamp rather than wrap in that case.
    s.active = s.started >= s.completed ? s.started - s.completed : 0;
    s.p50Ns = s.latency.quantileNs(0.50);
    s.p90Ns = s.latency.quantileNs(0.90);
    s.p99Ns = s.latency.quantileNs(0.99);
    s.maxNs = s.latency.maxNs();
    return s;
}

} // namespace hopscope::balance
