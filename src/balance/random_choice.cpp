// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "random_choice.h"

#include "weighted_candidates.h"

namespace hopscope::balance {

std::optional<Choice> RandomChoice::pick(const BackendPool& pool,
                                         const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    const WeightedCandidates weighted(pool, c);
    return Choice{weighted.at(m_rng.below(weighted.total())), {}};
}

} // namespace hopscope::balance
