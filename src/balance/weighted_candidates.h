// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "backend_pool.h"
#include "candidates.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace hopscope::balance {

// The candidates laid end to end on [0, total), each as long as its weight: a slot drawn in
// that range (at random, or from a hash) picks a backend in proportion to its weight. The
// weights are read once, so one pick stays consistent while the user changes them.
class WeightedCandidates {
public:
    WeightedCandidates(const BackendPool& pool, const Candidates& candidates);

    [[nodiscard]] std::uint64_t total() const { return m_total; }
    // The backend whose stretch holds `slot` (below total()); the last candidate when the
    // weights dropped to 0 since the candidates were read.
    [[nodiscard]] std::size_t at(std::uint64_t slot) const;

private:
    const Candidates& m_candidates;
    std::array<std::uint32_t, kMaxBackends> m_weights{};
    std::uint64_t m_total = 0;
};

} // namespace hopscope::balance
