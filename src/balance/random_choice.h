// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"
#include "split_mix64.h"

#include <cstdint>

namespace hopscope::balance {

// A random candidate, with probability proportional to its weight (HAProxy's "random" honours
// weights too). Seedable so a test or a replayed lesson sees the same choices; lock-free.
class RandomChoice final : public Balancer {
public:
    explicit RandomChoice(std::uint64_t seed) : m_rng(seed) {}

    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::Random; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;

private:
    SplitMix64 m_rng;
};

} // namespace hopscope::balance
