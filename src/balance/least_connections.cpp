// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "least_connections.h"

namespace hopscope::balance {

std::optional<Choice> LeastConnections::pick(const BackendPool& pool,
                                             const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const auto start =
        static_cast<std::size_t>(m_next.fetch_add(1, std::memory_order_relaxed) % c.count);
    std::size_t best = c[start];
    std::uint64_t bestLoad = pool.at(best).active() + 1;
    std::uint64_t bestWeight = pool.at(best).weight();
    for (std::size_t k = 1; k < c.count; ++k) {
        const std::size_t i = c[(start + k) % c.count];
        const std::uint64_t load = pool.at(i).active() + 1;
        const std::uint64_t weight = pool.at(i).weight();
        // load / weight < bestLoad / bestWeight, in integers (weights are > 0 for candidates).
        if (load * bestWeight < bestLoad * weight) {
            best = i;
            bestLoad = load;
            bestWeight = weight;
        }
    }
    return Choice{best, {}};
}

} // namespace hopscope::balance
