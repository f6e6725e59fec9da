// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

#include <array>
#include <cstdint>
#include <mutex>

namespace hopscope::balance {

// nginx's smooth weighted round robin (ngx_http_upstream_get_peer): on each pick every
// candidate's current weight grows by its effective weight, the largest wins and gives back the
// total. Weights 5,1,1 give a a b a c a a rather than a a a a a b c, so a heavy backend's
// share arrives spread out instead of in bursts. As in nginx, a failure lowers a backend's
// effective weight by weight/max_fails (max_fails = 1) and each pick gives one unit back, so a
// backend that just failed is tried less until it recovers.
// Threads: one mutex; the state is a few integers per backend.
class SmoothWeightedRoundRobin final : public Balancer {
public:
    [[nodiscard]] AlgorithmKind kind() const override {
        return AlgorithmKind::SmoothWeightedRoundRobin;
    }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;
    void onFinish(const BackendPool& pool, std::size_t backend, std::chrono::nanoseconds latency,
                  bool ok) override;

private:
    struct Peer {
        std::int64_t current = 0;
        std::int64_t effective = 0;
        std::uint32_t weight = 0; // the configured weight the two above were derived from
        bool known = false;
    };
    // Starts over when the configured weight changed (nginx does so on reload).
    static void sync(Peer& peer, std::uint32_t weight);

    std::mutex m_mutex;
    std::array<Peer, kMaxBackends> m_peers{};
};

} // namespace hopscope::balance
