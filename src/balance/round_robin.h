// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

#include <atomic>
#include <cstdint>

namespace hopscope::balance {

// Each candidate in turn, ignoring weights: the simplest fair rule, the baseline every other
// algorithm is compared against. Lock-free: one shared ticket counter.
class RoundRobin final : public Balancer {
public:
    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::RoundRobin; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;

private:
    std::atomic<std::uint64_t> m_next{0};
};

} // namespace hopscope::balance
