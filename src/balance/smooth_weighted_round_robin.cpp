// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "smooth_weighted_round_robin.h"

namespace hopscope::balance {

void SmoothWeightedRoundRobin::sync(Peer& peer, std::uint32_t weight) {
    if (!peer.known || peer.weight != weight) {
        peer.weight = weight;
        peer.effective = weight;
        peer.current = 0;
        peer.known = true;
    }
}

std::optional<Choice> SmoothWeightedRoundRobin::pick(const BackendPool& pool,
                                                     const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    std::lock_guard lock(m_mutex);
    std::int64_t total = 0;
    Peer* best = nullptr;
    std::size_t bestIndex = 0;
    for (std::size_t k = 0; k < c.count; ++k) {
        Peer& peer = m_peers[c[k]];
        sync(peer, pool.at(c[k]).weight());
        peer.current += peer.effective;
        total += peer.effective;
        if (peer.effective < static_cast<std::int64_t>(peer.weight)) {
            ++peer.effective;
        }
        // Strictly greater: ties go to the earlier backend, as in nginx.
        if (best == nullptr || peer.current > best->current) {
            best = &peer;
            bestIndex = c[k];
        }
    }
    best->current -= total;
    return Choice{bestIndex, {}};
}

void SmoothWeightedRoundRobin::onFinish(const BackendPool& pool, std::size_t backend,
                                        std::chrono::nanoseconds /*latency*/, bool ok) {
    if (ok || backend >= pool.size()) {
        return;
    }
    std::lock_guard lock(m_mutex);
    Peer& peer = m_peers[backend];
    sync(peer, pool.at(backend).weight());
    peer.effective -= peer.weight; // weight / max_fails with max_fails = 1
    if (peer.effective < 0) {
        peer.effective = 0;
    }
}

} // namespace hopscope::balance
