// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstdint>
#include <vector>

namespace hopscope::balance {

// A frozen copy of a latency histogram (bucket layout in HistogramBuckets). It is a value the
// GUI can keep; per-second charts subtract two of them to get the latencies of that second.
class HistogramSnapshot {
public:
    HistogramSnapshot(); // empty
    HistogramSnapshot(std::vector<std::uint64_t> counts, std::int64_t maxNs);

    // The number of recorded values: the sum of the buckets, so it can never disagree with them.
    [[nodiscard]] std::uint64_t count() const { return m_count; }
    [[nodiscard]] bool empty() const { return m_count == 0; }
    // Exact largest value recorded (0 when empty).
    [[nodiscard]] std::int64_t maxNs() const { return m_maxNs; }
    // The value at quantile q in [0, 1] (0.5 = p50, 0.99 = p99): the middle of the bucket that
    // holds the ceil(q * count)-th smallest value, never above maxNs(); 0 when empty.
    [[nodiscard]] std::int64_t quantileNs(double q) const;
    [[nodiscard]] const std::vector<std::uint64_t>& counts() const { return m_counts; }

    // Adds another histogram's values (totals over backends).
    void merge(const HistogramSnapshot& other);
    // The values recorded since `older` was taken from the same histogram. Its maximum is not
    // known exactly: it is bounded by the top non-empty bucket and by this snapshot's maximum.
    [[nodiscard]] HistogramSnapshot since(const HistogramSnapshot& older) const;

private:
    std::vector<std::uint64_t> m_counts;
    std::uint64_t m_count = 0;
    std::int64_t m_maxNs = 0;
};

} // namespace hopscope::balance
