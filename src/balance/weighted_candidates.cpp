// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "weighted_candidates.h"

namespace hopscope::balance {

WeightedCandidates::WeightedCandidates(const BackendPool& pool, const Candidates& candidates)
    : m_candidates(candidates) {
    for (std::size_t k = 0; k < candidates.count; ++k) {
        m_weights[k] = pool.at(candidates[k]).weight();
        m_total += m_weights[k];
    }
}

std::size_t WeightedCandidates::at(std::uint64_t slot) const {
    for (std::size_t k = 0; k < m_candidates.count; ++k) {
        if (slot < m_weights[k]) {
            return m_candidates[k];
        }
        slot -= m_weights[k];
    }
    return m_candidates[m_candidates.count - 1];
}

} // namespace hopscope::balance
