// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "load_balancer_metrics.h"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

namespace hopscope::balance {

// One backend (or the total) over one interval of a time series.
struct SeriesSample {
    std::uint64_t requests = 0; // completed in the interval
    std::uint64_t errors = 0;
    double requestsPerSecond = 0.0;
    std::int64_t p50Ns = 0; // of the requests completed in the interval (0 when none)
    std::int64_t p99Ns = 0;
};

// One interval of the series, ending at timeNs.
struct SeriesPoint {
    std::int64_t timeNs = 0;
    std::int64_t intervalNs = 0;
    std::vector<SeriesSample> backends; // by pool index
    SeriesSample total;
};

// The last `capacity` intervals of throughput and latency, for the charts. The engine calls
// record() about once a second with a fresh metrics snapshot; each point is the difference from
// the previous snapshot, so the hot path pays nothing for the charts and per-second values add
// up to the cumulative counters exactly. Latency percentiles per interval come from
// subtracting the two histograms bucket by bucket.
// Threads: one mutex; record() from a timer, points() from the GUI.
class MetricsTimeSeries {
public:
    explicit MetricsTimeSeries(std::size_t capacity = 300);

    // The first call only sets the baseline; every later call appends one point (a call whose
    // time is not after the previous one is ignored).
    void record(std::int64_t nowNs, const LoadBalancerMetricsSnapshot& snapshot);

    [[nodiscard]] std::vector<SeriesPoint> points() const; // oldest first
    [[nodiscard]] std::optional<SeriesPoint> latest() const;
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::vector<SeriesPoint> m_ring;
    std::size_t m_head = 0; // index of the oldest point once the ring is full
    std::optional<LoadBalancerMetricsSnapshot> m_previous;
    std::int64_t m_previousNs = 0;
};

} // namespace hopscope::balance
