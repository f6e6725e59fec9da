// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "histogram_buckets.h"
#include "histogram_snapshot.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>

namespace hopscope::balance {

// A latency histogram that worker threads record into without a lock: one atomic increment per
// value (plus a compare-exchange when a new maximum appears). Reading it is a snapshot().
class LatencyHistogram {
public:
    LatencyHistogram() = default;
    LatencyHistogram(const LatencyHistogram&) = delete;
    LatencyHistogram& operator=(const LatencyHistogram&) = delete;

    void record(std::chrono::nanoseconds latency);

    // Reads every bucket once, then the maximum. record() raises the maximum before it counts
    // the bucket, so the maximum in a snapshot is never below a value the buckets hold.
    [[nodiscard]] HistogramSnapshot snapshot() const;

private:
    std::array<std::atomic<std::uint64_t>, HistogramBuckets::kCount> m_buckets{};
    std::atomic<std::int64_t> m_maxNs{0};
};

} // namespace hopscope::balance
