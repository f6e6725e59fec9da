// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "balancer.h"

#include <atomic>
#include <cstdint>

namespace hopscope::balance {

// The candidate with the fewest requests in flight per unit of weight, (active + 1) / weight as
// HAProxy's leastconn computes it; ties go round robin so idle backends share the work. A slow
// backend holds its requests longer, so it is chosen less: load follows service time without
// measuring it. Lock-free: reads the pool's active counters and one ticket counter. Two threads
// picking at the same instant may both see the same minimum; that costs one request of balance,
// never correctness.
class LeastConnections final : public Balancer {
public:
    [[nodiscard]] AlgorithmKind kind() const override { return AlgorithmKind::LeastConnections; }
    [[nodiscard]] std::optional<Choice> pick(const BackendPool& pool,
                                             const RequestContext& request) override;

private:
    std::atomic<std::uint64_t> m_next{0};
};

} // namespace hopscope::balance
