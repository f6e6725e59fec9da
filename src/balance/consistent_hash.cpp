// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "consistent_hash.h"

#include "stable_hash.h"

#include <algorithm>
#include <string>

namespace hopscope::balance {

ConsistentHash::ConsistentHash(std::uint32_t pointsPerWeight)
    : m_pointsPerWeight(std::max<std::uint32_t>(pointsPerWeight, 1)) {}

void ConsistentHash::rebuildLocked(const BackendPool& pool, std::uint64_t generation) {
    m_ring.clear();
    const std::size_t n = pool.size();
    for (std::size_t i = 0; i < n; ++i) {
        const BackendState& s = pool.at(i);
        if (s.isRemoved()) {
            continue;
        }
        const std::uint64_t points = std::uint64_t{s.weight()} * m_pointsPerWeight;
        std::string label = s.name() + '#';
        const std::size_t prefix = label.size();
        for (std::uint64_t p = 0; p < points; ++p) {
            label.resize(prefix);
            label += std::to_string(p);
            m_ring.push_back(Point{stableHash(label), static_cast<std::uint32_t>(i)});
        }
    }
    // Ties (two 64-bit positions equal) are broken by name so that the order never depends on
    // pool indices, which differ between pools holding the same backends.
    std::sort(m_ring.begin(), m_ring.end(), [&pool](const Point& a, const Point& b) {
        if (a.position != b.position) {
            return a.position < b.position;
        }
        return pool.at(a.backend).name() < pool.at(b.backend).name();
    });
    m_builtFor = pool.id();
    m_builtGeneration = generation;
}

std::optional<Choice> ConsistentHash::pick(const BackendPool& pool, const RequestContext& request) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const std::uint64_t h =
        request.hashKey.empty() ? stableHash(request.client.bytes()) : stableHash(request.hashKey);
    std::lock_guard lock(m_mutex);
    const std::uint64_t generation = pool.generation();
    if (m_builtFor != pool.id() || m_builtGeneration != generation) {
        rebuildLocked(pool, generation);
    }
    if (!m_ring.empty()) {
        auto it = std::lower_bound(m_ring.begin(), m_ring.end(), h,
                                   [](const Point& p, std::uint64_t v) { return p.position < v; });
        std::size_t at = static_cast<std::size_t>(it - m_ring.begin()) % m_ring.size();
        // Walk clockwise past points of backends that are down; at most once round the ring.
        for (std::size_t step = 0; step < m_ring.size(); ++step) {
            const std::size_t backend = m_ring[at].backend;
            if (c.contains(backend)) {
                return Choice{backend, {}};
            }
            at = (at + 1) % m_ring.size();
        }
    }
    // Only when the candidates changed after the ring was read (e.g. a backend added between
    // the two); one request goes to the first candidate, the next pick rebuilds.
    return Choice{c[0], {}};
}

std::size_t ConsistentHash::ringSize() const {
    std::lock_guard lock(m_mutex);
    return m_ring.size();
}

} // namespace hopscope::balance
