// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "histogram_snapshot.h"
#include "latency_histogram.h"
#include "outcome.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace hopscope::balance {

// One backend's counters at one moment, as a value. Derived fields are computed from the
// counters read in the same pass, so they agree with each other exactly:
// completed == latency.count() == sum(outcomes), active == started - completed.
struct BackendMetricsSnapshot {
    std::size_t index = 0;
    std::string name;
    std::uint64_t started = 0;
    std::uint64_t completed = 0;
    std::uint64_t active = 0;
    std::uint64_t queued = 0; // requests waiting in the proxy for a free connection
    std::uint64_t errors = 0; // completed with an outcome other than Ok
    std::array<std::uint64_t, kOutcomeCount> outcomes{}; // indexed by outcomeIndex()
    HistogramSnapshot latency; // every completed request, failed ones included
    std::int64_t p50Ns = 0;
    std::int64_t p90Ns = 0;
    std::int64_t p99Ns = 0;
    std::int64_t maxNs = 0;

    [[nodiscard]] std::uint64_t count(Outcome outcome) const {
        return outcomes[outcomeIndex(outcome)];
    }
};

// The live counters for one backend. Worker threads update them with single atomic operations
// (no lock on the request path); the GUI reads them with snapshot(). The number of completed
// requests is not a counter of its own but the sum of the latency histogram, so a snapshot can
// never show a request as completed without its latency, and totals derived from it add up.
class BackendMetrics {
public:
    BackendMetrics(std::size_t index, std::string name);
    BackendMetrics(const BackendMetrics&) = delete;
    BackendMetrics& operator=(const BackendMetrics&) = delete;

    [[nodiscard]] std::size_t index() const { return m_index; }
    [[nodiscard]] const std::string& name() const { return m_name; }

    void recordStart();
    // Every request that started must finish exactly once, whatever the outcome.
    void recordFinish(std::chrono::nanoseconds latency, Outcome outcome);
    void recordQueued();
    void recordDequeued();

    // Requests started and not finished: what least-connections and peak EWMA balance on. A
    // gauge read in one load, since the balancers read it on every pick.
    [[nodiscard]] std::uint64_t active() const;
    [[nodiscard]] std::uint64_t queueDepth() const;

    // Reads errors, then the histogram, then started and the queue: a request is counted in the
    // histogram before its error and started before both, so every snapshot satisfies
    // errors <= completed <= started even while requests complete on other threads.
    [[nodiscard]] BackendMetricsSnapshot snapshot() const;

private:
    const std::size_t m_index;
    const std::string m_name;
    std::atomic<std::uint64_t> m_started{0};
    std::atomic<std::int64_t> m_active{0};
    std::atomic<std::uint64_t> m_enqueued{0};
    std::atomic<std::uint64_t> m_dequeued{0};
    std::array<std::atomic<std::uint64_t>, kOutcomeCount> m_outcomes{}; // the Ok slot is unused
    LatencyHistogram m_latency;
};

} // namespace hopscope::balance
