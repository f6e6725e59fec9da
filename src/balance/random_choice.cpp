// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "random_choice.h"

#include <array>

namespace hopscope::balance {

std::optional<Choice> RandomChoice::pick(const BackendPool& pool,
                                         const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    std::array<std::uint32_t, kMaxBackends> weights{};
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < c.count; ++k) {
        weights[k] = pool.at(c[k]).weight();
        total += weights[k];
    }
    std::uint64_t r = m_rng.below(total);
    for (std::size_t k = 0; k < c.count; ++k) {
        if (r < weights[k]) {
            return Choice{c[k], {}};
        }
        r -= weights[k];
    }
    // Reached only when weights dropped to 0 since candidates() read them.
    return Choice{c[c.count - 1], {}};
}

} // namespace hopscope::balance
