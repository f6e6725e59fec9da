// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "latency_histogram.h"

#include <vector>

namespace hopscope::balance {

void LatencyHistogram::record(std::chrono::nanoseconds latency) {
    const std::int64_t ns = latency.count() < 0 ? 0 : latency.count();
    std::int64_t seen = m_maxNs.load();
    while (ns > seen && !m_maxNs.compare_exchange_weak(seen, ns)) {
    }
    m_buckets[HistogramBuckets::indexOf(static_cast<std::uint64_t>(ns))].fetch_add(1);
}

HistogramSnapshot LatencyHistogram::snapshot() const {
    std::vector<std::uint64_t> counts(HistogramBuckets::kCount);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        counts[i] = m_buckets[i].load();
    }
    return HistogramSnapshot(std::move(counts), m_maxNs.load());
}

} // namespace hopscope::balance
