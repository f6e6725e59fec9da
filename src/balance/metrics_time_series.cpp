// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "metrics_time_series.h"

#include <algorithm>

namespace hopscope::balance {

namespace {

SeriesSample difference(const BackendMetricsSnapshot& now, const BackendMetricsSnapshot* before,
                        std::int64_t intervalNs) {
    SeriesSample s;
    const std::uint64_t completedBefore = before ? before->completed : 0;
    const std::uint64_t errorsBefore = before ? before->errors : 0;
    s.requests = now.completed > completedBefore ? now.completed - completedBefore : 0;
    s.errors = now.errors > errorsBefore ? now.errors - errorsBefore : 0;
    s.requestsPerSecond = static_cast<double>(s.requests) * 1e9 / static_cast<double>(intervalNs);
    const HistogramSnapshot interval = before ? now.latency.since(before->latency) : now.latency;
    s.p50Ns = interval.quantileNs(0.50);
    s.p99Ns = interval.quantileNs(0.99);
    return s;
}

} // namespace

MetricsTimeSeries::MetricsTimeSeries(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1)) {}

void MetricsTimeSeries::record(std::int64_t nowNs, const LoadBalancerMetricsSnapshot& snapshot) {
    std::lock_guard lock(m_mutex);
    if (!m_previous) {
        m_previous = snapshot;
        m_previousNs = nowNs;
        return;
    }
    if (nowNs <= m_previousNs) {
        return;
    }
    SeriesPoint point;
    point.timeNs = nowNs;
    point.intervalNs = nowNs - m_previousNs;
    point.backends.reserve(snapshot.backends.size());
    for (std::size_t i = 0; i < snapshot.backends.size(); ++i) {
        // A backend added since the previous snapshot started from zero.
        const BackendMetricsSnapshot* before =
            i < m_previous->backends.size() ? &m_previous->backends[i] : nullptr;
        point.backends.push_back(difference(snapshot.backends[i], before, point.intervalNs));
    }
    point.total = difference(snapshot.total, &m_previous->total, point.intervalNs);
    if (m_ring.size() < m_capacity) {
        m_ring.push_back(std::move(point));
    } else {
        m_ring[m_head] = std::move(point);
        m_head = (m_head + 1) % m_capacity;
    }
    m_previous = snapshot;
    m_previousNs = nowNs;
}

std::vector<SeriesPoint> MetricsTimeSeries::points() const {
    std::lock_guard lock(m_mutex);
    std::vector<SeriesPoint> out;
    out.reserve(m_ring.size());
    for (std::size_t k = 0; k < m_ring.size(); ++k) {
        out.push_back(m_ring[(m_head + k) % m_ring.size()]);
    }
    return out;
}

std::optional<SeriesPoint> MetricsTimeSeries::latest() const {
    std::lock_guard lock(m_mutex);
    if (m_ring.empty()) {
        return std::nullopt;
    }
    const std::size_t newest =
        m_ring.size() < m_capacity ? m_ring.size() - 1 : (m_head + m_capacity - 1) % m_capacity;
    return m_ring[newest];
}

} // namespace hopscope::balance
