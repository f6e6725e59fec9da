// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"
#include "split_mix64.h"

#include <cstdint>

namespace hopscope::balance {

// Two distinct random candidates, the less loaded of them ((active + 1) / weight) wins; a tie
// goes to the first drawn. Mitzenmacher's result: comparing just two gets most of the benefit of
// least-connections without scanning every backend, and without herding, because two threads
// rarely draw the same pair. HAProxy spells it random(2). Seedable; lock-free.
class PowerOfTwoChoices final : public Balancer {
public:
    explicit PowerOfTwoChoices(std::uint64_t seed) : m_rng(seed) {}

    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::PowerOfTwoChoices; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;

private:
    SplitMix64 m_rng;
};

} // namespace hopscope::balance
