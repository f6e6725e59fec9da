// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "load_balancer_metrics.h"

namespace hopscope::balance {

BackendMetrics* LoadBalancerMetrics::attach(std::string name) {
    const std::size_t index = m_size.load(std::memory_order_relaxed);
    if (index >= kMaxBackends) {
        return nullptr;
    }
    m_backends[index] = std::make_unique<BackendMetrics>(index, std::move(name));
    // Publishes the fully built slot: a reader that sees the new size sees the object.
    m_size.store(index + 1, std::memory_order_release);
    return m_backends[index].get();
}

LoadBalancerMetricsSnapshot LoadBalancerMetrics::snapshot() const {
    LoadBalancerMetricsSnapshot s;
    s.unrouted = m_unrouted.load();
    const std::size_t n = size();
    s.backends.reserve(n);
    s.total.index = n;
    s.total.name = "total";
    for (std::size_t i = 0; i < n; ++i) {
        BackendMetricsSnapshot b = m_backends[i]->snapshot();
        s.total.started += b.started;
        s.total.completed += b.completed;
        s.total.active += b.active;
        s.total.queued += b.queued;
        s.total.errors += b.errors;
        for (std::size_t k = 0; k < kOutcomeCount; ++k) {
            s.total.outcomes[k] += b.outcomes[k];
        }
        s.total.latency.merge(b.latency);
        s.backends.push_back(std::move(b));
    }
    s.total.p50Ns = s.total.latency.quantileNs(0.50);
    s.total.p90Ns = s.total.latency.quantileNs(0.90);
    s.total.p99Ns = s.total.latency.quantileNs(0.99);
    s.total.maxNs = s.total.latency.maxNs();
    return s;
}

} // namespace hopscope::balance
