// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_info.h"
#include "backend_metrics.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hopscope::balance {

// All backends' counters at one moment, as a value for the GUI and the CLI.
struct LoadBalancerMetricsSnapshot {
    std::vector<BackendMetricsSnapshot> backends; // by pool index
    // Sums of the per-backend values above (latency merged), computed from them and not counted
    // separately: total.completed == sum of backends[i].completed holds exactly.
    BackendMetricsSnapshot total;
    // Requests answered 503 because no backend was eligible; they reached no backend, so they
    // are outside the per-backend sums.
    std::uint64_t unrouted = 0;
};

// The load balancer's live counters: one BackendMetrics per pool slot plus the unrouted count.
// Counters are never sampled: every request is counted, whatever the trace shows (see
// RateSampler). Slots are added by BackendPool and never move, so readers need no lock.
class LoadBalancerMetrics {
public:
    LoadBalancerMetrics() = default;
    LoadBalancerMetrics(const LoadBalancerMetrics&) = delete;
    LoadBalancerMetrics& operator=(const LoadBalancerMetrics&) = delete;

    // Adds the next slot (its index is size() before the call) and returns it, or nullptr when
    // all kMaxBackends are taken. Only BackendPool calls this, under its writer lock.
    BackendMetrics* attach(std::string name);

    [[nodiscard]] std::size_t size() const { return m_size.load(std::memory_order_acquire); }
    // index < size()
    [[nodiscard]] BackendMetrics& backend(std::size_t index) { return *m_backends[index]; }
    [[nodiscard]] const BackendMetrics& backend(std::size_t index) const {
        return *m_backends[index];
    }

    void recordUnrouted() { m_unrouted.fetch_add(1); }
    [[nodiscard]] std::uint64_t unrouted() const { return m_unrouted.load(); }

    // One pass over the backends, each read as BackendMetrics::snapshot() documents; the totals
    // are then summed from those values. Different backends are read a few microseconds apart,
    // which no chart can show; within each backend and between total and parts it is exact.
    [[nodiscard]] LoadBalancerMetricsSnapshot snapshot() const;

private:
    std::array<std::unique_ptr<BackendMetrics>, kMaxBackends> m_backends{};
    std::atomic<std::size_t> m_size{0};
    std::atomic<std::uint64_t> m_unrouted{0};
};

} // namespace hopscope::balance
