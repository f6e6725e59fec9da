// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "histogram_snapshot.h"

#include "histogram_buckets.h"

#include <algorithm>
#include <cmath>

namespace hopscope::balance {

HistogramSnapshot::HistogramSnapshot() : m_counts(HistogramBuckets::kCount, 0) {}

HistogramSnapshot::HistogramSnapshot(std::vector<std::uint64_t> counts, std::int64_t maxNs)
    : m_counts(std::move(counts)), m_maxNs(maxNs) {
    m_counts.resize(HistogramBuckets::kCount, 0);
    for (const std::uint64_t c : m_counts) {
        m_count += c;
    }
    if (m_count == 0) {
        m_maxNs = 0;
    }
}

std::int64_t HistogramSnapshot::quantileNs(double q) const {
    if (m_count == 0) {
        return 0;
    }
    q = std::clamp(q, 0.0, 1.0);
    auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(m_count)));
    rank = std::clamp<std::uint64_t>(rank, 1, m_count);
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            return std::min(HistogramBuckets::representativeNs(i), m_maxNs);
        }
    }
    return m_maxNs;
}

void HistogramSnapshot::merge(const HistogramSnapshot& other) {
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        m_counts[i] += other.m_counts[i];
    }
    m_count += other.m_count;
    m_maxNs = std::max(m_maxNs, other.m_maxNs);
}

HistogramSnapshot HistogramSnapshot::since(const HistogramSnapshot& older) const {
    std::vector<std::uint64_t> delta(m_counts.size(), 0);
    std::int64_t top = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        // Counters only grow; saturate anyway so a snapshot of another histogram cannot wrap.
        delta[i] = m_counts[i] > older.m_counts[i] ? m_counts[i] - older.m_counts[i] : 0;
        if (delta[i] != 0) {
            top = static_cast<std::int64_t>(HistogramBuckets::lowerNs(i) +
                                            HistogramBuckets::widthNs(i) - 1);
        }
    }
    return HistogramSnapshot(std::move(delta), std::min(top, m_maxNs));
}

} // namespace hopscope::balance
