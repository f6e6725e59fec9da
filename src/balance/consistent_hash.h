// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

#include <cstdint>
#include <mutex>
#include <vector>

namespace hopscope::balance {

// A hash ring with virtual nodes (Karger et al.; ketama; HAProxy "hash-type consistent"): every
// backend owns pointsPerWeight * weight points at stableHash("<name>#<i>"), and a key goes to
// the first point clockwise from stableHash(key) whose backend is a candidate. Points depend on
// the backend's name only, so adding a backend to N takes about 1/(N+1) of the keys, all of
// them to the new one, and removing one (or marking it down) moves only its own keys, to its
// ring neighbours. Many points per backend even out the arcs; 160 is ketama's choice.
//
// The key is the request's hash key (e.g. the URL path), or the client address without one.
// Threads: one mutex; the ring is rebuilt on the first pick after pool.generation() moves.
class ConsistentHash final : public Balancer {
public:
    static constexpr std::uint32_t kDefaultPointsPerWeight = 160;

    explicit ConsistentHash(std::uint32_t pointsPerWeight = kDefaultPointsPerWeight);

    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::ConsistentHash; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;

    // The number of points on the ring as last built (for the ring view).
    [[nodiscard]] std::size_t ringSize() const;

private:
    struct Point {
        std::uint64_t position = 0;
        std::uint32_t backend = 0;
    };
    void rebuildLocked(const BackendPool& pool, std::uint64_t generation);

    const std::uint32_t m_pointsPerWeight;
    mutable std::mutex m_mutex;
    std::vector<Point> m_ring;
    std::uint64_t m_builtFor = 0; // pool id; 0 is never one
    std::uint64_t m_builtGeneration = 0;
};

} // namespace hopscope::balance
