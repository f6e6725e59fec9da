// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "power_of_two_choices.h"

namespace hopscope::balance {

std::optional<Choice> PowerOfTwoChoices::pick(const BackendPool& pool,
                                              const RequestContext& /*request*/) {
    const Candidates c = pool.candidates();
    if (c.empty()) {
        return std::nullopt;
    }
    if (c.count == 1) {
        return Choice{c[0], {}};
    }
    const auto first = static_cast<std::size_t>(m_rng.below(c.count));
    auto second = static_cast<std::size_t>(m_rng.below(c.count - 1));
    if (second >= first) {
        ++second; // uniform over the other count - 1 candidates
    }
    const std::size_t a = c[first];
    const std::size_t b = c[second];
    const std::uint64_t loadA = pool.at(a).active() + 1;
    const std::uint64_t loadB = pool.at(b).active() + 1;
    // loadB / weightB < loadA / weightA, in integers.
    const bool bWins = loadB * pool.at(a).weight() < loadA * pool.at(b).weight();
    return Choice{bWins ? b : a, {}};
}

} // namespace hopscope::balance
